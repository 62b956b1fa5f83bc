#pragma once

#include "record.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace tw::test {

inline Record makeRecord(ResourceKind kind, const QString &id, LonLat point, const QVariantMap &values)
{
    Record record;
    record.kind = kind;
    record.id = id;
    record.point = point;
    record.values = values;
    return record;
}

/// A small fixed scene around West Lake: one of each kind and state.
inline QList<Record> sceneRecords(ResourceKind kind)
{
    QList<Record> r;
    const auto v = [](std::initializer_list<std::pair<QString, QVariant>> list) {
        QVariantMap map;
        for (const auto &[k, value] : list) {
            map.insert(k, value);
        }
        return map;
    };
    switch (kind) {
    case ResourceKind::Incidents:
        r << makeRecord(kind, QStringLiteral("inc-1"), {120.1550, 30.2600},
                        v({{QStringLiteral("title"), QStringLiteral("Warehouse fire")}, {QStringLiteral("event_level"), QStringLiteral("II")},
                           {QStringLiteral("status"), QStringLiteral("responding")}, {QStringLiteral("acknowledged_at_ms"), 1}}))
          << makeRecord(kind, QStringLiteral("inc-2"), {120.1700, 30.2680},
                        v({{QStringLiteral("title"), QStringLiteral("Flooded underpass")}, {QStringLiteral("event_level"), QStringLiteral("I")},
                           {QStringLiteral("status"), QStringLiteral("reported")}}))
          << makeRecord(kind, QStringLiteral("inc-3"), {120.1420, 30.2750},
                        v({{QStringLiteral("title"), QStringLiteral("Closed case")}, {QStringLiteral("event_level"), QStringLiteral("IV")},
                           {QStringLiteral("status"), QStringLiteral("closed")}}));
        break;
    case ResourceKind::Teams:
        r << makeRecord(kind, QStringLiteral("team-1"), {120.1600, 30.2560},
                        v({{QStringLiteral("name"), QStringLiteral("Fire brigade 3")}, {QStringLiteral("team_kind"), QStringLiteral("fire")},
                           {QStringLiteral("status"), QStringLiteral("en_route")}, {QStringLiteral("heading_deg"), 300.0},
                           {QStringLiteral("position_at_ms"), qint64(1'700'000'000'000)}}))
          << makeRecord(kind, QStringLiteral("team-2"), {120.1750, 30.2740},
                        v({{QStringLiteral("name"), QStringLiteral("Ambulance 12")}, {QStringLiteral("team_kind"), QStringLiteral("medical")},
                           {QStringLiteral("status"), QStringLiteral("available")},
                           {QStringLiteral("position_at_ms"), qint64(1'700'000'000'000 - 3'600'000 * 3)}}));
        break;
    case ResourceKind::RiskPoints:
        r << makeRecord(kind, QStringLiteral("risk-1"), {120.1480, 30.2640},
                        v({{QStringLiteral("name"), QStringLiteral("Gas station")}, {QStringLiteral("risk_level"), QStringLiteral("high")},
                           {QStringLiteral("radius_m"), 300.0}}));
        break;
    case ResourceKind::Shelters:
        r << makeRecord(kind, QStringLiteral("shelter-1"), {120.1650, 30.2800},
                        v({{QStringLiteral("name"), QStringLiteral("Stadium shelter")}, {QStringLiteral("capacity"), 1000},
                           {QStringLiteral("occupancy"), 600}}));
        break;
    case ResourceKind::Cameras:
        r << makeRecord(kind, QStringLiteral("cam-1"), {120.1580, 30.2630},
                        v({{QStringLiteral("name"), QStringLiteral("Camera 7")}, {QStringLiteral("heading_deg"), 45.0},
                           {QStringLiteral("fov_deg"), 70.0}, {QStringLiteral("range_m"), 200.0}}));
        break;
    case ResourceKind::Sensors:
        r << makeRecord(kind, QStringLiteral("sensor-1"), {120.1520, 30.2700},
                        v({{QStringLiteral("name"), QStringLiteral("Water level 2")}, {QStringLiteral("alarm_state"), QStringLiteral("alarm")}}));
        break;
    case ResourceKind::Targets:
        r << makeRecord(kind, QStringLiteral("target-1"), {120.1680, 30.2600},
                        v({{QStringLiteral("name"), QStringLiteral("No. 4 Primary School")}, {QStringLiteral("target_kind"), QStringLiteral("school")}}));
        break;
    case ResourceKind::Warehouses:
        r << makeRecord(kind, QStringLiteral("wh-1"), {120.1450, 30.2560},
                        v({{QStringLiteral("name"), QStringLiteral("Municipal reserve")}}));
        break;
    default:
        break;
    }
    return r;
}

/// `count` cameras scattered over the city, seeded.
inline QList<Record> manyCameras(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<Record> records;
    records.reserve(count);
    for (int i = 0; i < count; ++i) {
        const LonLat p{120.16 + (random.generateDouble() - 0.5) * 0.4, 30.27 + (random.generateDouble() - 0.5) * 0.3};
        records << makeRecord(ResourceKind::Cameras, QStringLiteral("cam-%1").arg(i), p,
                              {{QStringLiteral("name"), QStringLiteral("Camera %1").arg(i)},
                               {QStringLiteral("heading_deg"), double(random.bounded(360))}});
    }
    return records;
}

/// Share of pixels whose largest channel difference exceeds `threshold`.
inline double differingPixels(const QImage &a, const QImage &b, int threshold = 40)
{
    if (a.size() != b.size()) {
        return 1.0;
    }
    const QImage x = a.convertToFormat(QImage::Format_ARGB32);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32);
    qint64 differing = 0;
    for (int row = 0; row < x.height(); ++row) {
        const QRgb *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const QRgb *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            const int d = std::max({std::abs(qRed(p[col]) - qRed(q[col])), std::abs(qGreen(p[col]) - qGreen(q[col])),
                                    std::abs(qBlue(p[col]) - qBlue(q[col])), std::abs(qAlpha(p[col]) - qAlpha(q[col]))});
            differing += d > threshold;
        }
    }
    return double(differing) / (x.width() * x.height());
}

} // namespace tw::test
