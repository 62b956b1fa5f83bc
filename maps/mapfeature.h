#pragma once

#include "clusterindex.h"
#include "entityschema.h"
#include "lonlat.h"

#include <QColor>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace tw {

struct Record;

/// What the overlay renderer needs of one record, taken once from the Record (a value: safe to
/// hand to render threads). `variant` names the sprite ("fire/en_route", "II/reported", ...).
struct MapFeature {
    QString id;
    LonLat position;
    QString label;
    QString variant;
    QColor color;
    float headingDeg = -1;    ///< < 0: none
    float radiusMeters = 0;   ///< risk radius, camera range
    float fovDeg = 0;         ///< cameras
    float fill = -1;          ///< shelter occupancy in [0, 1], < 0 unknown
    qint64 positionAtMs = 0;  ///< teams: age fades the marker
    bool highlight = false;   ///< unacknowledged incident, sensor in alarm: drawn with a ring
    bool dimmed = false;      ///< closed incidents, off-duty teams, offline devices
    int priority = 0;         ///< labels of higher priority win the collision grid
};

/// Builds the feature of a record; colours follow the legend (MapLegendModel).
MapFeature featureFromRecord(const Record &record);

/// The colour of an incident's event level (I red, II orange, III yellow, IV blue, unset grey).
QColor eventLevelColor(const QString &level);
QColor teamStatusColor(const QString &status);
QColor riskLevelColor(const QString &level);
QColor sensorStateColor(const QString &state);
/// The colour used for a kind's clusters and plain markers.
QColor kindColor(ResourceKind kind);

/// One resource kind's features and their cluster index, immutable once built: render jobs on
/// worker threads share it through a shared_ptr while the GUI builds the next one.
struct MapLayer {
    ResourceKind kind = ResourceKind::Incidents;
    std::vector<MapFeature> features;
    ClusterIndex index;
    bool visible = true;
    double opacity = 1.0;

    /// Builds the features and the index (O(n log n); call it off the GUI thread for big lists).
    static std::shared_ptr<const MapLayer> build(ResourceKind kind, const QList<Record> &records);
    /// A copy with other features at the same ids and order: positions are updated in the index
    /// (`ClusterIndex::updatePosition`) and it is rebuilt once.
    std::shared_ptr<const MapLayer> withMovedFeatures(const std::vector<MapFeature> &moved) const;
    int indexOf(const QString &id) const;
};

using MapLayerPtr = std::shared_ptr<const MapLayer>;

} // namespace tw
