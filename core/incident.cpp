#include "incident.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tw {

namespace {

Error areaError(const QString &message)
{
    return fieldError(QStringLiteral("area"), message);
}

void insertText(QVariantMap &values, const char *key, const QString &value)
{
    if (!value.isEmpty()) {
        values.insert(QString::fromLatin1(key), value);
    }
}

void insertTime(QVariantMap &values, const char *key, qint64 atMs)
{
    if (atMs != 0) {
        values.insert(QString::fromLatin1(key), atMs);
    }
}

} // namespace

Result<QList<LonLat>> parseAreaGeoJson(const QString &json)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return areaError(QCoreApplication::translate("tw::Incident", "not a GeoJSON object"));
    }
    QJsonObject geometry = doc.object();
    if (geometry.value(QStringLiteral("type")).toString() == QLatin1String("Feature")) {
        geometry = geometry.value(QStringLiteral("geometry")).toObject();
    }
    if (geometry.value(QStringLiteral("type")).toString() != QLatin1String("Polygon")) {
        return areaError(QCoreApplication::translate("tw::Incident", "expected a GeoJSON Polygon"));
    }
    const QJsonArray rings = geometry.value(QStringLiteral("coordinates")).toArray();
    if (rings.isEmpty() || !rings.first().isArray()) {
        return areaError(QCoreApplication::translate("tw::Incident", "the polygon has no ring"));
    }
    QList<LonLat> ring;
    for (const QJsonValue &value : rings.first().toArray()) {
        const QJsonArray position = value.toArray();
        if (position.size() < 2 || !position[0].isDouble() || !position[1].isDouble()) {
            return areaError(QCoreApplication::translate("tw::Incident", "point %1 is not [lon, lat]").arg(ring.size() + 1));
        }
        const LonLat p{position[0].toDouble(), position[1].toDouble()};
        if (!p.isValid()) {
            return areaError(QCoreApplication::translate("tw::Incident", "point %1 is outside the globe").arg(ring.size() + 1));
        }
        ring << p;
    }
    if (ring.size() > 1 && ring.first() == ring.last()) {
        ring.removeLast();
    }
    if (ring.size() < 3) {
        return areaError(QCoreApplication::translate("tw::Incident", "a polygon needs at least three points"));
    }
    return ring;
}

QString areaToGeoJson(const QList<LonLat> &ring)
{
    if (ring.size() < 3) {
        return QString();
    }
    QJsonArray coordinates;
    for (const LonLat &p : ring) {
        coordinates.append(QJsonArray{p.lon, p.lat});
    }
    if (!(ring.first() == ring.last())) {
        coordinates.append(QJsonArray{ring.first().lon, ring.first().lat});
    }
    const QJsonObject polygon{{QStringLiteral("type"), QStringLiteral("Polygon")},
                              {QStringLiteral("coordinates"), QJsonArray{coordinates}}};
    return QString::fromUtf8(QJsonDocument(polygon).toJson(QJsonDocument::Compact));
}

Incident Incident::fromRecord(const Record &r)
{
    Incident i;
    i.id = r.id;
    i.title = r.text(QStringLiteral("title"));
    i.category = r.text(QStringLiteral("category"));
    i.typeCode = r.text(QStringLiteral("type_code"));
    i.eventLevel = r.text(QStringLiteral("event_level"));
    i.warningLevel = r.text(QStringLiteral("warning_level"));
    i.status = r.text(QStringLiteral("status"));
    i.description = r.text(QStringLiteral("description"));
    i.address = r.text(QStringLiteral("address"));
    i.position = r.point.value_or(LonLat{});
    const QString areaText = r.text(QStringLiteral("area"));
    if (!areaText.trimmed().isEmpty()) {
        // A malformed area was refused on input; an unreadable one is shown as no area.
        i.area = parseAreaGeoJson(areaText).valueOr({});
    }
    i.casualties.deaths = static_cast<int>(r.integer(QStringLiteral("deaths")));
    i.casualties.seriousInjuries = static_cast<int>(r.integer(QStringLiteral("serious_injuries")));
    i.casualties.missing = static_cast<int>(r.integer(QStringLiteral("missing")));
    i.casualties.trapped = static_cast<int>(r.integer(QStringLiteral("trapped")));
    i.directLossCny = r.real(QStringLiteral("direct_loss_cny"));
    i.reporter = r.text(QStringLiteral("reporter"));
    i.reporterPhone = r.text(QStringLiteral("reporter_phone"));
    i.reportedAtMs = r.integer(QStringLiteral("reported_at_ms"));
    i.exerciseId = r.text(QStringLiteral("exercise_id"));
    i.acknowledgedBy = r.text(QStringLiteral("acknowledged_by"));
    i.acknowledgedAtMs = r.integer(QStringLiteral("acknowledged_at_ms"));
    return i;
}

Record Incident::toRecord() const
{
    Record r;
    r.kind = ResourceKind::Incidents;
    r.id = id;
    r.point = position;
    QVariantMap &v = r.values;
    insertText(v, "title", title);
    insertText(v, "category", category);
    insertText(v, "type_code", typeCode);
    insertText(v, "event_level", eventLevel);
    insertText(v, "warning_level", warningLevel);
    insertText(v, "status", status);
    insertText(v, "description", description);
    insertText(v, "address", address);
    insertText(v, "area", areaToGeoJson(area));
    v.insert(QStringLiteral("deaths"), qint64(casualties.deaths));
    v.insert(QStringLiteral("serious_injuries"), qint64(casualties.seriousInjuries));
    v.insert(QStringLiteral("missing"), qint64(casualties.missing));
    v.insert(QStringLiteral("trapped"), qint64(casualties.trapped));
    v.insert(QStringLiteral("direct_loss_cny"), directLossCny);
    insertText(v, "reporter", reporter);
    insertText(v, "reporter_phone", reporterPhone);
    insertTime(v, "reported_at_ms", reportedAtMs);
    insertText(v, "exercise_id", exerciseId);
    insertText(v, "acknowledged_by", acknowledgedBy);
    insertTime(v, "acknowledged_at_ms", acknowledgedAtMs);
    return r;
}

} // namespace tw
