#include "demodatatables.h"

namespace tw {

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items) {
        result << u(item);
    }
    return result;
}

// Indices into demoDistricts().
enum District { Shangcheng, Gongshu, Xihu, Binjiang, Xiaoshan, Yuhang, Linping, Qiantang, Any = -1 };

DemoPlace place(const char *kind, const char *name, int district, bool nearRiver = false)
{
    return DemoPlace{u(kind), u(name), district, nearRiver};
}

} // namespace

const QList<DemoTeamKind> &demoTeamKinds()
{
    static const QList<DemoTeamKind> kinds = {
        {u("fire"), list({"fire_suppression", "rope_rescue", "collapse", "water_rescue", "hazmat_detection", "drone"}),
         u("杭州市消防救援支队"), list({"%D消防救援大队", "%S消防救援站"}), 25, 110},
        {u("medical"), list({"medical_first_aid", "triage", "ambulance", "psychological_support"}),
         u("杭州市急救中心"), list({"%D急救分站", "%D医疗应急队"}), 12, 40},
        {u("hazmat"), list({"hazmat_detection", "decontamination", "leak_sealing", "fire_suppression"}),
         u("杭州市应急管理局"), list({"%D危化品应急处置队"}), 20, 45},
        {u("flood"), list({"pumping", "water_rescue", "sandbagging", "boat"}),
         u("%D林业水利局"), list({"%D防汛抢险队", "%S防汛应急分队"}), 20, 80},
        {u("mine"), list({"collapse", "rope_rescue", "gas_detection", "breathing_apparatus"}),
         u("浙江省矿山救援基地"), list({"%D矿山救护队"}), 20, 40},
        {u("search_rescue"), list({"search", "rope_rescue", "water_rescue", "collapse", "drone"}),
         u("%D应急管理局"), list({"%D应急救援队", "%S社会救援队"}), 15, 60},
        {u("power"), list({"power_restoration", "generator", "lighting"}),
         u("国网杭州供电公司"), list({"%D供电抢修队"}), 15, 50},
        {u("militia"), list({"sandbagging", "evacuation", "search", "pumping"}),
         u("%D人民武装部"), list({"%D民兵应急连", "%S民兵应急排"}), 30, 120},
        {u("volunteer"), list({"evacuation", "shelter_support", "medical_first_aid", "search"}),
         u("%D志愿者协会"), list({"%D应急志愿服务队", "%S蓝天救援分队"}), 20, 150},
        {u("police"), list({"traffic_control", "evacuation", "cordon", "drone"}),
         u("杭州市公安局%D分局"), list({"%D公安分局特警大队", "%S派出所应急分队"}), 20, 80},
        {u("communications"), list({"satellite_comms", "mobile_base_station", "drone", "power_restoration"}),
         u("杭州市通信管理办公室"), list({"%D应急通信保障队"}), 10, 30},
        {u("other"), list({"pumping", "road_clearing", "gas_repair", "lighting"}),
         u("%D城市管理局"), list({"%D市政排水抢险队", "%D燃气抢修队"}), 15, 60},
    };
    return kinds;
}

const QList<DemoTeamPlan> &demoTeamPlan()
{
    // Per district: a fire brigade and two stations, then one team of each common kind; the
    // specialised teams are the city's own.
    static const QList<DemoTeamPlan> plan = {
        {u("fire"), u("%D消防救援大队"), Any},
        {u("fire"), u("%S消防救援站"), Any},
        {u("fire"), u("%S消防救援站"), Any},
        {u("medical"), u("%D急救分站"), Any},
        {u("flood"), u("%D防汛抢险队"), Any},
        {u("power"), u("%D供电抢修队"), Any},
        {u("militia"), u("%D民兵应急连"), Any},
        {u("volunteer"), u("%D应急志愿服务队"), Any},
        {u("police"), u("%D公安分局特警大队"), Any},
        {u("search_rescue"), u("%D应急救援队"), Any},
        {u("other"), u("%D市政排水抢险队"), Any},
        {u("hazmat"), u("杭州市危险化学品应急救援队"), Gongshu},
        {u("hazmat"), u("钱塘区危化品应急处置队"), Qiantang},
        {u("hazmat"), u("萧山区临江危化品处置队"), Xiaoshan},
        {u("mine"), u("杭州市矿山救护队"), Yuhang},
        {u("search_rescue"), u("杭州蓝天救援队"), Gongshu},
        {u("search_rescue"), u("杭州市水上搜救队"), Binjiang},
        {u("communications"), u("中国移动杭州分公司应急通信保障队"), Binjiang},
        {u("communications"), u("中国电信杭州分公司应急通信保障队"), Shangcheng},
        {u("medical"), u("浙江大学医学院附属第二医院应急医疗队"), Shangcheng},
        {u("medical"), u("浙江省人民医院应急医疗队"), Gongshu},
        {u("other"), u("杭州燃气集团抢修队"), Gongshu},
        {u("flood"), u("钱塘江海塘抢险队"), Qiantang},
        {u("fire"), u("杭州市消防救援支队特勤大队"), Xihu},
    };
    return plan;
}

const QList<DemoSupply> &demoSupplies()
{
    static const QList<DemoSupply> supplies = {
        {u("帐篷"), u("shelter"), u("顶"), u("12 m² 单帐篷"), 800},
        {u("折叠床"), u("bedding"), u("张"), u("190×70 cm"), 1500},
        {u("棉被"), u("bedding"), u("床"), u("2 kg 棉絮"), 3000},
        {u("毛毯"), u("bedding"), u("条"), u("150×200 cm"), 2000},
        {u("饮用水"), u("water"), u("箱"), u("550 ml×24 瓶"), 4000},
        {u("方便食品"), u("food"), u("箱"), u("压缩饼干 24 袋"), 3000},
        {u("救生衣"), u("rescue_equipment"), u("件"), u("成人款 浮力 ≥ 75 N"), 1200},
        {u("救生圈"), u("rescue_equipment"), u("个"), u("2.5 kg"), 400},
        {u("冲锋舟"), u("rescue_equipment"), u("艘"), u("6 人 含舷外机"), 12},
        {u("沙袋"), u("flood_control"), u("条"), u("50×80 cm 编织袋"), 30000},
        {u("抽水泵"), u("flood_control"), u("台"), u("200 m³/h 潜水泵"), 60},
        {u("发电机"), u("power"), u("台"), u("30 kW 柴油"), 25},
        {u("应急照明灯"), u("power"), u("个"), u("LED 移动照明"), 300},
        {u("医疗急救包"), u("medical"), u("个"), u("单兵急救包"), 1000},
        {u("防护服"), u("protective"), u("件"), u("化学防护 C 级"), 500},
        {u("医用口罩"), u("protective"), u("箱"), u("50 只×40 盒"), 200},
        {u("卫星电话"), u("communications"), u("台"), u("天通一号"), 20},
        {u("对讲机"), u("communications"), u("台"), u("数字对讲机"), 150},
    };
    return supplies;
}

const QList<DemoWarehouse> &demoWarehouses()
{
    static const QList<DemoWarehouse> warehouses = {
        {u("浙江省救灾物资储备库杭州分库"), Yuhang, u("provincial"), u("浙江省应急管理厅"), 12000},
        {u("杭州市应急物资储备中心"), Gongshu, u("municipal"), u("杭州市应急管理局"), 8000},
        {u("杭州市防汛防台物资仓库"), Xiaoshan, u("municipal"), u("杭州市林业水利局"), 6000},
        {u("杭州市生活类救灾物资储备库"), Linping, u("municipal"), u("杭州市应急管理局"), 5000},
        {u("上城区应急物资储备库"), Shangcheng, u("district"), u("上城区应急管理局"), 2200},
        {u("拱墅区应急物资储备库"), Gongshu, u("district"), u("拱墅区应急管理局"), 2000},
        {u("西湖区应急物资储备库"), Xihu, u("district"), u("西湖区应急管理局"), 2500},
        {u("滨江区应急物资储备库"), Binjiang, u("district"), u("滨江区应急管理局"), 1800},
        {u("萧山区应急物资储备库"), Xiaoshan, u("district"), u("萧山区应急管理局"), 3000},
        {u("余杭区应急物资储备库"), Yuhang, u("district"), u("余杭区应急管理局"), 2600},
        {u("临平区应急物资储备库"), Linping, u("district"), u("临平区应急管理局"), 2000},
        {u("钱塘区应急物资储备库"), Qiantang, u("district"), u("钱塘区应急管理局"), 2400},
        {u("西溪街道应急物资储备点"), Xihu, u("street"), u("西溪街道办事处"), 300},
        {u("九堡街道应急物资储备点"), Shangcheng, u("street"), u("九堡街道办事处"), 260},
        {u("北干街道应急物资储备点"), Xiaoshan, u("street"), u("北干街道办事处"), 280},
    };
    return warehouses;
}

const QList<DemoPlace> &demoRiskPoints()
{
    static const QList<DemoPlace> points = {
        place("landslide", "龙井村山体边坡隐患点", Xihu), place("landslide", "转塘狮子山边坡", Xihu),
        place("landslide", "闲林山体边坡隐患点", Yuhang), place("landslide", "半山山体边坡", Gongshu),
        place("landslide", "北干山边坡隐患点", Xiaoshan), place("landslide", "灵隐路山体边坡", Xihu),
        place("flood_underpass", "之江路地下通道", Xihu), place("flood_underpass", "秋涛北路下穿通道", Shangcheng),
        place("flood_underpass", "德胜路地道", Gongshu), place("flood_underpass", "石桥路铁路桥涵", Gongshu),
        place("flood_underpass", "机场路下穿通道", Shangcheng), place("flood_underpass", "湖墅南路地道", Gongshu),
        place("flood_underpass", "江南大道下穿通道", Binjiang), place("flood_underpass", "金城路下穿通道", Xiaoshan),
        place("waterlogging", "文三路低洼易涝点", Xihu), place("waterlogging", "古墩路易涝路段", Xihu),
        place("waterlogging", "东新路积水点", Gongshu), place("waterlogging", "九堡老旧小区易涝点", Shangcheng),
        place("waterlogging", "长河路积水点", Binjiang), place("waterlogging", "临平大道低洼路段", Linping),
        place("waterlogging", "下沙路易涝点", Qiantang), place("waterlogging", "良渚大道积水点", Yuhang),
        place("chemical_plant", "钱塘区新材料化工企业", Qiantang), place("chemical_plant", "钱塘区医药化工企业", Qiantang),
        place("chemical_plant", "萧山区临江化工企业", Xiaoshan), place("chemical_plant", "临平区印染化工企业", Linping),
        place("gas_station", "中石化%R加油站", Shangcheng), place("gas_station", "中石化%R加油站", Gongshu),
        place("gas_station", "中石油%R加油站", Xihu), place("gas_station", "中石化%R加油站", Binjiang),
        place("gas_station", "中石油%R加油站", Xiaoshan), place("gas_station", "中石化%R加油站", Yuhang),
        place("gas_station", "中石油%R加油站", Linping), place("gas_station", "中石化%R加油站", Qiantang),
        place("dam", "闲林水库大坝", Yuhang), place("dam", "钱塘江堤防险段（闻堰）", Xiaoshan, true),
        place("dam", "四堡海塘险段", Shangcheng, true), place("dam", "下沙海塘险段", Qiantang, true),
        place("hazmat_storage", "拱墅区危险化学品仓储点", Gongshu), place("hazmat_storage", "萧山区危险化学品仓储点", Xiaoshan),
        place("hazmat_storage", "钱塘区危险化学品仓储点", Qiantang), place("hazmat_storage", "余杭区液化气储配站", Yuhang),
        place("construction", "地铁%R站深基坑工地", Shangcheng), place("construction", "%R深基坑施工工地", Xihu),
        place("construction", "%R高层建筑施工工地", Binjiang), place("construction", "%R隧道施工工地", Xiaoshan),
        place("construction", "%R综合管廊施工工地", Yuhang), place("construction", "%R地铁施工工地", Linping),
        place("crowded_place", "湖滨步行街", Shangcheng), place("crowded_place", "武林广场", Gongshu),
        place("crowded_place", "杭州东站东广场", Shangcheng), place("crowded_place", "杭州奥体中心", Binjiang),
        place("crowded_place", "西溪湿地游客中心", Xihu), place("crowded_place", "金沙湖公园", Qiantang),
        place("crowded_place", "萧山万达广场", Xiaoshan),
        place("pipeline", "%R天然气高压管线", Gongshu), place("pipeline", "%R天然气次高压管线", Xihu),
        place("pipeline", "%R天然气高压管线", Xiaoshan), place("pipeline", "%R天然气高压管线", Linping),
        place("other", "钱塘江观潮区涌潮险段", Qiantang, true), place("other", "%D地下商业街", Shangcheng),
    };
    return points;
}

const QList<DemoPlace> &demoTargets()
{
    static const QList<DemoPlace> targets = [] {
        QList<DemoPlace> t = {
            place("hospital", "浙江大学医学院附属第一医院", Shangcheng), place("hospital", "浙江大学医学院附属第二医院", Shangcheng),
            place("hospital", "浙江省人民医院", Gongshu), place("hospital", "杭州市第一人民医院", Shangcheng),
            place("hospital", "浙江大学医学院附属邵逸夫医院", Shangcheng), place("hospital", "浙江医院", Xihu),
            place("hospital", "萧山区第一人民医院", Xiaoshan), place("hospital", "临平区第一人民医院", Linping),
            place("hospital", "滨江区人民医院", Binjiang), place("hospital", "钱塘区人民医院", Qiantang),
            place("school", "杭州高级中学", Shangcheng), place("school", "杭州学军中学", Xihu),
            place("school", "杭州第二中学", Binjiang), place("school", "杭州第十四中学", Gongshu),
            place("school", "杭州外国语学校", Xihu), place("school", "萧山中学", Xiaoshan),
            place("school", "余杭高级中学", Yuhang), place("school", "临平第一中学", Linping),
            place("school", "钱塘区实验中学", Qiantang), place("school", "%S小学", Shangcheng),
            place("school", "%S小学", Gongshu), place("school", "%S实验小学", Xihu),
            place("school", "%S小学", Binjiang), place("school", "%S第一小学", Xiaoshan),
            place("school", "%S小学", Yuhang), place("school", "%S小学", Linping),
            place("metro_station", "龙翔桥站", Shangcheng), place("metro_station", "凤起路站", Shangcheng),
            place("metro_station", "武林广场站", Gongshu), place("metro_station", "西湖文化广场站", Gongshu),
            place("metro_station", "火车东站站", Shangcheng), place("metro_station", "九堡站", Shangcheng),
            place("metro_station", "下沙西站", Qiantang), place("metro_station", "文泽路站", Qiantang),
            place("metro_station", "临平站", Linping), place("metro_station", "钱江路站", Shangcheng),
            place("metro_station", "滨和路站", Binjiang), place("metro_station", "江陵路站", Binjiang),
            place("metro_station", "人民广场站", Xiaoshan), place("metro_station", "文新站", Xihu),
            place("metro_station", "古翠路站", Xihu), place("metro_station", "良渚站", Yuhang),
            place("railway_station", "杭州东站", Shangcheng), place("railway_station", "杭州站", Shangcheng),
            place("railway_station", "杭州西站", Yuhang), place("railway_station", "杭州南站", Xiaoshan),
            place("stadium", "杭州奥体中心体育场", Binjiang), place("stadium", "黄龙体育中心", Xihu),
            place("stadium", "杭州电竞中心", Gongshu),
            place("mall", "湖滨银泰", Shangcheng), place("mall", "西溪印象城", Yuhang),
            place("mall", "杭州万象城", Shangcheng), place("mall", "%R购物中心", Linping), place("mall", "%R购物中心", Qiantang),
            place("government", "杭州市民中心", Shangcheng), place("government", "萧山区人民政府", Xiaoshan),
            place("government", "余杭区人民政府", Yuhang), place("government", "钱塘区人民政府", Qiantang),
            place("water_plant", "九溪水厂", Xihu), place("water_plant", "祥符水厂", Gongshu),
            place("water_plant", "南星水厂", Shangcheng), place("water_plant", "仁和水厂", Yuhang),
        };
        for (int district = Shangcheng; district <= Qiantang; ++district) {
            t << place("kindergarten", "%S幼儿园", district) << place("nursing_home", "%S颐养院", district);
        }
        t << place("nursing_home", "杭州市社会福利中心", Gongshu) << place("nursing_home", "萧山区社会福利中心", Xiaoshan)
          << place("other", "杭州国际博览中心", Xiaoshan) << place("other", "浙江大学紫金港校区", Xihu);
        return t;
    }();
    return targets;
}

const QList<DemoPlace> &demoShelters()
{
    static const QList<DemoPlace> shelters = [] {
        QList<DemoPlace> s;
        for (int district = Shangcheng; district <= Qiantang; ++district) {
            s << place("stadium", "%D体育中心应急避难场所", district) << place("indoor", "%S文化家园避灾安置点", district)
              << place("school", "%S小学避灾安置点", district) << place("park", "%R公园应急避难场所", district)
              << place("outdoor", "%S广场应急避难场所", district);
        }
        return s;
    }();
    return shelters;
}

const QList<DemoPlace> &demoSensors()
{
    static const QList<DemoPlace> sensors = [] {
        QList<DemoPlace> s;
        for (int district = Shangcheng; district <= Qiantang; ++district) {
            s << place("rain_gauge", "%S雨量站", district) << place("rain_gauge", "%R雨量站", district)
              << place("water_level", "%R下穿通道水位计", district) << place("gas", "%R燃气管网监测点", district)
              << place("smoke", "%S高层住宅烟感", district) << place("wind", "%D气象站风速仪", district);
        }
        s << place("water_level", "钱塘江闸口水位站", Shangcheng, true) << place("water_level", "钱塘江七堡水位站", Shangcheng, true)
          << place("water_level", "钱塘江闻堰水位站", Xiaoshan, true) << place("water_level", "钱塘江下沙水位站", Qiantang, true)
          << place("displacement", "龙井村边坡位移监测", Xihu) << place("displacement", "转塘边坡位移监测", Xihu)
          << place("displacement", "闲林边坡位移监测", Yuhang) << place("displacement", "北干山边坡位移监测", Xiaoshan)
          << place("displacement", "半山边坡位移监测", Gongshu) << place("seismic", "杭州地震台", Xihu)
          << place("seismic", "萧山地震监测点", Xiaoshan) << place("other", "钱塘江涌潮监测点", Qiantang, true);
        return s;
    }();
    return sensors;
}

const QList<DemoSensorKind> &demoSensorKinds()
{
    static const QList<DemoSensorKind> kinds = {
        {u("rain_gauge"), u("mm/h"), 30, 50, 0, 60},
        {u("water_level"), u("m"), 5.0, 6.0, 3.0, 6.4},
        {u("gas"), u("%LEL"), 10, 25, 0, 12},
        {u("wind"), u("m/s"), 17.2, 24.5, 1, 20},
        {u("displacement"), u("mm"), 20, 50, 0, 30},
        {u("seismic"), u("gal"), 10, 40, 0, 2},
        {u("smoke"), u("%obs/m"), 4, 8, 0, 3},
        {u("other"), u("m"), 1.5, 2.5, 0.2, 1.8},
    };
    return kinds;
}

const QStringList &demoSurnames()
{
    static const QStringList names = list({"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
                                           "马", "朱", "胡", "郭", "何", "林", "罗", "高", "郑", "梁", "谢", "沈",
                                           "韩", "唐", "冯", "许", "邵", "钱", "蒋", "金", "方", "俞", "楼", "汪"});
    return names;
}

const QStringList &demoGivenNameCharacters()
{
    static const QStringList characters = list({"伟", "芳", "娜", "敏", "静", "强", "磊", "军", "洋", "勇", "艳",
                                                "杰", "涛", "明", "超", "霞", "平", "刚", "华", "建", "国", "俊",
                                                "峰", "丽", "文", "斌", "辉", "鹏", "宇", "浩", "婷", "晨", "琳",
                                                "志", "海", "雪", "燕", "凯", "波", "红"});
    return characters;
}

const QStringList &demoCameraOwners()
{
    static const QStringList owners = list({"杭州市公安局交通警察支队", "杭州市城市管理局", "杭州市应急管理局",
                                            "杭州市林业水利局", "杭州地铁集团"});
    return owners;
}

const QStringList &demoShelterFacilities()
{
    static const QStringList facilities = list({"供水", "供电", "卫生间", "医疗点", "广播", "物资储备", "厨房",
                                                "淋浴", "无障碍通道", "直升机停机坪"});
    return facilities;
}

} // namespace tw
