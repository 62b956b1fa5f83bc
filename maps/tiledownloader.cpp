#include "tiledownloader.h"

#include "logging.h"
#include "tilefetcher.h"
#include "webmercator.h"

#include <QBuffer>
#include <QImageReader>
#include <QTimer>

#include <cmath>

namespace tw {

namespace {

constexpr int kWindow = 16;      // downloads queued at once
constexpr int kCommitEvery = 200;

struct TileRange {
    int x0, x1, y0, y1;
};

TileRange rangeAt(const QRectF &bounds, int z)
{
    const TileId northWest = WebMercator::tileAt({bounds.left(), bounds.bottom()}, z);
    const TileId southEast = WebMercator::tileAt({bounds.right(), bounds.top()}, z);
    return {northWest.x, southEast.x, northWest.y, southEast.y};
}

QString imageFormat(const QByteArray &data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format();
    if (!reader.canRead()) {
        return {};
    }
    return format == "jpeg" ? QStringLiteral("jpg") : QString::fromLatin1(format);
}

} // namespace

TileDownloader::TileDownloader(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<Status>();
}

TileDownloader::~TileDownloader() = default;

qint64 TileDownloader::tileCount(const QRectF &bounds, int minZoom, int maxZoom)
{
    qint64 count = 0;
    for (int z = std::max(0, minZoom); z <= std::min(maxZoom, 30); ++z) {
        const TileRange r = rangeAt(bounds, z);
        count += qint64(r.x1 - r.x0 + 1) * qint64(r.y1 - r.y0 + 1);
        if (count > kMaxTiles * 1000) {
            break; // far beyond any limit: stop counting
        }
    }
    return count;
}

Result<QRectF> TileDownloader::parseBounds(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4) {
        return Error{tr("expected four numbers W,S,E,N (longitude before latitude), e.g. 120.0,30.1,120.4,30.4"), QStringLiteral("--bbox"), text};
    }
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts.at(i).trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v[i])) {
            return Error{tr("\"%1\" is not a number").arg(parts.at(i)), QStringLiteral("--bbox"), text};
        }
    }
    return QRectF(QPointF(v[0], v[1]), QPointF(v[2], v[3]));
}

Result<std::pair<int, int>> TileDownloader::parseZoomRange(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    bool ok1 = false;
    bool ok2 = false;
    const int minZoom = parts.value(0).trimmed().toInt(&ok1);
    const int maxZoom = parts.size() == 1 ? minZoom : parts.value(1).trimmed().toInt(&ok2);
    if (parts.size() > 2 || !ok1 || (parts.size() == 2 && !ok2)) {
        return Error{tr("expected MIN-MAX, e.g. 10-16"), QStringLiteral("--zoom"), text};
    }
    return std::pair{minZoom, maxZoom};
}

Status TileDownloader::validate(const Request &request)
{
    const QRectF &b = request.bounds;
    if (b.left() < -180 || b.right() > 180 || b.top() < -90 || b.bottom() > 90) {
        return Error{tr("the box must lie within longitude -180..180 and latitude -90..90"), QStringLiteral("--bbox"), {}};
    }
    if (b.left() >= b.right() || b.top() >= b.bottom()) {
        return Error{tr("west must be less than east and south less than north"), QStringLiteral("--bbox"), {}};
    }
    if (b.top() >= WebMercator::kMaxLatitude || b.bottom() <= -WebMercator::kMaxLatitude) {
        return Error{tr("the box lies outside Web Mercator (latitude beyond ±85.05)"), QStringLiteral("--bbox"), {}};
    }
    if (request.minZoom < 0 || request.maxZoom > 22 || request.minZoom > request.maxZoom) {
        return Error{tr("the zoom range must be within 0-22 with MIN <= MAX"), QStringLiteral("--zoom"), {}};
    }
    if (request.minZoom < request.source.minZoom || request.maxZoom > request.source.maxZoom) {
        return Error{tr("the source has zoom %1-%2 only").arg(request.source.minZoom).arg(request.source.maxZoom),
                     QStringLiteral("--zoom"), {}};
    }
    const qint64 count = tileCount(b, request.minZoom, request.maxZoom);
    if (count > kMaxTiles) {
        return Error{tr("%1 tiles (about %2 GB) is too many; at most %3: choose a smaller box or fewer zoom levels")
                         .arg(count)
                         .arg(count * kTypicalTileBytes / 1e9, 0, 'f', 1)
                         .arg(kMaxTiles),
                     {}, {}};
    }
    if (!request.source.isRemote()) {
        return Error{tr("the source must be an online tile server"), QStringLiteral("--source"), {}};
    }
    return {};
}

void TileDownloader::start(const Request &request)
{
    m_request = request;
    if (Status valid = validate(request); !valid) {
        QTimer::singleShot(0, this, [this, valid] { Q_EMIT finished(valid, false); });
        return;
    }
    if (Status created = m_file.create(request.outputPath); !created) {
        QTimer::singleShot(0, this, [this, created] { Q_EMIT finished(created, false); });
        return;
    }
    m_format = m_file.format();
    m_running = true;
    m_total = tileCount(request.bounds, request.minZoom, request.maxZoom);
    m_fetcher = new TileFetcher(this);
    connect(m_fetcher, &TileFetcher::fetched, this,
            [this](const TileKey &key, const QByteArray &data, qint64) { onFetched(key, data); });
    connect(m_fetcher, &TileFetcher::notFound, this, [this](const TileKey &) { settleOne(); });
    connect(m_fetcher, &TileFetcher::failed, this, [this](const TileKey &, const QString &message) {
        ++m_failed;
        m_lastError = message;
        settleOne();
    });
    (void)m_file.beginTransaction();
    QTimer::singleShot(0, this, &TileDownloader::pump);
}

void TileDownloader::cancel()
{
    m_cancelled = true;
    if (m_running && m_inFlight == 0) {
        QTimer::singleShot(0, this, [this] { finish({}); });
    }
}

bool TileDownloader::nextTile(TileId &tile)
{
    if (m_exhausted) {
        return false;
    }
    if (!m_cursorStarted) {
        m_cursorStarted = true;
        const TileRange r = rangeAt(m_request.bounds, m_request.minZoom);
        m_cursor = {m_request.minZoom, r.x0, r.y0};
        tile = m_cursor;
        return true;
    }
    TileRange r = rangeAt(m_request.bounds, m_cursor.z);
    if (++m_cursor.x > r.x1) {
        m_cursor.x = r.x0;
        if (++m_cursor.y > r.y1) {
            if (++m_cursor.z > m_request.maxZoom) {
                m_exhausted = true;
                return false;
            }
            r = rangeAt(m_request.bounds, m_cursor.z);
            m_cursor.x = r.x0;
            m_cursor.y = r.y0;
        }
    }
    tile = m_cursor;
    return true;
}

void TileDownloader::pump()
{
    TileId tile;
    while (!m_cancelled && m_inFlight < kWindow && nextTile(tile)) {
        if (m_file.hasTile(tile)) {
            ++m_done; // resuming: already there
            continue;
        }
        ++m_inFlight;
        m_fetcher->fetch({m_request.source.id, tile}, m_request.source.tileUrl(tile), m_request.source.headers);
    }
    Q_EMIT progress(m_done, m_total, m_bytes);
    if (m_inFlight == 0 && (m_exhausted || m_cancelled)) {
        finish({});
    }
}

void TileDownloader::onFetched(const TileKey &key, const QByteArray &data)
{
    const QString format = imageFormat(data);
    if (format.isEmpty()) {
        ++m_failed;
        m_lastError = tr("tile %1 is not an image").arg(key.tile.toString());
    } else {
        if (m_format.isEmpty()) {
            m_format = format;
            (void)m_file.setMetadata(QStringLiteral("format"), format);
        }
        if (Status written = m_file.writeTile(key.tile, data); !written) {
            m_lastError = written.errorString();
            m_cancelled = true; // a full disk or a broken file: stop, keep what is there
        }
        m_bytes += data.size();
        if (++m_uncommitted >= kCommitEvery) {
            (void)m_file.commit();
            (void)m_file.beginTransaction();
            m_uncommitted = 0;
        }
    }
    settleOne();
}

void TileDownloader::settleOne()
{
    --m_inFlight;
    ++m_done;
    pump();
}

void TileDownloader::finish(const Status &status)
{
    if (!m_running) {
        return;
    }
    m_running = false;
    (void)m_file.commit();
    const QRectF &b = m_request.bounds;
    auto number = [](double v) { return QString::number(v, 'f', 6); };
    const QMap<QString, QString> existing = m_file.metadata();
    (void)m_file.setMetadata(QStringLiteral("name"), existing.value(QStringLiteral("name"), m_request.source.name));
    (void)m_file.setMetadata(QStringLiteral("type"), m_request.source.overlay ? QStringLiteral("overlay") : QStringLiteral("baselayer"));
    (void)m_file.setMetadata(QStringLiteral("version"), QStringLiteral("1.3"));
    (void)m_file.setMetadata(QStringLiteral("description"), tr("Downloaded by Tidewatch for offline use"));
    (void)m_file.setMetadata(QStringLiteral("bounds"), QStringList{number(b.left()), number(b.top()), number(b.right()), number(b.bottom())}.join(QLatin1Char(',')));
    (void)m_file.setMetadata(QStringLiteral("center"), QStringList{number(b.center().x()), number(b.center().y()), QString::number(m_request.minZoom)}.join(QLatin1Char(',')));
    const int oldMin = existing.value(QStringLiteral("minzoom"), QString::number(m_request.minZoom)).toInt();
    const int oldMax = existing.value(QStringLiteral("maxzoom"), QString::number(m_request.maxZoom)).toInt();
    (void)m_file.setMetadata(QStringLiteral("minzoom"), QString::number(std::min(oldMin, m_request.minZoom)));
    (void)m_file.setMetadata(QStringLiteral("maxzoom"), QString::number(std::max(oldMax, m_request.maxZoom)));
    if (!m_request.source.attribution.isEmpty()) {
        (void)m_file.setMetadata(QStringLiteral("attribution"), m_request.source.attribution);
    }
    if (m_format.isEmpty()) {
        (void)m_file.setMetadata(QStringLiteral("format"), QStringLiteral("png"));
    }
    m_file.close();
    Q_EMIT progress(m_done, m_total, m_bytes);
    Status result = status;
    if (result.ok() && m_failed > 0) {
        result = Error{tr("%1 tiles could not be downloaded (last: %2); run again to retry them").arg(m_failed).arg(m_lastError), {}, m_request.outputPath};
    } else if (result.ok() && m_cancelled && !m_lastError.isEmpty()) {
        result = Error{m_lastError, {}, m_request.outputPath};
    }
    Q_EMIT finished(result, m_cancelled);
}

} // namespace tw
