#pragma once

#include "lonlat.h"
#include "result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace tw {

/// One feature of a GDAL/OGR vector layer: its set attributes and its point in WGS-84.
struct OgrFeature {
    int index = 0;                                  ///< 1-based position in the layer
    QList<QPair<QString, QVariant>> attributes;     ///< attribute name -> value; unset/null left out
    std::optional<LonLat> point;                    ///< WGS-84, lon first; unset without geometry
};

/// The features of one layer of a vector file, reprojected to WGS-84.
struct OgrLayer {
    QString name;
    QString driver;          ///< GDAL driver short name: "ESRI Shapefile", "GPKG", "LIBKML", "KML"...
    QStringList fieldNames;  ///< the layer's attribute names, in order
    QString sourceCrs;       ///< the layer's CRS as "EPSG:3857" (or its name); empty when none
    QList<OgrFeature> features;
};

/// Reads point layers of Shapefile, GeoPackage, KML and the other vector formats GDAL knows,
/// through the OGR C API. Coordinates are transformed to WGS-84 lon/lat (traditional GIS axis
/// order) when the layer declares another CRS.
class OgrReader {
public:
    /// Reads layer `layerName` of `path`, or its first layer when `layerName` is empty. A feature
    /// whose geometry is not a point fails with `where` = "<file>:feature N", field "geometry".
    static Result<OgrLayer> read(const QString &path, const QString &layerName = {});
    /// The names of the vector layers in `path`.
    static Result<QStringList> layerNames(const QString &path);
};

} // namespace tw
