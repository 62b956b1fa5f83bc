#include "store.h"
#include "timelinemodel.h"
#include "timelinepanel.h"
#include "timelineview.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QWheelEvent>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace tw;

namespace {

struct TimelineFixture {
    std::unique_ptr<Store> store;
    QString incidentId;

    TimelineFixture()
    {
        Result<std::unique_ptr<Store>> opened = Store::open(QStringLiteral(":memory:"));
        REQUIRE(opened.ok());
        store = std::move(opened).value();
        store->setActor(QStringLiteral("duty-officer"));
        incidentId = create(QStringLiteral("上城区燃气泄漏"));
        note(incidentId, QStringLiteral("燃气公司已到场"));
    }

    QString create(const QString &title)
    {
        Result<MutationOutcome> created = store->apply(QStringLiteral("incident.create"),
                                                       {{QStringLiteral("title"), title},
                                                        {QStringLiteral("category"), QStringLiteral("accident")},
                                                        {QStringLiteral("lon"), 120.17},
                                                        {QStringLiteral("lat"), 30.25}});
        REQUIRE(created.ok());
        return created->id;
    }

    void note(const QString &incidentId, const QString &text)
    {
        REQUIRE(store->apply(QStringLiteral("timeline.note"),
                             {{QStringLiteral("incident_id"), incidentId}, {QStringLiteral("text"), text}})
                    .ok());
    }
};

} // namespace

TEST_CASE("clicking an event on the timeline reports the event and its related object")
{
    TimelineFixture f;
    TimelineModel model(f.store.get());
    TimelineView view(f.store.get(), &model);
    view.resize(900, 300);
    view.show();
    view.fitAll();
    const int noteRow = model.rowOf(model.event(0).id);
    REQUIRE(model.event(noteRow).kind == TimelineKind::Note);
    const QPoint position = view.positionOf(noteRow);
    REQUIRE(position.x() >= 0);
    CHECK(view.eventAt(position) == noteRow);
    CHECK(view.eventAt(QPoint(5, 5)) == -1);
    CHECK(view.detailsOf(noteRow).contains(QStringLiteral("燃气公司已到场")));
    CHECK(view.detailsOf(noteRow).contains(QStringLiteral("上城区燃气泄漏")));

    QSignalSpy activated(&view, &TimelineView::eventActivated);
    QTest::mouseClick(&view, Qt::LeftButton, {}, position);
    REQUIRE(activated.size() == 1);
    CHECK(activated.at(0).at(0).toString() == f.incidentId);
    CHECK(activated.at(0).at(1).toString() == model.event(noteRow).id);
    CHECK(activated.at(0).at(2).toString() == QStringLiteral("incident"));
    CHECK(activated.at(0).at(3).toString() == f.incidentId);
    // A click beside every event activates nothing.
    QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(position.x(), 3));
    CHECK(activated.size() == 1);
}

TEST_CASE("the timeline filters by kind and text and follows new events")
{
    TimelineFixture f;
    const QString other = f.create(QStringLiteral("钱塘区内涝"));
    f.note(other, QStringLiteral("排涝车出发"));
    TimelinePanel panel(f.store.get());
    TimelineView *view = panel.view();
    CHECK(view->filteredCount() == 4);

    panel.textFilter()->setText(QStringLiteral("排涝"));
    CHECK(view->filteredCount() == 1);
    CHECK(view->filteredEvents().first().incidentId == other);
    panel.textFilter()->setText(QStringLiteral("钱塘区")); // the incident title matches too
    CHECK(view->filteredCount() == 2);
    panel.textFilter()->clear();

    for (QAction *action : panel.kindButton()->menu()->actions()) {
        if (action->data().toString() == TimelineKind::Report) {
            action->setChecked(false);
        }
    }
    CHECK(view->hiddenKinds() == QSet<QString>{TimelineKind::Report});
    CHECK(view->filteredCount() == 2);
    f.note(f.incidentId, QStringLiteral("疏散完成"));
    CHECK(view->filteredCount() == 3);

    panel.setIncident(other);
    CHECK(view->filteredCount() == 1);
}

TEST_CASE("N opens a note entry on the timeline and Enter writes the note")
{
    TimelineFixture f;
    TimelineModel model(f.store.get());
    model.setIncident(f.incidentId);
    TimelineView view(f.store.get(), &model);
    view.resize(800, 260);
    view.show();
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_N);
    REQUIRE(view.noteEditor()->isVisible());
    view.noteEditor()->setText(QStringLiteral("周边道路已封控"));
    QTest::keyClick(view.noteEditor(), Qt::Key_Return);
    CHECK_FALSE(view.noteEditor()->isVisible());
    const TimelineEvent latest = f.store->timeline(f.incidentId).first();
    CHECK(latest.kind == TimelineKind::Note);
    CHECK(latest.text == QStringLiteral("周边道路已封控"));
    CHECK(latest.actor == QStringLiteral("duty-officer"));
    CHECK(model.rowCount() == 3);

    // Escape cancels without writing.
    QTest::keyClick(&view, Qt::Key_N);
    view.noteEditor()->setText(QStringLiteral("不保存"));
    QTest::keyClick(view.noteEditor(), Qt::Key_Escape);
    CHECK_FALSE(view.noteEditor()->isVisible());
    CHECK(f.store->timeline(f.incidentId).size() == 3);
}

TEST_CASE("a note needs an incident when the timeline shows all of them")
{
    TimelineFixture f;
    TimelineModel model(f.store.get());
    TimelineView view(f.store.get(), &model);
    view.resize(800, 260);
    view.show();
    QSignalSpy failed(&view, &TimelineView::noteFailed);
    QTest::keyClick(&view, Qt::Key_N);
    CHECK(failed.size() == 1);
    CHECK_FALSE(view.noteEditor()->isVisible());
    // After a click on one of its events, N writes to that incident.
    view.fitAll();
    QTest::mouseClick(&view, Qt::LeftButton, {}, view.positionOf(0));
    QTest::keyClick(&view, Qt::Key_N);
    REQUIRE(view.noteEditor()->isVisible());
    CHECK(view.noteIncidentId() == f.incidentId);
}

TEST_CASE("the wheel zooms the timeline between a minute and weeks")
{
    TimelineFixture f;
    TimelineModel model(f.store.get());
    TimelineView view(f.store.get(), &model);
    view.resize(800, 260);
    view.setTimeRange(0, 3'600'000);
    const qint64 before = view.endMs() - view.startMs();
    QWheelEvent in(QPointF(400, 100), view.mapToGlobal(QPointF(400, 100)), {}, QPoint(0, 120), Qt::NoButton, {},
                   Qt::NoScrollPhase, false);
    QApplication::sendEvent(&view, &in);
    CHECK(view.endMs() - view.startMs() < before);
    view.zoom(1e9, 400);
    CHECK(std::abs((view.endMs() - view.startMs()) - TimelineView::minimumSpanMs()) <= 1000);
    view.zoom(1e-9, 400);
    CHECK(std::abs((view.endMs() - view.startMs()) - TimelineView::maximumSpanMs()) <= 10'000'000);
}

TEST_CASE("the timeline exports its filtered events as CSV")
{
    TimelineFixture f;
    TimelineModel model(f.store.get());
    TimelineView view(f.store.get(), &model);
    view.setHiddenKinds({TimelineKind::Report});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.csv"));
    QString error;
    REQUIRE(view.exportCsv(path, &error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    CHECK(csv.contains(QStringLiteral("燃气公司已到场")));
    CHECK_FALSE(csv.contains(QStringLiteral(",report,")));
    CHECK_FALSE(view.exportCsv(dir.filePath(QStringLiteral("no/such/dir.csv")), &error));
    CHECK_FALSE(error.isEmpty());
}
