#include "hlc.h"

#include <catch2/catch.hpp>

using tw::Hlc;
using tw::HlcClock;

TEST_CASE("HLC timestamps increase even when the wall clock stands still or goes back")
{
    qint64 wall = 1000;
    HlcClock clock(QStringLiteral("a"), [&] { return wall; });
    const Hlc first = clock.now();
    const Hlc second = clock.now();
    wall = 900; // clock stepped back
    const Hlc third = clock.now();
    CHECK(first < second);
    CHECK(second < third);
    CHECK(third.wallMs == 1000);
    CHECK(third.counter == 2);
}

TEST_CASE("HLC orders local events after a received remote timestamp")
{
    qint64 wall = 1000;
    HlcClock clock(QStringLiteral("a"), [&] { return wall; });
    const Hlc remote{5000, 7, QStringLiteral("b")};
    const Hlc merged = clock.receive(remote);
    CHECK(merged > remote);
    const Hlc next = clock.now();
    CHECK(next > merged);
    CHECK(next.wallMs == 5000);
}

TEST_CASE("HLC text form round-trips and sorts like the value")
{
    const Hlc a{1700000000000, 3, QStringLiteral("node-1")};
    const Hlc b{1700000000000, 12, QStringLiteral("node-0")};
    bool ok = false;
    CHECK(Hlc::fromString(a.toString(), &ok) == a);
    CHECK(ok);
    CHECK((a < b) == (a.toString() < b.toString()));
    Hlc::fromString(QStringLiteral("garbage"), &ok);
    CHECK_FALSE(ok);
}
