// DemoCityBuilder, part two: risk points, protection targets and shelters.
#include "democitybuilder.h"

#include "demodatatables.h"

#include <QHash>

#include <cmath>

namespace tw {

DemoMutations DemoCityBuilder::riskPoints()
{
    struct Profile {
        const char *kind;
        double minRadius;
        double maxRadius;
        const char *levels; // weighted pool: m = major, h = high, d = medium, l = low
        const char *unit;
    };
    static const Profile profiles[] = {
        {"landslide", 150, 500, "hhddl", "%D自然资源和规划分局"}, {"flood_underpass", 150, 400, "hhdd", "%D城市管理局"},
        {"waterlogging", 200, 600, "hddl", "%D城市管理局"}, {"chemical_plant", 1000, 3000, "mmh", "%D应急管理局"},
        {"gas_station", 100, 300, "ddl", "%D商务局"}, {"dam", 500, 2000, "mhh", "%D林业水利局"},
        {"hazmat_storage", 500, 1500, "mhh", "%D应急管理局"}, {"construction", 100, 300, "hddl", "%D住房和城乡建设局"},
        {"crowded_place", 300, 800, "hhd", "%D公安分局"}, {"pipeline", 200, 500, "hhd", "杭州燃气集团"},
        {"other", 300, 1000, "hd", "%D应急管理局"},
    };
    static const QHash<QChar, QString> levelNames = {{QLatin1Char('m'), QStringLiteral("major")},
                                                     {QLatin1Char('h'), QStringLiteral("high")},
                                                     {QLatin1Char('d'), QStringLiteral("medium")},
                                                     {QLatin1Char('l'), QStringLiteral("low")}};
    DemoMutations mutations;
    for (const DemoPlace &place : demoRiskPoints()) {
        const Profile *profile = &profiles[0];
        for (const Profile &candidate : profiles) {
            if (place.kind == QLatin1String(candidate.kind)) {
                profile = &candidate;
            }
        }
        const LonLat point = place.nearRiver ? pointOnRiverBank(place.district) : pointIn(place.district);
        const QString name = expand(place.name, place.district);
        m_riskPoints.insert(name, point);
        const QString levels = QString::fromLatin1(profile->levels);
        QJsonObject values = contact();
        values.insert(QStringLiteral("name"), name);
        values.insert(QStringLiteral("hazard_kind"), place.kind);
        values.insert(QStringLiteral("risk_level"), levelNames.value(levels.at(m_random.integer(0, int(levels.size()) - 1))));
        values.insert(QStringLiteral("radius_m"), std::round(m_random.real(profile->minRadius, profile->maxRadius) / 10.0) * 10.0);
        values.insert(QStringLiteral("responsible_unit"), expand(QString::fromUtf8(profile->unit), place.district));
        values.insert(QStringLiteral("address"), address(place.district));
        mutations << create(QStringLiteral("riskPoint"), m_random.uuid(), &point, values);
    }
    return mutations;
}

DemoMutations DemoCityBuilder::targets()
{
    static const QHash<QString, QPair<int, int>> population = {
        {QStringLiteral("school"), {1200, 3500}},       {QStringLiteral("kindergarten"), {150, 450}},
        {QStringLiteral("hospital"), {1500, 6000}},     {QStringLiteral("nursing_home"), {100, 600}},
        {QStringLiteral("metro_station"), {2000, 15000}}, {QStringLiteral("railway_station"), {20000, 80000}},
        {QStringLiteral("stadium"), {18000, 80000}},    {QStringLiteral("mall"), {5000, 20000}},
        {QStringLiteral("government"), {800, 3000}},    {QStringLiteral("water_plant"), {60, 200}},
        {QStringLiteral("other"), {5000, 30000}},
    };
    DemoMutations mutations;
    for (const DemoPlace &place : demoTargets()) {
        const LonLat point = pointIn(place.district);
        const QPair<int, int> range = population.value(place.kind, {100, 1000});
        QJsonObject values = contact();
        values.insert(QStringLiteral("name"), expand(place.name, place.district));
        values.insert(QStringLiteral("target_kind"), place.kind);
        values.insert(QStringLiteral("population"), m_random.integer(range.first, range.second) / 10 * 10);
        values.insert(QStringLiteral("responsible_unit"), expand(QStringLiteral("%D应急管理局"), place.district));
        values.insert(QStringLiteral("address"), address(place.district));
        mutations << create(QStringLiteral("target"), m_random.uuid(), &point, values);
    }
    return mutations;
}

DemoMutations DemoCityBuilder::shelters()
{
    static const QHash<QString, QPair<int, int>> capacity = {
        {QStringLiteral("stadium"), {5000, 20000}}, {QStringLiteral("indoor"), {300, 1500}},
        {QStringLiteral("school"), {500, 2000}},    {QStringLiteral("park"), {2000, 10000}},
        {QStringLiteral("outdoor"), {1000, 5000}},
    };
    DemoMutations mutations;
    for (const DemoPlace &place : demoShelters()) {
        const LonLat point = pointIn(place.district);
        const QPair<int, int> range = capacity.value(place.kind, {500, 2000});
        const int seats = m_random.integer(range.first, range.second) / 50 * 50;
        // A rainstorm is on: a few shelters have opened and taken people in.
        const bool open = m_random.chance(0.15);
        QStringList facilities;
        for (const QString &facility : demoShelterFacilities()) {
            if (m_random.chance(0.6)) {
                facilities << facility;
            }
        }
        QJsonObject values = contact();
        values.insert(QStringLiteral("name"), expand(place.name, place.district));
        values.insert(QStringLiteral("shelter_kind"), place.kind);
        values.insert(QStringLiteral("capacity"), seats);
        values.insert(QStringLiteral("occupancy"), open ? int(seats * m_random.real(0.1, 0.6)) : 0);
        values.insert(QStringLiteral("status"), open ? QStringLiteral("open") : QStringLiteral("standby"));
        values.insert(QStringLiteral("area_m2"), double(seats) * (place.kind == QLatin1String("indoor") ? 2.0 : 1.5));
        values.insert(QStringLiteral("facilities"), facilities.join(QStringLiteral("、")));
        values.insert(QStringLiteral("address"), address(place.district));
        mutations << create(QStringLiteral("shelter"), m_random.uuid(), &point, values);
    }
    return mutations;
}

} // namespace tw
