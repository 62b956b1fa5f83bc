#pragma once

#include "entityschema.h"
#include "lonlat.h"
#include "result.h"

#include <QJsonObject>
#include <QVariantMap>

#include <optional>

namespace tw {

/// One stored resource of any kind, as values: the generic form used by storage, import, export,
/// item models and edit forms. Typed views (RescueTeam, Camera, ...) are built from it.
struct Record {
    ResourceKind kind = ResourceKind::Teams;
    QString id;
    std::optional<LonLat> point; ///< set for kinds with KindDef::hasPoint
    QVariantMap values;          ///< field key -> value, typed as the field's FieldType
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;

    QVariant value(const QString &key) const { return values.value(key); }
    QString text(const QString &key) const { return values.value(key).toString(); }
    double real(const QString &key, double fallback = 0.0) const;
    qint64 integer(const QString &key, qint64 fallback = 0) const;
    /// The value of the kind's name field ("name" or "title").
    QString displayName() const;

    /// {"id", "lon", "lat", field...}: the shape of mutation arguments and GeoJSON properties.
    QJsonObject toJson() const;
    /// The arguments of a mutation that writes this record: "id" (when set), "lon" and "lat" (when
    /// placed) and every field that has a value.
    QJsonObject arguments() const;
    /// arguments() as compact JSON text, keys in order. Written directly rather than through
    /// QJsonObject (an import writes one per row); it reads back as the same object.
    QByteArray argumentsJson() const;
};

/// Checks and normalises field values against the kind's schema: converts text to the field's
/// type, checks enums, ranges and required fields (all of them unless `partial`), rejects unknown
/// keys. The Error names the offending field. Keys "id", "lon" and "lat" are not fields and are
/// rejected here; callers take them out first.
Result<QVariantMap> validateValues(const KindDef &kind, const QVariantMap &values, bool partial);

/// Checks a point for a kind that has one (required) or not (must be absent).
Status validatePoint(const KindDef &kind, const std::optional<LonLat> &point);

/// Converts a JSON value to the field's type; Error names the field when it does not fit.
Result<QVariant> convertFieldValue(const FieldDef &field, const QVariant &value);

/// A new UUID without braces: version 7, time-ordered to the millisecond, the rest random.
QString newId();

} // namespace tw
