#pragma once

#include "lonlat.h"
#include "record.h"
#include "result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace tw {

// Typed value views of the resource kinds, built from the generic Record and back. Members are
// the schema's fields in camelCase (units spelled out: radius_m -> radiusMeters). toRecord()
// leaves out empty text, unset optionals and zero times, so fromRecord(x.toRecord()) == x.
// Record bookkeeping (createdAtMs, updatedAtMs) stays with the Record.

/// A rescue team; `position` is the record's point, the last known position.
struct RescueTeam {
    QString id;
    QString name;
    QString teamKind;
    QStringList capabilities; ///< stored comma-separated
    int headcount = 0;
    QString agency;
    QString contact;
    QString phone;
    QString address;
    QString status = QStringLiteral("available");
    LonLat position;
    std::optional<LonLat> base; ///< from base_lon/base_lat
    qint64 positionAtMs = 0;    ///< 0 when unknown
    std::optional<double> headingDeg;

    static RescueTeam fromRecord(const Record &record);
    Record toRecord() const;
    friend bool operator==(const RescueTeam &, const RescueTeam &) = default;
};

/// A reserve warehouse for emergency supplies.
struct Warehouse {
    QString id;
    QString name;
    QString level = QStringLiteral("municipal");
    QString agency;
    double areaSquareMeters = 0.0; ///< 0 when unknown
    QString contact;
    QString phone;
    QString address;
    LonLat position;

    static Warehouse fromRecord(const Record &record);
    Record toRecord() const;
    friend bool operator==(const Warehouse &, const Warehouse &) = default;
};

/// A kind of supply (tent, life jacket, ...), independent of where it is stored.
struct SupplyItem {
    QString id;
    QString name;
    QString category;
    QString unit;
    QString code; ///< GB/T 38565 code when known
    QString specification;

    static SupplyItem fromRecord(const Record &record);
    Record toRecord() const;
    friend bool operator==(const SupplyItem &, const SupplyItem &) = default;
};

/// How much of one supply item one warehouse holds, and how much of it is promised.
struct StockLine {
    QString id;
    QString warehouseId;
    QString itemId;
    double quantity = 0.0;
    double reserved = 0.0;

    /// Quantity not yet reserved (never below zero).
    double available() const { return quantity > reserved ? quantity - reserved : 0.0; }

    static StockLine fromRecord(const Record &record);
    Record toRecord() const;
    friend bool operator==(const StockLine &, const StockLine &) = default;
};

/// A hazard source (landslide slope, chemical plant, flood-prone underpass, ...).
struct RiskPoint {
    QString id;
    QString name;
    QString hazardKind;
    QString riskLevel;
    double radiusMeters = 0.0; ///< 0 when unknown
    QString responsibleUnit;
    QString contact;
    QString phone;
    QString address;
    LonLat position;

    static RiskPoint fromRecord(const Record &record);
    Record toRecord() const;
    friend bool operator==(const RiskPoint &, const RiskPoint &) = default;
};

/// A place whose people need protecting first (school, hospital, nursing home, ...).
struct ProtectionTarget {
    QString id;
    QString name;
    QString targetKind;
    int population = 0;
    QString responsibleUnit;
    QString contact;
    QString phone;
    QString address;
    LonLat position;

    static ProtectionTarget fromRecord(const Record &record);
    Record toRecord() const;
    friend bool operator==(const ProtectionTarget &, const ProtectionTarget &) = default;
};

/// An emergency shelter with its capacity and current occupancy.
struct Shelter {
    QString id;
    QString name;
    QString shelterKind = QStringLiteral("indoor");
    int capacity = 0;
    int occupancy = 0;
    QString status = QStringLiteral("standby");
    double areaSquareMeters = 0.0; ///< 0 when unknown
    QString facilities;
    QString contact;
    QString phone;
    QString address;
    LonLat position;

    /// Places left (never below zero).
    int freePlaces() const { return capacity > occupancy ? capacity - occupancy : 0; }

    static Shelter fromRecord(const Record &record);
    Record toRecord() const;
    friend bool operator==(const Shelter &, const Shelter &) = default;
};

/// A fixed camera and the sector of ground it sees.
struct Camera {
    QString id;
    QString name;
    double headingDeg = 0.0;
    double fovDeg = 60.0;
    double rangeMeters = 150.0;
    QString mainUri;
    QString subUri;
    bool ptz = false;
    QString owner;
    QString status = QStringLiteral("unknown");
    QString address;
    LonLat position;

    /// Whether `target` is inside the camera's field of view and range.
    bool covers(LonLat target) const;

    static Camera fromRecord(const Record &record);
    Record toRecord() const;
    friend bool operator==(const Camera &, const Camera &) = default;
};

/// A monitoring sensor (rain gauge, water level, gas, ...) with its thresholds and last reading.
struct Sensor {
    QString id;
    QString name;
    QString sensorKind;
    QString unit;
    std::optional<double> warningThreshold;
    std::optional<double> alarmThreshold;
    std::optional<double> lastValue;
    qint64 lastReadingAtMs = 0; ///< 0 when never read
    QString alarmState = QStringLiteral("normal");
    QString owner;
    QString address;
    LonLat position;

    /// "alarm", "warning" or "normal" for a reading, assuming higher values are worse (true of
    /// rain, water level and gas concentration, the kinds the thresholds are set for).
    QString alarmStateFor(double value) const;

    static Sensor fromRecord(const Record &record);
    Record toRecord() const;
    friend bool operator==(const Sensor &, const Sensor &) = default;
};

/// One measurement of a sensor.
struct SensorReading {
    QString sensorId;
    double value = 0.0;
    qint64 atMs = 0;

    /// {"sensor_id", "value", "at_ms"}.
    QJsonObject toJson() const;
    /// The inverse of toJson(); the Error names the missing or malformed key.
    static Result<SensorReading> fromJson(const QJsonObject &object);
    friend bool operator==(const SensorReading &, const SensorReading &) = default;
};

} // namespace tw
