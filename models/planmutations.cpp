// plan.tickStep: a tick on a plan's checklist is a "plan_step" event on the incident's timeline
// (docs/plans.md). The store does not hold the plan library, so the plan and step are named, not
// checked against it; the checklist reads the latest tick of each step back from the timeline.

#include "storeengine.h"
#include "timelineevent.h"

namespace tw::Internal {

namespace {

// A yes/no argument: a JSON bool, or text/number holding one (CSV imports).
Result<bool> requireBool(const QJsonObject &args, const QString &key)
{
    const QJsonValue value = args.value(key);
    if (value.isBool()) {
        return value.toBool();
    }
    if (value.isDouble() && (value.toDouble() == 0.0 || value.toDouble() == 1.0)) {
        return value.toDouble() == 1.0;
    }
    if (value.isString()) {
        const QString text = value.toString().trimmed().toLower();
        if (text == QLatin1String("true") || text == QLatin1String("1")) {
            return true;
        }
        if (text == QLatin1String("false") || text == QLatin1String("0")) {
            return false;
        }
    }
    if (value.isUndefined() || value.isNull()) {
        return fieldError(key, storeTr(QT_TRANSLATE_NOOP("tw::Store", "is required")));
    }
    return fieldError(key, storeTr(QT_TRANSLATE_NOOP("tw::Store", "must be true or false")));
}

} // namespace

Result<QString> tickPlanStep(StoreEngine &e, MutationContext &c)
{
    const QString incidentKey = QStringLiteral("incident_id");
    const QString planKey = QStringLiteral("plan_id");
    const QString stepKey = QStringLiteral("step_id");
    const QString doneKey = QStringLiteral("done");
    const QString noteKey = QStringLiteral("note");
    if (Status ok = allowOnly(c.args, {incidentKey, planKey, stepKey, doneKey, noteKey}); !ok) {
        return ok.error();
    }
    Result<QString> incidentId = requireText(c.args, incidentKey);
    if (!incidentId) {
        return incidentId.error();
    }
    Result<QString> planId = requireText(c.args, planKey);
    if (!planId) {
        return planId.error();
    }
    Result<QString> stepId = requireText(c.args, stepKey);
    if (!stepId) {
        return stepId.error();
    }
    Result<bool> done = requireBool(c.args, doneKey);
    if (!done) {
        return done.error();
    }
    Result<QString> note = optionalText(c.args, noteKey);
    if (!note) {
        return note.error();
    }
    if (Status found = e.requireExists(kindDef(ResourceKind::Incidents), incidentId.value(), incidentKey); !found) {
        return found.error();
    }
    QJsonObject payload{{planKey, planId.value()}, {stepKey, stepId.value()}, {doneKey, done.value()}};
    if (!note->isEmpty()) {
        payload.insert(noteKey, note.value());
    }
    QString text = done.value() ? storeTr(QT_TRANSLATE_NOOP("tw::Store", "Plan %1: step %2 done")).arg(planId.value(), stepId.value())
                                : storeTr(QT_TRANSLATE_NOOP("tw::Store", "Plan %1: step %2 not done")).arg(planId.value(), stepId.value());
    if (!note->isEmpty()) {
        text += QStringLiteral(" — ") + note.value();
    }
    if (Status logged = e.appendTimeline(c, incidentId.value(), TimelineKind::PlanStep, text, payload); !logged) {
        return logged.error();
    }
    return incidentId.value();
}

} // namespace tw::Internal
