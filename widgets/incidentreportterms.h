#pragma once

#include "incidentreport.h"

#include <QString>

namespace tw {

/// The fixed wording of the incident information report form. The Chinese text is the one the
/// reporting rules use (突发事件信息报告: 初报/续报/终报 and its nine parts) and is kept verbatim in
/// the code, like the names of the event levels; the English text goes through the translator
/// (context "tw::IncidentReportTerms").
enum class ReportTerm {
    TitleInitial,
    TitleFollowUp,
    TitleFinal,
    SectionTime,
    SectionPlace,
    SectionCategory,
    SectionCourse,
    SectionCasualties,
    SectionMeasures,
    SectionResources,
    SectionOutlook,
    SectionReporter,
    AppendixTimeline,
    AppendixAttachments,
    ReportingUnit,
    ReportedBy,
    Contact,
    ReportTime,
    Teams,
    Supplies,
};

/// The term in the report's language: `chinese` picks the form's own wording.
QString reportTerm(ReportTerm term, bool chinese);
/// The report's title for its kind ("突发事件信息报告（续报）").
QString reportTitle(ReportKind kind, bool chinese);
/// The number in front of the n-th section (1-based): "一、" in Chinese, "1. " in English.
QString sectionNumber(int n, bool chinese);

} // namespace tw
