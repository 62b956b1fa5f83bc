#include "incidentstatus.h"

#include <catch2/catch.hpp>

using namespace tw;
using namespace tw::IncidentStatus;

namespace {
const QStringList kAll{Reported, Verified, Responding, Contained, Closed, FalseAlarm};
}

TEST_CASE("an incident moves forward one step at a time through its lifecycle")
{
    CHECK(incidentTransitionAllowed(Reported, Verified));
    CHECK(incidentTransitionAllowed(Verified, Responding));
    CHECK(incidentTransitionAllowed(Responding, Contained));
    CHECK(incidentTransitionAllowed(Contained, Closed));
    CHECK(allowedIncidentTransitions(Reported) == QStringList{Verified, FalseAlarm});
    CHECK(allowedIncidentTransitions(Verified) == QStringList{Responding, FalseAlarm});
    CHECK(allowedIncidentTransitions(Responding) == QStringList{Contained, FalseAlarm});
    CHECK(allowedIncidentTransitions(Contained) == QStringList{Closed, Responding});
}

TEST_CASE("an open incident before containment can be declared a false alarm")
{
    for (const QString &from : {Reported, Verified, Responding}) {
        INFO(from.toStdString());
        CHECK(incidentTransitionAllowed(from, FalseAlarm));
    }
    CHECK_FALSE(incidentTransitionAllowed(Contained, FalseAlarm));
}

TEST_CASE("a contained incident may flare up again")
{
    CHECK(incidentTransitionAllowed(Contained, Responding));
}

TEST_CASE("skipping steps, going backwards and leaving a finished incident are refused")
{
    CHECK_FALSE(incidentTransitionAllowed(Reported, Responding));
    CHECK_FALSE(incidentTransitionAllowed(Reported, Closed));
    CHECK_FALSE(incidentTransitionAllowed(Verified, Contained));
    CHECK_FALSE(incidentTransitionAllowed(Verified, Reported));
    CHECK_FALSE(incidentTransitionAllowed(Responding, Verified));
    CHECK_FALSE(incidentTransitionAllowed(Responding, Closed));
    for (const QString &to : kAll) {
        INFO(to.toStdString());
        CHECK_FALSE(incidentTransitionAllowed(Closed, to));
        CHECK_FALSE(incidentTransitionAllowed(FalseAlarm, to));
        CHECK_FALSE(incidentTransitionAllowed(to, to)); // staying put is not a transition
    }
    CHECK(allowedIncidentTransitions(Closed).isEmpty());
    CHECK(allowedIncidentTransitions(FalseAlarm).isEmpty());
    CHECK(allowedIncidentTransitions(QStringLiteral("archived")).isEmpty());
    CHECK_FALSE(incidentTransitionAllowed(QStringLiteral("archived"), Verified));
    CHECK_FALSE(incidentTransitionAllowed(Reported, QStringLiteral("archived")));
}

TEST_CASE("every allowed transition stays within the known statuses")
{
    for (const QString &from : kAll) {
        for (const QString &to : allowedIncidentTransitions(from)) {
            INFO(from.toStdString() << " -> " << to.toStdString());
            CHECK(kAll.contains(to));
            CHECK(incidentTransitionAllowed(from, to));
        }
    }
}

TEST_CASE("closing, declaring a false alarm and re-opening need a written reason")
{
    CHECK(incidentTransitionNeedsReason(Contained, Closed));
    CHECK(incidentTransitionNeedsReason(Reported, FalseAlarm));
    CHECK(incidentTransitionNeedsReason(Verified, FalseAlarm));
    CHECK(incidentTransitionNeedsReason(Responding, FalseAlarm));
    CHECK(incidentTransitionNeedsReason(Contained, Responding));
    CHECK_FALSE(incidentTransitionNeedsReason(Reported, Verified));
    CHECK_FALSE(incidentTransitionNeedsReason(Verified, Responding));
    CHECK_FALSE(incidentTransitionNeedsReason(Responding, Contained));
}

TEST_CASE("only closed and false-alarm incidents are finished")
{
    CHECK(isIncidentOpen(Reported));
    CHECK(isIncidentOpen(Verified));
    CHECK(isIncidentOpen(Responding));
    CHECK(isIncidentOpen(Contained));
    CHECK_FALSE(isIncidentOpen(Closed));
    CHECK_FALSE(isIncidentOpen(FalseAlarm));
}
