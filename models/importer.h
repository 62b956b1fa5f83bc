#pragma once

#include "datum.h"
#include "entityschema.h"
#include "record.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tw {

class Store;

/// What to import a file as.
struct ImportOptions {
    ImportOptions() = default;
    // Not an aggregate: ImportOptions{kind} and {kind, datum} read naturally without -Wextra noise.
    ImportOptions(ResourceKind kind, Datum datum = Datum::Wgs84, QString layer = {})
        : kind(kind), datum(datum), layer(std::move(layer))
    {
    }

    ResourceKind kind = ResourceKind::Teams;
    Datum datum = Datum::Wgs84; ///< the datum of the file's coordinates; converted to WGS-84
    QString layer;              ///< GDAL formats: the layer to read; empty for the first
};

/// What an import did.
struct ImportReport {
    int imported = 0;     ///< records written (created + updated)
    int updated = 0;      ///< of those, records whose id existed already
    QStringList warnings; ///< e.g. attribute columns that were ignored
    QString format;       ///< "csv", "geojson", "shapefile", "gpkg", "kml"
};

/// Imports every record of `path` as `options.kind` in one all-or-nothing batch: every row is
/// parsed and validated first, then one Store::applyBatch() of "<prefix>.create" mutations, or
/// "<prefix>.update" for ids that exist already (upsert; an update changes only the values the
/// file gives). The format follows the extension: .csv, .geojson/.json, .shp, .gpkg, .kml.
/// Errors name the place ("teams.csv:row 12 (line 13)", "teams.geojson:feature 3") and the column.
Result<ImportReport> importFile(Store &store, const QString &path, const ImportOptions &options);

/// Parses and validates `path` into complete records with WGS-84 points, writing nothing.
/// Records without an id in the file have an empty id.
Result<QList<Record>> readRecords(const QString &path, const ImportOptions &options);

/// The format name importFile() uses for `path` ("csv", "geojson", "shapefile", "gpkg", "kml"),
/// or an Error listing the supported extensions.
Result<QString> importFormat(const QString &path);

/// What a column heading of `kind` stands for: a field key, "id", or "lon"/"lat" (point kinds
/// only). Accepts the key, the English label and the translated label, ignoring case and
/// surrounding spaces, and for positions also "longitude"/"latitude", "lng" and 经度/纬度.
/// Empty when the heading matches nothing.
QString columnKey(const KindDef &kind, const QString &column);

} // namespace tw
