#include "consolestatusbar.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "resourcepanel.h"
#include "store.h"

#include <catch2/catch.hpp>

#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tw;

namespace {

std::unique_ptr<Store> openMemoryStore()
{
    QStandardPaths::setTestModeEnabled(true);
    Result<std::unique_ptr<Store>> store = Store::open(QStringLiteral(":memory:"));
    REQUIRE(store.ok());
    return std::move(store).value();
}

} // namespace

TEST_CASE("the main window has one dock per resource kind and takes the map and extra panels")
{
    auto store = openMemoryStore();
    MainWindow window(store.get());
    for (const KindDef &def : allKinds()) {
        REQUIRE(window.resourceDock(def.kind));
        CHECK(window.resourceDock(def.kind)->windowTitle() == def.translatedLabel());
        CHECK(window.resourcePanel(def.kind)->kind() == def.kind);
    }
    auto *map = new QLabel(QStringLiteral("map"));
    window.setCentralMapWidget(map);
    CHECK(window.centralWidget() == map);

    auto *videoDock = new QDockWidget(QStringLiteral("Video wall"));
    videoDock->setObjectName(QStringLiteral("dock_video"));
    window.addPanel(videoDock, Qt::BottomDockWidgetArea);
    CHECK(window.dockWidgetArea(videoDock) == Qt::BottomDockWidgetArea);
    const QList<QAction *> actions = window.findChildren<QAction *>(QStringLiteral("show_dock_video"));
    REQUIRE(actions.size() == 1);
    CHECK(actions.first()->text() == QLatin1String("Video wall"));
}

TEST_CASE("the dock layout saved to settings comes back in a new window")
{
    auto store = openMemoryStore();
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("layout.ini")), QSettings::IniFormat);
    {
        MainWindow window(store.get());
        window.show();
        window.resourceDock(ResourceKind::Cameras)->close();
        window.resourceDock(ResourceKind::Shelters)->setFloating(true);
        window.saveLayout(settings);
    }
    MainWindow restored(store.get());
    REQUIRE(restored.restoreLayout(settings));
    restored.show();
    CHECK(restored.resourceDock(ResourceKind::Cameras)->isHidden());
    CHECK(restored.resourceDock(ResourceKind::Shelters)->isFloating());
    CHECK_FALSE(restored.resourceDock(ResourceKind::Teams)->isHidden());
}

TEST_CASE("switching the language to Chinese retranslates dock titles, table headers and menus at once")
{
    auto store = openMemoryStore();
    LanguageManager languages;
    MainWindow window(store.get(), &languages);
    window.show();
    QTableView *teams = window.resourcePanel(ResourceKind::Teams)->tableView();
    REQUIRE(window.resourceDock(ResourceKind::Teams)->windowTitle() == QLatin1String("Rescue teams"));

    REQUIRE(languages.setLanguage(QStringLiteral("zh_CN")));
    CHECK(QTest::qWaitFor([&] { return window.resourceDock(ResourceKind::Teams)->windowTitle() == QStringLiteral("救援队伍"); }));
    CHECK(window.resourceDock(ResourceKind::RiskPoints)->windowTitle() == QStringLiteral("风险隐患点"));
    CHECK(teams->model()->headerData(0, Qt::Horizontal).toString() == QStringLiteral("名称"));
    CHECK(window.menuBar()->actions().first()->text().startsWith(QStringLiteral("文件")));

    REQUIRE(languages.setLanguage(QStringLiteral("en")));
    CHECK(QTest::qWaitFor([&] { return window.resourceDock(ResourceKind::Teams)->windowTitle() == QLatin1String("Rescue teams"); }));
}

TEST_CASE("the status bar shows the database and a demo badge only for demo data")
{
    auto store = openMemoryStore();
    ConsoleStatusBar bar(store.get());
    bar.show();
    CHECK(bar.databaseLabel()->text().contains(QLatin1String(":memory:")));
    CHECK_FALSE(bar.demoBadge()->isVisible());
    REQUIRE(store->setMetadata(QStringLiteral("dataset"), QStringLiteral("demo")).ok());
    bar.refresh();
    CHECK(bar.demoBadge()->isVisible());
    CHECK(bar.demoBadge()->text().contains(QLatin1String("DEMO")));
}
