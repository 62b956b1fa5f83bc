#pragma once

#include "incident.h"
#include "plan.h"
#include "result.h"
#include "timelineevent.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

namespace tw {

class Store;

/// A plan suggested for an incident, best first.
struct PlanMatch {
    Plan plan;
    PlanFit fit;
};

/// The state of one checklist step, as last ticked on the incident's timeline.
struct PlanTick {
    bool done = false;
    QString actor;
    qint64 atMs = 0;
    QString note;
};

/// The emergency plans known to this console: read from JSON plan files (format in
/// docs/plans.md), matched against incidents by category, type and level. A file is read whole
/// and checked before anything is added, so a malformed file adds nothing.
class PlanLibrary {
public:
    /// The "format" value every plan file carries.
    static QString formatName() { return QStringLiteral("tidewatch-plans"); }
    static int formatVersion() { return 1; }

    /// Reads every plan of a file; the Error names the file, the plan and the field.
    static Result<QList<Plan>> readFile(const QString &path);
    /// Reads a file's content (`where` names it in errors).
    static Result<QList<Plan>> readJson(const QByteArray &json, const QString &where);
    /// Writes plans in the file format.
    static QByteArray toJson(const QList<Plan> &plans);

    /// Adds the plans of a file, replacing plans with the same id; nothing is added on error.
    Status importFile(const QString &path);
    /// Adds every *.json file of a folder (each file all-or-nothing); returns the first error and
    /// keeps going with the other files.
    Status importFolder(const QString &folder);
    void add(const Plan &plan);

    const QList<Plan> &plans() const { return m_plans; }
    const Plan *plan(const QString &id) const;
    /// The plans that apply to the incident, best fit first (ties by title).
    QList<PlanMatch> matching(const QString &category, const QString &typeCode, const QString &eventLevel) const;
    QList<PlanMatch> matching(const Incident &incident) const
    {
        return matching(incident.category, incident.typeCode, incident.eventLevel);
    }

    // ---- checklists: ticks live on the incident's timeline ----------------------------------

    /// The name of the store mutation that records a tick.
    static QString tickMutation() { return QStringLiteral("plan.tickStep"); }
    /// Arguments of plan.tickStep: {incident_id, plan_id, step_id, done, note?}.
    static QJsonObject tickArguments(const QString &incidentId, const Plan &plan, const QString &stepId, bool done,
                                     const QString &note = {});
    /// Step id -> latest tick, from timeline events of kind plan_step for this plan.
    static QHash<QString, PlanTick> ticks(const QList<TimelineEvent> &timeline, const QString &planId);
    /// The same, read from the store's timeline of the incident.
    static QHash<QString, PlanTick> ticks(const Store &store, const QString &incidentId, const QString &planId);

private:
    QList<Plan> m_plans;
};

} // namespace tw
