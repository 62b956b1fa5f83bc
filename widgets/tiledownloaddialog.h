#pragma once

#include "geo.h"
#include "tiledownloader.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QThread;

namespace tw {

/// "Download this area for offline use": a box (the current view, or one dragged on the map), a
/// zoom range and one of the online sources, written into an MBTiles pack by a TileDownloader on
/// a worker thread. Shows the tile count and size before starting, then progress; Cancel stops
/// after the tiles in flight, and starting again on the same file skips the tiles it holds.
class TileDownloadDialog : public QDialog {
    Q_OBJECT
public:
    /// `sources`: the stack of the map (only online ones are offered); `area`: the initial box;
    /// `zoom`: the view's zoom, the first level offered.
    TileDownloadDialog(const QList<TileSourceSpec> &sources, const BoundingBox &area, int zoom, QWidget *parent = nullptr);
    ~TileDownloadDialog() override;

    void setArea(const BoundingBox &area);
    BoundingBox area() const;
    void setZoomRange(int minZoom, int maxZoom);
    void setOutputPath(const QString &path);
    QString outputPath() const;
    /// Index into the online sources offered (the combo box).
    void setSourceIndex(int index);
    int sourceCount() const;

    /// What Start would download.
    TileDownloader::Request request() const;
    qint64 estimatedTiles() const;
    /// Tiles × the average tile size: of the pack when it already holds tiles, else a typical one.
    qint64 estimatedBytes() const;
    QString estimateText() const;
    QString statusText() const;
    bool isRunning() const { return m_downloader != nullptr; }

    /// Starts (or resumes) the download; false with the reason in the status line when the request
    /// is not valid.
    bool startDownload();
    void cancelDownload();

    void reject() override;

Q_SIGNALS:
    /// "Select on map" was pressed: the map should let the user drag a box and call setArea().
    void areaSelectionRequested();
    void progressChanged(qint64 done, qint64 total, qint64 bytes);
    void downloadFinished(const tw::Status &status, bool cancelled);

private:
    void updateEstimate();
    void updateButtons();
    void onProgress(qint64 done, qint64 total, qint64 bytes);
    void onFinished(const Status &status, bool cancelled);
    void stopThread();
    void browse();
    qint64 averageTileBytes() const;

    QList<TileSourceSpec> m_sources; // online only
    QComboBox *m_sourceBox;
    QDoubleSpinBox *m_west;
    QDoubleSpinBox *m_south;
    QDoubleSpinBox *m_east;
    QDoubleSpinBox *m_north;
    QPushButton *m_selectButton;
    QSpinBox *m_minZoom;
    QSpinBox *m_maxZoom;
    QLineEdit *m_output;
    QLabel *m_estimate;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_startButton;
    QPushButton *m_cancelButton;
    QDialogButtonBox *m_buttons;

    QThread *m_thread = nullptr;
    TileDownloader *m_downloader = nullptr;
    bool m_closeWhenDone = false;
    mutable QString m_averageFor; // the pack whose average is cached
    mutable qint64 m_averageBytes = 0;
};

} // namespace tw
