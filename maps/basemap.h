#pragma once

#include "tilesource.h"

#include <QString>

namespace tw {

/// The offline world basemap shipped with the console (NASA Blue Marble, zoom 0-5).
/// Looked up in order: $TW_BASEMAP, <bin>/../share/tidewatch/basemap/, the data directories,
/// the source tree of a development build. Empty when none is found.
QString bundledBasemapPath();

/// A tile source for any raster MBTiles file (`--basemap FILE`), zoom range read from the file.
Result<TileSourceSpec> mbtilesSource(const QString &path);

/// The bundled basemap as a tile source (id "basemap"); `path` is empty when it is missing.
TileSourceSpec bundledBasemapSource();

} // namespace tw
