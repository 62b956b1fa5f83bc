#include "democitybuilder.h"

#include "demodata.h"
#include "demodatatables.h"

#include <QDateTime>

#include <cmath>
#include <numbers>

namespace tw {

namespace {

constexpr double kMetersPerDegreeLat = 110574.0;
constexpr double kMetersPerDegreeLonAtEquator = 111320.0;

LonLat offsetMeters(LonLat from, double eastMeters, double northMeters)
{
    const double cosLat = std::cos(from.lat * std::numbers::pi / 180.0);
    return {from.lon + eastMeters / (kMetersPerDegreeLonAtEquator * cosLat), from.lat + northMeters / kMetersPerDegreeLat};
}

struct Box {
    double west = 180, south = 90, east = -180, north = -90;
};

Box boxOf(const QList<LonLat> &ring)
{
    Box box;
    for (const LonLat &p : ring) {
        box.west = std::min(box.west, p.lon);
        box.east = std::max(box.east, p.lon);
        box.south = std::min(box.south, p.lat);
        box.north = std::max(box.north, p.lat);
    }
    return box;
}

double round6(double value)
{
    return std::round(value * 1e6) / 1e6;
}

} // namespace

DemoCityBuilder::DemoCityBuilder(const DemoOptions &options)
    : m_options(options)
    , m_random(options.seed)
{
    constexpr qint64 kHourMs = 3600 * 1000;
    m_nowMs = options.referenceTimeMs > 0 ? options.referenceTimeMs
                                          : QDateTime::currentMSecsSinceEpoch() / kHourMs * kHourMs;
}

QPair<QString, QJsonObject> DemoCityBuilder::create(const QString &mutationPrefix, const QString &id,
                                                    const LonLat *point, QJsonObject values)
{
    values.insert(QStringLiteral("id"), id);
    if (point) {
        values.insert(QStringLiteral("lon"), point->lon);
        values.insert(QStringLiteral("lat"), point->lat);
    }
    return {mutationPrefix + QStringLiteral(".create"), values};
}

QPair<QString, QJsonObject> DemoCityBuilder::note(const QString &incidentId, qint64 atMs, const QString &text)
{
    return {QStringLiteral("timeline.note"),
            QJsonObject{{QStringLiteral("incident_id"), incidentId},
                        {QStringLiteral("at_ms"), double(atMs)},
                        {QStringLiteral("text"), text}}};
}

// ---- places -------------------------------------------------------------------------------------

LonLat DemoCityBuilder::pointIn(int district)
{
    const Box box = boxOf(demoDistricts().at(district).boundary);
    for (;;) {
        const LonLat p(round6(m_random.real(box.west, box.east)), round6(m_random.real(box.south, box.north)));
        if (demoDistrictAt(p) == district) {
            return p;
        }
    }
}

LonLat DemoCityBuilder::pointNear(int district, LonLat centre, double sigmaMeters)
{
    for (int attempt = 0; attempt < 200; ++attempt) {
        LonLat p = offsetMeters(centre, m_random.normal() * sigmaMeters, m_random.normal() * sigmaMeters);
        p = LonLat(round6(p.lon), round6(p.lat));
        if (demoDistrictAt(p) == district) {
            return p;
        }
    }
    return pointIn(district);
}

LonLat DemoCityBuilder::pointOnRiverBank(int district)
{
    const QList<LonLat> &line = demoQiantangCentreLine();
    for (int attempt = 0; attempt < 2000; ++attempt) {
        const int segment = m_random.integer(0, int(line.size()) - 2);
        const double t = m_random.unit();
        const LonLat a = line.at(segment);
        const LonLat b = line.at(segment + 1);
        const LonLat onLine(a.lon + (b.lon - a.lon) * t, a.lat + (b.lat - a.lat) * t);
        // Just beyond the water: 700–1,200 m from the centre line, either side.
        const double side = m_random.chance(0.5) ? 1.0 : -1.0;
        const double distance = m_random.real(700.0, 1200.0) * side;
        const double cosLat = std::cos(onLine.lat * std::numbers::pi / 180.0);
        const double dx = (b.lon - a.lon) * cosLat;
        const double dy = b.lat - a.lat;
        const double length = std::hypot(dx, dy);
        LonLat p = offsetMeters(onLine, -dy / length * distance, dx / length * distance);
        p = LonLat(round6(p.lon), round6(p.lat));
        if (demoDistrictAt(p) == district) {
            return p;
        }
    }
    return pointIn(district);
}

LonLat DemoCityBuilder::anyLandPoint()
{
    for (;;) {
        const LonLat p(round6(m_random.real(119.95, 120.46)), round6(m_random.real(30.09, 30.45)));
        if (demoIsOnLand(p)) {
            return p;
        }
    }
}

QString DemoCityBuilder::street(int district)
{
    return m_random.pick(demoDistricts().at(district).streets);
}

QString DemoCityBuilder::road(int district)
{
    return m_random.pick(demoDistricts().at(district).roads);
}

QString DemoCityBuilder::address(int district)
{
    const DemoDistrict &d = demoDistricts().at(district);
    return QStringLiteral("杭州市%1%2%3%4号").arg(d.name, street(district), road(district)).arg(m_random.integer(1, 999));
}

QString DemoCityBuilder::expand(const QString &pattern, int district)
{
    QString text = pattern;
    text.replace(QStringLiteral("%D"), demoDistricts().at(district).name);
    if (text.contains(QStringLiteral("%S"))) {
        QString name = street(district);
        for (const QString &suffix : {QStringLiteral("街道"), QStringLiteral("片区"), QStringLiteral("镇")}) {
            if (name.endsWith(suffix)) {
                name.chop(suffix.size());
                break;
            }
        }
        text.replace(QStringLiteral("%S"), name);
    }
    if (text.contains(QStringLiteral("%R"))) {
        text.replace(QStringLiteral("%R"), road(district));
    }
    return text;
}

QString DemoCityBuilder::capabilities(const QStringList &pool)
{
    QStringList chosen{pool.first()};
    for (qsizetype i = 1; i < pool.size(); ++i) {
        if (m_random.chance(0.55)) {
            chosen << pool.at(i);
        }
    }
    return chosen.join(QLatin1Char(','));
}

QJsonObject DemoCityBuilder::contact()
{
    return {{QStringLiteral("contact"), m_random.personName()}, {QStringLiteral("phone"), m_random.phone()}};
}

// ---- teams --------------------------------------------------------------------------------------

QJsonObject DemoCityBuilder::teamValues(const QString &kind, const QString &name, int district, LonLat base)
{
    const DemoTeamKind *teamKind = &demoTeamKinds().first();
    for (const DemoTeamKind &candidate : demoTeamKinds()) {
        if (candidate.kind == kind) {
            teamKind = &candidate;
        }
    }
    static const QStringList busy = {QStringLiteral("assigned"), QStringLiteral("en_route"),
                                     QStringLiteral("on_scene"), QStringLiteral("returning"),
                                     QStringLiteral("off_duty")};
    const QString status = m_random.chance(0.85) ? QStringLiteral("available") : m_random.pick(busy);
    QJsonObject values = contact();
    values.insert(QStringLiteral("name"), name);
    values.insert(QStringLiteral("team_kind"), kind);
    values.insert(QStringLiteral("capabilities"), capabilities(teamKind->capabilities));
    values.insert(QStringLiteral("headcount"), m_random.integer(teamKind->minHeadcount, teamKind->maxHeadcount));
    values.insert(QStringLiteral("agency"), expand(teamKind->agency, district));
    values.insert(QStringLiteral("status"), status);
    values.insert(QStringLiteral("base_lon"), base.lon);
    values.insert(QStringLiteral("base_lat"), base.lat);
    values.insert(QStringLiteral("position_at_ms"), double(m_nowMs - m_random.integer(30, 1800) * 1000));
    values.insert(QStringLiteral("heading_deg"), double(m_random.integer(0, 359)));
    values.insert(QStringLiteral("address"), address(district));
    return values;
}

DemoMutations DemoCityBuilder::realisticTeams()
{
    DemoMutations mutations;
    const QList<DemoDistrict> &districts = demoDistricts();
    for (const DemoTeamPlan &plan : demoTeamPlan()) {
        const int first = plan.district < 0 ? 0 : plan.district;
        const int last = plan.district < 0 ? int(districts.size()) - 1 : plan.district;
        for (int district = first; district <= last; ++district) {
            // District headquarters stay near the district centre; stations spread further out.
            const double sigma = plan.name.contains(QStringLiteral("%S")) ? 4000.0 : 1500.0;
            const LonLat base = pointNear(district, districts.at(district).centre, sigma);
            const QString id = m_random.uuid();
            QJsonObject values = teamValues(plan.kind, expand(plan.name, district), district, base);
            LonLat position = base;
            if (values.value(QStringLiteral("status")).toString() != QLatin1String("available")) {
                position = pointNear(district, base, 1500.0);
            }
            mutations << create(QStringLiteral("team"), id, &position, values);
        }
    }
    return mutations;
}

DemoMutations DemoCityBuilder::scaleTeams(int firstNumber, int count)
{
    DemoMutations mutations;
    mutations.reserve(count);
    const QList<DemoTeamKind> &kinds = demoTeamKinds();
    for (int i = 0; i < count; ++i) {
        const LonLat base = anyLandPoint();
        const int district = demoDistrictAt(base);
        const DemoTeamKind &kind = kinds.at(m_random.integer(0, int(kinds.size()) - 1));
        const QString name = expand(m_random.pick(kind.names), district)
            + QStringLiteral("第%1队").arg(firstNumber + i);
        const QString id = m_random.uuid();
        mutations << create(QStringLiteral("team"), id, &base, teamValues(kind.kind, name, district, base));
    }
    return mutations;
}

// ---- supplies, warehouses and stock -------------------------------------------------------------

DemoMutations DemoCityBuilder::suppliesAndWarehouses()
{
    DemoMutations mutations;
    const QList<DemoSupply> &supplies = demoSupplies();
    QStringList itemIds;
    for (const DemoSupply &supply : supplies) {
        itemIds << m_random.uuid();
        mutations << create(QStringLiteral("supply"), itemIds.last(), nullptr,
                            {{QStringLiteral("name"), supply.name},
                             {QStringLiteral("category"), supply.category},
                             {QStringLiteral("unit"), supply.unit},
                             {QStringLiteral("specification"), supply.specification}});
    }
    for (const DemoWarehouse &warehouse : demoWarehouses()) {
        const LonLat point = pointNear(warehouse.district, demoDistricts().at(warehouse.district).centre, 3000.0);
        const QString warehouseId = m_random.uuid();
        QJsonObject values = contact();
        values.insert(QStringLiteral("name"), warehouse.name);
        values.insert(QStringLiteral("level"), warehouse.level);
        values.insert(QStringLiteral("agency"), warehouse.agency);
        values.insert(QStringLiteral("area_m2"), warehouse.areaSquareMeters);
        values.insert(QStringLiteral("address"), address(warehouse.district));
        mutations << create(QStringLiteral("warehouse"), warehouseId, &point, values);

        // Larger reserves hold more lines and more of each.
        const bool street = warehouse.level == QLatin1String("street");
        const double scale = warehouse.level == QLatin1String("provincial") ? 2.0
            : warehouse.level == QLatin1String("municipal")                  ? 1.0
            : street                                                          ? 0.05
                                                                              : 0.3;
        const double keep = street ? 0.35 : warehouse.level == QLatin1String("district") ? 0.7 : 0.9;
        for (qsizetype i = 0; i < supplies.size(); ++i) {
            if (!m_random.chance(keep)) {
                continue;
            }
            const double quantity = std::max(1.0, std::round(supplies.at(i).typicalQuantity * scale * m_random.real(0.5, 1.5)));
            const double reserved = m_random.chance(0.2) ? std::floor(quantity * m_random.real(0.05, 0.3)) : 0.0;
            mutations << create(QStringLiteral("stock"), m_random.uuid(), nullptr,
                                {{QStringLiteral("warehouse_id"), warehouseId},
                                 {QStringLiteral("item_id"), itemIds.at(i)},
                                 {QStringLiteral("quantity"), quantity},
                                 {QStringLiteral("reserved"), reserved}});
        }
    }
    return mutations;
}

} // namespace tw
