#include "incidentreportjob.h"

#include "incidentreportmap.h"
#include "incidentreportwriter.h"

#include <QtConcurrent/QtConcurrentRun>

namespace tw {

IncidentReportJob::IncidentReportJob(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Status>::finished, this, &IncidentReportJob::done);
}

IncidentReportJob::~IncidentReportJob()
{
    // The worker holds a copy of the data, but the file must not be half-written on exit.
    m_watcher.waitForFinished();
}

Status IncidentReportJob::start(const Store &store, const QString &incidentId, ReportFormat format, const QString &path,
                                const ReportOptions &options)
{
    if (m_running) {
        return Error{IncidentReport::tr("a report is already being written"), {}, {}};
    }
    if (Status target = checkReportTarget(path); !target) {
        return target;
    }
    Result<ReportData> data = collectReportData(store, incidentId, options);
    if (!data) {
        return data.error();
    }
    m_data = std::move(data).value();
    m_kind = m_data.kind;
    m_format = format;
    m_path = path;
    m_running = true;
    delete m_map;
    m_map = new ReportMapSnapshot(this);
    connect(m_map, &ReportMapSnapshot::ready, this, &IncidentReportJob::write);
    m_map->start(m_data, m_mapTimeLimitMs);
    return {};
}

void IncidentReportJob::write(const QImage &map)
{
    m_data.map = map;
    if (m_map) {
        m_map->deleteLater();
    }
    const ReportData data = m_data;
    const ReportFormat format = m_format;
    const QString path = m_path;
    m_watcher.setFuture(QtConcurrent::run([data, format, path] { return writeIncidentReport(data, format, path); }));
}

void IncidentReportJob::done()
{
    const Status status = m_watcher.result();
    m_running = false;
    m_data = ReportData{};
    Q_EMIT finished(status.ok(), status.errorString(), m_path);
}

} // namespace tw
