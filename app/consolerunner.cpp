#include "consolerunner.h"

#include "headlesscommands.h"
#include "languagemanager.h"
#include "incidentpanel.h"
#include "incidentworkspace.h"
#include "mainwindow.h"
#include "mapview.h"
#include "situationviews.h"
#include "store.h"
#include "theme.h"

#include <QApplication>
#include <QMessageBox>
#include <QPixmap>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <QWindow>

#include <cstdio>

namespace tw {

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "tidewatch: error: %s\n", qPrintable(message));
}

// Grabs the window once it is exposed and has been through a few event-loop turns (so layouts
// and the first paint are done), then leaves the event loop with the exit status.
void scheduleScreenshot(QMainWindow *window, const QString &path)
{
    auto *poll = new QTimer(window);
    poll->setInterval(50);
    auto turns = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, window, [window, path, poll, turns] {
        const bool exposed = window->windowHandle() && window->windowHandle()->isExposed();
        const MapView *map = window->findChild<MapView *>();
        const bool mapReady = !map || map->isOverlayCurrent();
        ++*turns;
        if ((!exposed || !mapReady || *turns < 4) && *turns < 200) {
            return;
        }
        poll->stop();
        QCoreApplication::processEvents();
        const QPixmap picture = window->grab();
        if (picture.isNull() || !picture.save(path, "PNG")) {
            printError(ConsoleRunner::tr("could not save the screenshot to %1").arg(path));
            QCoreApplication::exit(1);
            return;
        }
        QCoreApplication::exit(0);
    });
    poll->start();
}

} // namespace

int ConsoleRunner::run(int &argc, char **argv, const CommandLine &command)
{
    QApplication app(argc, argv);
    QSettings settings;
    LanguageManager languages;
    const QString language = command.language.isEmpty()
        ? settings.value(QStringLiteral("ui/language")).toString()
        : command.language;
    languages.setLanguage(language);
    Theme::apply(Theme::fromString(settings.value(QStringLiteral("ui/theme"), QStringLiteral("dark")).toString()));

    Result<std::unique_ptr<Store>> store = HeadlessCommands::openDatabase(command);
    if (!store) {
        const QString message = tr("Could not open the database: %1").arg(store.errorString());
        printError(message);
        if (command.screenshotPath.isEmpty()) {
            QMessageBox::critical(nullptr, tr("Tidewatch"), message);
        }
        return 1;
    }

    MainWindow window(store.value().get(), &languages);
    auto *situation = new SituationViews(&window, store.value().get());
    if (!command.basemapPath.isEmpty()) {
        const Status basemap = situation->mapView()->setBasemapFile(command.basemapPath);
        if (!basemap.ok()) {
            printError(tr("Could not open the basemap %1: %2").arg(command.basemapPath, basemap.errorString()));
            return 1;
        }
    }
    auto *incidents = new IncidentWorkspace(&window, store.value().get());
    QObject::connect(incidents->incidentPanel(), &IncidentPanel::incidentSelected, situation,
                     [situation](const QString &id) { situation->focusRecord(ResourceKind::Incidents, id); });
    QObject::connect(incidents, &IncidentWorkspace::objectActivated, situation,
                     [situation](const QString &kindName, const QString &id) {
                         const KindDef *kind = kindByName(kindName);
                         if (!kind) {
                             kind = kindByMutationPrefix(kindName);
                         }
                         if (kind && !id.isEmpty()) {
                             situation->focusRecord(kind->kind, id);
                         }
                     });
    if (command.screenshotPath.isEmpty()) {
        if (!window.restoreLayout(settings)) {
            if (QScreen *screen = QGuiApplication::primaryScreen()) {
                window.resize(screen->availableGeometry().size() * 0.9);
            }
        }
    } else if (QScreen *screen = QGuiApplication::primaryScreen()) {
        window.setGeometry(screen->availableGeometry());
    }
    window.show();
    if (!command.screenshotPath.isEmpty()) {
        scheduleScreenshot(&window, command.screenshotPath);
    }
    return app.exec();
}

} // namespace tw
