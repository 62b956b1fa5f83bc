#include "phonereportdialog.h"

#include "classification.h"
#include "mapdrawtool.h"
#include "mapview.h"
#include "store.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUuid>

namespace tw {

PhoneReportDialog::PhoneReportDialog(Store *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_caller(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_time(new QDateTimeEdit(QDateTime::currentDateTime(), this))
    , m_place(new QLineEdit(this))
    , m_lon(new QDoubleSpinBox(this))
    , m_lat(new QDoubleSpinBox(this))
    , m_category(new QComboBox(this))
    , m_what(new QPlainTextEdit(this))
    , m_deaths(new QSpinBox(this))
    , m_injured(new QSpinBox(this))
    , m_trapped(new QSpinBox(this))
    , m_error(new QLabel(this))
    , m_pick(new QPushButton(this))
{
    setWindowTitle(tr("Phone report"));
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_time->setCalendarPopup(true);
    // Hangzhou city centre until the officer types or picks the point.
    for (QDoubleSpinBox *box : {m_lon, m_lat}) {
        box->setDecimals(6);
    }
    m_lon->setRange(-180, 180);
    m_lat->setRange(-90, 90);
    m_lon->setValue(120.155070);
    m_lat->setValue(30.274084);
    for (const QString &category : incidentCategories()) {
        m_category->addItem(incidentCategoryName(category), category);
    }
    m_place->setPlaceholderText(tr("address or landmark"));
    m_what->setPlaceholderText(tr("what happened, in the caller's words"));
    for (QSpinBox *box : {m_deaths, m_injured, m_trapped}) {
        box->setRange(0, 100000);
    }
    m_error->setStyleSheet(QStringLiteral("color: #e53935"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *point = new QHBoxLayout;
    point->addWidget(new QLabel(tr("lon"), this));
    point->addWidget(m_lon);
    point->addWidget(new QLabel(tr("lat"), this));
    point->addWidget(m_lat);
    m_pick->setObjectName(QStringLiteral("pickOnMap"));
    m_pick->setText(tr("Pick on map"));
    m_pick->setToolTip(tr("Click the place on the map; Esc cancels"));
    point->addWidget(m_pick);
    connect(m_pick, &QPushButton::clicked, this, &PhoneReportDialog::pickOnMap);
    for (QDoubleSpinBox *box : {m_lon, m_lat}) {
        connect(box, &QDoubleSpinBox::valueChanged, this, &PhoneReportDialog::showMarker);
    }
    connect(this, &QDialog::finished, this, [this] {
        if (m_map && m_showsMarker) {
            m_map->drawTool()->setMarker(std::nullopt);
        }
        m_showsMarker = false;
    });
    setMapView(MapView::findFor(parent));
    auto *toll = new QHBoxLayout;
    toll->addWidget(new QLabel(tr("dead"), this));
    toll->addWidget(m_deaths);
    toll->addWidget(new QLabel(tr("seriously injured"), this));
    toll->addWidget(m_injured);
    toll->addWidget(new QLabel(tr("trapped"), this));
    toll->addWidget(m_trapped);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create incident"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PhoneReportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PhoneReportDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Caller"), m_caller);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("Time"), m_time);
    form->addRow(tr("Place"), m_place);
    form->addRow(tr("Point"), point);
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("What happened"), m_what);
    form->addRow(tr("Casualties"), toll);
    form->addRow(m_error);
    form->addRow(buttons);
}

Result<QString> PhoneReportDialog::create()
{
    const QString what = m_what->toPlainText().trimmed();
    const QString place = m_place->text().trimmed();
    if (what.isEmpty()) {
        return fieldError(QStringLiteral("description"), tr("say what happened"));
    }
    // The title officers scan in the list: place and the first line of what happened.
    QString title = what.section(QLatin1Char('\n'), 0, 0).left(40);
    if (!place.isEmpty()) {
        title = place.left(30) + QStringLiteral(" ") + title;
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject incident{{QStringLiteral("id"), id},
                         {QStringLiteral("title"), title},
                         {QStringLiteral("category"), m_category->currentData().toString()},
                         {QStringLiteral("description"), what},
                         {QStringLiteral("reported_at_ms"), m_time->dateTime().toMSecsSinceEpoch()},
                         {QStringLiteral("lon"), m_lon->value()},
                         {QStringLiteral("lat"), m_lat->value()}};
    const QList<QPair<QString, QLineEdit *>> texts{{QStringLiteral("address"), m_place},
                                                   {QStringLiteral("reporter"), m_caller},
                                                   {QStringLiteral("reporter_phone"), m_phone}};
    for (const auto &[key, edit] : texts) {
        if (!edit->text().trimmed().isEmpty()) {
            incident.insert(key, edit->text().trimmed());
        }
    }
    QList<QPair<QString, QJsonObject>> mutations{{QStringLiteral("incident.create"), incident}};
    if (m_deaths->value() + m_injured->value() + m_trapped->value() > 0) {
        mutations.append({QStringLiteral("incident.setCasualties"),
                          {{QStringLiteral("id"), id},
                           {QStringLiteral("deaths"), m_deaths->value()},
                           {QStringLiteral("serious_injuries"), m_injured->value()},
                           {QStringLiteral("trapped"), m_trapped->value()}}});
    }
    const Result<QList<MutationOutcome>> applied = m_store->applyBatch(mutations);
    if (!applied) {
        return applied.error();
    }
    Q_EMIT created(id);
    return id;
}

void PhoneReportDialog::accept()
{
    const Result<QString> done = create();
    if (!done) {
        m_error->setText(done.errorString());
        m_error->show();
        return;
    }
    QDialog::accept();
}

void PhoneReportDialog::setMapView(MapView *map)
{
    m_map = map;
    m_pick->setEnabled(map != nullptr);
}

void PhoneReportDialog::pickOnMap()
{
    if (!m_map) {
        return;
    }
    MapDrawTool *tool = m_map->drawTool();
    endPick();
    m_picked = connect(tool, &MapDrawTool::pointPicked, this, [this](LonLat point) {
        endPick();
        setPoint(point);
    });
    m_pickCancelled = connect(tool, &MapDrawTool::pointPickCancelled, this, &PhoneReportDialog::endPick);
    hide(); // the form is modal: out of the way while the map is clicked
    tool->startPointPick();
    m_map->window()->activateWindow();
}

void PhoneReportDialog::endPick()
{
    const bool picking = m_picked || m_pickCancelled;
    disconnect(m_picked);
    disconnect(m_pickCancelled);
    m_picked = {};
    m_pickCancelled = {};
    if (picking) {
        show();
        raise();
        activateWindow();
    }
}

void PhoneReportDialog::setPoint(LonLat point)
{
    m_lon->setValue(point.lon);
    m_lat->setValue(point.lat);
    m_showsMarker = true;
    showMarker();
}

void PhoneReportDialog::showMarker()
{
    if (m_map && m_showsMarker) {
        m_map->drawTool()->setMarker(LonLat(m_lon->value(), m_lat->value()));
    }
}

} // namespace tw
