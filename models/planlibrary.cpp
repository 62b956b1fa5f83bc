#include "planlibrary.h"

#include "store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace tw {

namespace {

} // namespace

Result<QList<Plan>> PlanLibrary::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QCoreApplication::translate("tw::PlanLibrary", "cannot read the plan file: %1").arg(file.errorString()), {}, path};
    }
    return readJson(file.readAll(), QFileInfo(path).fileName());
}

Result<QList<Plan>> PlanLibrary::readJson(const QByteArray &json, const QString &where)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        return Error{QCoreApplication::translate("tw::PlanLibrary", "not valid JSON at line %1: %2").arg(line).arg(parseError.errorString()), {}, where};
    }
    if (!doc.isObject()) {
        return Error{QCoreApplication::translate("tw::PlanLibrary", "a plan file is a JSON object {\"format\": \"%1\", \"version\": 1, \"plans\": [...]}")
                         .arg(formatName()),
                     {}, where};
    }
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != QLatin1String("format") && it.key() != QLatin1String("version")
            && it.key() != QLatin1String("plans")) {
            return Error{QCoreApplication::translate("tw::PlanLibrary", "unknown key (expected format, version, plans)"), it.key(), where};
        }
    }
    if (root.value(QStringLiteral("format")).toString() != formatName()) {
        return Error{QCoreApplication::translate("tw::PlanLibrary", "must be \"%1\"").arg(formatName()), QStringLiteral("format"), where};
    }
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toInt() != formatVersion()) {
        return Error{QCoreApplication::translate("tw::PlanLibrary", "version %1 is not supported (this console reads version %2)")
                         .arg(version.toVariant().toString())
                         .arg(formatVersion()),
                     QStringLiteral("version"), where};
    }
    const QJsonValue plans = root.value(QStringLiteral("plans"));
    if (!plans.isArray() || plans.toArray().isEmpty()) {
        return Error{QCoreApplication::translate("tw::PlanLibrary", "must be a non-empty list of plans"), QStringLiteral("plans"), where};
    }
    QList<Plan> result;
    QSet<QString> ids;
    const QJsonArray array = plans.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString id = array[i].toObject().value(QStringLiteral("id")).toString();
        const QString place = QStringLiteral("%1: plans[%2]%3")
                                  .arg(where)
                                  .arg(i)
                                  .arg(id.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(id));
        if (!array[i].isObject()) {
            return Error{QCoreApplication::translate("tw::PlanLibrary", "a plan must be a JSON object"), {}, place};
        }
        Result<Plan> plan = Plan::fromJson(array[i].toObject(), place);
        if (!plan) {
            return plan.error();
        }
        if (ids.contains(plan->id)) {
            return Error{QCoreApplication::translate("tw::PlanLibrary", "\"%1\" is the id of an earlier plan in this file").arg(plan->id), QStringLiteral("id"), place};
        }
        ids.insert(plan->id);
        result << plan.value();
    }
    return result;
}

QByteArray PlanLibrary::toJson(const QList<Plan> &plans)
{
    QJsonArray array;
    for (const Plan &plan : plans) {
        array.append(plan.toJson());
    }
    const QJsonObject root{{QStringLiteral("format"), formatName()},
                           {QStringLiteral("version"), formatVersion()},
                           {QStringLiteral("plans"), array}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status PlanLibrary::importFile(const QString &path)
{
    Result<QList<Plan>> plans = readFile(path);
    if (!plans) {
        return plans.error();
    }
    for (const Plan &plan : plans.value()) {
        add(plan);
    }
    return {};
}

Status PlanLibrary::importFolder(const QString &folder)
{
    Status first;
    const QDir dir(folder);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        Status imported = importFile(dir.filePath(file));
        if (!imported && first) {
            first = imported;
        }
    }
    return first;
}

void PlanLibrary::add(const Plan &plan)
{
    for (Plan &existing : m_plans) {
        if (existing.id == plan.id) {
            existing = plan;
            return;
        }
    }
    m_plans.append(plan);
}

const Plan *PlanLibrary::plan(const QString &id) const
{
    for (const Plan &p : m_plans) {
        if (p.id == id) {
            return &p;
        }
    }
    return nullptr;
}

QList<PlanMatch> PlanLibrary::matching(const QString &category, const QString &typeCode, const QString &eventLevel) const
{
    QList<PlanMatch> matches;
    for (const Plan &p : m_plans) {
        const PlanFit fit = p.fit(category, typeCode, eventLevel);
        if (fit.score > 0) {
            matches.append(PlanMatch{p, fit});
        }
    }
    std::stable_sort(matches.begin(), matches.end(), [](const PlanMatch &a, const PlanMatch &b) {
        return a.fit.score != b.fit.score ? a.fit.score > b.fit.score : a.plan.title < b.plan.title;
    });
    return matches;
}

QJsonObject PlanLibrary::tickArguments(const QString &incidentId, const Plan &plan, const QString &stepId, bool done,
                                       const QString &note)
{
    QJsonObject args{{QStringLiteral("incident_id"), incidentId},
                     {QStringLiteral("plan_id"), plan.id},
                     {QStringLiteral("step_id"), stepId},
                     {QStringLiteral("done"), done}};
    if (!note.trimmed().isEmpty()) {
        args.insert(QStringLiteral("note"), note.trimmed());
    }
    return args;
}

QHash<QString, PlanTick> PlanLibrary::ticks(const QList<TimelineEvent> &timeline, const QString &planId)
{
    QHash<QString, PlanTick> result;
    QHash<QString, qint64> seenAt;
    for (const TimelineEvent &event : timeline) {
        if (event.kind != TimelineKind::PlanStep || event.payload.value(QStringLiteral("plan_id")).toString() != planId) {
            continue;
        }
        const QString stepId = event.payload.value(QStringLiteral("step_id")).toString();
        // The latest tick wins. Timelines come newest first (Store::timeline), so of two ticks in
        // the same millisecond the one met first is the newer.
        if (seenAt.contains(stepId) && seenAt.value(stepId) >= event.atMs) {
            continue;
        }
        seenAt.insert(stepId, event.atMs);
        result.insert(stepId, PlanTick{event.payload.value(QStringLiteral("done")).toBool(), event.actor, event.atMs,
                                       event.payload.value(QStringLiteral("note")).toString()});
    }
    return result;
}

QHash<QString, PlanTick> PlanLibrary::ticks(const Store &store, const QString &incidentId, const QString &planId)
{
    return ticks(store.timeline(incidentId, 100000), planId);
}

} // namespace tw
