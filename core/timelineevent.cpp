#include "timelineevent.h"

#include <QCoreApplication>

namespace tw {

QString timelineKindLabel(const QString &kind)
{
    using namespace TimelineKind;
    struct Label {
        const QString &kind;
        const char *text;
    };
    static const Label labels[] = {
        {Report, QT_TRANSLATE_NOOP("tw::TimelineEvent", "Report")},
        {Verification, QT_TRANSLATE_NOOP("tw::TimelineEvent", "Verification")},
        {LevelChange, QT_TRANSLATE_NOOP("tw::TimelineEvent", "Level change")},
        {WarningChange, QT_TRANSLATE_NOOP("tw::TimelineEvent", "Warning level change")},
        {StatusChange, QT_TRANSLATE_NOOP("tw::TimelineEvent", "Status change")},
        {CasualtyUpdate, QT_TRANSLATE_NOOP("tw::TimelineEvent", "Casualty update")},
        {Acknowledgement, QT_TRANSLATE_NOOP("tw::TimelineEvent", "Acknowledgement")},
        {Update, QT_TRANSLATE_NOOP("tw::TimelineEvent", "Update")},
        {Note, QT_TRANSLATE_NOOP("tw::TimelineEvent", "Note")},
        {Dispatch, QT_TRANSLATE_NOOP("tw::TimelineEvent", "Dispatch")},
        {Arrival, QT_TRANSLATE_NOOP("tw::TimelineEvent", "Arrival")},
        {Media, QT_TRANSLATE_NOOP("tw::TimelineEvent", "Media")},
        {SensorAlert, QT_TRANSLATE_NOOP("tw::TimelineEvent", "Sensor alert")},
        {PlanStep, QT_TRANSLATE_NOOP("tw::TimelineEvent", "Plan step")},
    };
    for (const Label &label : labels) {
        if (label.kind == kind) {
            return QCoreApplication::translate("tw::TimelineEvent", label.text);
        }
    }
    return kind;
}

} // namespace tw
