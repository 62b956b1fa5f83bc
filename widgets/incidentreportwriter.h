#pragma once

#include "incidentreport.h"

#include <QHash>
#include <QImage>

namespace tw {

/// Image attachments up to this size get a thumbnail in the report; larger ones are only listed.
constexpr qint64 kReportThumbnailMaxBytes = 20LL * 1024 * 1024;

/// The pictures of a report by name: "map" (when the data has one) and a thumbnail of each
/// image attachment that is on this machine and small enough.
QHash<QString, QImage> reportImages(const ReportData &data);

/// Writes the report file: a PDF laid out by QTextDocument on QPdfWriter (A4, real searchable
/// text, the fonts embedded, Chinese included) or the same HTML with its pictures inline. The
/// file is written under a temporary name and renamed when complete, so a failure leaves nothing
/// behind. Touches no widget and no store: it runs on a worker thread.
Status writeIncidentReport(const ReportData &data, ReportFormat format, const QString &path);

/// Messages of the report writer (context "tw::IncidentReportWriter").
class IncidentReportWriter {
    Q_DECLARE_TR_FUNCTIONS(tw::IncidentReportWriter)
};

} // namespace tw
