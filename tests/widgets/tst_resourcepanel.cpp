#include "edithistory.h"
#include "recordform.h"
#include "resourcefiltermodel.h"
#include "resourcepanel.h"
#include "resourcetablemodel.h"
#include "store.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <QAbstractButton>
#include <QComboBox>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace tw;

namespace {

std::unique_ptr<Store> openMemoryStore()
{
    Result<std::unique_ptr<Store>> store = Store::open(QStringLiteral(":memory:"));
    REQUIRE(store.ok());
    return std::move(store).value();
}

QString addTeam(Store &store, const QString &name, const QString &kind = QStringLiteral("fire"))
{
    Record r;
    r.kind = ResourceKind::Teams;
    r.values = {{QStringLiteral("name"), name}, {QStringLiteral("team_kind"), kind},
                {QStringLiteral("headcount"), 12}};
    r.point = LonLat(120.15, 30.27);
    const Result<QString> id = store.createRecord(r);
    REQUIRE(id.ok());
    return id.value();
}

// Answers the next modal message box with `button` as soon as it is shown.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto *poll = new QTimer(qApp);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, button] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            box->button(button)->click();
        }
    });
    poll->start(10);
}

void typeInto(QWidget *editor, const QString &text)
{
    auto *line = qobject_cast<QLineEdit *>(editor);
    REQUIRE(line);
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Delete);
    QTest::keyClicks(line, text);
}

} // namespace

TEST_CASE("the resource panel filters its table as the officer types in the search box")
{
    auto store = openMemoryStore();
    addTeam(*store, QStringLiteral("Westlake fire station"));
    addTeam(*store, QStringLiteral("Binjiang medical team"), QStringLiteral("medical"));
    addTeam(*store, QStringLiteral("Gongshu fire station"));
    EditHistory history(store.get());
    ResourcePanel panel(store.get(), ResourceKind::Teams, &history);
    panel.show();
    REQUIRE(panel.tableView()->model()->rowCount() == 3);

    QTest::keyClicks(panel.searchEdit(), QStringLiteral("binj"));
    CHECK(panel.tableView()->model()->rowCount() == 1);
    CHECK(panel.tableView()->model()->index(0, 0).data().toString() == QLatin1String("Binjiang medical team"));

    panel.searchEdit()->clear();
    CHECK(panel.tableView()->model()->rowCount() == 3);
    QComboBox *kindFilter = panel.filterCombo(QStringLiteral("team_kind"));
    REQUIRE(kindFilter);
    kindFilter->setCurrentIndex(kindFilter->findData(QStringLiteral("fire")));
    CHECK(panel.tableView()->model()->rowCount() == 2);
}

TEST_CASE("the edit form rejects an invalid value with the message next to the field and writes nothing")
{
    auto store = openMemoryStore();
    EditHistory history(store.get());
    ResourcePanel panel(store.get(), ResourceKind::Teams, &history);
    panel.show();
    panel.newRecord();
    typeInto(panel.form()->editor(QStringLiteral("name")), QString());

    CHECK_FALSE(panel.saveForm());

    CHECK_FALSE(panel.form()->errorText(QStringLiteral("name")).isEmpty());
    const QList<QLabel *> error = panel.form()->findChildren<QLabel *>(QStringLiteral("fieldError"));
    const auto shown = std::count_if(error.cbegin(), error.cend(), [](QLabel *l) { return l->isVisible(); });
    CHECK(shown == 1);
    CHECK(store->count(ResourceKind::Teams) == 0);
    CHECK_FALSE(history.canUndo());
}

TEST_CASE("a field error returned by the store is shown next to that field")
{
    auto store = openMemoryStore();
    EditHistory history(store.get());
    RecordForm form(store.get(), ResourceKind::Teams);
    form.showError(fieldError(QStringLiteral("headcount"), QStringLiteral("too many")));
    CHECK(form.errorText(QStringLiteral("headcount")) == QLatin1String("too many"));
    CHECK(form.errorText(QStringLiteral("name")).isEmpty());
}

TEST_CASE("a record is created from the form and deleted after the confirmation is accepted")
{
    auto store = openMemoryStore();
    EditHistory history(store.get());
    ResourcePanel panel(store.get(), ResourceKind::Teams, &history);
    panel.show();
    panel.newRecord();
    typeInto(panel.form()->editor(QStringLiteral("name")), QStringLiteral("Xihu rescue squad"));

    REQUIRE(panel.saveForm());
    REQUIRE(store->count(ResourceKind::Teams) == 1);
    const QString id = panel.currentId();
    CHECK(store->record(ResourceKind::Teams, id)->text(QStringLiteral("name")) == QLatin1String("Xihu rescue squad"));

    answerNextMessageBox(QMessageBox::Cancel);
    CHECK_FALSE(panel.deleteCurrent());
    CHECK(store->count(ResourceKind::Teams) == 1);

    answerNextMessageBox(QMessageBox::Yes);
    CHECK(panel.deleteCurrent());
    CHECK(store->count(ResourceKind::Teams) == 0);
    CHECK(panel.tableView()->model()->rowCount() == 0);
}

TEST_CASE("undo restores the previous value, removes a created record and brings back a deleted one")
{
    auto store = openMemoryStore();
    const QString id = addTeam(*store, QStringLiteral("Shangcheng flood team"), QStringLiteral("flood"));
    EditHistory history(store.get());
    ResourcePanel panel(store.get(), ResourceKind::Teams, &history);
    panel.show();
    REQUIRE(panel.selectRecord(id));

    typeInto(panel.form()->editor(QStringLiteral("name")), QStringLiteral("Renamed team"));
    REQUIRE(panel.saveForm());
    REQUIRE(store->record(ResourceKind::Teams, id)->text(QStringLiteral("name")) == QLatin1String("Renamed team"));

    REQUIRE(history.undo().ok());
    CHECK(store->record(ResourceKind::Teams, id)->text(QStringLiteral("name")) == QLatin1String("Shangcheng flood team"));
    CHECK(panel.form()->originalRecord().text(QStringLiteral("name")) == QLatin1String("Shangcheng flood team"));

    answerNextMessageBox(QMessageBox::Yes);
    REQUIRE(panel.deleteCurrent());
    REQUIRE(store->count(ResourceKind::Teams) == 0);
    REQUIRE(history.undo().ok());
    const Result<Record> back = store->record(ResourceKind::Teams, id);
    REQUIRE(back.ok());
    CHECK(back->text(QStringLiteral("team_kind")) == QLatin1String("flood"));

    panel.newRecord();
    typeInto(panel.form()->editor(QStringLiteral("name")), QStringLiteral("Temporary team"));
    REQUIRE(panel.saveForm());
    REQUIRE(store->count(ResourceKind::Teams) == 2);
    REQUIRE(history.undo().ok());
    CHECK(store->count(ResourceKind::Teams) == 1);
    CHECK_FALSE(history.canUndo());
}
