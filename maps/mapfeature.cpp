#include "mapfeature.h"

#include "record.h"

#include <QHash>

namespace tw {

QColor eventLevelColor(const QString &level)
{
    if (level == QLatin1String("I")) {
        return QColor(0xd7, 0x19, 0x1c);
    }
    if (level == QLatin1String("II")) {
        return QColor(0xf4, 0x6d, 0x12);
    }
    if (level == QLatin1String("III")) {
        return QColor(0xe6, 0xb8, 0x00);
    }
    if (level == QLatin1String("IV")) {
        return QColor(0x2c, 0x7b, 0xb6);
    }
    return QColor(0x80, 0x80, 0x80);
}

QColor teamStatusColor(const QString &status)
{
    static const QHash<QString, QColor> colors{
        {QStringLiteral("available"), QColor(0x1a, 0x98, 0x50)}, {QStringLiteral("assigned"), QColor(0x9c, 0x27, 0xb0)},
        {QStringLiteral("en_route"), QColor(0xf4, 0x6d, 0x12)},  {QStringLiteral("on_scene"), QColor(0xd7, 0x19, 0x1c)},
        {QStringLiteral("returning"), QColor(0x2c, 0x7b, 0xb6)}, {QStringLiteral("off_duty"), QColor(0x90, 0x90, 0x90)}};
    return colors.value(status, QColor(0x90, 0x90, 0x90));
}

QColor riskLevelColor(const QString &level)
{
    if (level == QLatin1String("major")) {
        return QColor(0xb2, 0x00, 0x1d);
    }
    if (level == QLatin1String("high")) {
        return QColor(0xf0, 0x3b, 0x20);
    }
    if (level == QLatin1String("medium")) {
        return QColor(0xfe, 0xb2, 0x4c);
    }
    return QColor(0xff, 0xe0, 0x70);
}

QColor sensorStateColor(const QString &state)
{
    if (state == QLatin1String("alarm")) {
        return QColor(0xd7, 0x19, 0x1c);
    }
    if (state == QLatin1String("warning")) {
        return QColor(0xf4, 0x9d, 0x12);
    }
    if (state == QLatin1String("offline")) {
        return QColor(0x90, 0x90, 0x90);
    }
    return QColor(0x1a, 0x98, 0x50);
}

QColor kindColor(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Incidents:
        return QColor(0xd7, 0x19, 0x1c);
    case ResourceKind::Teams:
        return QColor(0x1a, 0x6f, 0xd0);
    case ResourceKind::Warehouses:
        return QColor(0x8c, 0x56, 0x2b);
    case ResourceKind::RiskPoints:
        return QColor(0xe0, 0x5a, 0x00);
    case ResourceKind::Targets:
        return QColor(0x6a, 0x3d, 0x9a);
    case ResourceKind::Shelters:
        return QColor(0x00, 0x8b, 0x7a);
    case ResourceKind::Cameras:
        return QColor(0x33, 0x44, 0x55);
    case ResourceKind::Sensors:
        return QColor(0x00, 0x97, 0xa7);
    default:
        return QColor(0x55, 0x55, 0x55);
    }
}

MapFeature featureFromRecord(const Record &record)
{
    MapFeature f;
    f.id = record.id;
    f.position = record.point.value_or(LonLat{});
    f.label = record.displayName();
    f.color = kindColor(record.kind);
    switch (record.kind) {
    case ResourceKind::Incidents: {
        const QString level = record.text(QStringLiteral("event_level"));
        const QString status = record.text(QStringLiteral("status"));
        f.color = eventLevelColor(level);
        f.dimmed = status == QLatin1String("closed") || status == QLatin1String("false_alarm");
        f.highlight = !f.dimmed && record.integer(QStringLiteral("acknowledged_at_ms")) == 0;
        f.variant = level + QLatin1Char('/') + (f.dimmed ? QStringLiteral("closed") : QStringLiteral("open"));
        f.priority = 100 - (level.isEmpty() ? 5 : level.size());
        break;
    }
    case ResourceKind::Teams: {
        const QString status = record.text(QStringLiteral("status"));
        f.color = teamStatusColor(status);
        f.variant = record.text(QStringLiteral("team_kind")) + QLatin1Char('/') + status;
        f.dimmed = status == QLatin1String("off_duty");
        f.positionAtMs = record.integer(QStringLiteral("position_at_ms"));
        if (record.values.contains(QStringLiteral("heading_deg")) && !record.value(QStringLiteral("heading_deg")).isNull()) {
            f.headingDeg = float(record.real(QStringLiteral("heading_deg")));
        }
        f.priority = 80;
        break;
    }
    case ResourceKind::RiskPoints: {
        const QString level = record.text(QStringLiteral("risk_level"));
        f.color = riskLevelColor(level);
        f.variant = level;
        f.radiusMeters = float(record.real(QStringLiteral("radius_m")));
        f.priority = level == QLatin1String("major") ? 70 : 40;
        break;
    }
    case ResourceKind::Shelters: {
        const double capacity = record.real(QStringLiteral("capacity"));
        if (capacity > 0) {
            f.fill = float(std::clamp(record.real(QStringLiteral("occupancy")) / capacity, 0.0, 1.0));
        }
        f.dimmed = record.text(QStringLiteral("status")) == QLatin1String("closed");
        f.variant = QString::number(f.fill < 0 ? -1 : int(f.fill * 4 + 0.5)); // quarter steps
        f.priority = 50;
        break;
    }
    case ResourceKind::Cameras:
        f.headingDeg = float(record.real(QStringLiteral("heading_deg")));
        f.fovDeg = float(record.real(QStringLiteral("fov_deg"), 60));
        f.radiusMeters = float(record.real(QStringLiteral("range_m"), 150));
        f.dimmed = record.text(QStringLiteral("status")) == QLatin1String("offline");
        f.variant = f.dimmed ? QStringLiteral("offline") : QStringLiteral("online");
        f.priority = 10;
        break;
    case ResourceKind::Sensors: {
        const QString state = record.text(QStringLiteral("alarm_state"));
        f.color = sensorStateColor(state);
        f.highlight = state == QLatin1String("alarm");
        f.variant = state;
        f.priority = f.highlight ? 75 : 20;
        break;
    }
    case ResourceKind::Targets:
        f.variant = record.text(QStringLiteral("target_kind"));
        f.priority = 30;
        break;
    case ResourceKind::Warehouses:
        f.priority = 35;
        break;
    default:
        break;
    }
    return f;
}

std::shared_ptr<const MapLayer> MapLayer::build(ResourceKind kind, const QList<Record> &records)
{
    auto layer = std::make_shared<MapLayer>();
    layer->kind = kind;
    ClusterIndex::Options options;
    options.radius = 60; // 30 screen pixels: bubbles are up to 40 px wide
    layer->index = ClusterIndex(options);
    layer->features.reserve(records.size());
    std::vector<LonLat> points;
    points.reserve(records.size());
    for (const Record &record : records) {
        if (!record.point || !record.point->isValid()) {
            continue;
        }
        layer->features.push_back(featureFromRecord(record));
        points.push_back(*record.point);
    }
    layer->index.build(points);
    return layer;
}

std::shared_ptr<const MapLayer> MapLayer::withMovedFeatures(const std::vector<MapFeature> &moved) const
{
    auto layer = std::make_shared<MapLayer>(*this);
    for (const MapFeature &feature : moved) {
        const int i = indexOf(feature.id);
        if (i >= 0) {
            layer->features[std::size_t(i)] = feature;
            layer->index.updatePosition(std::uint32_t(i), feature.position);
        }
    }
    layer->index.ensureBuilt();
    return layer;
}

int MapLayer::indexOf(const QString &id) const
{
    for (std::size_t i = 0; i < features.size(); ++i) {
        if (features[i].id == id) {
            return int(i);
        }
    }
    return -1;
}

} // namespace tw
