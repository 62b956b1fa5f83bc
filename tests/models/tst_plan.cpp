#include "planlibrary.h"

#include <catch2/catch.hpp>

#include <QDir>

using namespace tw;

namespace {

QString planFile(const char *name)
{
    return QDir(QStringLiteral(TW_TEST_DATA_DIR "/plans")).filePath(QString::fromLatin1(name));
}

PlanLibrary hangzhouLibrary()
{
    PlanLibrary library;
    REQUIRE(library.importFile(planFile("hangzhou-plans.json")).ok());
    return library;
}

QStringList ids(const QList<PlanMatch> &matches)
{
    QStringList result;
    for (const PlanMatch &m : matches) {
        result << m.plan.id;
    }
    return result;
}

} // namespace

TEST_CASE("a plan file is read with its steps, roles and required resources")
{
    const PlanLibrary library = hangzhouLibrary();
    REQUIRE(library.plans().size() == 4);
    const Plan *plan = library.plan(QStringLiteral("hz-flood-waterlogging"));
    REQUIRE(plan);
    REQUIRE(plan->steps.size() == 4);
    CHECK(plan->steps[1].id == QStringLiteral("close-underpass"));
    CHECK(plan->steps[1].role == QStringLiteral("交警支队"));
    CHECK(plan->steps[2].withinMinutes == 30);
    REQUIRE(plan->resources.size() == 2);
    CHECK(plan->resources[1].quantity == 2000.0);
    CHECK(plan->resources[1].unit == QStringLiteral("个"));
}

TEST_CASE("plans written back in the file format read back the same")
{
    const PlanLibrary library = hangzhouLibrary();
    Result<QList<Plan>> again = PlanLibrary::readJson(PlanLibrary::toJson(library.plans()), QStringLiteral("copy"));
    REQUIRE(again.ok());
    REQUIRE(again->size() == library.plans().size());
    for (int i = 0; i < again->size(); ++i) {
        CHECK(again->at(i).toJson() == library.plans()[i].toJson());
    }
}

TEST_CASE("the exact type and level rank above the class plan and the general plan")
{
    const PlanLibrary library = hangzhouLibrary();
    const QList<PlanMatch> matches = library.matching(QStringLiteral("natural_disaster"), QStringLiteral("10102"),
                                                      QStringLiteral("IV"));
    CHECK(ids(matches) == QStringList{QStringLiteral("hz-flood-waterlogging"), QStringLiteral("hz-flood-general"),
                                      QStringLiteral("hz-general")});
    CHECK(matches[0].fit.reason.contains(QStringLiteral("10102")));
}

TEST_CASE("a plan for other levels is not suggested for a graded incident")
{
    const PlanLibrary library = hangzhouLibrary();
    const QStringList matched = ids(library.matching(QStringLiteral("natural_disaster"), QStringLiteral("10102"),
                                                     QStringLiteral("I")));
    CHECK_FALSE(matched.contains(QStringLiteral("hz-flood-waterlogging")));
    CHECK(matched.contains(QStringLiteral("hz-flood-general")));
}

TEST_CASE("an ungraded incident is offered the plans of every level")
{
    const PlanLibrary library = hangzhouLibrary();
    const QStringList matched = ids(library.matching(QStringLiteral("natural_disaster"), QStringLiteral("10102"), {}));
    CHECK(matched.contains(QStringLiteral("hz-flood-waterlogging")));
}

TEST_CASE("plans of another category or type are not suggested")
{
    const PlanLibrary library = hangzhouLibrary();
    CHECK(ids(library.matching(QStringLiteral("accident"), QStringLiteral("20301"), QStringLiteral("III")))
          == QStringList{QStringLiteral("hz-general")});
    CHECK(ids(library.matching(QStringLiteral("accident"), QStringLiteral("20102"), QStringLiteral("II"))).first()
          == QStringLiteral("hz-hazmat-leak"));
}

TEST_CASE("a step without a role is refused naming the file, the plan and the step, and nothing is added")
{
    PlanLibrary library;
    Status imported = library.importFile(planFile("bad-step-role.json"));
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().field == QStringLiteral("steps[1].role"));
    CHECK(imported.error().where.contains(QStringLiteral("bad-step-role.json")));
    CHECK(imported.error().where.contains(QStringLiteral("plans[1] (broken-plan)")));
    CHECK(library.plans().isEmpty());
}

TEST_CASE("malformed plan files get a clear error naming the place")
{
    struct Case {
        const char *file;
        const char *field;
        const char *message;
    };
    const Case cases[] = {
        {"bad-type-category.json", "applies_to.type_codes[0]", "category"},
        {"bad-duplicate-step.json", "steps[1].id", "earlier step"},
        {"bad-not-json.json", "", "line"},
        {"bad-version.json", "version", "not supported"},
        {"bad-level.json", "applies_to.levels[0]", "\"V\""},
    };
    for (const Case &c : cases) {
        INFO(c.file);
        Result<QList<Plan>> plans = PlanLibrary::readFile(planFile(c.file));
        REQUIRE_FALSE(plans.ok());
        CHECK(plans.error().field == QString::fromLatin1(c.field));
        CHECK(plans.error().toString().contains(QString::fromUtf8(c.message)));
    }
}

TEST_CASE("importing a plan again replaces the older version")
{
    PlanLibrary library = hangzhouLibrary();
    Plan changed = *library.plan(QStringLiteral("hz-general"));
    changed.title = QStringLiteral("修订版");
    library.add(changed);
    CHECK(library.plans().size() == 4);
    CHECK(library.plan(QStringLiteral("hz-general"))->title == QStringLiteral("修订版"));
}

TEST_CASE("checklist ticks are read from the timeline, the latest tick of a step winning")
{
    auto tick = [](const QString &plan, const QString &step, bool done, qint64 atMs) {
        TimelineEvent event;
        event.kind = TimelineKind::PlanStep;
        event.atMs = atMs;
        event.actor = QStringLiteral("值班长");
        event.payload = {{QStringLiteral("plan_id"), plan}, {QStringLiteral("step_id"), step}, {QStringLiteral("done"), done}};
        return event;
    };
    // Newest first, as Store::timeline returns it.
    const QList<TimelineEvent> timeline{tick(QStringLiteral("p"), QStringLiteral("b"), true, 300),
                                        tick(QStringLiteral("p"), QStringLiteral("a"), false, 200),
                                        tick(QStringLiteral("other"), QStringLiteral("a"), true, 150),
                                        tick(QStringLiteral("p"), QStringLiteral("a"), true, 100)};
    const QHash<QString, PlanTick> ticks = PlanLibrary::ticks(timeline, QStringLiteral("p"));
    REQUIRE(ticks.size() == 2);
    CHECK_FALSE(ticks.value(QStringLiteral("a")).done);
    CHECK(ticks.value(QStringLiteral("a")).atMs == 200);
    CHECK(ticks.value(QStringLiteral("b")).done);
    CHECK(ticks.value(QStringLiteral("b")).actor == QStringLiteral("值班长"));
}

TEST_CASE("tick arguments name the incident, plan and step")
{
    const PlanLibrary library = hangzhouLibrary();
    const QJsonObject args = PlanLibrary::tickArguments(QStringLiteral("inc-1"), *library.plan(QStringLiteral("hz-general")),
                                                        QStringLiteral("first-report"), true, QStringLiteral(" 已电话报告 "));
    CHECK(args.value(QStringLiteral("plan_id")).toString() == QStringLiteral("hz-general"));
    CHECK(args.value(QStringLiteral("step_id")).toString() == QStringLiteral("first-report"));
    CHECK(args.value(QStringLiteral("done")).toBool());
    CHECK(args.value(QStringLiteral("note")).toString() == QStringLiteral("已电话报告"));
}
