#include "incidentreporthtmlbuilder.h"

#include "classification.h"
#include "entityschema.h"
#include "incidentdetail.h"

#include <QBuffer>

namespace tw {

namespace Internal {

namespace {

QByteArray encodedImage(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, 88);
    return bytes;
}

} // namespace

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}

QString fieldLabel(ResourceKind kind, const char *key)
{
    const FieldDef *field = kindDef(kind).field(QLatin1String(key));
    return field ? field->translatedLabel() : QString::fromLatin1(key);
}

QString enumLabel(ResourceKind kind, const char *key, const QString &value)
{
    const FieldDef *field = kindDef(kind).field(QLatin1String(key));
    return field ? field->enumLabel(value) : value;
}

bool isMeasure(const QString &kind)
{
    using namespace TimelineKind;
    static const QStringList measures{Verification, Acknowledgement, LevelChange, WarningChange,
                                      StatusChange, Dispatch,     Arrival,        PlanStep};
    return measures.contains(kind);
}

QString ReportHtmlBuilder::image(const QString &name, int width) const
{
    const QImage picture = m_images.value(name);
    if (picture.isNull()) {
        return {};
    }
    QString source = name;
    if (m_inline) {
        const bool opaque = !picture.hasAlphaChannel();
        source = QStringLiteral("data:image/%1;base64,").arg(opaque ? QStringLiteral("jpeg") : QStringLiteral("png"))
            + QString::fromLatin1(encodedImage(picture, opaque ? "JPEG" : "PNG").toBase64());
    }
    const int height = picture.width() > 0 ? width * picture.height() / picture.width() : width;
    return QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\"/>")
        .arg(source)
        .arg(width)
        .arg(height)
        .arg(esc(name));
}

void ReportHtmlBuilder::heading(ReportTerm term)
{
    m_html += QStringLiteral("<h2>%1%2</h2>\n").arg(sectionNumber(++m_section, m_zh), esc(reportTerm(term, m_zh)));
}

void ReportHtmlBuilder::table(const QStringList &headers, const QList<QStringList> &rows, const QList<int> &widthsPercent)
{
    m_html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">\n<tr>");
    for (int i = 0; i < headers.size(); ++i) {
        const QString width = i < widthsPercent.size() ? QStringLiteral(" width=\"%1%\"").arg(widthsPercent.at(i)) : QString();
        m_html += QStringLiteral("<th bgcolor=\"#e8ecf0\" align=\"left\"%1>%2</th>").arg(width, esc(headers.at(i)));
    }
    m_html += QStringLiteral("</tr>\n");
    for (const QStringList &row : rows) {
        m_html += QStringLiteral("<tr>");
        // Cells are escaped by the caller; a row with fewer cells spans the rest with its last.
        for (int i = 0; i < row.size(); ++i) {
            const int span = i + 1 == row.size() ? int(headers.size() - i) : 1;
            m_html += span > 1 ? QStringLiteral("<td colspan=\"%1\">%2</td>").arg(span).arg(row.at(i))
                               : QStringLiteral("<td>%1</td>").arg(row.at(i));
        }
        m_html += QStringLiteral("</tr>\n");
    }
    m_html += QStringLiteral("</table>\n");
}

void ReportHtmlBuilder::fields(const QList<QPair<QString, QString>> &rows)
{
    m_html += QStringLiteral("<table border=\"0\" cellspacing=\"0\" cellpadding=\"3\">\n");
    for (const auto &[label, value] : rows) {
        m_html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>\n").arg(esc(label), esc(orDash(value)));
    }
    m_html += QStringLiteral("</table>\n");
}

void ReportHtmlBuilder::eventList(const QList<TimelineEvent> &events)
{
    m_html += QStringLiteral("<ul>\n");
    for (const TimelineEvent &event : events) {
        m_html += QStringLiteral("<li>%1%2%3</li>\n").arg(esc(dateTime(event.atMs)), separator(), esc(event.text));
    }
    m_html += QStringLiteral("</ul>\n");
}

void ReportHtmlBuilder::header()
{
    m_html += QStringLiteral("<h1 align=\"center\">%1</h1>\n").arg(esc(reportTitle(d.kind, m_zh)));
    m_html += QStringLiteral("<p align=\"center\"><b>%1</b></p>\n").arg(esc(d.incident.title));
    if (d.incident.isExercise()) {
        m_html += QStringLiteral("<p align=\"center\"><font color=\"#b00020\"><b>%1</b></font></p>\n")
                      .arg(esc(IncidentReportHtml::tr("DRILL — exercise %1; this is not a real incident.").arg(d.incident.exerciseId)));
    }
    const QString colon = m_zh ? QStringLiteral("：") : QStringLiteral(": ");
    m_html += QStringLiteral("<p align=\"center\">%1%2%3%4%5%6%7</p>\n")
                  .arg(esc(reportTerm(ReportTerm::ReportingUnit, m_zh)), colon, esc(orDash(d.options.unit)),
                       m_zh ? QStringLiteral("　　") : QStringLiteral(" | "),
                       esc(reportTerm(ReportTerm::ReportTime, m_zh)), colon, esc(dateTime(d.options.generatedAtMs)));
}

void ReportHtmlBuilder::timeSection()
{
    heading(ReportTerm::SectionTime);
    QList<QPair<QString, QString>> rows{
        {fieldLabel(ResourceKind::Incidents, "reported_at_ms"), dateTime(d.incident.reportedAtMs)},
        {IncidentReportHtml::tr("Source of the report"),
         d.incident.reporterPhone.isEmpty() ? d.incident.reporter
                                            : QStringLiteral("%1 (%2)").arg(d.incident.reporter, d.incident.reporterPhone)},
    };
    if (d.closedAtMs > 0) {
        rows.append({IncidentReportHtml::tr("Closed at"), dateTime(d.closedAtMs)});
        rows.append({IncidentReportHtml::tr("Duration of the response"), duration(d.closedAtMs - d.incident.reportedAtMs)});
    }
    rows.append({reportTerm(ReportTerm::ReportTime, m_zh), dateTime(d.options.generatedAtMs)});
    fields(rows);
}

void ReportHtmlBuilder::placeSection()
{
    heading(ReportTerm::SectionPlace);
    const LonLat at = d.incident.position;
    fields({{fieldLabel(ResourceKind::Incidents, "address"), d.incident.address},
            {IncidentReportHtml::tr("Coordinates"),
             IncidentReportHtml::tr("%1° E, %2° N (WGS-84)").arg(at.lon, 0, 'f', 5).arg(at.lat, 0, 'f', 5)}});
    const QString map = image(QStringLiteral("map"), 600);
    if (!map.isEmpty()) {
        m_html += QStringLiteral("<p align=\"center\">%1<br/><i>%2</i></p>\n")
                      .arg(map, esc(IncidentReportHtml::tr("The incident (ringed) and the committed teams")));
    }
}

void ReportHtmlBuilder::categorySection()
{
    heading(ReportTerm::SectionCategory);
    const Incident &incident = d.incident;
    const IncidentType *type = incident.type();
    fields({{fieldLabel(ResourceKind::Incidents, "category"), incidentCategoryName(incident.category, m_locale)},
            {IncidentReportHtml::tr("Type"), type ? QStringLiteral("%1 (%2)").arg(type->displayName(m_locale), type->code)
                                    : IncidentReportHtml::tr("not set")},
            {fieldLabel(ResourceKind::Incidents, "event_level"),
             incident.eventLevel.isEmpty()
                 ? IncidentReportHtml::tr("not graded yet")
                 : QStringLiteral("%1 %2").arg(incident.eventLevel, eventLevelName(incident.eventLevel, m_locale))},
            {fieldLabel(ResourceKind::Incidents, "warning_level"),
             incident.warningLevel.isEmpty() ? IncidentReportHtml::tr("none") : warningLevelName(incident.warningLevel, m_locale)},
            {fieldLabel(ResourceKind::Incidents, "status"), incidentStatusLabel(incident.status)}});
}

QString ReportHtmlBuilder::build()
{
    m_html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>%2</title>\n"
                            "<style>body { font-family: sans-serif; } h2 { margin-top: 14px; } "
                            "table { border-collapse: collapse; }</style>\n</head>\n<body>\n")
                 .arg(m_zh ? QStringLiteral("zh-CN") : QStringLiteral("en"),
                      esc(reportTitle(d.kind, m_zh) + QStringLiteral(" — ") + d.incident.title));
    header();
    timeSection();
    placeSection();
    categorySection();
    courseSection();
    casualtySection();
    measureSection();
    resourceSection();
    outlookSection();
    reporterSection();
    timelineAppendix();
    attachmentAppendix();
    m_html += QStringLiteral("</body>\n</html>\n");
    return m_html;
}

} // namespace Internal

QString attachmentImageName(const QString &sha256)
{
    return QStringLiteral("attachment-") + sha256;
}

QString reportHtml(const ReportData &data, const QHash<QString, QImage> &images, bool inlineImages)
{
    return Internal::ReportHtmlBuilder(data, images, inlineImages).build();
}

} // namespace tw
