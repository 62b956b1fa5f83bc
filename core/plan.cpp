#include "plan.h"

#include "classification.h"
#include "entityschema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace tw {

namespace {

// Reads the keys of one JSON object, refusing unknown ones so a misspelt key is not lost.
class Reader {
public:
    Reader(const QJsonObject &json, QString prefix, QString where)
        : m_json(json), m_prefix(std::move(prefix)), m_where(std::move(where))
    {
    }

    Status allowOnly(const QStringList &keys) const
    {
        for (auto it = m_json.begin(); it != m_json.end(); ++it) {
            if (!keys.contains(it.key())) {
                return error(it.key(), QCoreApplication::translate("tw::Plan", "unknown key (expected one of %1)").arg(keys.join(QStringLiteral(", "))));
            }
        }
        return {};
    }

    Result<QString> text(const QString &key, bool required) const
    {
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined() || value.isNull()) {
            return required ? Result<QString>(error(key, QCoreApplication::translate("tw::Plan", "is required"))) : Result<QString>(QString());
        }
        if (!value.isString()) {
            return error(key, QCoreApplication::translate("tw::Plan", "must be text"));
        }
        const QString text = value.toString().trimmed();
        if (required && text.isEmpty()) {
            return error(key, QCoreApplication::translate("tw::Plan", "must not be empty"));
        }
        return text;
    }

    Result<QStringList> textList(const QString &key, const QStringList &allowed = {}) const
    {
        const QJsonValue value = m_json.value(key);
        QStringList list;
        if (value.isUndefined() || value.isNull()) {
            return list;
        }
        if (!value.isArray()) {
            return error(key, QCoreApplication::translate("tw::Plan", "must be a list of text"));
        }
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString item = array[i].toString().trimmed();
            const QString place = QStringLiteral("%1[%2]").arg(key).arg(i);
            if (!array[i].isString() || item.isEmpty()) {
                return error(place, QCoreApplication::translate("tw::Plan", "must be non-empty text"));
            }
            if (!allowed.isEmpty() && !allowed.contains(item)) {
                return error(place, QCoreApplication::translate("tw::Plan", "\"%1\" is not one of %2").arg(item, allowed.join(QStringLiteral(", "))));
            }
            list << item;
        }
        return list;
    }

    Result<double> number(const QString &key, double minimum, double fallback) const
    {
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined() || value.isNull()) {
            return fallback;
        }
        if (!value.isDouble()) {
            return error(key, QCoreApplication::translate("tw::Plan", "must be a number"));
        }
        if (value.toDouble() < minimum) {
            return error(key, QCoreApplication::translate("tw::Plan", "must be at least %1").arg(minimum));
        }
        return value.toDouble();
    }

    Error error(const QString &key, const QString &message) const
    {
        return Error{message, m_prefix.isEmpty() ? key : m_prefix + QLatin1Char('.') + key, m_where};
    }

private:
    QJsonObject m_json;
    QString m_prefix;
    QString m_where;
};

template<typename T>
bool failed(const Result<T> &result, Error &error)
{
    if (!result) {
        error = result.error();
        return true;
    }
    return false;
}

Result<PlanStep> readStep(const QJsonValue &value, const QString &prefix, const QString &where)
{
    if (!value.isObject()) {
        return Error{QCoreApplication::translate("tw::Plan", "must be an object {id, title, role, ...}"), prefix, where};
    }
    const Reader r(value.toObject(), prefix, where);
    if (Status ok = r.allowOnly({QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("role"),
                                 QStringLiteral("description"), QStringLiteral("within_minutes")});
        !ok) {
        return ok.error();
    }
    Error error;
    Result<QString> id = r.text(QStringLiteral("id"), true);
    Result<QString> title = r.text(QStringLiteral("title"), true);
    Result<QString> role = r.text(QStringLiteral("role"), true);
    Result<QString> description = r.text(QStringLiteral("description"), false);
    Result<double> within = r.number(QStringLiteral("within_minutes"), 0, 0);
    if (failed(id, error) || failed(title, error) || failed(role, error) || failed(description, error)
        || failed(within, error)) {
        return error;
    }
    return PlanStep{id.value(), title.value(), role.value(), description.value(), int(within.value())};
}

Result<PlanResource> readResource(const QJsonValue &value, const QString &prefix, const QString &where)
{
    if (!value.isObject()) {
        return Error{QCoreApplication::translate("tw::Plan", "must be an object {kind, name, ...}"), prefix, where};
    }
    const Reader r(value.toObject(), prefix, where);
    if (Status ok = r.allowOnly({QStringLiteral("kind"), QStringLiteral("team_kind"), QStringLiteral("category"),
                                 QStringLiteral("name"), QStringLiteral("quantity"), QStringLiteral("unit")});
        !ok) {
        return ok.error();
    }
    Error error;
    Result<QString> kind = r.text(QStringLiteral("kind"), true);
    Result<QString> name = r.text(QStringLiteral("name"), true);
    Result<QString> teamKind = r.text(QStringLiteral("team_kind"), false);
    Result<QString> category = r.text(QStringLiteral("category"), false);
    Result<QString> unit = r.text(QStringLiteral("unit"), false);
    Result<double> quantity = r.number(QStringLiteral("quantity"), 0, 1);
    if (failed(kind, error) || failed(name, error) || failed(teamKind, error) || failed(category, error)
        || failed(unit, error) || failed(quantity, error)) {
        return error;
    }
    if (kind.value() != QLatin1String("team") && kind.value() != QLatin1String("supply")) {
        return r.error(QStringLiteral("kind"), QCoreApplication::translate("tw::Plan", "\"%1\" is not team or supply").arg(kind.value()));
    }
    const FieldDef *teamKinds = kindDef(ResourceKind::Teams).field(QStringLiteral("team_kind"));
    if (!teamKind->isEmpty() && !teamKinds->hasEnumValue(teamKind.value())) {
        return r.error(QStringLiteral("team_kind"), QCoreApplication::translate("tw::Plan", "\"%1\" is not a team kind").arg(teamKind.value()));
    }
    const FieldDef *supplyCategories = kindDef(ResourceKind::Supplies).field(QStringLiteral("category"));
    if (!category->isEmpty() && !supplyCategories->hasEnumValue(category.value())) {
        return r.error(QStringLiteral("category"), QCoreApplication::translate("tw::Plan", "\"%1\" is not a supply category").arg(category.value()));
    }
    return PlanResource{kind.value(), teamKind.value(), category.value(), name.value(), quantity.value(), unit.value()};
}

QStringList levelValues()
{
    return {EventLevel::I, EventLevel::II, EventLevel::III, EventLevel::IV};
}

} // namespace

const PlanStep *Plan::step(const QString &stepId) const
{
    for (const PlanStep &s : steps) {
        if (s.id == stepId) {
            return &s;
        }
    }
    return nullptr;
}

PlanFit Plan::fit(const QString &category, const QString &typeCode, const QString &eventLevel) const
{
    if (!categories.contains(category)) {
        return {};
    }
    if (!eventLevel.isEmpty() && !levels.isEmpty() && !levels.contains(eventLevel)) {
        return {};
    }
    PlanFit fit;
    if (typeCodes.isEmpty()) {
        fit = {10, QCoreApplication::translate("tw::Plan", "category %1").arg(incidentCategoryName(category))};
    } else {
        for (const QString &code : typeCodes) {
            if (!typeCode.isEmpty() && code == typeCode) {
                fit = {30, QCoreApplication::translate("tw::Plan", "type %1").arg(code)};
                break;
            }
            if (!typeCode.isEmpty() && typeCode.startsWith(code) && fit.score < 20) {
                fit = {20, QCoreApplication::translate("tw::Plan", "class %1").arg(code)};
            }
        }
        if (fit.score == 0) {
            return {};
        }
    }
    // A plan written for the incident's exact level is a better fit than one for every level.
    if (!eventLevel.isEmpty() && levels.contains(eventLevel)) {
        fit.score += 5;
        fit.reason += QCoreApplication::translate("tw::Plan", ", level %1").arg(eventLevel);
    }
    return fit;
}

Result<Plan> Plan::fromJson(const QJsonObject &json, const QString &where)
{
    const Reader r(json, {}, where);
    if (Status ok = r.allowOnly({QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("issuer"),
                                 QStringLiteral("version"), QStringLiteral("description"),
                                 QStringLiteral("applies_to"), QStringLiteral("steps"), QStringLiteral("resources")});
        !ok) {
        return ok.error();
    }
    Plan plan;
    Error error;
    Result<QString> id = r.text(QStringLiteral("id"), true);
    Result<QString> title = r.text(QStringLiteral("title"), true);
    Result<QString> issuer = r.text(QStringLiteral("issuer"), false);
    Result<QString> version = r.text(QStringLiteral("version"), false);
    Result<QString> description = r.text(QStringLiteral("description"), false);
    if (failed(id, error) || failed(title, error) || failed(issuer, error) || failed(version, error)
        || failed(description, error)) {
        return error;
    }
    plan.id = id.value();
    plan.title = title.value();
    plan.issuer = issuer.value();
    plan.version = version.value();
    plan.description = description.value();

    const QJsonValue appliesTo = json.value(QStringLiteral("applies_to"));
    if (!appliesTo.isObject()) {
        return r.error(QStringLiteral("applies_to"), QCoreApplication::translate("tw::Plan", "is required: {categories, type_codes, levels}"));
    }
    const Reader a(appliesTo.toObject(), QStringLiteral("applies_to"), where);
    if (Status ok = a.allowOnly({QStringLiteral("categories"), QStringLiteral("type_codes"), QStringLiteral("levels")});
        !ok) {
        return ok.error();
    }
    Result<QStringList> categories = a.textList(QStringLiteral("categories"), incidentCategories());
    Result<QStringList> typeCodes = a.textList(QStringLiteral("type_codes"));
    Result<QStringList> levels = a.textList(QStringLiteral("levels"), levelValues());
    if (failed(categories, error) || failed(typeCodes, error) || failed(levels, error)) {
        return error;
    }
    if (categories->isEmpty()) {
        return a.error(QStringLiteral("categories"), QCoreApplication::translate("tw::Plan", "name at least one incident category"));
    }
    for (int i = 0; i < typeCodes->size(); ++i) {
        const QString &code = typeCodes->at(i);
        const bool known = incidentTypeByCode(code) != nullptr
                           || std::any_of(incidentTypes().cbegin(), incidentTypes().cend(),
                                          [&](const IncidentType &t) { return t.code.startsWith(code); });
        if (!known) {
            return a.error(QStringLiteral("type_codes[%1]").arg(i), QCoreApplication::translate("tw::Plan", "\"%1\" is not a known type or class code").arg(code));
        }
        const IncidentType *type = incidentTypeByCode(code);
        const QString category = type ? type->category : incidentCategories().value(code.left(1).toInt() - 1);
        if (!categories->contains(category)) {
            return a.error(QStringLiteral("type_codes[%1]").arg(i),
                           QCoreApplication::translate("tw::Plan", "\"%1\" belongs to category %2, which the plan does not list").arg(code, category));
        }
    }
    plan.categories = categories.value();
    plan.typeCodes = typeCodes.value();
    plan.levels = levels.value();

    const QJsonValue steps = json.value(QStringLiteral("steps"));
    if (!steps.isArray() || steps.toArray().isEmpty()) {
        return r.error(QStringLiteral("steps"), QCoreApplication::translate("tw::Plan", "must be a non-empty list of steps"));
    }
    QSet<QString> stepIds;
    const QJsonArray stepArray = steps.toArray();
    for (int i = 0; i < stepArray.size(); ++i) {
        const QString prefix = QStringLiteral("steps[%1]").arg(i);
        Result<PlanStep> step = readStep(stepArray[i], prefix, where);
        if (!step) {
            return step.error();
        }
        if (stepIds.contains(step->id)) {
            return Error{QCoreApplication::translate("tw::Plan", "\"%1\" is used by an earlier step").arg(step->id), prefix + QStringLiteral(".id"), where};
        }
        stepIds.insert(step->id);
        plan.steps << step.value();
    }
    const QJsonValue resources = json.value(QStringLiteral("resources"));
    if (!resources.isUndefined() && !resources.isArray()) {
        return r.error(QStringLiteral("resources"), QCoreApplication::translate("tw::Plan", "must be a list"));
    }
    const QJsonArray resourceArray = resources.toArray();
    for (int i = 0; i < resourceArray.size(); ++i) {
        Result<PlanResource> resource = readResource(resourceArray[i], QStringLiteral("resources[%1]").arg(i), where);
        if (!resource) {
            return resource.error();
        }
        plan.resources << resource.value();
    }
    return plan;
}

QJsonObject Plan::toJson() const
{
    QJsonObject appliesTo{{QStringLiteral("categories"), QJsonArray::fromStringList(categories)}};
    if (!typeCodes.isEmpty()) {
        appliesTo.insert(QStringLiteral("type_codes"), QJsonArray::fromStringList(typeCodes));
    }
    if (!levels.isEmpty()) {
        appliesTo.insert(QStringLiteral("levels"), QJsonArray::fromStringList(levels));
    }
    QJsonArray stepArray;
    for (const PlanStep &s : steps) {
        QJsonObject step{{QStringLiteral("id"), s.id}, {QStringLiteral("title"), s.title}, {QStringLiteral("role"), s.role}};
        if (!s.description.isEmpty()) {
            step.insert(QStringLiteral("description"), s.description);
        }
        if (s.withinMinutes > 0) {
            step.insert(QStringLiteral("within_minutes"), s.withinMinutes);
        }
        stepArray.append(step);
    }
    QJsonArray resourceArray;
    for (const PlanResource &res : resources) {
        QJsonObject resource{{QStringLiteral("kind"), res.kind}, {QStringLiteral("name"), res.name},
                             {QStringLiteral("quantity"), res.quantity}};
        for (const auto &[key, value] : {std::pair{"team_kind", res.teamKind}, std::pair{"category", res.category},
                                         std::pair{"unit", res.unit}}) {
            if (!value.isEmpty()) {
                resource.insert(QLatin1String(key), value);
            }
        }
        resourceArray.append(resource);
    }
    QJsonObject json{{QStringLiteral("id"), id}, {QStringLiteral("title"), title},
                     {QStringLiteral("applies_to"), appliesTo}, {QStringLiteral("steps"), stepArray}};
    for (const auto &[key, value] : {std::pair{"issuer", issuer}, std::pair{"version", version},
                                     std::pair{"description", description}}) {
        if (!value.isEmpty()) {
            json.insert(QLatin1String(key), value);
        }
    }
    if (!resourceArray.isEmpty()) {
        json.insert(QStringLiteral("resources"), resourceArray);
    }
    return json;
}

} // namespace tw
