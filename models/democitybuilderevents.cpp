// DemoCityBuilder, part three: cameras, sensors, incidents and their timelines.
#include "democitybuilder.h"

#include "demodata.h"
#include "demodatatables.h"
#include "geo.h"

#include <cmath>
#include <numbers>

namespace tw {

namespace {

int districtIndex(const QString &name)
{
    const QList<DemoDistrict> &districts = demoDistricts();
    for (int i = 0; i < districts.size(); ++i) {
        if (districts.at(i).name == name) {
            return i;
        }
    }
    return 0;
}

struct DemoIncident {
    const char *title;
    const char *category;
    const char *eventLevel;   // "" when not yet graded
    const char *warningLevel; // "" when none
    const char *status;
    const char *riskPoint;    // placed at this risk point; "" for anywhere in `district`
    const char *district;
    const char *description;
    int trapped;
    int seriousInjuries;
    int minutesAgo;
    QList<QPair<int, const char *>> notes; // minutes ago, text
};

const QList<DemoIncident> &demoIncidents()
{
    static const QList<DemoIncident> incidents = {
        {"之江路地下通道严重积水", "natural_disaster", "IV", "orange", "responding", "之江路地下通道", "西湖区",
         "短时强降雨致之江路地下通道积水约 1.2 米，一辆小型轿车熄火，车内 2 人被困。", 2, 0, 50,
         {{50, "110 指挥中心转警：之江路地下通道积水深约 1.2 米，一辆小型轿车熄火，车内 2 人被困。"},
          {45, "转塘消防救援站、西湖区防汛抢险队出动，交警赶赴现场。"},
          {31, "消防救援人员到场，使用救生衣、救生圈将被困 2 人转移至安全地带，无人受伤。"},
          {20, "交警对之江路双向实施临时交通管制；调用 2 台抽水泵排水。"},
          {5, "通道内水位降至约 0.4 米，预计 30 分钟后恢复通行。"}}},
        {"钱塘区化工企业氯气泄漏", "accident", "III", "yellow", "responding", "钱塘区新材料化工企业", "钱塘区",
         "企业储罐阀门破损导致氯气泄漏，3 名工人吸入性中毒送医，周边 500 米范围人员疏散。", 0, 3, 95,
         {{95, "企业报告：储罐区阀门破损，氯气泄漏，已启动企业应急预案。"},
          {88, "市危险化学品应急救援队、钱塘区消防救援大队出动。"},
          {70, "到场侦检：下风向 300 米处氯气浓度超标，划定 500 米警戒区并疏散周边人员。"},
          {52, "堵漏作业完成，泄漏已控制；3 名中毒工人送浙江大学医学院附属第二医院救治。"},
          {15, "环境监测：警戒区边缘浓度恢复正常，继续对厂区进行洗消。"}}},
        {"拱墅区居民楼火灾", "accident", "IV", "", "responding", "", "拱墅区",
         "老旧居民楼 4 楼起火，浓烟蔓延至楼道，4 名住户被困。", 4, 0, 25,
         {{25, "119 接警：居民楼 4 楼起火，楼道浓烟，有住户被困。"},
          {19, "拱墅区消防救援大队到场，内攻灭火并组织搜救。"},
          {12, "救出被困住户 4 人，其中 1 人轻微烟雾吸入，交 120 处置。"}}},
        {"钱塘江堤防渗漏险情", "natural_disaster", "", "yellow", "reported", "钱塘江堤防险段（闻堰）", "萧山区",
         "巡堤人员发现堤脚渗水，疑似管涌，正在核实。", 0, 0, 10,
         {{10, "巡堤人员报告：堤脚有两处渗水点，出水浑浊，疑似管涌。"},
          {4, "萧山区防汛抢险队出动，准备沙袋反滤压渗。"}}},
        {"龙井村山体边坡落石", "natural_disaster", "IV", "blue", "contained", "龙井村山体边坡隐患点", "西湖区",
         "持续降雨引发边坡落石，阻断村道，无人员伤亡。", 0, 0, 300,
         {{300, "村干部报告：龙井村边坡发生落石，村道中断。"},
          {280, "西湖区应急救援队到场设置警戒，疏散坡下 12 户居民。"},
          {150, "落石已清理，边坡位移监测数据平稳，村道恢复单向通行。"}}},
    };
    return incidents;
}

double round1(double value)
{
    return std::round(value * 10.0) / 10.0;
}

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

QString demoScaleIncidentTitle(int index)
{
    return QStringLiteral("规模测试事件 %1").arg(index);
}

DemoMutations DemoCityBuilder::cameras()
{
    DemoMutations mutations;
    const int total = m_options.cameras;
    int index = 0;
    auto add = [&](const QString &name, LonLat point, double headingDeg, int district) {
        const QString base = QStringLiteral("rtsp://%1:%2/cam/%3").arg(m_options.cameraHost).arg(m_options.cameraPort).arg(index);
        const bool ptz = m_random.chance(0.3);
        QJsonObject values{{QStringLiteral("name"), name},
                           {QStringLiteral("heading_deg"), std::fmod(std::round(headingDeg), 360.0)},
                           {QStringLiteral("fov_deg"), ptz ? 60.0 : double(m_random.integer(50, 95))},
                           {QStringLiteral("range_m"), double(m_random.integer(8, 30) * 10)},
                           {QStringLiteral("main_uri"), base},
                           {QStringLiteral("sub_uri"), QString(base + QStringLiteral("/sub"))},
                           {QStringLiteral("ptz"), ptz},
                           {QStringLiteral("owner"), m_random.pick(demoCameraOwners())},
                           {QStringLiteral("status"), QStringLiteral("online")},
                           {QStringLiteral("address"), address(district)}};
        mutations << create(QStringLiteral("camera"), m_random.uuid(), &point, values);
        ++index;
    };

    // First the cameras watching the places that flood, burn or crowd, looking at them.
    static const QStringList watched = {QStringLiteral("flood_underpass"), QStringLiteral("crowded_place"),
                                        QStringLiteral("chemical_plant"), QStringLiteral("dam")};
    for (const DemoPlace &place : demoRiskPoints()) {
        if (index >= total || !watched.contains(place.kind) || place.name.contains(QLatin1Char('%'))) {
            continue;
        }
        const LonLat target = m_riskPoints.value(place.name);
        const double angle = m_random.real(0.0, 2.0 * std::numbers::pi);
        const double distance = m_random.real(40.0, 120.0);
        const double cosLat = std::cos(target.lat * std::numbers::pi / 180.0);
        const LonLat guess(target.lon + std::sin(angle) * distance / (111320.0 * cosLat),
                           target.lat + std::cos(angle) * distance / 110574.0);
        const LonLat point = pointNear(place.district, guess, 30.0);
        add(place.name + QStringLiteral("监控"), point, bearingDegrees(point, target), place.district);
    }

    // The rest at road junctions, more of them in the central districts.
    static const QList<int> weights = {32, 28, 28, 22, 28, 24, 18, 20};
    int weightSum = 0;
    for (int weight : weights) {
        weightSum += weight;
    }
    while (index < total) {
        int pick = m_random.integer(0, weightSum - 1);
        int district = 0;
        while (pick >= weights.at(district)) {
            pick -= weights.at(district);
            ++district;
        }
        const QString first = road(district);
        QString second = road(district);
        for (int attempt = 0; attempt < 5 && second == first; ++attempt) {
            second = road(district);
        }
        const QString name = QStringLiteral("%1与%2交叉口 %3号").arg(first, second).arg(index);
        add(name, pointIn(district), m_random.real(0.0, 360.0), district);
    }
    return mutations;
}

DemoMutations DemoCityBuilder::sensors()
{
    DemoMutations mutations;
    const int xihu = districtIndex(QStringLiteral("西湖区"));
    for (const DemoPlace &place : demoSensors()) {
        const DemoSensorKind *kind = &demoSensorKinds().last();
        for (const DemoSensorKind &candidate : demoSensorKinds()) {
            if (candidate.kind == place.kind) {
                kind = &candidate;
            }
        }
        const LonLat point = place.nearRiver ? pointOnRiverBank(place.district) : pointIn(place.district);
        double value = m_random.real(kind->typicalLow, kind->typicalHigh);
        // The storm is over the west of the city: Xihu's rain gauges are in alarm.
        if (place.kind == QLatin1String("rain_gauge") && place.district == xihu) {
            value = m_random.real(kind->alarmThreshold, kind->alarmThreshold * 1.3);
        }
        value = round1(value);
        QString state = value >= kind->alarmThreshold ? QStringLiteral("alarm")
            : value >= kind->warningThreshold         ? QStringLiteral("warning")
                                                      : QStringLiteral("normal");
        const bool offline = m_random.chance(0.04);
        if (offline) {
            state = QStringLiteral("offline");
        }
        const qint64 readingAgeMs = offline ? m_random.integer(2, 48) * 3600000LL : m_random.integer(10, 300) * 1000LL;
        QJsonObject values{{QStringLiteral("name"), expand(place.name, place.district)},
                           {QStringLiteral("sensor_kind"), place.kind},
                           {QStringLiteral("unit"), kind->unit},
                           {QStringLiteral("warning_threshold"), kind->warningThreshold},
                           {QStringLiteral("alarm_threshold"), kind->alarmThreshold},
                           {QStringLiteral("last_value"), value},
                           {QStringLiteral("last_reading_at_ms"), double(m_nowMs - readingAgeMs)},
                           {QStringLiteral("alarm_state"), state},
                           {QStringLiteral("owner"), expand(QStringLiteral("%D应急管理局"), place.district)},
                           {QStringLiteral("address"), address(place.district)}};
        mutations << create(QStringLiteral("sensor"), m_random.uuid(), &point, values);
    }
    return mutations;
}

DemoMutations DemoCityBuilder::incidents()
{
    DemoMutations mutations;
    for (const DemoIncident &incident : demoIncidents()) {
        const int district = districtIndex(u(incident.district));
        const QString riskPoint = u(incident.riskPoint);
        const LonLat point = riskPoint.isEmpty() || !m_riskPoints.contains(riskPoint)
            ? pointIn(district)
            : pointNear(district, m_riskPoints.value(riskPoint), 40.0);
        const QString incidentId = m_random.uuid();
        QJsonObject values{{QStringLiteral("title"), u(incident.title)},
                           {QStringLiteral("category"), u(incident.category)},
                           {QStringLiteral("status"), u(incident.status)},
                           {QStringLiteral("description"), u(incident.description)},
                           {QStringLiteral("address"), riskPoint.isEmpty()
                                                           ? address(district)
                                                           : QStringLiteral("杭州市%1%2").arg(u(incident.district), riskPoint)},
                           {QStringLiteral("deaths"), 0},
                           {QStringLiteral("missing"), 0},
                           {QStringLiteral("trapped"), incident.trapped},
                           {QStringLiteral("serious_injuries"), incident.seriousInjuries},
                           {QStringLiteral("reporter"), m_random.personName()},
                           {QStringLiteral("reporter_phone"), QStringLiteral("13%1").arg(m_random.integer(0, 999999999), 9, 10, QLatin1Char('0'))},
                           {QStringLiteral("reported_at_ms"), double(m_nowMs - incident.minutesAgo * 60000LL)}};
        if (*incident.eventLevel) {
            values.insert(QStringLiteral("event_level"), u(incident.eventLevel));
        }
        if (*incident.warningLevel) {
            values.insert(QStringLiteral("warning_level"), u(incident.warningLevel));
        }
        mutations << create(QStringLiteral("incident"), incidentId, &point, values);
        for (const auto &[minutesAgo, text] : incident.notes) {
            mutations << note(incidentId, m_nowMs - minutesAgo * 60000LL, u(text));
        }
    }
    return mutations;
}

DemoMutations DemoCityBuilder::scaleIncidents(int count)
{
    static const QStringList categories = {QStringLiteral("natural_disaster"), QStringLiteral("accident"),
                                           QStringLiteral("public_health"), QStringLiteral("social_security")};
    DemoMutations mutations;
    for (int i = 0; i < count; ++i) {
        const LonLat point = anyLandPoint();
        m_scaleIncidentIds << m_random.uuid();
        QJsonObject values{{QStringLiteral("title"), demoScaleIncidentTitle(i)},
                           {QStringLiteral("category"), m_random.pick(categories)},
                           {QStringLiteral("status"), QStringLiteral("responding")},
                           {QStringLiteral("address"), address(demoDistrictAt(point))},
                           {QStringLiteral("reported_at_ms"), double(m_nowMs - 30LL * 24 * 3600 * 1000)}};
        mutations << create(QStringLiteral("incident"), m_scaleIncidentIds.last(), &point, values);
    }
    return mutations;
}

DemoMutations DemoCityBuilder::scaleTimeline(int firstNumber, int count)
{
    static const QStringList phrases = {QStringLiteral("现场报告：%1积水深约%2厘米"), QStringLiteral("%1消防救援站到场处置，出动%2人"),
                                        QStringLiteral("%1交通管制，疏导车辆%2辆"), QStringLiteral("调拨沙袋%2条至%1"),
                                        QStringLiteral("%1周边疏散群众%2人"), QStringLiteral("%1抢修作业进行中，预计%2分钟完成")};
    DemoMutations mutations;
    if (m_scaleIncidentIds.isEmpty()) {
        return mutations;
    }
    mutations.reserve(count);
    // Spread over the thirty days before now, oldest first.
    const qint64 spanMs = 30LL * 24 * 3600 * 1000;
    const qint64 total = std::max(1, m_options.timelineEvents);
    for (int i = 0; i < count; ++i) {
        const int number = firstNumber + i;
        const int district = m_random.integer(0, int(demoDistricts().size()) - 1);
        const QString text = m_random.pick(phrases).arg(road(district)).arg(m_random.integer(2, 300));
        const QString &incidentId = m_scaleIncidentIds.at(m_random.integer(0, int(m_scaleIncidentIds.size()) - 1));
        mutations << note(incidentId, m_nowMs - spanMs + spanMs * number / total, text);
    }
    return mutations;
}

} // namespace tw
