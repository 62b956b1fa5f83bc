// The whole console in replay: map layers, incident list, dispatch orders and resource tables
// show the past; edits are refused; going live shows the live city again.
#include "consoleactions.h"
#include "dispatchorderlist.h"
#include "drawing.h"
#include "incidentpanel.h"
#include "incidentworkspace.h"
#include "mainwindow.h"
#include "mapdrawcontroller.h"
#include "mapview.h"
#include "recordform.h"
#include "replaybanner.h"
#include "replaybar.h"
#include "replayconsole.h"
#include "resourcepanel.h"
#include "resourcetablemodel.h"
#include "situationviews.h"
#include "store.h"
#include "tilemanager.h"

#include <QAction>
#include <QJsonArray>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <catch2/catch.hpp>

using namespace tw;

namespace {

constexpr qint64 kStartMs = 1'700'000'000'000;
const LonLat kTeamBase(120.12, 30.22);
const LonLat kTeamLater(120.24, 30.30);
const LonLat kFirstIncident(120.16, 30.30);
const LonLat kLaterIncident(120.22, 30.21);
const QString kTeam = QStringLiteral("6d3c1f9e-0000-4000-8000-000000000001");
const QString kFirst = QStringLiteral("6d3c1f9e-0000-4000-8000-000000000002");
const QString kLater = QStringLiteral("6d3c1f9e-0000-4000-8000-000000000003");
const QString kOrder = QStringLiteral("6d3c1f9e-0000-4000-8000-000000000004");

// A city that changes after kStartMs + 5 s: the team moves and gets under way, a second
// incident is reported. Pulled from another console, so every change has a known time.
struct City {
    std::unique_ptr<Store> store;
    qint64 clientSeq = 0;

    City()
    {
        QStandardPaths::setTestModeEnabled(true);
        Result<std::unique_ptr<Store>> opened = Store::open(QStringLiteral(":memory:"));
        REQUIRE(opened.ok());
        store = std::move(opened).value();
        store->setActor(QStringLiteral("duty-officer"));
        pull(0, QStringLiteral("team.create"),
            { { QStringLiteral("id"), kTeam }, { QStringLiteral("name"), QStringLiteral("西湖消防中队") },
                { QStringLiteral("team_kind"), QStringLiteral("fire") }, { QStringLiteral("headcount"), 24 },
                { QStringLiteral("lon"), kTeamBase.lon }, { QStringLiteral("lat"), kTeamBase.lat } });
        pull(1000, QStringLiteral("incident.create"),
            { { QStringLiteral("id"), kFirst }, { QStringLiteral("title"), QStringLiteral("仓库火灾") },
                { QStringLiteral("category"), QStringLiteral("accident") },
                { QStringLiteral("lon"), kFirstIncident.lon },
                { QStringLiteral("lat"), kFirstIncident.lat } });
        pull(2000, QStringLiteral("dispatch.propose"),
            { { QStringLiteral("id"), kOrder }, { QStringLiteral("incident_id"), kFirst },
                { QStringLiteral("team_id"), kTeam } });
        pull(3000, QStringLiteral("dispatch.issue"), { { QStringLiteral("id"), kOrder } });
        pull(10000, QStringLiteral("team.setPosition"),
            { { QStringLiteral("id"), kTeam }, { QStringLiteral("lon"), kTeamLater.lon },
                { QStringLiteral("lat"), kTeamLater.lat }, { QStringLiteral("at_ms"), kStartMs + 10000 } });
        pull(11000, QStringLiteral("dispatch.enRoute"), { { QStringLiteral("id"), kOrder } });
        pull(12000, QStringLiteral("incident.create"),
            { { QStringLiteral("id"), kLater }, { QStringLiteral("title"), QStringLiteral("道路塌陷") },
                { QStringLiteral("category"), QStringLiteral("accident") },
                { QStringLiteral("lon"), kLaterIncident.lon },
                { QStringLiteral("lat"), kLaterIncident.lat } });
    }

    void pull(qint64 offsetMs, const QString &name, const QJsonObject &args)
    {
        Mutation mutation { name, args, Hlc { kStartMs + offsetMs, 0, QStringLiteral("other-console") },
            QStringLiteral("dispatcher.li"), QStringLiteral("other-console"), ++clientSeq };
        Result<MutationOutcome> applied = store->applyRemote(mutation, clientSeq);
        INFO(name.toStdString() << ": " << applied.errorString().toStdString());
        REQUIRE(applied.ok());
    }
};

// The console as the application puts it together.
struct Console {
    City city;
    MainWindow window { city.store.get() };
    SituationViews *situation = new SituationViews(&window, city.store.get());
    IncidentWorkspace *workspace = new IncidentWorkspace(&window, city.store.get());

    Console()
    {
        window.resize(1600, 1000);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        map()->tileManager()->setSources({}); // overlays only
    }
    MapView *map() const { return situation->mapView(); }
    ReplayBar *bar() const { return workspace->replayBar(); }
    IncidentPanel *incidents() const { return workspace->incidentPanel(); }
    ResourceTableModel *teams() const { return window.resourcePanel(ResourceKind::Teams)->tableModel(); }

    // The record drawn at a place, once the map has caught up (empty when nothing is there).
    bool mapShows(ResourceKind kind, const QString &id, LonLat at) const
    {
        return QTest::qWaitFor(
            [&] {
                const std::optional<MapHit> hit
                    = map()->isOverlayCurrent() ? map()->hitAt(map()->camera().toScreen(at)) : std::nullopt;
                return hit && hit->kind == kind && hit->id == id;
            },
            10000);
    }
    bool mapShowsNothingAt(LonLat at) const
    {
        return QTest::qWaitFor(
            [&] { return map()->isOverlayCurrent() && !map()->hitAt(map()->camera().toScreen(at)); }, 10000);
    }
    QString teamStatus() const
    {
        const int row = teams()->rowOf(kTeam);
        return row < 0 ? QString() : teams()->recordAt(row).text(QStringLiteral("status"));
    }
};

} // namespace

TEST_CASE("in replay the map, the incident list, the orders and the tables show the city as it was")
{
    Console console;
    REQUIRE(console.mapShows(ResourceKind::Teams, kTeam, kTeamLater));
    REQUIRE(console.incidents()->shownIncidentIds().contains(kLater));
    REQUIRE(console.teamStatus() == QLatin1String("en_route"));

    REQUIRE(console.bar()->showMoment(kStartMs + 5000).ok());
    // The incident reported later is not there yet, anywhere.
    CHECK(console.incidents()->shownIncidentIds() == QStringList { kFirst });
    CHECK(console.mapShowsNothingAt(kLaterIncident));
    CHECK(console.mapShows(ResourceKind::Incidents, kFirst, kFirstIncident));
    // The team is where it was, with the status it had, and its order is only issued.
    CHECK(console.mapShows(ResourceKind::Teams, kTeam, kTeamBase));
    CHECK(console.mapShowsNothingAt(kTeamLater));
    CHECK(console.teamStatus() == QLatin1String("assigned"));
    console.incidents()->selectIncident(kFirst);
    CHECK(console.incidents()->orderList()->shownStatus(kOrder) == QLatin1String("issued"));
    // Every view says it is a replay, and at which moment.
    const QString stamp
        = QDateTime::fromMSecsSinceEpoch(kStartMs + 5000).toString(QStringLiteral("HH:mm:ss"));
    for (ReplayBanner *banner : { console.situation->replayBanner(), console.incidents()->replayBanner(),
             console.workspace->replayConsole()->panelBanner(ResourceKind::Teams) }) {
        CHECK(banner->isVisible());
        CHECK(banner->text().contains(QStringLiteral("REPLAY")));
        CHECK(banner->text().contains(stamp));
    }

    // Going live brings back the live city in every view.
    QSignalSpy live(console.bar(), &ReplayBar::liveResumed);
    console.bar()->liveButton()->click();
    CHECK(live.size() == 1);
    CHECK(console.incidents()->shownIncidentIds().contains(kLater));
    CHECK(console.mapShows(ResourceKind::Incidents, kLater, kLaterIncident));
    CHECK(console.mapShows(ResourceKind::Teams, kTeam, kTeamLater));
    CHECK(console.teamStatus() == QLatin1String("en_route"));
    CHECK(console.incidents()->orderList()->shownStatus(kOrder) == QLatin1String("en_route"));
    CHECK_FALSE(console.situation->replayBanner()->isVisible());
    CHECK_FALSE(console.incidents()->replayBanner()->isVisible());
}

TEST_CASE("nothing can be edited while replaying, and editing works again once live")
{
    Console console;
    Store &store = *console.city.store;
    const qsizetype logBefore = store.mutationLog().size();
    REQUIRE(console.bar()->showMoment(kStartMs + 5000).ok());
    console.incidents()->selectIncident(kFirst);

    // The edit controls are off...
    auto *report = console.incidents()->findChild<QPushButton *>(QStringLiteral("phoneReport"));
    REQUIRE(report);
    CHECK_FALSE(report->isEnabled());
    CHECK_FALSE(console.incidents()->acknowledgeButton()->isEnabled());
    CHECK_FALSE(console.window.consoleActions()->newRecord->isEnabled());
    CHECK_FALSE(console.window.consoleActions()->importFile->isEnabled());
    CHECK_FALSE(console.window.resourcePanel(ResourceKind::Teams)->form()->isEnabled());
    // ...and whatever still asks for a change is refused.
    CHECK_FALSE(
        store.apply(QStringLiteral("incident.acknowledge"), { { QStringLiteral("id"), kFirst } }).ok());
    CHECK_FALSE(store.updateRecord(ResourceKind::Teams, kTeam, { { QStringLiteral("headcount"), 30 } }).ok());
    QSignalSpy messages(console.situation, &SituationViews::statusMessage);
    Q_EMIT console.map()->newIncidentRequested(kLaterIncident);
    CHECK(messages.size() == 1);
    const std::optional<LonLat> formPoint
        = console.window.resourcePanel(ResourceKind::Incidents)->form()->point();
    CHECK_FALSE((formPoint && formPoint->lon == kLaterIncident.lon && formPoint->lat == kLaterIncident.lat));
    console.incidents()->acknowledgeSelected();
    CHECK(store.mutationLog().size() == logBefore);
    CHECK(store.record(ResourceKind::Incidents, kFirst)->text(QStringLiteral("acknowledged_by")).isEmpty());

    console.bar()->goLive();
    CHECK(console.incidents()->acknowledgeButton()->isEnabled());
    CHECK(console.window.consoleActions()->newRecord->isEnabled());
    CHECK(console.window.resourcePanel(ResourceKind::Teams)->form()->isEnabled());
    console.incidents()->acknowledgeSelected();
    CHECK(store.mutationLog().size() == logBefore + 1);
    CHECK_FALSE(
        store.record(ResourceKind::Incidents, kFirst)->text(QStringLiteral("acknowledged_by")).isEmpty());
}

TEST_CASE("changes arriving during replay wait for the return to live")
{
    Console console;
    REQUIRE(console.bar()->showMoment(kStartMs + 5000).ok());
    console.city.pull(20000, QStringLiteral("team.setStatus"),
        { { QStringLiteral("id"), kTeam }, { QStringLiteral("status"), QStringLiteral("off_duty") } });
    // Pulled changes still apply (replay refuses only local edits) but the replayed views stay.
    CHECK(console.city.store->record(ResourceKind::Teams, kTeam)->text(QStringLiteral("status"))
        == QLatin1String("off_duty"));
    CHECK(console.teamStatus() == QLatin1String("assigned"));
    console.bar()->goLive();
    CHECK(console.teamStatus() == QLatin1String("off_duty"));
}

TEST_CASE("in replay the map draws the drawings and incident areas of that moment")
{
    Console console;
    const QString early = QStringLiteral("6d3c1f9e-0000-4000-8000-000000000010");
    const QString late = QStringLiteral("6d3c1f9e-0000-4000-8000-000000000011");
    const auto drawing = [](const QString &id, const QString &label) {
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("shape"), QStringLiteral("line")},
                           {QStringLiteral("points"), QJsonArray{QJsonArray{120.10, 30.20}, QJsonArray{120.12, 30.21}}},
                           {QStringLiteral("label"), label},
                           {QStringLiteral("color"), QStringLiteral("#c62828")}};
    };
    // After the city's last change: the log's order is its time order (see ReplayEngine).
    console.city.pull(12100, QStringLiteral("drawing.create"), drawing(early, QStringLiteral("警戒线")));
    console.city.pull(12300, QStringLiteral("drawing.create"), drawing(late, QStringLiteral("疏散路线")));
    console.city.pull(12500, QStringLiteral("incident.update"),
                      {{QStringLiteral("id"), kFirst},
                       {QStringLiteral("area"), areaPolygonJson({{120.15, 30.29}, {120.17, 30.29}, {120.17, 30.31}})}});
    const auto shownIds = [&] {
        QStringList ids;
        for (const MapDrawing &shown : console.map()->drawings()) {
            ids << shown.id;
        }
        return ids;
    };
    const QString area = MapDrawController::areaDrawingId(kFirst);
    REQUIRE(QTest::qWaitFor([&] { return shownIds().contains(late) && shownIds().contains(area); }, 10000));

    REQUIRE(console.bar()->showMoment(kStartMs + 12200).ok());
    CHECK(QTest::qWaitFor([&] { return shownIds().contains(early) && !shownIds().contains(late); }, 10000));
    CHECK_FALSE(shownIds().contains(area));
    // A drawing made on another console during replay waits for the return to live.
    const QString during = QStringLiteral("6d3c1f9e-0000-4000-8000-000000000012");
    console.city.pull(13000, QStringLiteral("drawing.create"), drawing(during, QStringLiteral("临时通道")));
    QCoreApplication::processEvents();
    CHECK_FALSE(shownIds().contains(during));

    console.bar()->liveButton()->click();
    CHECK(QTest::qWaitFor([&] {
        const QStringList ids = shownIds();
        return ids.contains(early) && ids.contains(late) && ids.contains(during) && ids.contains(area);
    }, 10000));
}
