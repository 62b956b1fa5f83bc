#pragma once

#include "incidentreport.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

namespace tw {

class ReportMapSnapshot;

/// Makes one report file without blocking its thread: reads the incident from the store (at
/// once, on the store's thread), renders the map snapshot (tiles load in the background), then
/// writes the file on a worker thread. The console and the `report` command both use it.
class IncidentReportJob : public QObject {
    Q_OBJECT
public:
    explicit IncidentReportJob(QObject *parent = nullptr);
    ~IncidentReportJob() override;

    /// Starts the report. An unknown incident or an impossible file name is refused here (and no
    /// `finished` follows); otherwise `finished` follows once the file is written or has failed.
    Status start(const Store &store, const QString &incidentId, ReportFormat format, const QString &path,
                 const ReportOptions &options);
    bool isRunning() const { return m_running; }
    /// The report's kind as chosen (the default for the incident's status when none was asked).
    ReportKind kind() const { return m_kind; }
    /// Time allowed for the map's tiles to load before the snapshot is drawn with what there is.
    void setMapTimeLimit(int milliseconds) { m_mapTimeLimitMs = milliseconds; }

Q_SIGNALS:
    /// The file was written (`ok`) or not; `message` says why not, naming the file.
    void finished(bool ok, const QString &message, const QString &path);

private:
    void write(const QImage &map);
    void done();

    ReportData m_data;
    ReportFormat m_format = ReportFormat::Pdf;
    ReportKind m_kind = ReportKind::Initial;
    QString m_path;
    bool m_running = false;
    int m_mapTimeLimitMs = 8000;
    QPointer<ReportMapSnapshot> m_map;
    QFutureWatcher<Status> m_watcher;
};

} // namespace tw
