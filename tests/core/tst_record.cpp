#include "record.h"

#include <catch2/catch.hpp>

using namespace tw;

TEST_CASE("validating a complete team fills defaults and converts text to typed values")
{
    const KindDef &teams = kindDef(ResourceKind::Teams);
    QVariantMap values{{QStringLiteral("name"), QStringLiteral("西湖区消防救援大队")},
                       {QStringLiteral("team_kind"), QStringLiteral("fire")},
                       {QStringLiteral("headcount"), QStringLiteral("42")}};
    const Result<QVariantMap> result = validateValues(teams, values, false);
    REQUIRE(result.ok());
    CHECK(result->value(QStringLiteral("headcount")).toLongLong() == 42);
    CHECK(result->value(QStringLiteral("status")).toString() == QStringLiteral("available"));
}

TEST_CASE("validation names the field that is wrong")
{
    const KindDef &teams = kindDef(ResourceKind::Teams);
    SECTION("a missing required field")
    {
        const auto result = validateValues(teams, {{QStringLiteral("team_kind"), QStringLiteral("fire")}}, false);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().field == QStringLiteral("name"));
    }
    SECTION("an enum value that does not exist")
    {
        const auto result = validateValues(teams, {{QStringLiteral("name"), QStringLiteral("x")},
                                                   {QStringLiteral("team_kind"), QStringLiteral("dragon")}}, false);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().field == QStringLiteral("team_kind"));
    }
    SECTION("a negative headcount")
    {
        const auto result = validateValues(teams, {{QStringLiteral("headcount"), -3}}, true);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().field == QStringLiteral("headcount"));
    }
    SECTION("an unknown field")
    {
        const auto result = validateValues(teams, {{QStringLiteral("colour"), QStringLiteral("red")}}, true);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().field == QStringLiteral("colour"));
    }
}

TEST_CASE("a kind with a position requires a valid one and a kind without rejects one")
{
    CHECK_FALSE(validatePoint(kindDef(ResourceKind::Shelters), std::nullopt).ok());
    CHECK_FALSE(validatePoint(kindDef(ResourceKind::Shelters), LonLat{200.0, 30.0}).ok());
    CHECK(validatePoint(kindDef(ResourceKind::Shelters), LonLat{120.15, 30.28}).ok());
    CHECK_FALSE(validatePoint(kindDef(ResourceKind::Supplies), LonLat{120.15, 30.28}).ok());
}

TEST_CASE("every kind is found by its CLI name and its mutation prefix")
{
    for (const KindDef &kind : allKinds()) {
        REQUIRE(kindByName(kind.name) == &kind);
        REQUIRE(kindByMutationPrefix(kind.mutationPrefix) == &kind);
        CHECK((kind.kind == ResourceKind::Stock || !kind.nameField().isEmpty()));
    }
    CHECK(kindByName(QStringLiteral("dragons")) == nullptr);
}
