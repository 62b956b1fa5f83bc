#include "tiledownloaddialog.h"

#include "mbtiles.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QThread>
#include <QVBoxLayout>

namespace tw {

namespace {

QDoubleSpinBox *degreeBox(double limit, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(-limit, limit);
    box->setDecimals(5);
    box->setSingleStep(0.01);
    return box;
}

QString defaultOutputPath(const TileSourceSpec &source)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(dir.isEmpty() ? QDir::homePath() : dir).filePath(QStringLiteral("offline/%1.mbtiles").arg(source.id));
}

} // namespace

TileDownloadDialog::TileDownloadDialog(const QList<TileSourceSpec> &sources, const BoundingBox &area, int zoom, QWidget *parent)
    : QDialog(parent), m_sourceBox(new QComboBox(this)), m_west(degreeBox(180, this)), m_south(degreeBox(90, this)),
      m_east(degreeBox(180, this)), m_north(degreeBox(90, this)), m_selectButton(new QPushButton(tr("Select on map"), this)),
      m_minZoom(new QSpinBox(this)), m_maxZoom(new QSpinBox(this)), m_output(new QLineEdit(this)), m_estimate(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)), m_startButton(new QPushButton(tr("Start"), this)),
      m_cancelButton(new QPushButton(tr("Cancel download"), this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Download this area for offline use"));
    for (const TileSourceSpec &source : sources) {
        if (source.isRemote()) {
            m_sources << source;
            m_sourceBox->addItem(source.name.isEmpty() ? source.id : source.name);
        }
    }
    // The current online source: the bottom visible one, as the map draws it.
    for (qsizetype i = 0; i < m_sources.size(); ++i) {
        if (m_sources[i].visible && !m_sources[i].overlay) {
            m_sourceBox->setCurrentIndex(int(i));
            break;
        }
    }

    auto *box = new QGridLayout;
    box->addWidget(new QLabel(tr("North"), this), 0, 2);
    box->addWidget(m_north, 0, 3);
    box->addWidget(new QLabel(tr("West"), this), 1, 0);
    box->addWidget(m_west, 1, 1);
    box->addWidget(new QLabel(tr("East"), this), 1, 4);
    box->addWidget(m_east, 1, 5);
    box->addWidget(new QLabel(tr("South"), this), 2, 2);
    box->addWidget(m_south, 2, 3);
    box->addWidget(m_selectButton, 3, 0, 1, 6, Qt::AlignRight);
    m_selectButton->setToolTip(tr("Drag a rectangle on the map"));

    for (QSpinBox *spin : {m_minZoom, m_maxZoom}) {
        spin->setRange(0, 22);
    }
    auto *zoomRow = new QHBoxLayout;
    zoomRow->addWidget(m_minZoom);
    zoomRow->addWidget(new QLabel(QStringLiteral("–"), this));
    zoomRow->addWidget(m_maxZoom);
    zoomRow->addStretch();

    auto *browseButton = new QPushButton(tr("Browse…"), this);
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browseButton);

    auto *form = new QFormLayout;
    form->addRow(tr("Source"), m_sourceBox);
    form->addRow(tr("Area (WGS-84 degrees)"), box);
    form->addRow(tr("Zoom levels"), zoomRow);
    form->addRow(tr("Save to"), outputRow);
    form->addRow(tr("Estimate"), m_estimate);

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->addButton(m_startButton, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_cancelButton, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    setArea(area);
    const int first = std::clamp(zoom, 0, 22);
    const int sourceMax = m_sources.isEmpty() ? 18 : m_sources[m_sourceBox->currentIndex()].maxZoom;
    setZoomRange(std::min(first, sourceMax), std::min(first + 3, sourceMax));
    if (!m_sources.isEmpty()) {
        m_output->setText(defaultOutputPath(m_sources[m_sourceBox->currentIndex()]));
    }

    connect(m_sourceBox, &QComboBox::currentIndexChanged, this, &TileDownloadDialog::updateEstimate);
    for (QDoubleSpinBox *spin : {m_west, m_south, m_east, m_north}) {
        connect(spin, &QDoubleSpinBox::valueChanged, this, &TileDownloadDialog::updateEstimate);
    }
    connect(m_minZoom, &QSpinBox::valueChanged, this, &TileDownloadDialog::updateEstimate);
    connect(m_maxZoom, &QSpinBox::valueChanged, this, &TileDownloadDialog::updateEstimate);
    connect(m_output, &QLineEdit::textChanged, this, &TileDownloadDialog::updateEstimate);
    connect(m_selectButton, &QPushButton::clicked, this, &TileDownloadDialog::areaSelectionRequested);
    connect(browseButton, &QPushButton::clicked, this, &TileDownloadDialog::browse);
    connect(m_startButton, &QPushButton::clicked, this, &TileDownloadDialog::startDownload);
    connect(m_cancelButton, &QPushButton::clicked, this, &TileDownloadDialog::cancelDownload);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TileDownloadDialog::reject);

    m_progress->setValue(0);
    if (m_sources.isEmpty()) {
        m_status->setText(tr("No online tile source is configured: add one under Map sources first."));
    }
    updateEstimate();
}

TileDownloadDialog::~TileDownloadDialog()
{
    if (m_downloader) {
        QMetaObject::invokeMethod(m_downloader, &TileDownloader::cancel);
    }
    stopThread();
}

void TileDownloadDialog::setArea(const BoundingBox &area)
{
    if (!area.isValid()) {
        return;
    }
    const QSignalBlocker blockers[] = {QSignalBlocker(m_west), QSignalBlocker(m_south), QSignalBlocker(m_east), QSignalBlocker(m_north)};
    m_west->setValue(area.west);
    m_south->setValue(area.south);
    m_east->setValue(area.east);
    m_north->setValue(area.north);
    updateEstimate();
}

BoundingBox TileDownloadDialog::area() const
{
    return BoundingBox{m_west->value(), m_south->value(), m_east->value(), m_north->value()};
}

void TileDownloadDialog::setZoomRange(int minZoom, int maxZoom)
{
    m_minZoom->setValue(minZoom);
    m_maxZoom->setValue(maxZoom);
}

void TileDownloadDialog::setOutputPath(const QString &path)
{
    m_output->setText(path);
}

QString TileDownloadDialog::outputPath() const
{
    return m_output->text().trimmed();
}

void TileDownloadDialog::setSourceIndex(int index)
{
    m_sourceBox->setCurrentIndex(index);
}

int TileDownloadDialog::sourceCount() const
{
    return int(m_sources.size());
}

TileDownloader::Request TileDownloadDialog::request() const
{
    TileDownloader::Request request;
    if (m_sourceBox->currentIndex() >= 0 && m_sourceBox->currentIndex() < m_sources.size()) {
        request.source = m_sources[m_sourceBox->currentIndex()];
    }
    const BoundingBox box = area();
    request.bounds = QRectF(QPointF(box.west, box.south), QPointF(box.east, box.north));
    request.minZoom = m_minZoom->value();
    request.maxZoom = m_maxZoom->value();
    request.outputPath = outputPath();
    return request;
}

qint64 TileDownloadDialog::estimatedTiles() const
{
    const TileDownloader::Request r = request();
    if (r.minZoom > r.maxZoom || !area().isValid()) {
        return 0;
    }
    return TileDownloader::tileCount(r.bounds, r.minZoom, r.maxZoom);
}

qint64 TileDownloadDialog::averageTileBytes() const
{
    const QString path = outputPath();
    if (path != m_averageFor && !isRunning()) {
        m_averageFor = path;
        m_averageBytes = 0;
        MbTiles pack;
        if (QFileInfo(path).isFile() && pack.open(path)) {
            m_averageBytes = pack.averageTileBytes();
        }
    }
    return m_averageBytes > 0 ? m_averageBytes : TileDownloader::kTypicalTileBytes;
}

qint64 TileDownloadDialog::estimatedBytes() const
{
    return estimatedTiles() * averageTileBytes();
}

QString TileDownloadDialog::estimateText() const
{
    return m_estimate->text();
}

QString TileDownloadDialog::statusText() const
{
    return m_status->text();
}

void TileDownloadDialog::updateEstimate()
{
    const qint64 tiles = estimatedTiles();
    QString text = tr("%n tile(s), about %1", nullptr, int(std::min<qint64>(tiles, INT_MAX)))
                       .arg(QLocale().formattedDataSize(estimatedBytes()));
    if (QFileInfo(outputPath()).isFile()) {
        text += QLatin1Char(' ') + tr("(the file exists: tiles already in it are skipped)");
    }
    if (Status valid = TileDownloader::validate(request()); !valid && !m_sources.isEmpty()) {
        text += QLatin1Char('\n') + valid.error().message;
    }
    m_estimate->setText(text);
    updateButtons();
}

void TileDownloadDialog::updateButtons()
{
    const bool running = isRunning();
    const bool valid = !m_sources.isEmpty() && TileDownloader::validate(request()).ok() && !outputPath().isEmpty();
    m_startButton->setEnabled(!running && valid);
    m_startButton->setText(QFileInfo(outputPath()).isFile() ? tr("Resume") : tr("Start"));
    m_cancelButton->setEnabled(running);
    for (QWidget *input : std::initializer_list<QWidget *>{m_sourceBox, m_west, m_south, m_east, m_north, m_selectButton, m_minZoom, m_maxZoom, m_output}) {
        input->setEnabled(!running);
    }
}

void TileDownloadDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the offline pack"), outputPath(), tr("MBTiles packs (*.mbtiles)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty()) {
        m_output->setText(path.endsWith(QLatin1String(".mbtiles"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".mbtiles"));
    }
}

bool TileDownloadDialog::startDownload()
{
    if (isRunning()) {
        return false;
    }
    const TileDownloader::Request r = request();
    Status valid = m_sources.isEmpty() ? Status(Error{tr("no online tile source"), {}, {}}) : TileDownloader::validate(r);
    if (valid && r.outputPath.isEmpty()) {
        valid = Error{tr("choose a file to save the pack to"), {}, {}};
    }
    if (!valid) {
        m_status->setText(valid.errorString());
        return false;
    }
    QDir().mkpath(QFileInfo(r.outputPath).absolutePath());
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_status->setText(tr("Downloading…"));

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("tw-tile-download"));
    m_downloader = new TileDownloader;
    m_downloader->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_downloader, &QObject::deleteLater);
    connect(m_downloader, &TileDownloader::progress, this, &TileDownloadDialog::onProgress);
    connect(m_downloader, &TileDownloader::finished, this, &TileDownloadDialog::onFinished);
    m_thread->start();
    QMetaObject::invokeMethod(m_downloader, [downloader = m_downloader, r] { downloader->start(r); });
    updateButtons();
    return true;
}

void TileDownloadDialog::cancelDownload()
{
    if (m_downloader) {
        m_status->setText(tr("Stopping after the tiles in flight…"));
        QMetaObject::invokeMethod(m_downloader, &TileDownloader::cancel);
    }
}

void TileDownloadDialog::reject()
{
    if (isRunning()) {
        // Closing while downloading: stop cleanly first, so what was fetched is committed.
        m_closeWhenDone = true;
        cancelDownload();
        return;
    }
    QDialog::reject();
}

void TileDownloadDialog::onProgress(qint64 done, qint64 total, qint64 bytes)
{
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    m_progress->setFormat(QStringLiteral("%1 / %2").arg(done).arg(total));
    m_status->setText(tr("%1 of %2 tiles, %3 downloaded").arg(done).arg(total).arg(QLocale().formattedDataSize(bytes)));
    Q_EMIT progressChanged(done, total, bytes);
}

void TileDownloadDialog::onFinished(const Status &status, bool cancelled)
{
    stopThread();
    m_averageFor.clear(); // the pack changed
    if (!status) {
        m_status->setText(status.errorString());
    } else if (cancelled) {
        m_status->setText(tr("Cancelled. Press Resume to continue where it stopped."));
    } else {
        m_progress->setValue(m_progress->maximum());
        m_status->setText(tr("Done: %1").arg(QDir::toNativeSeparators(outputPath())));
    }
    updateEstimate();
    Q_EMIT downloadFinished(status, cancelled);
    if (m_closeWhenDone) {
        m_closeWhenDone = false;
        QDialog::reject();
    }
}

void TileDownloadDialog::stopThread()
{
    if (!m_thread) {
        return;
    }
    // The downloader has reported finished (or is being abandoned): its thread only has to wind
    // down, which deletes it there.
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_downloader = nullptr;
}

} // namespace tw
