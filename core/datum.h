#pragma once

#include "lonlat.h"
#include "result.h"

#include <QString>

namespace tw {

/// The coordinate systems met in Chinese map data. Tidewatch stores WGS-84; GCJ-02 (Amap, Tencent)
/// and BD-09 (Baidu) are converted at the edge, on import or when drawing a tile source.
enum class Datum { Wgs84, Gcj02, Bd09 };

/// "wgs84" | "gcj02" | "bd09", case-insensitive; the Error names the allowed values.
Result<Datum> datumFromName(const QString &name);
/// The lower-case name accepted by datumFromName().
QString datumName(Datum d);

/// The rough bounding box of China inside which the GCJ-02 offset applies.
bool isInsideChina(LonLat p);

/// The GCJ-02 forward transform (Krasovsky ellipsoid); identity outside China.
LonLat wgs84ToGcj02(LonLat p);
/// Iterated inverse of wgs84ToGcj02() until the error is below 1e-9 degrees (about 0.1 mm).
LonLat gcj02ToWgs84(LonLat p);
/// The BD-09 forward transform from GCJ-02.
LonLat gcj02ToBd09(LonLat p);
/// Iterated inverse of gcj02ToBd09().
LonLat bd09ToGcj02(LonLat p);
/// WGS-84 to BD-09 through GCJ-02; identity outside China.
LonLat wgs84ToBd09(LonLat p);
/// Iterated inverse of wgs84ToBd09(); identity outside China.
LonLat bd09ToWgs84(LonLat p);

/// Converts a position given in `from` to WGS-84.
LonLat toWgs84(LonLat p, Datum from);
/// Converts a WGS-84 position to `to`.
LonLat fromWgs84(LonLat p, Datum to);

} // namespace tw
