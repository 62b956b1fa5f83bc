#pragma once

#include "attachmentstore.h"
#include "dispatchorder.h"
#include "incident.h"
#include "record.h"
#include "result.h"
#include "tilesource.h"
#include "timelineevent.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QLocale>

#include <optional>

namespace tw {

class Store;

/// The three reports of the incident information report series (突发事件信息报告): the initial
/// report (初报), follow-up reports (续报) and the final report (终报).
enum class ReportKind { Initial, FollowUp, Final };
enum class ReportFormat { Pdf, Html };

/// "initial", "followup", "final": the names used on the command line.
QString reportKindName(ReportKind kind);
std::optional<ReportKind> reportKindFromName(const QString &name);
/// "pdf" or "html".
QString reportFormatName(ReportFormat format);
std::optional<ReportFormat> reportFormatFromName(const QString &name);
/// The format a file name's suffix asks for (.pdf, .html, .htm); nullopt for any other.
std::optional<ReportFormat> reportFormatFromPath(const QString &path);
/// The report an incident in `status` calls for: the final report once it is closed or a false
/// alarm, the initial report while it is only reported or verified, else a follow-up.
ReportKind defaultReportKind(const QString &status);

/// Who sends a report, in which language, and how its map is drawn.
struct ReportOptions {
    std::optional<ReportKind> kind; ///< nullopt: defaultReportKind() of the incident's status
    QString language = QStringLiteral("en"); ///< "zh_CN" or "en"
    QString unit;    ///< the reporting unit (报告单位)
    QString author;  ///< who writes the report (报告人); default: the store's actor
    QString contact; ///< how to reach them (联系方式)
    qint64 generatedAtMs = 0; ///< the report's time; 0 for now
    QList<TileSourceSpec> tileSources; ///< under the map; empty for the offline world basemap

    bool isChinese() const { return language.startsWith(QLatin1String("zh")); }
    QLocale locale() const;
};

/// A team committed to the incident by a dispatch order.
struct ReportTeam {
    Record record; ///< the team as it is now (its position is drawn on the map)
    QString orderStatus;
    qint64 issuedAtMs = 0;
    qint64 onSceneAtMs = 0;
};

/// A supply line of a dispatch order, with the names it refers to.
struct ReportSupply {
    QString item;
    QString unit;
    QString warehouse;
    double quantity = 0.0;
    QString orderStatus;
};

/// An attachment listed in the report; `path` is empty when its content is not on this machine.
struct ReportAttachment {
    AttachmentEntry entry;
    QString path;
};

/// Everything a report shows, read from the store at one moment. A value: the file is written on
/// a worker thread from it.
struct ReportData {
    ReportOptions options;
    ReportKind kind = ReportKind::Initial;
    Record incidentRecord;
    Incident incident;
    QList<TimelineEvent> timeline; ///< oldest first
    QList<ReportTeam> teams;       ///< cancelled and rejected orders left out
    QList<ReportSupply> supplies;
    QList<ReportAttachment> attachments;
    qint64 closedAtMs = 0; ///< when it was closed or declared a false alarm, 0 while open
    QString closeReason;
    bool demoCity = false; ///< the demo database: its city outline is drawn on the map
    QImage map;            ///< the map snapshot (ReportMapSnapshot); may be null
};

/// Reads what the report on `incidentId` shows. An unknown incident is an Error naming its id.
/// Must run on the store's thread.
Result<ReportData> collectReportData(const Store &store, const QString &incidentId, const ReportOptions &options);

/// Checks before any work that `path` can become a report file: its folder exists and it is not
/// itself a folder. Writing may still fail later; nothing is left behind then either.
Status checkReportTarget(const QString &path);

/// Translated texts of the report code that are not tied to one class.
class IncidentReport {
    Q_DECLARE_TR_FUNCTIONS(tw::IncidentReport)
};

} // namespace tw
