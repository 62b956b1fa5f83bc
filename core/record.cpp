#include "record.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonValue>
#include <QUuid>

#include <cmath>

namespace tw {

namespace {

bool isBlank(const QVariant &v)
{
    return !v.isValid() || v.isNull() || (v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty());
}

} // namespace

double Record::real(const QString &key, double fallback) const
{
    const QVariant v = values.value(key);
    bool ok = false;
    const double d = v.toDouble(&ok);
    return ok ? d : fallback;
}

qint64 Record::integer(const QString &key, qint64 fallback) const
{
    const QVariant v = values.value(key);
    bool ok = false;
    const qint64 i = v.toLongLong(&ok);
    return ok ? i : fallback;
}

QString Record::displayName() const
{
    return text(kindDef(kind).nameField());
}

QJsonObject Record::toJson() const
{
    QJsonObject object = QJsonObject::fromVariantMap(values);
    object.insert(QStringLiteral("id"), id);
    if (point) {
        object.insert(QStringLiteral("lon"), point->lon);
        object.insert(QStringLiteral("lat"), point->lat);
    }
    return object;
}

Result<QVariant> convertFieldValue(const FieldDef &field, const QVariant &value)
{
    if (isBlank(value)) {
        return QVariant();
    }
    const QString asText = value.toString().trimmed();
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Reference:
        return QVariant(value.toString().trimmed());
    case FieldType::Enum:
        if (!field.hasEnumValue(asText)) {
            QStringList allowed;
            for (const EnumValue &e : field.enumValues) {
                allowed << e.value;
            }
            return fieldError(field.key, QCoreApplication::translate("tw::Record", "\"%1\" is not one of %2").arg(asText, allowed.join(QStringLiteral(", "))));
        }
        return QVariant(asText);
    case FieldType::Bool: {
        if (value.typeId() == QMetaType::Bool) {
            return value;
        }
        const QString lower = asText.toLower();
        if (lower == QLatin1String("1") || lower == QLatin1String("true") || lower == QLatin1String("yes")
            || lower == QStringLiteral("是")) {
            return QVariant(true);
        }
        if (lower == QLatin1String("0") || lower == QLatin1String("false") || lower == QLatin1String("no")
            || lower == QStringLiteral("否")) {
            return QVariant(false);
        }
        return fieldError(field.key, QCoreApplication::translate("tw::Record", "\"%1\" is not true or false").arg(asText));
    }
    case FieldType::Integer:
    case FieldType::TimeMs: {
        bool ok = false;
        qint64 number = asText.toLongLong(&ok);
        if (!ok) {
            // JSON numbers arrive as doubles; accept whole ones.
            const double d = asText.toDouble(&ok);
            if (ok && std::isfinite(d) && d == std::floor(d) && std::abs(d) < 9.0e15) {
                number = static_cast<qint64>(d);
            } else {
                ok = false;
            }
        }
        if (!ok) {
            return fieldError(field.key, QCoreApplication::translate("tw::Record", "\"%1\" is not a whole number").arg(asText));
        }
        if (number < field.minimum || number > field.maximum) {
            return fieldError(field.key, QCoreApplication::translate("tw::Record", "%1 is outside %2 to %3").arg(number).arg(field.minimum).arg(field.maximum));
        }
        return QVariant(number);
    }
    case FieldType::Real: {
        bool ok = false;
        const double number = asText.toDouble(&ok);
        if (!ok || !std::isfinite(number)) {
            return fieldError(field.key, QCoreApplication::translate("tw::Record", "\"%1\" is not a number").arg(asText));
        }
        if (number < field.minimum || number > field.maximum) {
            return fieldError(field.key, QCoreApplication::translate("tw::Record", "%1 is outside %2 to %3").arg(number).arg(field.minimum).arg(field.maximum));
        }
        return QVariant(number);
    }
    case FieldType::Json: {
        if (value.typeId() == QMetaType::QVariantMap || value.typeId() == QMetaType::QVariantList) {
            return QVariant(QString::fromUtf8(QJsonDocument::fromVariant(value).toJson(QJsonDocument::Compact)));
        }
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(asText.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError) {
            return fieldError(field.key, QCoreApplication::translate("tw::Record", "not valid JSON: %1").arg(error.errorString()));
        }
        return QVariant(QString::fromUtf8(doc.toJson(QJsonDocument::Compact)));
    }
    }
    return QVariant();
}

Result<QVariantMap> validateValues(const KindDef &kind, const QVariantMap &values, bool partial)
{
    QVariantMap normalised;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const FieldDef *field = kind.field(it.key());
        if (!field) {
            return fieldError(it.key(), QCoreApplication::translate("tw::Record", "unknown field for %1").arg(kind.name));
        }
        Result<QVariant> converted = convertFieldValue(*field, it.value());
        if (!converted) {
            return converted.error();
        }
        if (field->required && !converted->isValid()) {
            return fieldError(field->key, QCoreApplication::translate("tw::Record", "is required"));
        }
        normalised.insert(field->key, converted.value());
    }
    if (!partial) {
        for (const FieldDef &field : kind.fields) {
            if (normalised.value(field.key).isValid()) {
                continue;
            }
            if (field.defaultValue.isValid()) {
                normalised.insert(field.key, field.defaultValue);
            } else if (field.required) {
                return fieldError(field.key, QCoreApplication::translate("tw::Record", "is required"));
            }
        }
    }
    return normalised;
}

Status validatePoint(const KindDef &kind, const std::optional<LonLat> &point)
{
    if (!kind.hasPoint) {
        if (point) {
            return fieldError(QStringLiteral("lon"), QCoreApplication::translate("tw::Record", "%1 have no position").arg(kind.name));
        }
        return {};
    }
    if (!point) {
        return fieldError(QStringLiteral("lon"), QCoreApplication::translate("tw::Record", "a position (lon, lat) is required"));
    }
    if (!std::isfinite(point->lon) || point->lon < -180.0 || point->lon > 180.0) {
        return fieldError(QStringLiteral("lon"), QCoreApplication::translate("tw::Record", "longitude %1 is outside -180 to 180").arg(point->lon));
    }
    if (!std::isfinite(point->lat) || point->lat < -90.0 || point->lat > 90.0) {
        return fieldError(QStringLiteral("lat"), QCoreApplication::translate("tw::Record", "latitude %1 is outside -90 to 90").arg(point->lat));
    }
    return {};
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace tw
