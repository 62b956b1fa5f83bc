#pragma once

#include "incidentreport.h"

#include <QHash>
#include <QImage>
#include <QString>

namespace tw {

/// The report as one HTML document that QTextDocument (for the PDF) and browsers both read.
/// Pictures are named: "map" for the map snapshot, attachmentImageName() for thumbnails; a name
/// missing from `images` is left out. With `inlineImages` they are embedded as data: URIs (the
/// HTML file stands alone), else referenced by name for QTextDocument::addResource().
QString reportHtml(const ReportData &data, const QHash<QString, QImage> &images, bool inlineImages);

/// The picture name of an attachment's thumbnail.
QString attachmentImageName(const QString &sha256);

/// Section, table and list texts of the report (context "tw::IncidentReportHtml").
class IncidentReportHtml {
    Q_DECLARE_TR_FUNCTIONS(tw::IncidentReportHtml)
};

} // namespace tw
