#include "escalationprompt.h"
#include "incidentdetail.h"
#include "incidentpanel.h"
#include "incidentworkspace.h"
#include "mainwindow.h"
#include "mergedialog.h"
#include "phonereportdialog.h"
#include "planchecklist.h"
#include "planlibrary.h"
#include "store.h"
#include "timelinemodel.h"
#include "timelinepanel.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace tw;

namespace {

std::unique_ptr<Store> openIncidentStore()
{
    Result<std::unique_ptr<Store>> opened = Store::open(QStringLiteral(":memory:"));
    REQUIRE(opened.ok());
    std::unique_ptr<Store> store = std::move(opened).value();
    store->setActor(QStringLiteral("duty-officer"));
    return store;
}

QString createIncident(Store &store, const QString &title, const QString &category = QStringLiteral("accident"))
{
    Result<MutationOutcome> created = store.apply(QStringLiteral("incident.create"),
                                                  {{QStringLiteral("title"), title},
                                                   {QStringLiteral("category"), category},
                                                   {QStringLiteral("lon"), 120.2},
                                                   {QStringLiteral("lat"), 30.2}});
    REQUIRE(created.ok());
    return created->id;
}

void apply(Store &store, const QString &name, const QJsonObject &args)
{
    Result<MutationOutcome> applied = store.apply(name, args);
    INFO(applied.errorString().toStdString());
    REQUIRE(applied.ok());
}

QString statusOf(Store &store, const QString &id)
{
    return store.record(ResourceKind::Incidents, id)->text(QStringLiteral("status"));
}

} // namespace

TEST_CASE("the incident list puts the most severe first and highlights incidents until acknowledged")
{
    auto store = openIncidentStore();
    const QString minor = createIncident(*store, QStringLiteral("一般事故"));
    const QString major = createIncident(*store, QStringLiteral("重大事故"));
    const QString ungraded = createIncident(*store, QStringLiteral("未定级"), QStringLiteral("natural_disaster"));
    apply(*store, QStringLiteral("incident.setLevel"), {{"id", minor}, {"event_level", "IV"}});
    apply(*store, QStringLiteral("incident.setLevel"), {{"id", major}, {"event_level", "II"}});
    IncidentPanel panel(store.get(), nullptr);
    CHECK(panel.shownIncidentIds() == QStringList{major, minor, ungraded});
    CHECK(panel.countsLabel()->text().contains(QStringLiteral("II: 1")));
    CHECK(panel.isHighlighted(major));

    panel.selectIncident(major);
    CHECK(panel.selectedIncidentId() == major);
    REQUIRE(panel.acknowledgeButton()->isEnabled());
    panel.acknowledgeButton()->click();
    CHECK(store->record(ResourceKind::Incidents, major)->text(QStringLiteral("acknowledged_by")) == QStringLiteral("duty-officer"));
    CHECK_FALSE(panel.isHighlighted(major));
    CHECK(panel.isHighlighted(minor));
    CHECK_FALSE(panel.acknowledgeButton()->isEnabled());

    panel.levelFilter()->setCurrentIndex(panel.levelFilter()->findData(QStringLiteral("-")));
    CHECK(panel.shownIncidentIds() == QStringList{ungraded});
    panel.levelFilter()->setCurrentIndex(0);
    panel.categoryFilter()->setCurrentIndex(panel.categoryFilter()->findData(QStringLiteral("accident")));
    CHECK(panel.shownIncidentIds() == QStringList{major, minor});
    panel.textFilter()->setText(QStringLiteral("重大"));
    CHECK(panel.shownIncidentIds() == QStringList{major});
}

TEST_CASE("the detail offers only allowed status transitions and asks for a reason where needed")
{
    auto store = openIncidentStore();
    const QString id = createIncident(*store, QStringLiteral("化工厂泄漏"));
    IncidentDetail detail(store.get());
    detail.setIncident(id);
    CHECK(QSet<QString>(detail.transitionButtons().keyBegin(), detail.transitionButtons().keyEnd())
          == QSet<QString>{IncidentStatus::Verified, IncidentStatus::FalseAlarm});

    detail.transitionButtons().value(IncidentStatus::Verified)->click();
    CHECK(statusOf(*store, id) == IncidentStatus::Verified);
    CHECK(detail.transitionButtons().contains(IncidentStatus::Responding));
    CHECK_FALSE(detail.transitionButtons().contains(IncidentStatus::Closed));

    // A refused transition: the store says why, nothing changes.
    QSignalSpy messages(&detail, &IncidentDetail::statusMessage);
    CHECK_FALSE(detail.applyStatus(IncidentStatus::Closed, QStringLiteral("结束")));
    CHECK(messages.size() == 1);
    CHECK(statusOf(*store, id) == IncidentStatus::Verified);

    // A false alarm needs a reason: the dialog asks, the reason reaches the timeline.
    detail.transitionButtons().value(IncidentStatus::FalseAlarm)->click();
    auto *dialog = detail.findChild<QInputDialog *>(QStringLiteral("reasonDialog"));
    REQUIRE(dialog);
    CHECK(statusOf(*store, id) == IncidentStatus::Verified);
    dialog->setTextValue(QStringLiteral("报警人看错"));
    dialog->accept();
    CHECK(statusOf(*store, id) == IncidentStatus::FalseAlarm);
    CHECK(store->timeline(id).first().payload.value("reason").toString() == QStringLiteral("报警人看错"));
    QCoreApplication::processEvents();
    CHECK(detail.transitionButtons().isEmpty());
}

TEST_CASE("raising casualties past a threshold prompts to escalate and the escalation is logged with its rule")
{
    auto store = openIncidentStore();
    const QString id = createIncident(*store, QStringLiteral("隧道坍塌"));
    apply(*store, QStringLiteral("incident.setLevel"), {{"id", id}, {"event_level", "IV"}});
    IncidentDetail detail(store.get());
    detail.setIncident(id);

    detail.deathsBox()->setValue(2); // still level IV
    REQUIRE(detail.applyCasualties());
    CHECK(detail.escalationPrompt() == nullptr);

    detail.deathsBox()->setValue(12);
    REQUIRE(detail.applyCasualties());
    EscalationPrompt *prompt = detail.escalationPrompt();
    REQUIRE(prompt);
    CHECK(prompt->isVisible());
    CHECK(prompt->suggestion().level == EventLevel::II);
    CHECK(prompt->ruleLabel()->text() == prompt->suggestion().rule);
    CHECK(prompt->ruleLabel()->text().contains(QStringLiteral("12")));
    const QString rule = prompt->suggestion().rule;
    prompt->accept();
    CHECK(store->record(ResourceKind::Incidents, id)->text(QStringLiteral("event_level")) == EventLevel::II);
    const TimelineEvent logged = store->timeline(id).first();
    CHECK(logged.kind == TimelineKind::LevelChange);
    CHECK(logged.payload.value("reason").toString() == rule);
    CHECK(logged.payload.value("from").toString() == EventLevel::IV);
}

TEST_CASE("grading from the detail sets category, type, event level and warning level separately")
{
    auto store = openIncidentStore();
    const QString id = createIncident(*store, QStringLiteral("山体滑坡"));
    IncidentDetail detail(store.get());
    detail.setIncident(id);
    detail.categoryBox()->setCurrentIndex(detail.categoryBox()->findData(QStringLiteral("natural_disaster")));
    REQUIRE(detail.typeBox()->count() > 1);
    detail.typeBox()->setCurrentIndex(1);
    const QString typeCode = detail.typeBox()->currentData().toString();
    CHECK(typeCode.startsWith(QLatin1Char('1')));
    detail.levelBox()->setCurrentIndex(detail.levelBox()->findData(EventLevel::III));
    detail.warningBox()->setCurrentIndex(detail.warningBox()->findData(WarningLevel::Orange));
    REQUIRE(detail.applyGrading());
    const Record record = store->record(ResourceKind::Incidents, id).value();
    CHECK(record.text(QStringLiteral("category")) == QStringLiteral("natural_disaster"));
    CHECK(record.text(QStringLiteral("type_code")) == typeCode);
    CHECK(record.text(QStringLiteral("event_level")) == EventLevel::III);
    CHECK(record.text(QStringLiteral("warning_level")) == WarningLevel::Orange);
}

TEST_CASE("the merge dialog merges a duplicate into the chosen incident")
{
    auto store = openIncidentStore();
    const QString survivor = createIncident(*store, QStringLiteral("文三路火灾"));
    const QString duplicate = createIncident(*store, QStringLiteral("文三路冒烟"));
    MergeDialog dialog(store.get(), duplicate);
    REQUIRE(dialog.targetBox()->count() == 1);
    CHECK(dialog.targetBox()->currentData().toString() == survivor);
    dialog.reasonEdit()->setText(QStringLiteral("同一地点"));
    QSignalSpy merged(&dialog, &MergeDialog::merged);
    dialog.accept();
    REQUIRE(merged.size() == 1);
    CHECK(merged.at(0).at(0).toString() == survivor);
    CHECK(statusOf(*store, duplicate) == IncidentStatus::FalseAlarm);
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("a phone report creates the incident with its caller and casualties")
{
    auto store = openIncidentStore();
    PhoneReportDialog dialog(store.get());
    CHECK_FALSE(dialog.create().ok()); // nothing said yet
    CHECK(store->count(ResourceKind::Incidents) == 0);
    dialog.callerEdit()->setText(QStringLiteral("王先生"));
    dialog.phoneEdit()->setText(QStringLiteral("13800000000"));
    dialog.placeEdit()->setText(QStringLiteral("滨江区江南大道"));
    dialog.whatEdit()->setPlainText(QStringLiteral("两车相撞，有人被困"));
    dialog.trappedBox()->setValue(2);
    const Result<QString> id = dialog.create();
    REQUIRE(id.ok());
    const Record record = store->record(ResourceKind::Incidents, id.value()).value();
    CHECK(record.text(QStringLiteral("reporter")) == QStringLiteral("王先生"));
    CHECK(record.text(QStringLiteral("reporter_phone")) == QStringLiteral("13800000000"));
    CHECK(record.text(QStringLiteral("address")) == QStringLiteral("滨江区江南大道"));
    CHECK(record.text(QStringLiteral("title")).contains(QStringLiteral("两车相撞")));
    CHECK(record.integer(QStringLiteral("trapped")) == 2);
    CHECK(store->timeline(id.value()).first().kind == TimelineKind::CasualtyUpdate);
}

TEST_CASE("the plan checklist lists matching plans and ticks steps onto the timeline")
{
    auto store = openIncidentStore();
    const QString id = createIncident(*store, QStringLiteral("城区内涝"), QStringLiteral("natural_disaster"));
    PlanLibrary plans;
    Plan plan;
    plan.id = QStringLiteral("hz-flood");
    plan.title = QStringLiteral("杭州市防汛应急预案");
    plan.categories = {QStringLiteral("natural_disaster")};
    plan.steps = {PlanStep{QStringLiteral("s1"), QStringLiteral("启动响应"), QStringLiteral("值班长"), {}, 10},
                  PlanStep{QStringLiteral("s2"), QStringLiteral("调派排涝队"), QStringLiteral("调度员"), {}, 30}};
    plans.add(plan);
    Plan other = plan;
    other.id = QStringLiteral("hz-chem");
    other.categories = {QStringLiteral("accident")};
    plans.add(other);
    PlanChecklist checklist(store.get(), &plans);
    checklist.setIncident(id);
    REQUIRE(checklist.planBox()->count() == 1);
    CHECK(checklist.planId() == QStringLiteral("hz-flood"));
    REQUIRE(checklist.steps()->count() == 2);
    checklist.steps()->item(1)->setCheckState(Qt::Checked);
    const TimelineEvent tick = store->timeline(id).first();
    CHECK(tick.kind == TimelineKind::PlanStep);
    CHECK(tick.payload.value("step_id").toString() == QStringLiteral("s2"));
    CHECK(tick.payload.value("done").toBool());
    // Read back from the timeline after the reload.
    QCoreApplication::processEvents();
    REQUIRE(checklist.steps()->count() == 2);
    CHECK(checklist.steps()->item(1)->checkState() == Qt::Checked);
    CHECK(checklist.steps()->item(0)->checkState() == Qt::Unchecked);
}

TEST_CASE("the incident workspace adds its docks and shows the selected incident's timeline")
{
    auto store = openIncidentStore();
    const QString id = createIncident(*store, QStringLiteral("地铁站大客流"));
    MainWindow window(store.get());
    IncidentWorkspace workspace(&window, store.get());
    REQUIRE(window.findChild<QDockWidget *>(QStringLiteral("incidentWorkspaceDock")));
    REQUIRE(window.findChild<QDockWidget *>(QStringLiteral("timelineDock")));
    CHECK(workspace.timelinePanel()->model()->incidentId().isEmpty());
    workspace.incidentPanel()->selectIncident(id);
    CHECK(workspace.timelinePanel()->model()->incidentId() == id);
    CHECK(workspace.incidentPanel()->detail()->incidentId() == id);
}
