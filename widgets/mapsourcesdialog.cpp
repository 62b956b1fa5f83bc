#include "mapsourcesdialog.h"

#include "basemap.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>

namespace tw {

namespace {

QString kindLabel(const TileSourceSpec &source)
{
    switch (source.kind) {
    case TileSourceSpec::Kind::Xyz:
        return MapSourcesDialog::tr("XYZ");
    case TileSourceSpec::Kind::Tms:
        return MapSourcesDialog::tr("TMS");
    case TileSourceSpec::Kind::Wmts:
        return MapSourcesDialog::tr("WMTS");
    case TileSourceSpec::Kind::MbTiles:
        return MapSourcesDialog::tr("MBTiles");
    }
    return {};
}

} // namespace

MapSourcesDialog::MapSourcesDialog(const QList<TileSourceSpec> &sources, QWidget *parent)
    : QDialog(parent), m_sources(sources), m_list(new QListWidget(this)), m_opacity(new QSlider(Qt::Horizontal, this)),
      m_visible(new QCheckBox(tr("Visible"), this)), m_gcj02(new QCheckBox(tr("Imagery is in GCJ-02 (shift overlays to match)"), this)),
      m_remove(new QPushButton(tr("Remove"), this)), m_up(new QPushButton(tr("Move up"), this)), m_down(new QPushButton(tr("Move down"), this))
{
    setWindowTitle(tr("Map sources"));
    m_opacity->setRange(0, 100);
    auto *addTemplateButton = new QPushButton(tr("Add XYZ/TMS…"), this);
    auto *addTiandituButton = new QPushButton(tr("Add Tianditu…"), this);
    auto *addFileButton = new QPushButton(tr("Add MBTiles file…"), this);
    auto *side = new QVBoxLayout;
    for (QPushButton *button : {addTemplateButton, addTiandituButton, addFileButton, m_remove, m_up, m_down}) {
        side->addWidget(button);
    }
    side->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(side);

    auto *opacityRow = new QHBoxLayout;
    opacityRow->addWidget(new QLabel(tr("Opacity"), this));
    opacityRow->addWidget(m_opacity, 1);
    opacityRow->addWidget(m_visible);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Drawn from the bottom of the list up: the top source covers the others."), this));
    layout->addLayout(top);
    layout->addLayout(opacityRow);
    layout->addWidget(m_gcj02);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &MapSourcesDialog::showCurrent);
    connect(m_opacity, &QSlider::valueChanged, this, [this](int value) { editCurrent([value](TileSourceSpec &s) { s.opacity = value / 100.0; }); });
    connect(m_visible, &QCheckBox::toggled, this, [this](bool on) { editCurrent([on](TileSourceSpec &s) { s.visible = on; }); });
    connect(m_gcj02, &QCheckBox::toggled, this,
            [this](bool on) { editCurrent([on](TileSourceSpec &s) { s.datum = on ? Datum::Gcj02 : Datum::Wgs84; }); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSource(currentRow()); });
    connect(m_up, &QPushButton::clicked, this, [this] { moveSource(currentRow(), -1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSource(currentRow(), 1); });
    connect(addTemplateButton, &QPushButton::clicked, this, &MapSourcesDialog::addTemplate);
    connect(addTiandituButton, &QPushButton::clicked, this, &MapSourcesDialog::addTianditu);
    connect(addFileButton, &QPushButton::clicked, this, &MapSourcesDialog::addMbTiles);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    rebuild();
    setCurrentRow(0);
}

void MapSourcesDialog::rebuild()
{
    const QSignalBlocker blocker(m_list);
    const int row = m_list->currentRow();
    m_list->clear();
    for (qsizetype i = m_sources.size() - 1; i >= 0; --i) {
        const TileSourceSpec &s = m_sources[i];
        QString text = QStringLiteral("%1  [%2]").arg(s.name.isEmpty() ? s.id : s.name, kindLabel(s));
        if (s.datum == Datum::Gcj02) {
            text += QStringLiteral("  GCJ-02");
        }
        if (s.overlay) {
            text += QLatin1Char(' ') + tr("(labels)");
        }
        auto *item = new QListWidgetItem(text, m_list);
        item->setToolTip(s.isRemote() ? s.urlTemplate : s.path);
    }
    m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    showCurrent();
}

int MapSourcesDialog::currentRow() const
{
    return m_list->currentRow();
}

void MapSourcesDialog::setCurrentRow(int row)
{
    m_list->setCurrentRow(row);
    showCurrent();
}

void MapSourcesDialog::showCurrent()
{
    const int index = indexOfRow(currentRow());
    const bool valid = currentRow() >= 0 && index >= 0 && index < m_sources.size();
    for (QWidget *w : std::initializer_list<QWidget *>{m_opacity, m_visible, m_gcj02, m_remove}) {
        w->setEnabled(valid);
    }
    m_up->setEnabled(valid && currentRow() > 0);
    m_down->setEnabled(valid && currentRow() < m_list->count() - 1);
    if (!valid) {
        return;
    }
    const TileSourceSpec &s = m_sources[index];
    const QSignalBlocker b1(m_opacity);
    const QSignalBlocker b2(m_visible);
    const QSignalBlocker b3(m_gcj02);
    m_opacity->setValue(int(std::lround(s.opacity * 100)));
    m_visible->setChecked(s.visible);
    m_gcj02->setChecked(s.datum == Datum::Gcj02);
}

void MapSourcesDialog::editCurrent(const std::function<void(TileSourceSpec &)> &change)
{
    const int index = indexOfRow(currentRow());
    if (currentRow() < 0 || index < 0 || index >= m_sources.size()) {
        return;
    }
    change(m_sources[index]);
    rebuild();
}

void MapSourcesDialog::addSource(const TileSourceSpec &source)
{
    m_sources.removeIf([&](const TileSourceSpec &s) { return s.id == source.id; });
    m_sources.append(source);
    rebuild();
    setCurrentRow(0);
}

void MapSourcesDialog::removeSource(int row)
{
    const int index = indexOfRow(row);
    if (row < 0 || index < 0 || index >= m_sources.size()) {
        return;
    }
    m_sources.removeAt(index);
    rebuild();
}

void MapSourcesDialog::moveSource(int row, int delta)
{
    const int index = indexOfRow(row);
    const int target = index - delta; // a row up is a place higher in the stack
    if (row < 0 || index < 0 || index >= m_sources.size() || target < 0 || target >= m_sources.size()) {
        return;
    }
    m_sources.move(index, target);
    rebuild();
    setCurrentRow(row + delta);
}

Result<TileSourceSpec> MapSourcesDialog::templateSource(const QString &name, const QString &urlTemplate, bool tms,
                                                        const QString &subdomains, const QString &headers, bool gcj02)
{
    Result<TileSourceSpec> parsed = TileSourceSpec::fromString((tms ? QStringLiteral("tms:") : QString()) + urlTemplate.trimmed());
    if (!parsed || !parsed->isRemote()) {
        return Error{parsed ? tr("an http(s) URL template is needed") : parsed.error().message, tr("URL template"), urlTemplate};
    }
    TileSourceSpec source = *parsed;
    if (!name.trimmed().isEmpty()) {
        source.name = name.trimmed();
    }
    const QStringList domains = subdomains.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    if (!domains.isEmpty()) {
        source.subdomains = domains;
    }
    if (source.urlTemplate.contains(QLatin1String("{s}")) && source.subdomains.isEmpty()) {
        return Error{tr("the template has {s}: list the subdomains"), tr("Subdomains"), {}};
    }
    const QStringList lines = headers.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QString key = line.left(colon).trimmed();
        if (colon <= 0 || key.contains(QLatin1Char(' '))) {
            return Error{tr("expected \"Name: value\""), tr("Headers"), line};
        }
        source.headers.insert(key.toLatin1(), line.mid(colon + 1).trimmed().toLatin1());
    }
    source.datum = gcj02 ? Datum::Gcj02 : Datum::Wgs84;
    return source;
}

Result<QList<TileSourceSpec>> MapSourcesDialog::tiandituSources(const QString &layer, const QString &key, bool labels)
{
    static const QHash<QString, QString> labelLayer{{QStringLiteral("vec"), QStringLiteral("cva")},
                                                     {QStringLiteral("img"), QStringLiteral("cia")},
                                                     {QStringLiteral("ter"), QStringLiteral("cta")}};
    if (!labelLayer.contains(layer)) {
        return Error{tr("expected vec, img or ter"), tr("Layer"), layer};
    }
    if (key.trimmed().isEmpty()) {
        return Error{tr("Tianditu needs a key (tk) from its developer console"), tr("Key"), {}};
    }
    QList<TileSourceSpec> sources{TileSourceSpec::tianditu(layer, key.trimmed())};
    if (labels) {
        sources << TileSourceSpec::tianditu(labelLayer.value(layer), key.trimmed());
    }
    return sources;
}

void MapSourcesDialog::addTemplate()
{
    QDialog form(this);
    form.setWindowTitle(tr("Add an XYZ/TMS source"));
    auto *name = new QLineEdit(&form);
    auto *url = new QLineEdit(&form);
    url->setPlaceholderText(QStringLiteral("https://{s}.tile.example.org/{z}/{x}/{y}.png"));
    auto *tms = new QCheckBox(tr("TMS rows (counted from the south)"), &form);
    auto *subdomains = new QLineEdit(&form);
    subdomains->setPlaceholderText(QStringLiteral("a, b, c"));
    auto *headers = new QPlainTextEdit(&form);
    headers->setPlaceholderText(QStringLiteral("Referer: https://example.org/"));
    auto *gcj02 = new QCheckBox(tr("GCJ-02 imagery"), &form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &form);
    auto *layout = new QFormLayout(&form);
    layout->addRow(tr("Name"), name);
    layout->addRow(tr("URL template"), url);
    layout->addRow(QString(), tms);
    layout->addRow(tr("Subdomains"), subdomains);
    layout->addRow(tr("Headers"), headers);
    layout->addRow(QString(), gcj02);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &form, [&] {
        Result<TileSourceSpec> source = templateSource(name->text(), url->text(), tms->isChecked(), subdomains->text(),
                                                       headers->toPlainText(), gcj02->isChecked());
        if (!source) {
            QMessageBox::warning(&form, form.windowTitle(), source.errorString());
            return;
        }
        addSource(*source);
        form.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &form, &QDialog::reject);
    form.exec();
}

void MapSourcesDialog::addTianditu()
{
    QDialog form(this);
    form.setWindowTitle(tr("Add Tianditu"));
    auto *layer = new QComboBox(&form);
    layer->addItem(tr("Vector"), QStringLiteral("vec"));
    layer->addItem(tr("Imagery"), QStringLiteral("img"));
    layer->addItem(tr("Terrain"), QStringLiteral("ter"));
    auto *key = new QLineEdit(&form);
    auto *labels = new QCheckBox(tr("With the label overlay"), &form);
    labels->setChecked(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &form);
    auto *layout = new QFormLayout(&form);
    layout->addRow(tr("Layer"), layer);
    layout->addRow(tr("Key (tk)"), key);
    layout->addRow(QString(), labels);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &form, [&] {
        Result<QList<TileSourceSpec>> sources = tiandituSources(layer->currentData().toString(), key->text(), labels->isChecked());
        if (!sources) {
            QMessageBox::warning(&form, form.windowTitle(), sources.errorString());
            return;
        }
        for (const TileSourceSpec &source : *sources) {
            addSource(source);
        }
        form.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &form, &QDialog::reject);
    form.exec();
}

void MapSourcesDialog::addMbTiles()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Add an MBTiles file"), {}, tr("MBTiles packs (*.mbtiles)"));
    if (path.isEmpty()) {
        return;
    }
    Result<TileSourceSpec> source = mbtilesSource(path);
    if (!source) {
        QMessageBox::warning(this, tr("Add an MBTiles file"), source.errorString());
        return;
    }
    addSource(*source);
}

} // namespace tw
