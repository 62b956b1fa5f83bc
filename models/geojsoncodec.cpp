#include "geojsoncodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace tw {

namespace {

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QCoreApplication::translate("tw::GeoJsonCodec", "null");
    case QJsonValue::Bool: return QCoreApplication::translate("tw::GeoJsonCodec", "a boolean");
    case QJsonValue::Double: return QCoreApplication::translate("tw::GeoJsonCodec", "a number");
    case QJsonValue::String: return QCoreApplication::translate("tw::GeoJsonCodec", "a string");
    case QJsonValue::Array: return QCoreApplication::translate("tw::GeoJsonCodec", "an array");
    case QJsonValue::Object: return QCoreApplication::translate("tw::GeoJsonCodec", "an object");
    case QJsonValue::Undefined: break;
    }
    return QCoreApplication::translate("tw::GeoJsonCodec", "missing");
}

Result<std::optional<LonLat>> parseGeometry(const QJsonValue &geometry, const QString &where)
{
    const QString field = QStringLiteral("geometry");
    if (geometry.isNull() || geometry.isUndefined()) {
        return std::optional<LonLat>();
    }
    if (!geometry.isObject()) {
        return Error{QCoreApplication::translate("tw::GeoJsonCodec", "must be an object or null, not %1").arg(jsonTypeName(geometry)), field, where};
    }
    const QJsonObject object = geometry.toObject();
    const QString type = object.value(QStringLiteral("type")).toString();
    if (type != QLatin1String("Point")) {
        return Error{QCoreApplication::translate("tw::GeoJsonCodec", "is a %1; only Point geometries can be imported")
                         .arg(type.isEmpty() ? QCoreApplication::translate("tw::GeoJsonCodec", "geometry without a type") : type),
                     field, where};
    }
    const QJsonArray coordinates = object.value(QStringLiteral("coordinates")).toArray();
    if (coordinates.size() < 2 || !coordinates.at(0).isDouble() || !coordinates.at(1).isDouble()) {
        return Error{QCoreApplication::translate("tw::GeoJsonCodec", "a Point needs \"coordinates\": [longitude, latitude]"), field, where};
    }
    return std::optional<LonLat>(LonLat{coordinates.at(0).toDouble(), coordinates.at(1).toDouble()});
}

} // namespace

Result<QList<GeoJsonFeature>> GeoJsonCodec::parse(const QByteArray &data, const QString &source)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{QCoreApplication::translate("tw::GeoJsonCodec", "not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()),
                     {}, source};
    }
    const QJsonObject root = document.object();
    const QString rootType = root.value(QStringLiteral("type")).toString();
    if (!document.isObject() || rootType != QLatin1String("FeatureCollection")) {
        return Error{QCoreApplication::translate("tw::GeoJsonCodec", "not a GeoJSON FeatureCollection (the top level must be an object with "
                        "\"type\": \"FeatureCollection\")"),
                     QStringLiteral("type"), source};
    }
    const QJsonValue featuresValue = root.value(QStringLiteral("features"));
    if (!featuresValue.isArray()) {
        return Error{QCoreApplication::translate("tw::GeoJsonCodec", "must be an array of features, not %1").arg(jsonTypeName(featuresValue)),
                     QStringLiteral("features"), source};
    }
    const QJsonArray features = featuresValue.toArray();
    QList<GeoJsonFeature> result;
    result.reserve(features.size());
    for (int i = 0; i < features.size(); ++i) {
        GeoJsonFeature feature;
        feature.index = i + 1;
        const QString where = QStringLiteral("%1:feature %2").arg(source).arg(feature.index);
        const QJsonObject object = features.at(i).toObject();
        if (!features.at(i).isObject() || object.value(QStringLiteral("type")).toString() != QLatin1String("Feature")) {
            return Error{QCoreApplication::translate("tw::GeoJsonCodec", "is not a Feature (an object with \"type\": \"Feature\")"), QStringLiteral("type"), where};
        }
        Result<std::optional<LonLat>> point = parseGeometry(object.value(QStringLiteral("geometry")), where);
        if (!point) {
            return point.error();
        }
        feature.point = point.value();

        const QJsonValue properties = object.value(QStringLiteral("properties"));
        if (!properties.isObject() && !properties.isNull() && !properties.isUndefined()) {
            return Error{QCoreApplication::translate("tw::GeoJsonCodec", "must be an object or null, not %1").arg(jsonTypeName(properties)),
                         QStringLiteral("properties"), where};
        }
        feature.properties = properties.toObject();

        const QJsonValue id = object.value(QStringLiteral("id"));
        if (id.isString()) {
            feature.id = id.toString();
        } else if (id.isDouble()) {
            feature.id = QString::number(id.toDouble(), 'g', QLocale::FloatingPointShortest);
        } else if (!id.isUndefined() && !id.isNull()) {
            return Error{QCoreApplication::translate("tw::GeoJsonCodec", "must be a string or a number, not %1").arg(jsonTypeName(id)), QStringLiteral("id"), where};
        }
        result << feature;
    }
    return result;
}

QJsonObject GeoJsonCodec::properties(const Record &record)
{
    QJsonObject properties;
    for (const FieldDef &field : kindDef(record.kind).fields) {
        const QVariant value = record.values.value(field.key);
        if (!value.isValid() || value.isNull()) {
            continue;
        }
        switch (field.type) {
        case FieldType::Integer:
        case FieldType::TimeMs:
            properties.insert(field.key, value.toLongLong());
            break;
        case FieldType::Real:
            properties.insert(field.key, value.toDouble());
            break;
        case FieldType::Bool:
            properties.insert(field.key, value.toBool());
            break;
        case FieldType::Json: {
            const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8());
            if (document.isObject()) {
                properties.insert(field.key, document.object());
            } else if (document.isArray()) {
                properties.insert(field.key, document.array());
            } else {
                properties.insert(field.key, value.toString());
            }
            break;
        }
        case FieldType::Text:
        case FieldType::Enum:
        case FieldType::Reference:
            properties.insert(field.key, value.toString());
            break;
        }
    }
    return properties;
}

QByteArray GeoJsonCodec::write(const QList<Record> &records)
{
    QJsonArray features;
    for (const Record &record : records) {
        QJsonObject feature;
        feature.insert(QStringLiteral("type"), QStringLiteral("Feature"));
        feature.insert(QStringLiteral("id"), record.id);
        if (record.point) {
            feature.insert(QStringLiteral("geometry"),
                           QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                                       {QStringLiteral("coordinates"), QJsonArray{record.point->lon, record.point->lat}}});
        } else {
            feature.insert(QStringLiteral("geometry"), QJsonValue(QJsonValue::Null));
        }
        feature.insert(QStringLiteral("properties"), properties(record));
        features.append(feature);
    }
    const QJsonObject collection{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                 {QStringLiteral("features"), features}};
    return QJsonDocument(collection).toJson(QJsonDocument::Indented);
}

} // namespace tw
