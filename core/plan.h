#pragma once

#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tw {

/// One step of a plan's checklist: who does what, and how soon.
struct PlanStep {
    QString id;            ///< unique within the plan; ticks on the timeline name it
    QString title;
    QString role;          ///< the responsible role ("值班长", "区应急管理局", ...)
    QString description;
    int withinMinutes = 0; ///< due this long after the plan starts; 0 when open-ended
};

/// A resource the plan calls for: a number of teams of a kind, or a quantity of a supply.
struct PlanResource {
    QString kind;     ///< "team" or "supply"
    QString teamKind; ///< a teams "team_kind" value, for kind "team"
    QString category; ///< a supplies "category" value, for kind "supply"
    QString name;     ///< what to show ("沙袋", "消防救援队"), required
    double quantity = 0.0;
    QString unit;
};

/// Why a plan fits an incident, and how well (higher is better).
struct PlanFit {
    int score = 0;       ///< 0: does not apply
    QString reason;      ///< "type 10101", "class 101", "category natural_disaster" + level
};

/// An emergency plan (预案): which incidents it applies to, its ordered steps and the resources
/// it needs. Read from the documented JSON format (docs/plans.md).
struct Plan {
    QString id;
    QString title;
    QString issuer;        ///< the body that issued it
    QString version;
    QString description;
    QStringList categories; ///< incident category values; at least one
    QStringList typeCodes;  ///< full type codes ("10101") or class prefixes ("101"); empty for all
    QStringList levels;     ///< event levels it covers ("I".."IV"); empty for all
    QList<PlanStep> steps;
    QList<PlanResource> resources;

    const PlanStep *step(const QString &stepId) const;
    /// How well the plan fits an incident of this category, type and level. An ungraded incident
    /// fits plans of any level; a graded one only plans that list its level (or none).
    PlanFit fit(const QString &category, const QString &typeCode, const QString &eventLevel) const;

    /// Reads one plan. Errors name the field ("steps[2].role") and carry `where` (file, plan).
    static Result<Plan> fromJson(const QJsonObject &json, const QString &where);
    QJsonObject toJson() const;
};

} // namespace tw
