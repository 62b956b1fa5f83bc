#include "demodata.h"

#include "geo.h"

#include <cmath>
#include <numbers>

namespace tw {

namespace {

// The river's centre line through the city, upstream first, with its half width there. Below
// the Qianjiang New Town bridge the river widens towards the bay.
struct RiverVertex {
    LonLat point;
    double halfWidthMeters;
};

const QList<RiverVertex> &riverVertices()
{
    static const QList<RiverVertex> vertices = {
        {{119.98, 30.090}, 600}, {{120.06, 30.140}, 600}, {{120.10, 30.175}, 600},
        {{120.14, 30.195}, 650}, {{120.17, 30.210}, 650}, {{120.20, 30.225}, 650},
        {{120.23, 30.240}, 650}, {{120.27, 30.258}, 700}, {{120.31, 30.278}, 700},
        {{120.35, 30.300}, 750}, {{120.40, 30.318}, 800}, {{120.46, 30.330}, 800},
    };
    return vertices;
}

LonLat river(int index)
{
    return riverVertices().at(index).point;
}

// Buffers the centre line: each vertex is moved along the normal of the mean direction of its two
// segments, on a local equirectangular plane so that metres are the same in both directions.
QList<LonLat> bufferCentreLine()
{
    constexpr double kMetersPerDegree = 111320.0;
    const QList<RiverVertex> &line = riverVertices();
    const double cosLat = std::cos(30.25 * std::numbers::pi / 180.0);
    QList<LonLat> left;
    QList<LonLat> right;
    for (int i = 0; i < line.size(); ++i) {
        const LonLat previous = line.at(std::max(0, i - 1)).point;
        const LonLat next = line.at(std::min<int>(line.size() - 1, i + 1)).point;
        const double dx = (next.lon - previous.lon) * cosLat;
        const double dy = next.lat - previous.lat;
        const double length = std::hypot(dx, dy);
        const double nx = -dy / length;
        const double ny = dx / length;
        const double offset = line.at(i).halfWidthMeters / kMetersPerDegree;
        const LonLat centre = line.at(i).point;
        left << LonLat(centre.lon + nx * offset / cosLat, centre.lat + ny * offset);
        right << LonLat(centre.lon - nx * offset / cosLat, centre.lat - ny * offset);
    }
    QList<LonLat> ring = left;
    for (auto it = right.crbegin(); it != right.crend(); ++it) {
        ring << *it;
    }
    return ring;
}

QList<DemoDistrict> buildDistricts()
{
    // North-bank districts end at the river's centre line, south-bank ones start there; the river
    // polygon then takes the water away from both.
    QList<DemoDistrict> districts;
    districts << DemoDistrict{
        QStringLiteral("上城区"), {120.200, 30.265},
        {{120.165, 30.300}, {120.200, 30.310}, {120.270, 30.310}, river(7), river(6), river(5), river(4),
         {120.165, 30.230}},
        {QStringLiteral("湖滨街道"), QStringLiteral("清波街道"), QStringLiteral("小营街道"),
         QStringLiteral("望江街道"), QStringLiteral("南星街道"), QStringLiteral("紫阳街道"),
         QStringLiteral("四季青街道"), QStringLiteral("闸弄口街道"), QStringLiteral("凯旋街道"),
         QStringLiteral("采荷街道"), QStringLiteral("笕桥街道"), QStringLiteral("彭埠街道"),
         QStringLiteral("九堡街道"), QStringLiteral("丁兰街道")},
        {QStringLiteral("延安路"), QStringLiteral("解放路"), QStringLiteral("庆春路"), QStringLiteral("秋涛路"),
         QStringLiteral("环城东路"), QStringLiteral("望江路"), QStringLiteral("钱江路"), QStringLiteral("新塘路"),
         QStringLiteral("九环路"), QStringLiteral("德胜东路")}};
    districts << DemoDistrict{
        QStringLiteral("拱墅区"), {120.150, 30.320},
        {{120.080, 30.300}, {120.165, 30.300}, {120.200, 30.310}, {120.220, 30.310}, {120.220, 30.380},
         {120.120, 30.400}, {120.080, 30.360}},
        {QStringLiteral("米市巷街道"), QStringLiteral("湖墅街道"), QStringLiteral("小河街道"),
         QStringLiteral("和睦街道"), QStringLiteral("拱宸桥街道"), QStringLiteral("大关街道"),
         QStringLiteral("上塘街道"), QStringLiteral("祥符街道"), QStringLiteral("康桥街道"),
         QStringLiteral("半山街道"), QStringLiteral("武林街道"), QStringLiteral("天水街道"),
         QStringLiteral("朝晖街道"), QStringLiteral("石桥街道")},
        {QStringLiteral("莫干山路"), QStringLiteral("湖墅南路"), QStringLiteral("上塘路"), QStringLiteral("德胜路"),
         QStringLiteral("石祥路"), QStringLiteral("丽水路"), QStringLiteral("登云路"), QStringLiteral("中山北路"),
         QStringLiteral("东新路"), QStringLiteral("石桥路")}};
    districts << DemoDistrict{
        QStringLiteral("西湖区"), {120.110, 30.270},
        {{120.030, 30.300}, {120.165, 30.300}, {120.165, 30.230}, river(4), river(3), river(2), river(1),
         {120.030, 30.125}},
        {QStringLiteral("北山街道"), QStringLiteral("西溪街道"), QStringLiteral("灵隐街道"),
         QStringLiteral("翠苑街道"), QStringLiteral("文新街道"), QStringLiteral("古荡街道"),
         QStringLiteral("西湖街道"), QStringLiteral("转塘街道"), QStringLiteral("留下街道"),
         QStringLiteral("蒋村街道"), QStringLiteral("三墩镇"), QStringLiteral("双浦镇")},
        {QStringLiteral("文三路"), QStringLiteral("文一西路"), QStringLiteral("天目山路"), QStringLiteral("古墩路"),
         QStringLiteral("教工路"), QStringLiteral("之江路"), QStringLiteral("留和路"), QStringLiteral("紫金港路"),
         QStringLiteral("西溪路"), QStringLiteral("余杭塘路")}};
    districts << DemoDistrict{
        QStringLiteral("滨江区"), {120.205, 30.205},
        {{120.120, 30.185}, river(3), river(4), river(5), river(6), {120.240, 30.200}, {120.210, 30.165},
         {120.130, 30.165}},
        {QStringLiteral("西兴街道"), QStringLiteral("长河街道"), QStringLiteral("浦沿街道")},
        {QStringLiteral("江南大道"), QStringLiteral("滨盛路"), QStringLiteral("江陵路"), QStringLiteral("闻涛路"),
         QStringLiteral("长河路"), QStringLiteral("浦沿路"), QStringLiteral("滨文路"), QStringLiteral("网商路")}};
    districts << DemoDistrict{
        QStringLiteral("萧山区"), {120.265, 30.180},
        {river(6), river(7), river(8), river(9), river(10), {120.420, 30.250}, {120.400, 30.120},
         {120.220, 30.100}, {120.130, 30.120}, {120.130, 30.165}, {120.210, 30.165}, {120.240, 30.200}},
        {QStringLiteral("城厢街道"), QStringLiteral("北干街道"), QStringLiteral("蜀山街道"),
         QStringLiteral("新塘街道"), QStringLiteral("宁围街道"), QStringLiteral("新街街道"),
         QStringLiteral("闻堰街道"), QStringLiteral("盈丰街道")},
        {QStringLiteral("市心路"), QStringLiteral("金城路"), QStringLiteral("建设四路"), QStringLiteral("萧绍路"),
         QStringLiteral("通惠路"), QStringLiteral("鸿宁路"), QStringLiteral("风情大道"), QStringLiteral("山阴路")}};
    districts << DemoDistrict{
        QStringLiteral("余杭区"), {120.010, 30.285},
        {{119.950, 30.200}, {120.030, 30.200}, {120.030, 30.300}, {120.080, 30.300}, {120.080, 30.360},
         {120.120, 30.400}, {120.100, 30.450}, {119.950, 30.450}},
        {QStringLiteral("五常街道"), QStringLiteral("闲林街道"), QStringLiteral("仓前街道"),
         QStringLiteral("余杭街道"), QStringLiteral("良渚街道"), QStringLiteral("仁和街道"),
         QStringLiteral("中泰街道"), QStringLiteral("瓶窑镇")},
        {QStringLiteral("爱橙街"), QStringLiteral("五常大道"), QStringLiteral("良睦路"), QStringLiteral("高教路"),
         QStringLiteral("荆长大道"), QStringLiteral("良渚大道"), QStringLiteral("绿汀路"), QStringLiteral("舒心路")}};
    districts << DemoDistrict{
        QStringLiteral("临平区"), {120.295, 30.415},
        {{120.220, 30.310}, {120.270, 30.310}, {120.310, 30.340}, {120.360, 30.360}, {120.360, 30.450},
         {120.100, 30.450}, {120.120, 30.400}, {120.220, 30.380}},
        {QStringLiteral("临平街道"), QStringLiteral("东湖街道"), QStringLiteral("南苑街道"),
         QStringLiteral("星桥街道"), QStringLiteral("乔司街道"), QStringLiteral("运河街道"),
         QStringLiteral("崇贤街道"), QStringLiteral("塘栖镇")},
        {QStringLiteral("世纪大道"), QStringLiteral("迎宾路"), QStringLiteral("藕花洲大街"), QStringLiteral("星桥路"),
         QStringLiteral("乔司大道"), QStringLiteral("东湖路"), QStringLiteral("临平大道"), QStringLiteral("人民大道")}};
    districts << DemoDistrict{
        QStringLiteral("钱塘区"), {120.345, 30.322},
        {{120.270, 30.310}, river(7), river(8), river(9), river(10), {120.450, 30.331}, {120.450, 30.360},
         {120.360, 30.360}, {120.310, 30.340}},
        {QStringLiteral("白杨街道"), QStringLiteral("下沙街道"), QStringLiteral("金沙湖片区")},
        {QStringLiteral("学林街"), QStringLiteral("文泽路"), QStringLiteral("4号大街"), QStringLiteral("下沙路"),
         QStringLiteral("江东大道"), QStringLiteral("青六路"), QStringLiteral("月雅路"), QStringLiteral("文渊路")}};
    return districts;
}

} // namespace

const QList<DemoDistrict> &demoDistricts()
{
    static const QList<DemoDistrict> districts = buildDistricts();
    return districts;
}

const QList<LonLat> &demoWestLake()
{
    // Drawn a little generously around the shore so that nothing lands at the water's edge.
    static const QList<LonLat> lake = {
        {120.134, 30.262}, {120.145, 30.266}, {120.156, 30.263}, {120.161, 30.255}, {120.162, 30.242},
        {120.158, 30.232}, {120.148, 30.228}, {120.137, 30.230}, {120.131, 30.238}, {120.130, 30.250},
    };
    return lake;
}

const QList<LonLat> &demoQiantangRiver()
{
    static const QList<LonLat> ring = bufferCentreLine();
    return ring;
}

const QList<LonLat> &demoQiantangCentreLine()
{
    static const QList<LonLat> line = [] {
        QList<LonLat> points;
        for (const RiverVertex &vertex : riverVertices()) {
            points << vertex.point;
        }
        return points;
    }();
    return line;
}

int demoDistrictAt(LonLat point)
{
    if (polygonContains(demoWestLake(), point) || polygonContains(demoQiantangRiver(), point)) {
        return -1;
    }
    const QList<DemoDistrict> &districts = demoDistricts();
    for (int i = 0; i < districts.size(); ++i) {
        if (polygonContains(districts.at(i).boundary, point)) {
            return i;
        }
    }
    return -1;
}

} // namespace tw
