#include "mutationcontext.h"

#include "sqlitehelpers.h"

#include <QJsonValue>
#include <QUuid>

#include <cmath>

namespace tw::Internal {

namespace {

const QUuid &derivedIdNamespace()
{
    static const QUuid ns(QStringLiteral("{6b1d3c8e-2f4a-5e7b-9c1d-3a5f7e9b1c2d}"));
    return ns;
}

bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

// JSON numbers, or text holding one (CSV imports pass text).
std::optional<double> toNumber(const QJsonValue &value)
{
    if (value.isDouble()) {
        return value.toDouble();
    }
    if (value.isString()) {
        bool ok = false;
        const double number = value.toString().trimmed().toDouble(&ok);
        if (ok) {
            return number;
        }
    }
    return std::nullopt;
}

} // namespace

QString MutationContext::derivedId()
{
    const QString seed = hlc.toString() + QLatin1Char('/') + QString::number(++derivedIds);
    return QUuid::createUuidV5(derivedIdNamespace(), seed).toString(QUuid::WithoutBraces);
}

const MutationHandlers &mutationHandlers()
{
    static const MutationHandlers handlers = [] {
        MutationHandlers all;
        registerRecordMutations(all);
        registerResourceMutations(all);
        registerStockMutations(all);
        registerIncidentMutations(all);
        registerDispatchMutations(all);
        registerDrawingMutations(all);
        return all;
    }();
    return handlers;
}

Status allowOnly(const QJsonObject &args, const QStringList &allowed)
{
    for (auto it = args.begin(); it != args.end(); ++it) {
        if (!allowed.contains(it.key())) {
            return fieldError(it.key(), storeTr(QT_TRANSLATE_NOOP("tw::Store", "is not an argument of this change (expected %1)"))
                                            .arg(allowed.join(QStringLiteral(", "))));
        }
    }
    return {};
}

Result<QString> optionalText(const QJsonObject &args, const QString &key)
{
    const QJsonValue value = args.value(key);
    if (isAbsent(value)) {
        return QString();
    }
    if (!value.isString()) {
        return fieldError(key, storeTr(QT_TRANSLATE_NOOP("tw::Store", "must be text")));
    }
    return value.toString().trimmed();
}

Result<QString> requireText(const QJsonObject &args, const QString &key)
{
    Result<QString> text = optionalText(args, key);
    if (text && text->isEmpty()) {
        return fieldError(key, storeTr(QT_TRANSLATE_NOOP("tw::Store", "is required")));
    }
    return text;
}

Result<std::optional<double>> optionalNumber(const QJsonObject &args, const QString &key)
{
    const QJsonValue value = args.value(key);
    if (isAbsent(value)) {
        return std::optional<double>();
    }
    const std::optional<double> number = toNumber(value);
    if (!number || !std::isfinite(*number)) {
        return fieldError(key, storeTr(QT_TRANSLATE_NOOP("tw::Store", "must be a number")));
    }
    return number;
}

Result<double> requireNumber(const QJsonObject &args, const QString &key)
{
    Result<std::optional<double>> number = optionalNumber(args, key);
    if (!number) {
        return number.error();
    }
    if (!number->has_value()) {
        return fieldError(key, storeTr(QT_TRANSLATE_NOOP("tw::Store", "is required")));
    }
    return number->value();
}

Result<std::optional<qint64>> optionalInteger(const QJsonObject &args, const QString &key, qint64 minimum)
{
    Result<std::optional<double>> number = optionalNumber(args, key);
    if (!number) {
        return number.error();
    }
    if (!number->has_value()) {
        return std::optional<qint64>();
    }
    const double value = number->value();
    if (value != std::floor(value) || std::abs(value) > 9.0e15) {
        return fieldError(key, storeTr(QT_TRANSLATE_NOOP("tw::Store", "must be a whole number")));
    }
    if (value < double(minimum)) {
        return fieldError(key, storeTr(QT_TRANSLATE_NOOP("tw::Store", "must be at least %1")).arg(minimum));
    }
    return std::optional<qint64>(qint64(value));
}

Result<qint64> requireInteger(const QJsonObject &args, const QString &key, qint64 minimum)
{
    Result<std::optional<qint64>> number = optionalInteger(args, key, minimum);
    if (!number) {
        return number.error();
    }
    if (!number->has_value()) {
        return fieldError(key, storeTr(QT_TRANSLATE_NOOP("tw::Store", "is required")));
    }
    return number->value();
}

} // namespace tw::Internal
