#include "incidentreportterms.h"

#include <QCoreApplication>

namespace tw {

namespace {

struct TermRow {
    ReportTerm term;
    const char *english;
    const char *chinese;
};

constexpr TermRow kTerms[] = {
    {ReportTerm::TitleInitial, QT_TRANSLATE_NOOP("tw::IncidentReportTerms", "Incident information report (initial report)"),
     "突发事件信息报告（初报）"},
    {ReportTerm::TitleFollowUp,
     QT_TRANSLATE_NOOP("tw::IncidentReportTerms", "Incident information report (follow-up report)"),
     "突发事件信息报告（续报）"},
    {ReportTerm::TitleFinal, QT_TRANSLATE_NOOP("tw::IncidentReportTerms", "Incident information report (final report)"),
     "突发事件信息报告（终报）"},
    {ReportTerm::SectionTime, QT_TRANSLATE_NOOP("tw::IncidentReportTerms", "Time"), "时间"},
    {ReportTerm::SectionPlace, QT_TRANSLATE_NOOP("tw::IncidentReportTerms", "Place"), "地点"},
    {ReportTerm::SectionCategory, QT_TRANSLATE_NOOP("tw::IncidentReportTerms", "Category and level"), "事件类别和级别"},
    {ReportTerm::SectionCourse, QT_TRANSLATE_NOOP("tw::IncidentReportTerms", "What happened"), "基本经过"},
    {ReportTerm::SectionCasualties, QT_TRANSLATE_NOOP("tw::IncidentReportTerms", "Casualties and losses"), "伤亡及损失"},
    {ReportTerm::SectionMeasures, QT_TRANSLATE_NOOP("tw::IncidentReportTerms", "Measures taken"), "已采取的措施"},
    {ReportTerm::SectionResources,
     QT_TRANSLATE_NOOP("tw::IncidentReportTerms", "Resources committed (teams, supplies)"), "投入的力量（队伍、物资）"},
    {ReportTerm::SectionOutlook, QT_TRANSLATE_NOOP("tw::IncidentReportTerms", "Outlook and next steps"),
     "发展趋势和下一步工作"},
    {ReportTerm::SectionReporter, QT_TRANSLATE_NOOP("tw::IncidentReportTerms", "Reporting unit, reporter and contact"),
     "报告单位、报告人及联系方式"},
    {ReportTerm::AppendixTimeline, QT_TRANSLATE_NOOP("tw::IncidentReportTerms", "Appendix: timeline"), "附：事件时间线"},
    {ReportTerm::AppendixAttachments, QT_TRANSLATE_NOOP("tw::IncidentReportTerms", "Appendix: attachments"), "附：附件"},
    {ReportTerm::ReportingUnit, QT_TRANSLATE_NOOP("tw::IncidentReportTerms", "Reporting unit"), "报告单位"},
    {ReportTerm::ReportedBy, QT_TRANSLATE_NOOP("tw::IncidentReportTerms", "Reported by"), "报告人"},
    {ReportTerm::Contact, QT_TRANSLATE_NOOP("tw::IncidentReportTerms", "Contact"), "联系方式"},
    {ReportTerm::ReportTime, QT_TRANSLATE_NOOP("tw::IncidentReportTerms", "Report time"), "报告时间"},
    {ReportTerm::Teams, QT_TRANSLATE_NOOP("tw::IncidentReportTerms", "Teams"), "队伍"},
    {ReportTerm::Supplies, QT_TRANSLATE_NOOP("tw::IncidentReportTerms", "Supplies"), "物资"},
};

} // namespace

QString reportTerm(ReportTerm term, bool chinese)
{
    for (const TermRow &row : kTerms) {
        if (row.term == term) {
            return chinese ? QString::fromUtf8(row.chinese)
                           : QCoreApplication::translate("tw::IncidentReportTerms", row.english);
        }
    }
    return {};
}

QString reportTitle(ReportKind kind, bool chinese)
{
    switch (kind) {
    case ReportKind::Initial:
        return reportTerm(ReportTerm::TitleInitial, chinese);
    case ReportKind::FollowUp:
        return reportTerm(ReportTerm::TitleFollowUp, chinese);
    case ReportKind::Final:
        return reportTerm(ReportTerm::TitleFinal, chinese);
    }
    return {};
}

QString sectionNumber(int n, bool chinese)
{
    if (!chinese) {
        return QStringLiteral("%1. ").arg(n);
    }
    static const QString digits = QStringLiteral("〇一二三四五六七八九十");
    const QString number = n <= 10 ? QString(digits.at(n))
                                   : (n < 20 ? QStringLiteral("十") + digits.at(n % 10) : QString::number(n));
    return number + QStringLiteral("、");
}

} // namespace tw
