#include "classification.h"
#include "entityschema.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace tw;

namespace {
const QLocale kChinese(QLocale::Chinese, QLocale::China);
const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);
} // namespace

TEST_CASE("the incident categories are the values of the incidents schema")
{
    const FieldDef *field = kindDef(ResourceKind::Incidents).field(QStringLiteral("category"));
    REQUIRE(field);
    QStringList schemaValues;
    for (const EnumValue &e : field->enumValues) {
        schemaValues << e.value;
    }
    CHECK(incidentCategories() == schemaValues);
    CHECK(incidentCategoryCode(IncidentCategory::NaturalDisaster) == QStringLiteral("1"));
    CHECK(incidentCategoryCode(IncidentCategory::SocialSecurity) == QStringLiteral("4"));
    CHECK(incidentCategoryCode(QStringLiteral("weather")).isEmpty());
    CHECK(incidentCategoryName(IncidentCategory::Accident, kChinese) == QStringLiteral("事故灾难"));
    CHECK(incidentCategoryName(IncidentCategory::PublicHealth, kEnglish) == QStringLiteral("Public health event"));
}

TEST_CASE("every incident type has a unique five-digit code under its category's digit")
{
    QSet<QString> codes;
    for (const IncidentType &type : incidentTypes()) {
        INFO(type.code.toStdString());
        CHECK(type.code.size() == 5);
        CHECK(type.code.toInt() > 0);
        CHECK(type.code.startsWith(incidentCategoryCode(type.category)));
        CHECK_FALSE(type.nameEn.isEmpty());
        CHECK_FALSE(type.nameZh.isEmpty());
        CHECK(type.classCode().size() == 3);
        codes.insert(type.code);
    }
    CHECK(codes.size() == incidentTypes().size());
    for (const QString &category : incidentCategories()) {
        INFO(category.toStdString());
        CHECK(incidentTypesOf(category).size() >= 6);
    }
    CHECK(incidentTypesOf(QStringLiteral("weather")).isEmpty());
}

TEST_CASE("incident types are found by code and named in the reader's language")
{
    const IncidentType *flood = incidentTypeByCode(QStringLiteral("10101"));
    REQUIRE(flood);
    CHECK(flood->category == IncidentCategory::NaturalDisaster);
    CHECK(flood->displayName(kChinese) == QStringLiteral("洪水"));
    CHECK(flood->displayName(kEnglish) == QStringLiteral("Flood"));
    CHECK(flood->classCode() == QStringLiteral("101"));
    CHECK(incidentTypeByCode(QStringLiteral("99999")) == nullptr);
    CHECK(incidentTypeByCode(QString()) == nullptr);

    // The reference list is covered.
    QStringList names;
    for (const IncidentType &type : incidentTypes()) {
        names << type.nameZh;
    }
    for (const char *name : {"洪水", "干旱", "台风", "暴雨", "地震", "滑坡", "泥石流", "森林火灾", "危险化学品泄漏",
                             "燃气爆炸", "建筑物坍塌", "建筑火灾", "核与辐射事故", "环境污染事件", "传染病疫情",
                             "群体性不明原因疾病", "食物中毒", "职业中毒", "动物疫情", "恐怖袭击事件", "拥挤踩踏事件",
                             "涉外突发事件"}) {
        INFO(name);
        CHECK(names.contains(QString::fromUtf8(name)));
    }
}

TEST_CASE("event levels rank I highest and have their Chinese names")
{
    CHECK(eventLevelRank(EventLevel::I) == 1);
    CHECK(eventLevelRank(EventLevel::II) == 2);
    CHECK(eventLevelRank(EventLevel::III) == 3);
    CHECK(eventLevelRank(EventLevel::IV) == 4);
    CHECK(eventLevelRank(QString()) == 0);
    CHECK(eventLevelRank(QStringLiteral("V")) == 0);
    CHECK(eventLevelRank(QStringLiteral("i")) == 0);
    CHECK(eventLevelName(EventLevel::I, kChinese) == QStringLiteral("特别重大"));
    CHECK(eventLevelName(EventLevel::II, kChinese) == QStringLiteral("重大"));
    CHECK(eventLevelName(EventLevel::III, kChinese) == QStringLiteral("较大"));
    CHECK(eventLevelName(EventLevel::IV, kChinese) == QStringLiteral("一般"));
    CHECK(eventLevelName(EventLevel::IV, kEnglish) == QStringLiteral("General"));
    CHECK(eventLevelName(QStringLiteral("V"), kChinese).isEmpty());

    // The schema's values are exactly these.
    const FieldDef *field = kindDef(ResourceKind::Incidents).field(QStringLiteral("event_level"));
    REQUIRE(field);
    for (const EnumValue &e : field->enumValues) {
        CHECK(eventLevelRank(e.value) > 0);
    }
}

TEST_CASE("warning levels rank red highest and carry their names and colours")
{
    CHECK(warningLevelRank(WarningLevel::Red) == 1);
    CHECK(warningLevelRank(WarningLevel::Orange) == 2);
    CHECK(warningLevelRank(WarningLevel::Yellow) == 3);
    CHECK(warningLevelRank(WarningLevel::Blue) == 4);
    CHECK(warningLevelRank(QStringLiteral("green")) == 0);
    CHECK(warningLevelName(WarningLevel::Red, kChinese) == QStringLiteral("红色预警"));
    CHECK(warningLevelName(WarningLevel::Orange, kChinese) == QStringLiteral("橙色预警"));
    CHECK(warningLevelName(WarningLevel::Yellow, kChinese) == QStringLiteral("黄色预警"));
    CHECK(warningLevelName(WarningLevel::Blue, kChinese) == QStringLiteral("蓝色预警"));
    CHECK(warningLevelName(WarningLevel::Blue, kEnglish) == QStringLiteral("Blue warning"));
    CHECK(warningLevelColor(WarningLevel::Red) == QStringLiteral("#d7191c"));
    QSet<QString> colours;
    for (const QString &level : {WarningLevel::Red, WarningLevel::Orange, WarningLevel::Yellow, WarningLevel::Blue}) {
        const QString colour = warningLevelColor(level);
        CHECK(colour.size() == 7);
        CHECK(colour.startsWith(QLatin1Char('#')));
        colours.insert(colour);
    }
    CHECK(colours.size() == 4);
    CHECK(warningLevelColor(QStringLiteral("green")).isEmpty());

    const FieldDef *field = kindDef(ResourceKind::Incidents).field(QStringLiteral("warning_level"));
    REQUIRE(field);
    for (const EnumValue &e : field->enumValues) {
        CHECK(warningLevelRank(e.value) > 0);
    }
}

TEST_CASE("the suggested level follows the death thresholds at each boundary")
{
    CHECK(suggestEventLevel(0, 0, 0).level == EventLevel::IV);
    CHECK(suggestEventLevel(2, 0, 0).level == EventLevel::IV);
    CHECK(suggestEventLevel(3, 0, 0).level == EventLevel::III);
    CHECK(suggestEventLevel(9, 0, 0).level == EventLevel::III);
    CHECK(suggestEventLevel(10, 0, 0).level == EventLevel::II);
    CHECK(suggestEventLevel(29, 0, 0).level == EventLevel::II);
    CHECK(suggestEventLevel(30, 0, 0).level == EventLevel::I);
    CHECK(suggestEventLevel(300, 0, 0).level == EventLevel::I);
    CHECK(suggestEventLevel(3, 0, 0).criterion == QStringLiteral("deaths"));
}

TEST_CASE("the suggested level follows the serious injury thresholds at each boundary")
{
    CHECK(suggestEventLevel(0, 9, 0).level == EventLevel::IV);
    CHECK(suggestEventLevel(0, 10, 0).level == EventLevel::III);
    CHECK(suggestEventLevel(0, 49, 0).level == EventLevel::III);
    CHECK(suggestEventLevel(0, 50, 0).level == EventLevel::II);
    CHECK(suggestEventLevel(0, 99, 0).level == EventLevel::II);
    CHECK(suggestEventLevel(0, 100, 0).level == EventLevel::I);
    CHECK(suggestEventLevel(0, 100, 0).criterion == QStringLiteral("serious_injuries"));
}

TEST_CASE("the suggested level follows the direct loss thresholds at each boundary")
{
    CHECK(suggestEventLevel(0, 0, 9'999'999.0).level == EventLevel::IV);
    CHECK(suggestEventLevel(0, 0, 10'000'000.0).level == EventLevel::III);
    CHECK(suggestEventLevel(0, 0, 49'999'999.0).level == EventLevel::III);
    CHECK(suggestEventLevel(0, 0, 50'000'000.0).level == EventLevel::II);
    CHECK(suggestEventLevel(0, 0, 99'999'999.0).level == EventLevel::II);
    CHECK(suggestEventLevel(0, 0, 100'000'000.0).level == EventLevel::I);
    CHECK(suggestEventLevel(0, 0, 100'000'000.0).criterion == QStringLiteral("direct_loss_cny"));
}

TEST_CASE("the most severe criterion decides the level and names the rule")
{
    // Deaths say III, injuries say II: injuries win.
    LevelSuggestion s = suggestEventLevel(4, 55, 1'000'000.0);
    CHECK(s.level == EventLevel::II);
    CHECK(s.criterion == QStringLiteral("serious_injuries"));
    CHECK(s.rule.contains(QStringLiteral("55")));
    CHECK(s.rule.contains(QStringLiteral("serious injuries")));
    CHECK(s.rule.contains(QStringLiteral("II")));

    // Loss says I, deaths say II.
    s = suggestEventLevel(12, 0, 120'000'000.0);
    CHECK(s.level == EventLevel::I);
    CHECK(s.criterion == QStringLiteral("direct_loss_cny"));
    CHECK(s.rule.contains(QStringLiteral("loss")));

    s = suggestEventLevel(12, 0, 0);
    CHECK(s.level == EventLevel::II);
    CHECK(s.rule.contains(QStringLiteral("12 deaths")));
    CHECK(s.rule.contains(QStringLiteral("10")));

    // Nothing reaches level III: no criterion is named.
    s = suggestEventLevel(2, 9, 9'999'999.0);
    CHECK(s.level == EventLevel::IV);
    CHECK(s.criterion.isEmpty());
    CHECK_FALSE(s.rule.isEmpty());

    // Nonsense figures count as zero.
    CHECK(suggestEventLevel(-5, -1, -1e9).level == EventLevel::IV);
    CHECK(suggestEventLevel(0, 0, std::numeric_limits<double>::quiet_NaN()).level == EventLevel::IV);
}
