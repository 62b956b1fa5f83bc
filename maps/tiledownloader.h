#pragma once

#include "mbtiles.h"
#include "tilesource.h"

#include <QObject>
#include <QRectF>

namespace tw {

class TileFetcher;

/// "Download this area for offline use": every tile of a source inside a lon/lat box and a zoom
/// range, written into an MBTiles 1.3 file. Tiles already in the file are skipped, so running it
/// again resumes. Runs in the thread it lives in (the GUI moves it to a worker; the CLI runs it in
/// main()); never blocks that thread's event loop.
class TileDownloader : public QObject {
    Q_OBJECT
public:
    struct Request {
        TileSourceSpec source;
        QRectF bounds; ///< x = lon, y = lat: left = west, top = south, right = east, bottom = north
        int minZoom = 0;
        int maxZoom = 0;
        QString outputPath;
    };
    static constexpr qint64 kMaxTiles = 2'000'000;
    static constexpr qint64 kTypicalTileBytes = 18'000;

    explicit TileDownloader(QObject *parent = nullptr);
    ~TileDownloader() override;

    /// Checks the box, the zoom range and the number of tiles; the Error says what to change.
    static Status validate(const Request &request);
    /// The number of tiles the request covers.
    static qint64 tileCount(const QRectF &bounds, int minZoom, int maxZoom);
    /// "W,S,E,N" -> bounds; "MIN-MAX" or "Z" -> zoom range.
    static Result<QRectF> parseBounds(const QString &text);
    static Result<std::pair<int, int>> parseZoomRange(const QString &text);

    /// Starts (asynchronously); `finished` comes once.
    void start(const Request &request);
    /// Stops after the downloads in flight; what is written stays, a later run resumes.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total, qint64 bytes);
    /// ok, or the error; `cancelled` when cancel() stopped it.
    void finished(const tw::Status &status, bool cancelled);

private:
    bool nextTile(TileId &tile);
    void pump();
    void onFetched(const TileKey &key, const QByteArray &data);
    void settleOne();
    void finish(const Status &status);

    Request m_request;
    MbTiles m_file;
    TileFetcher *m_fetcher = nullptr;
    TileId m_cursor{0, 0, 0};
    bool m_cursorStarted = false;
    bool m_exhausted = false;
    bool m_running = false;
    bool m_cancelled = false;
    qint64 m_total = 0;
    qint64 m_done = 0;
    qint64 m_bytes = 0;
    qint64 m_failed = 0;
    int m_inFlight = 0;
    int m_uncommitted = 0;
    QString m_format;
    QString m_lastError;
};

} // namespace tw

Q_DECLARE_METATYPE(tw::Status)
