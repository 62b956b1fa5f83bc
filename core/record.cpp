#include "record.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QJsonValue>
#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

#include <array>
#include <cmath>

namespace tw {

namespace {

bool isBlank(const QVariant &v)
{
    return !v.isValid() || v.isNull() || (v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty());
}

void appendJsonString(QByteArray &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (u == '"' || u == '\\') {
            out += '\\';
            out += c;
        } else if (u >= 0x20) {
            out += c;
        } else if (u == '\n') {
            out += "\\n";
        } else if (u == '\r') {
            out += "\\r";
        } else if (u == '\t') {
            out += "\\t";
        } else {
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xf];
        }
    }
    out += '"';
}

void appendJsonDouble(QByteArray &out, double d)
{
    if (std::isfinite(d)) {
        out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    } else {
        out += "null"; // as QJsonValue writes it
    }
}

void appendJsonValue(QByteArray &out, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString:
        appendJsonString(out, *static_cast<const QString *>(value.constData()));
        return;
    case QMetaType::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
        out += QByteArray::number(value.toLongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        appendJsonDouble(out, value.toDouble());
        return;
    default: {
        // Anything else is written as QJsonValue would convert it.
        const QByteArray wrapped = QJsonDocument(QJsonArray{QJsonValue::fromVariant(value)}).toJson(QJsonDocument::Compact);
        out += QByteArrayView(wrapped).sliced(1, wrapped.size() - 2);
        return;
    }
    }
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

QJsonObject Record::arguments() const
{
    QJsonObject args;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.value().isValid() && !it.value().isNull()) {
            args.insert(it.key(), QJsonValue::fromVariant(it.value()));
        }
    }
    if (!id.isEmpty()) {
        args.insert(QStringLiteral("id"), id);
    }
    if (point) {
        args.insert(QStringLiteral("lon"), point->lon);
        args.insert(QStringLiteral("lat"), point->lat);
    }
    return args;
}

QByteArray Record::argumentsJson() const
{
    // The keys in the order QJsonObject keeps them: "id", "lon" and "lat" merged into the fields,
    // which QVariantMap already holds in that order.
    struct Special {
        QString key;
        bool present;
    };
    const std::array<Special, 3> specials{{{QStringLiteral("id"), !id.isEmpty()},
                                           {QStringLiteral("lat"), point.has_value()},
                                           {QStringLiteral("lon"), point.has_value()}}};
    QByteArray out;
    out.reserve(64 + values.size() * 32);
    out += '{';
    bool first = true;
    const auto key = [&](QStringView name) {
        if (!first) {
            out += ',';
        }
        first = false;
        appendJsonString(out, name);
        out += ':';
    };
    const auto writeSpecial = [&](const Special &special) {
        key(special.key);
        if (special.key == QLatin1String("id")) {
            appendJsonString(out, id);
        } else {
            appendJsonDouble(out, special.key == QLatin1String("lon") ? point->lon : point->lat);
        }
    };
    size_t next = 0;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!it.value().isValid() || it.value().isNull()) {
            continue;
        }
        for (; next < specials.size() && QStringView(specials[next].key) < QStringView(it.key()); ++next) {
            if (specials[next].present) {
                writeSpecial(specials[next]);
            }
        }
        if (next < specials.size() && QStringView(specials[next].key) == QStringView(it.key())) {
            continue; // not a field; the record's own id or point is what is written
        }
        key(it.key());
        appendJsonValue(out, it.value());
    }
    for (; next < specials.size(); ++next) {
        if (specials[next].present) {
            writeSpecial(specials[next]);
        }
    }
    out += '}';
    return out;
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
    // UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then 74 random bits. Ids made one
    // after another sort near each other, so a table's id index grows at its end instead of
    // taking each new id at a random place (an import of 100k records writes noticeably less).
    const auto ms = quint64(QDateTime::currentMSecsSinceEpoch()) & 0xFFFFFFFFFFFFull;
    QRandomGenerator *random = QRandomGenerator::global();
    const quint64 high = random->generate64();
    const quint64 low = random->generate64();
    const QUuid uuid(uint(ms >> 16), ushort(ms & 0xFFFF), ushort(0x7000 | (high & 0x0FFF)),
                     uchar(0x80 | ((high >> 12) & 0x3F)), uchar(low), uchar(low >> 8), uchar(low >> 16),
                     uchar(low >> 24), uchar(low >> 32), uchar(low >> 40), uchar(low >> 48));
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace tw
