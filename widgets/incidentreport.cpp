#include "incidentreport.h"

#include "store.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace tw {

namespace {

// Far more than any incident has: a report lists the whole timeline.
constexpr int kMaxTimelineEvents = 20000;

bool isCommitted(const DispatchOrder &order)
{
    return order.status != DispatchStatus::Proposed && order.status != DispatchStatus::Cancelled
        && order.status != DispatchStatus::Rejected;
}

} // namespace

QString reportKindName(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Initial:
        return QStringLiteral("initial");
    case ReportKind::FollowUp:
        return QStringLiteral("followup");
    case ReportKind::Final:
        return QStringLiteral("final");
    }
    return {};
}

std::optional<ReportKind> reportKindFromName(const QString &name)
{
    for (ReportKind kind : {ReportKind::Initial, ReportKind::FollowUp, ReportKind::Final}) {
        if (name.compare(reportKindName(kind), Qt::CaseInsensitive) == 0) {
            return kind;
        }
    }
    if (name.compare(QLatin1String("follow-up"), Qt::CaseInsensitive) == 0) {
        return ReportKind::FollowUp;
    }
    return std::nullopt;
}

QString reportFormatName(ReportFormat format)
{
    return format == ReportFormat::Pdf ? QStringLiteral("pdf") : QStringLiteral("html");
}

std::optional<ReportFormat> reportFormatFromName(const QString &name)
{
    if (name.compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0) {
        return ReportFormat::Pdf;
    }
    if (name.compare(QLatin1String("html"), Qt::CaseInsensitive) == 0) {
        return ReportFormat::Html;
    }
    return std::nullopt;
}

std::optional<ReportFormat> reportFormatFromPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("htm")) {
        return ReportFormat::Html;
    }
    return reportFormatFromName(suffix);
}

ReportKind defaultReportKind(const QString &status)
{
    if (status == IncidentStatus::Closed || status == IncidentStatus::FalseAlarm) {
        return ReportKind::Final;
    }
    if (status == IncidentStatus::Reported || status == IncidentStatus::Verified) {
        return ReportKind::Initial;
    }
    return ReportKind::FollowUp;
}

QLocale ReportOptions::locale() const
{
    return isChinese() ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English, QLocale::UnitedStates);
}

Status checkReportTarget(const QString &path)
{
    if (path.trimmed().isEmpty()) {
        return Error{IncidentReport::tr("no file name given for the report"), {}, {}};
    }
    const QFileInfo target(path);
    if (target.isDir()) {
        return Error{IncidentReport::tr("%1 is a folder; give a file name for the report").arg(path), {}, path};
    }
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir()) {
        return Error{IncidentReport::tr("cannot write %1: the folder %2 does not exist").arg(path, folder.filePath()), {},
                     path};
    }
    return {};
}

Result<ReportData> collectReportData(const Store &store, const QString &incidentId, const ReportOptions &options)
{
    const Result<Record> record = store.record(ResourceKind::Incidents, incidentId);
    if (!record) {
        return Error{IncidentReport::tr("no incident with the id \"%1\"").arg(incidentId), QStringLiteral("incident"), {}};
    }
    ReportData data;
    data.options = options;
    if (data.options.generatedAtMs <= 0) {
        data.options.generatedAtMs = QDateTime::currentMSecsSinceEpoch();
    }
    if (data.options.author.isEmpty()) {
        data.options.author = store.actor();
    }
    data.incidentRecord = record.value();
    data.incident = Incident::fromRecord(record.value());
    data.kind = options.kind.value_or(defaultReportKind(data.incident.status));
    data.demoCity = store.metadata(QStringLiteral("dataset")) == QLatin1String("demo");

    const QList<TimelineEvent> newestFirst = store.timeline(incidentId, kMaxTimelineEvents);
    data.timeline.reserve(newestFirst.size());
    for (auto it = newestFirst.crbegin(); it != newestFirst.crend(); ++it) {
        data.timeline.append(*it);
        const QString to = it->payload.value(QStringLiteral("to")).toString();
        if (it->kind == TimelineKind::StatusChange && it->atMs >= data.closedAtMs
            && (to == IncidentStatus::Closed || to == IncidentStatus::FalseAlarm)) {
            data.closedAtMs = it->atMs;
            data.closeReason = it->payload.value(QStringLiteral("reason")).toString();
        }
    }
    if (data.incident.isOpen()) {
        data.closedAtMs = 0; // re-opened since
        data.closeReason.clear();
    }

    // One row per team, from its latest committed order; every committed supply line.
    QHash<QString, int> teamRow;
    QHash<QString, QString> names;
    auto nameOf = [&](ResourceKind kind, const QString &id) {
        const QString key = QString::number(int(kind)) + id;
        if (!names.contains(key)) {
            const Result<Record> found = store.record(kind, id);
            names.insert(key, found ? found->displayName() : id);
        }
        return names.value(key);
    };
    for (const DispatchOrder &order : store.dispatchOrders(incidentId)) {
        if (!isCommitted(order)) {
            continue;
        }
        if (!order.teamId.isEmpty()) {
            const Result<Record> team = store.record(ResourceKind::Teams, order.teamId);
            if (team) {
                ReportTeam row{team.value(), order.status, order.issuedAtMs, order.onSceneAtMs};
                if (teamRow.contains(order.teamId)) {
                    data.teams[teamRow.value(order.teamId)] = row;
                } else {
                    teamRow.insert(order.teamId, int(data.teams.size()));
                    data.teams.append(row);
                }
            }
        }
        for (const DispatchLine &line : order.lines) {
            ReportSupply supply;
            supply.item = nameOf(ResourceKind::Supplies, line.itemId);
            if (const Result<Record> item = store.record(ResourceKind::Supplies, line.itemId)) {
                supply.unit = item->text(QStringLiteral("unit"));
            }
            supply.warehouse = nameOf(ResourceKind::Warehouses, line.warehouseId);
            supply.quantity = line.quantity;
            supply.orderStatus = order.status;
            data.supplies.append(supply);
        }
    }

    const AttachmentStore attachments = AttachmentStore::forStore(store);
    for (const AttachmentEntry &entry : attachmentEntries(data.timeline)) {
        const Result<QString> path = attachments.pathOf(QStringLiteral("sha256:") + entry.sha256);
        data.attachments.append({entry, path.valueOr(QString())});
    }
    return data;
}

} // namespace tw
