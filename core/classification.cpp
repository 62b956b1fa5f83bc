#include "classification.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>

namespace tw {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("tw::classification", text);
}

bool isChinese(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese;
}

struct TypeRow {
    const char *code;
    const char *nameEn;
    const char *nameZh;
};

// The codes follow the GB/T 35561-2017 idea of a hierarchy (category digit, two-digit class,
// two-digit type). The exact digits and class boundaries must be checked against the standard's
// text before they are exchanged with other systems; inside Tidewatch they are stable keys.
constexpr TypeRow kTypeRows[] = {
    // 1 natural disasters (自然灾害)
    {"10101", "Flood", "洪水"},
    {"10102", "Urban waterlogging", "城市内涝"},
    {"10103", "Drought", "干旱"},
    {"10201", "Typhoon", "台风"},
    {"10202", "Rainstorm", "暴雨"},
    {"10203", "Snowstorm and freezing", "暴雪冰冻"},
    {"10204", "Tornado and gale", "龙卷风大风"},
    {"10301", "Earthquake", "地震"},
    {"10401", "Landslide", "滑坡"},
    {"10402", "Debris flow", "泥石流"},
    {"10403", "Rockfall", "崩塌"},
    {"10404", "Ground subsidence", "地面塌陷"},
    {"10501", "Storm surge", "风暴潮"},
    {"10601", "Crop pest and disease outbreak", "农作物病虫害"},
    {"10701", "Forest fire", "森林火灾"},
    {"10702", "Grassland fire", "草原火灾"},
    // 2 accidents (事故灾难)
    {"20101", "Industrial or mining safety accident", "工矿商贸安全事故"},
    {"20102", "Hazardous chemical leak", "危险化学品泄漏"},
    {"20103", "Construction accident", "建筑施工事故"},
    {"20104", "Gas explosion", "燃气爆炸"},
    {"20105", "Special equipment accident", "特种设备事故"},
    {"20201", "Road traffic accident", "道路交通事故"},
    {"20202", "Railway accident", "铁路交通事故"},
    {"20203", "Waterway accident", "水上交通事故"},
    {"20204", "Civil aviation accident", "民用航空事故"},
    {"20205", "Urban rail transit accident", "城市轨道交通事故"},
    {"20301", "Building fire", "建筑火灾"},
    {"20401", "Building collapse", "建筑物坍塌"},
    {"20402", "Water, power or gas supply failure", "供水供电供气中断"},
    {"20403", "Bridge or tunnel failure", "桥梁隧道事故"},
    {"20501", "Nuclear or radiation accident", "核与辐射事故"},
    {"20601", "Environmental pollution", "环境污染事件"},
    {"20602", "Drinking water source pollution", "饮用水源污染"},
    // 3 public health events (公共卫生事件)
    {"30101", "Infectious disease epidemic", "传染病疫情"},
    {"30201", "Mass illness of unknown cause", "群体性不明原因疾病"},
    {"30301", "Food poisoning", "食物中毒"},
    {"30302", "Food safety incident", "食品安全事件"},
    {"30303", "Occupational poisoning", "职业中毒"},
    {"30401", "Animal epidemic", "动物疫情"},
    {"30501", "Drug or vaccine safety incident", "药品疫苗安全事件"},
    // 4 social security events (社会安全事件)
    {"40101", "Terrorist attack", "恐怖袭击事件"},
    {"40201", "Mass incident", "群体性事件"},
    {"40202", "Crowd crush", "拥挤踩踏事件"},
    {"40301", "Financial security incident", "金融安全事件"},
    {"40302", "Abnormal market supply", "市场供应异常"},
    {"40401", "Foreign-related incident", "涉外突发事件"},
    {"40501", "Major criminal case", "重大刑事案件"},
    {"40601", "Cyber and information security incident", "网络与信息安全事件"},
};

struct CategoryRow {
    const QString &value;
    const char *code;
    const char *nameEn;
    const char *nameZh;
};

const std::array<CategoryRow, 4> &categoryRows()
{
    static const std::array<CategoryRow, 4> rows{{
        {IncidentCategory::NaturalDisaster, "1", QT_TRANSLATE_NOOP("tw::classification", "Natural disaster"), "自然灾害"},
        {IncidentCategory::Accident, "2", QT_TRANSLATE_NOOP("tw::classification", "Accident"), "事故灾难"},
        {IncidentCategory::PublicHealth, "3", QT_TRANSLATE_NOOP("tw::classification", "Public health event"), "公共卫生事件"},
        {IncidentCategory::SocialSecurity, "4", QT_TRANSLATE_NOOP("tw::classification", "Social security event"), "社会安全事件"},
    }};
    return rows;
}

const CategoryRow *categoryRow(const QString &category)
{
    for (const CategoryRow &row : categoryRows()) {
        if (row.value == category) {
            return &row;
        }
    }
    return nullptr;
}

struct LevelRow {
    const char *value;
    const char *nameEn;
    const char *nameZh;
    const char *color;
};

constexpr LevelRow kEventLevels[] = {
    {"I", QT_TRANSLATE_NOOP("tw::classification", "Particularly serious"), "特别重大", nullptr},
    {"II", QT_TRANSLATE_NOOP("tw::classification", "Serious"), "重大", nullptr},
    {"III", QT_TRANSLATE_NOOP("tw::classification", "Relatively serious"), "较大", nullptr},
    {"IV", QT_TRANSLATE_NOOP("tw::classification", "General"), "一般", nullptr},
};

constexpr LevelRow kWarningLevels[] = {
    {"red", QT_TRANSLATE_NOOP("tw::classification", "Red warning"), "红色预警", "#d7191c"},
    {"orange", QT_TRANSLATE_NOOP("tw::classification", "Orange warning"), "橙色预警", "#f58220"},
    {"yellow", QT_TRANSLATE_NOOP("tw::classification", "Yellow warning"), "黄色预警", "#f2c200"},
    {"blue", QT_TRANSLATE_NOOP("tw::classification", "Blue warning"), "蓝色预警", "#2c7bb6"},
};

// 1-based position of `value` in a level table; 0 when absent.
template<std::size_t N>
int rankIn(const LevelRow (&rows)[N], const QString &value)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (value == QLatin1String(rows[i].value)) {
            return static_cast<int>(i) + 1;
        }
    }
    return 0;
}

template<std::size_t N>
QString levelName(const LevelRow (&rows)[N], const QString &value, const QLocale &locale)
{
    const int rank = rankIn(rows, value);
    if (rank == 0) {
        return QString();
    }
    const LevelRow &row = rows[rank - 1];
    return isChinese(locale) ? QString::fromUtf8(row.nameZh) : translated(row.nameEn);
}

} // namespace

const QStringList &incidentCategories()
{
    static const QStringList categories{IncidentCategory::NaturalDisaster, IncidentCategory::Accident,
                                        IncidentCategory::PublicHealth, IncidentCategory::SocialSecurity};
    return categories;
}

QString incidentCategoryCode(const QString &category)
{
    const CategoryRow *row = categoryRow(category);
    return row ? QString::fromLatin1(row->code) : QString();
}

QString incidentCategoryName(const QString &category, const QLocale &locale)
{
    const CategoryRow *row = categoryRow(category);
    if (!row) {
        return category;
    }
    return isChinese(locale) ? QString::fromUtf8(row->nameZh) : translated(row->nameEn);
}

QString IncidentType::displayName(const QLocale &locale) const
{
    return isChinese(locale) ? nameZh : nameEn;
}

const QList<IncidentType> &incidentTypes()
{
    static const QList<IncidentType> types = [] {
        QList<IncidentType> list;
        for (const TypeRow &row : kTypeRows) {
            const QString code = QString::fromLatin1(row.code);
            QString category;
            for (const CategoryRow &c : categoryRows()) {
                if (code.startsWith(QLatin1String(c.code))) {
                    category = c.value;
                }
            }
            list << IncidentType{code, category, QString::fromUtf8(row.nameEn), QString::fromUtf8(row.nameZh)};
        }
        std::sort(list.begin(), list.end(), [](const IncidentType &a, const IncidentType &b) { return a.code < b.code; });
        return list;
    }();
    return types;
}

const IncidentType *incidentTypeByCode(const QString &code)
{
    const QString trimmed = code.trimmed();
    for (const IncidentType &type : incidentTypes()) {
        if (type.code == trimmed) {
            return &type;
        }
    }
    return nullptr;
}

QList<IncidentType> incidentTypesOf(const QString &category)
{
    QList<IncidentType> result;
    for (const IncidentType &type : incidentTypes()) {
        if (type.category == category) {
            result << type;
        }
    }
    return result;
}

int eventLevelRank(const QString &level)
{
    return rankIn(kEventLevels, level);
}

QString eventLevelName(const QString &level, const QLocale &locale)
{
    return levelName(kEventLevels, level, locale);
}

int warningLevelRank(const QString &level)
{
    return rankIn(kWarningLevels, level);
}

QString warningLevelName(const QString &level, const QLocale &locale)
{
    return levelName(kWarningLevels, level, locale);
}

QString warningLevelColor(const QString &level)
{
    const int rank = warningLevelRank(level);
    return rank == 0 ? QString() : QString::fromLatin1(kWarningLevels[rank - 1].color);
}

LevelSuggestion suggestEventLevel(int deaths, int seriousInjuries, double directLossCny)
{
    deaths = std::max(0, deaths);
    seriousInjuries = std::max(0, seriousInjuries);
    if (!std::isfinite(directLossCny) || directLossCny < 0.0) {
        directLossCny = 0.0;
    }
    // Thresholds for levels I, II and III; below level III is level IV.
    struct Criterion {
        const char *key;
        double value;
        std::array<double, 3> thresholds;
        const char *rule; // %1 value, %2 threshold, %3 level
    };
    const std::array<Criterion, 3> criteria{{
        {"deaths", double(deaths), {30, 10, 3}, QT_TRANSLATE_NOOP("tw::classification", "%1 deaths ≥ %2 → level %3")},
        {"serious_injuries", double(seriousInjuries), {100, 50, 10},
         QT_TRANSLATE_NOOP("tw::classification", "%1 serious injuries ≥ %2 → level %3")},
        {"direct_loss_cny", directLossCny, {100e6, 50e6, 10e6},
         QT_TRANSLATE_NOOP("tw::classification", "direct loss %1 CNY ≥ %2 CNY → level %3")},
    }};
    const QLocale locale;
    const auto number = [&locale](double v) { return locale.toString(v, 'f', 0); };
    // Levels I..III are tried from the most severe; the first criterion to reach one wins.
    for (int level = 0; level < 3; ++level) {
        for (const Criterion &c : criteria) {
            if (c.value >= c.thresholds[level]) {
                const QString name = QString::fromLatin1(kEventLevels[level].value);
                return {name, translated(c.rule).arg(number(c.value), number(c.thresholds[level]), name),
                        QString::fromLatin1(c.key)};
            }
        }
    }
    return {EventLevel::IV,
            QCoreApplication::translate("tw::classification", "below every level III threshold (3 deaths, 10 serious injuries, %1 CNY) → level IV").arg(number(10e6)),
            QString()};
}

} // namespace tw
