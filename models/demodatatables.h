#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tw {

// The text tables of the Hangzhou demo city. Names are templates: "%D" is replaced by the
// district ("西湖区"), "%S" by a street without its suffix ("西溪"), "%R" by a road ("文三路").
// A district index of -1 means "any district".

/// How teams of one team_kind look.
struct DemoTeamKind {
    QString kind;              ///< team_kind enum value
    QStringList capabilities;  ///< the tokens teams of this kind may have (the first always)
    QString agency;            ///< template
    QStringList names;         ///< templates; scale mode appends a number
    int minHeadcount;
    int maxHeadcount;
};
/// One entry per team_kind of the schema.
const QList<DemoTeamKind> &demoTeamKinds();

/// One team of the realistic demo: which kind, which name template, where.
struct DemoTeamPlan {
    QString kind;
    QString name;  ///< template
    int district;  ///< -1: one per district
};
const QList<DemoTeamPlan> &demoTeamPlan();

struct DemoSupply {
    QString name;
    QString category;
    QString unit;
    QString specification;
    int typicalQuantity; ///< in a municipal warehouse
};
const QList<DemoSupply> &demoSupplies();

struct DemoWarehouse {
    QString name;
    int district;
    QString level;
    QString agency;
    double areaSquareMeters;
};
const QList<DemoWarehouse> &demoWarehouses();

/// A named place of one kind (risk point, protection target, shelter, sensor).
struct DemoPlace {
    QString kind;          ///< hazard_kind / target_kind / shelter_kind / sensor_kind
    QString name;          ///< template
    int district;          ///< -1: any district
    bool nearRiver = false; ///< on the river bank (embankments, tide-watching spots, river gauges)
};
/// ≈ 60 risk points covering every hazard_kind.
const QList<DemoPlace> &demoRiskPoints();
/// ≈ 80 protection targets covering every target_kind.
const QList<DemoPlace> &demoTargets();
/// ≈ 40 shelters.
const QList<DemoPlace> &demoShelters();
/// ≈ 60 sensors.
const QList<DemoPlace> &demoSensors();

/// What a sensor kind measures: unit and thresholds, and the usual range of its readings.
struct DemoSensorKind {
    QString kind;
    QString unit;
    double warningThreshold;
    double alarmThreshold;
    double typicalLow;
    double typicalHigh;
};
const QList<DemoSensorKind> &demoSensorKinds();

/// Surnames and given-name characters for contact people.
const QStringList &demoSurnames();
const QStringList &demoGivenNameCharacters();

/// Owners of the camera network.
const QStringList &demoCameraOwners();
/// Shelter facilities, as listed on a shelter's sign.
const QStringList &demoShelterFacilities();

} // namespace tw
