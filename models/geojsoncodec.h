#pragma once

#include "lonlat.h"
#include "record.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tw {

/// One feature of a GeoJSON FeatureCollection, as read: no schema applied yet.
struct GeoJsonFeature {
    int index = 0;                ///< 1-based position in the collection
    QString id;                   ///< the feature's "id" member, as text; empty when absent
    QJsonObject properties;       ///< empty when null or absent
    std::optional<LonLat> point;  ///< the Point geometry; unset for a null geometry
};

/// Reads and writes GeoJSON (RFC 7946) FeatureCollections of Point features, lon before lat.
class GeoJsonCodec {
public:
    /// Parses a FeatureCollection whose features have a Point or a null geometry. Errors have
    /// `where` = "<source>" for the document or "<source>:feature N" (1-based) and name the member
    /// ("geometry", "properties"...) in `field`.
    static Result<QList<GeoJsonFeature>> parse(const QByteArray &data, const QString &source);

    /// The properties of a record as typed JSON: numbers, booleans, Json fields as JSON values;
    /// absent values are left out. "id", "lon" and "lat" are not included.
    static QJsonObject properties(const Record &record);
    /// A FeatureCollection with one feature per record: the record id as feature id, a Point
    /// geometry (or null for kinds without a position) and the record's properties.
    static QByteArray write(const QList<Record> &records);
};

} // namespace tw
