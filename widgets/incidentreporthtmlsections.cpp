// The report's sections four to nine and its appendices (see incidentreporthtmlbuilder.h).
#include "incidentreporthtmlbuilder.h"

#include "entityschema.h"
#include "incidentdetail.h"

namespace tw::Internal {

void ReportHtmlBuilder::courseSection()
{
    heading(ReportTerm::SectionCourse);
    m_html += QStringLiteral("<p>%1</p>\n")
                  .arg(esc(d.incident.description.isEmpty() ? IncidentReportHtml::tr("No description was recorded.")
                                                            : d.incident.description));
    QList<TimelineEvent> course;
    for (const TimelineEvent &event : d.timeline) {
        if (!isMeasure(event.kind)) {
            course.append(event);
        }
    }
    if (!course.isEmpty()) {
        eventList(course);
    }
}

void ReportHtmlBuilder::casualtySection()
{
    heading(ReportTerm::SectionCasualties);
    const Casualties &c = d.incident.casualties;
    table({fieldLabel(ResourceKind::Incidents, "deaths"), fieldLabel(ResourceKind::Incidents, "serious_injuries"),
           fieldLabel(ResourceKind::Incidents, "missing"), fieldLabel(ResourceKind::Incidents, "trapped"),
           fieldLabel(ResourceKind::Incidents, "direct_loss_cny")},
          {{m_locale.toString(c.deaths), m_locale.toString(c.seriousInjuries), m_locale.toString(c.missing),
            m_locale.toString(c.trapped), esc(m_locale.toString(d.incident.directLossCny, 'f', 0))}});
}

void ReportHtmlBuilder::measureSection()
{
    heading(ReportTerm::SectionMeasures);
    QList<TimelineEvent> measures;
    for (const TimelineEvent &event : d.timeline) {
        if (isMeasure(event.kind)) {
            measures.append(event);
        }
    }
    if (measures.isEmpty()) {
        m_html += QStringLiteral("<p>%1</p>\n").arg(esc(IncidentReportHtml::tr("None recorded yet.")));
    } else {
        eventList(measures);
    }
}

void ReportHtmlBuilder::resourceSection()
{
    heading(ReportTerm::SectionResources);
    m_html += QStringLiteral("<h3>%1</h3>\n").arg(esc(reportTerm(ReportTerm::Teams, m_zh)));
    if (d.teams.isEmpty()) {
        m_html += QStringLiteral("<p>%1</p>\n").arg(esc(IncidentReportHtml::tr("No team has been committed.")));
    } else {
        QList<QStringList> rows;
        qint64 people = 0;
        for (const ReportTeam &team : d.teams) {
            const Record &r = team.record;
            people += r.integer(QStringLiteral("headcount"));
            rows.append({esc(r.displayName()), esc(enumLabel(ResourceKind::Teams, "team_kind", r.text(QStringLiteral("team_kind")))),
                         m_locale.toString(r.integer(QStringLiteral("headcount"))), esc(orDash(r.text(QStringLiteral("agency")))),
                         esc(dispatchStatusLabel(team.orderStatus)), esc(shortDateTime(team.issuedAtMs)),
                         esc(shortDateTime(team.onSceneAtMs))});
        }
        table({fieldLabel(ResourceKind::Teams, "name"), fieldLabel(ResourceKind::Teams, "team_kind"),
               fieldLabel(ResourceKind::Teams, "headcount"), fieldLabel(ResourceKind::Teams, "agency"),
               IncidentReportHtml::tr("Dispatch status"), IncidentReportHtml::tr("Dispatched at"), IncidentReportHtml::tr("On scene at")},
              rows);
        m_html += QStringLiteral("<p>%1</p>\n")
                      .arg(esc(IncidentReportHtml::tr("Teams: %1; people: %2").arg(d.teams.size()).arg(m_locale.toString(people))));
    }
    m_html += QStringLiteral("<h3>%1</h3>\n").arg(esc(reportTerm(ReportTerm::Supplies, m_zh)));
    if (d.supplies.isEmpty()) {
        m_html += QStringLiteral("<p>%1</p>\n").arg(esc(IncidentReportHtml::tr("No supplies have been committed.")));
        return;
    }
    QList<QStringList> rows;
    for (const ReportSupply &supply : d.supplies) {
        rows.append({esc(supply.item), m_locale.toString(supply.quantity, 'g', 12), esc(supply.unit), esc(supply.warehouse),
                     esc(dispatchStatusLabel(supply.orderStatus))});
    }
    table({fieldLabel(ResourceKind::Stock, "item_id"), fieldLabel(ResourceKind::Stock, "quantity"),
           fieldLabel(ResourceKind::Supplies, "unit"), fieldLabel(ResourceKind::Stock, "warehouse_id"),
           IncidentReportHtml::tr("Dispatch status")},
          rows);
}

void ReportHtmlBuilder::outlookSection()
{
    heading(ReportTerm::SectionOutlook);
    QStringList lines;
    const Incident &incident = d.incident;
    if (incident.status == IncidentStatus::Closed) {
        lines << IncidentReportHtml::tr("The incident was closed on %1.").arg(dateTime(d.closedAtMs));
    } else if (incident.status == IncidentStatus::FalseAlarm) {
        lines << IncidentReportHtml::tr("The incident was declared a false alarm on %1.").arg(dateTime(d.closedAtMs));
    }
    if (!d.closeReason.isEmpty()) {
        lines << IncidentReportHtml::tr("Reason: %1").arg(d.closeReason);
    }
    if (d.closedAtMs > 0 && incident.reportedAtMs > 0) {
        lines << IncidentReportHtml::tr("The response lasted %1.").arg(duration(d.closedAtMs - incident.reportedAtMs));
    }
    if (incident.isOpen()) {
        lines << IncidentReportHtml::tr("Current status: %1.").arg(incidentStatusLabel(incident.status));
        for (const ReportTeam &team : d.teams) {
            if (team.orderStatus == DispatchStatus::OnScene) {
                lines << IncidentReportHtml::tr("%1 is on scene.").arg(team.record.displayName());
            } else if (isDispatchActive(team.orderStatus)) {
                lines << IncidentReportHtml::tr("%1 is on the way (%2).").arg(team.record.displayName(), dispatchStatusLabel(team.orderStatus));
            }
        }
        if (d.teams.isEmpty()) {
            lines << IncidentReportHtml::tr("No team has been committed yet.");
        }
        lines << (d.kind == ReportKind::Final
                      ? IncidentReportHtml::tr("The incident is still open: this final report shows the situation at the report time.")
                      : IncidentReportHtml::tr("A follow-up report will be sent as the situation develops."));
    }
    m_html += QStringLiteral("<ul>\n");
    for (const QString &line : std::as_const(lines)) {
        m_html += QStringLiteral("<li>%1</li>\n").arg(esc(line));
    }
    m_html += QStringLiteral("</ul>\n");
}

void ReportHtmlBuilder::reporterSection()
{
    heading(ReportTerm::SectionReporter);
    fields({{reportTerm(ReportTerm::ReportingUnit, m_zh), d.options.unit},
            {reportTerm(ReportTerm::ReportedBy, m_zh), d.options.author},
            {reportTerm(ReportTerm::Contact, m_zh), d.options.contact},
            {reportTerm(ReportTerm::ReportTime, m_zh), dateTime(d.options.generatedAtMs)}});
}

void ReportHtmlBuilder::timelineAppendix()
{
    m_html += QStringLiteral("<h2>%1</h2>\n").arg(esc(reportTerm(ReportTerm::AppendixTimeline, m_zh)));
    if (d.timeline.isEmpty()) {
        m_html += QStringLiteral("<p>—</p>\n");
        return;
    }
    QList<QStringList> rows;
    for (const TimelineEvent &event : d.timeline) {
        rows.append({esc(shortDateTime(event.atMs)), esc(timelineKindLabel(event.kind)), esc(orDash(event.actor)),
                     esc(event.text)});
    }
    table({IncidentReportHtml::tr("Time"), IncidentReportHtml::tr("Kind"), IncidentReportHtml::tr("By"), IncidentReportHtml::tr("Text")}, rows, {20, 13, 15, 52});
}

void ReportHtmlBuilder::attachmentAppendix()
{
    if (d.attachments.isEmpty()) {
        return;
    }
    m_html += QStringLiteral("<h2>%1</h2>\n").arg(esc(reportTerm(ReportTerm::AppendixAttachments, m_zh)));
    QList<QStringList> rows;
    for (const ReportAttachment &attachment : d.attachments) {
        const AttachmentEntry &entry = attachment.entry;
        QString name = esc(entry.name);
        const QString thumbnail = image(attachmentImageName(entry.sha256), 160);
        if (!thumbnail.isEmpty()) {
            name += QStringLiteral("<br/>") + thumbnail;
        } else if (attachment.path.isEmpty()) {
            name += QStringLiteral("<br/><i>%1</i>").arg(esc(IncidentReportHtml::tr("(the file is not on this computer)")));
        }
        rows.append({name, esc(m_locale.formattedDataSize(entry.size)), esc(shortDateTime(entry.atMs))});
        // The hash on a line of its own, small enough never to be broken up.
        rows.append({QStringLiteral("<span style=\"font-family: 'DejaVu Sans Mono', monospace; font-size: 7.5pt\">"
                                    "SHA-256 %1</span>")
                         .arg(entry.sha256)});
    }
    table({IncidentReportHtml::tr("Name"), IncidentReportHtml::tr("Size"), IncidentReportHtml::tr("Added")}, rows, {60, 15, 25});
}

} // namespace tw::Internal
