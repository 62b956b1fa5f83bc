#pragma once

#include "lonlat.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tw {

/// One urban district of the Hangzhou demo city: its land outline (WGS-84, lon first) and the
/// places the demo generator names records after.
struct DemoDistrict {
    QString name;          ///< "西湖区"
    LonLat centre;         ///< where the district's own services are based (on land)
    QList<LonLat> boundary; ///< closed ring, first vertex not repeated
    QStringList streets;   ///< sub-district (街道) names
    QStringList roads;     ///< road names, for addresses, underpasses and cameras
};

/// The eight urban districts of the demo: 上城, 拱墅, 西湖, 滨江, 萧山 (north), 余杭, 临平, 钱塘.
/// Their outlines share edges and meet the Qiantang River along its centre line.
const QList<DemoDistrict> &demoDistricts();

/// West Lake's outline: no demo record lies inside it.
const QList<LonLat> &demoWestLake();

/// The Qiantang River through the city as a polygon (its centre line buffered by half its width).
const QList<LonLat> &demoQiantangRiver();

/// The river's centre line, upstream (south-west) first.
const QList<LonLat> &demoQiantangCentreLine();

/// The index in demoDistricts() of the district containing `point` on land, or -1 when the point
/// lies outside every district, in West Lake or in the river.
int demoDistrictAt(LonLat point);

/// Whether `point` is on the demo city's land (some district, not water).
inline bool demoIsOnLand(LonLat point)
{
    return demoDistrictAt(point) >= 0;
}

} // namespace tw
