#include "incidentworkspace.h"

#include "attachmentopener.h"
#include "incidentpanel.h"
#include "mainwindow.h"
#include "replaybar.h"
#include "replayconsole.h"
#include "store.h"
#include "timelinemodel.h"
#include "timelinepanel.h"
#include "timelineview.h"

#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QStandardPaths>
#include <QStatusBar>

namespace tw {

IncidentWorkspace::IncidentWorkspace(MainWindow *window, Store *store)
    : QObject(window)
    , m_window(window)
    , m_store(store)
{
    const QString plansFolder =
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("plans"));
    if (QDir(plansFolder).exists()) {
        // A malformed file is reported and skipped; the others still load.
        if (Status loaded = m_plans.importFolder(plansFolder); !loaded) {
            window->statusBar()->showMessage(loaded.errorString(), 15000);
        }
    }

    m_panel = new IncidentPanel(store, &m_plans);
    m_incidentDock = new QDockWidget(window);
    m_incidentDock->setObjectName(QStringLiteral("incidentWorkspaceDock"));
    m_incidentDock->setWidget(m_panel);
    window->addPanel(m_incidentDock, Qt::RightDockWidgetArea);

    m_timeline = new TimelinePanel(store);
    m_timelineDock = new QDockWidget(window);
    m_timelineDock->setObjectName(QStringLiteral("timelineDock"));
    m_timelineDock->setWidget(m_timeline);
    window->addPanel(m_timelineDock, Qt::BottomDockWidgetArea);

    m_replay = new ReplayBar(store);
    m_replayDock = new QDockWidget(window);
    m_replayDock->setObjectName(QStringLiteral("replayDock"));
    m_replayDock->setWidget(m_replay);
    window->addPanel(m_replayDock, Qt::BottomDockWidgetArea);
    connect(m_replay, &ReplayBar::viewTimeChanged, m_timeline->view(),
            [this](qint64 atMs, const ReplayState &) { m_timeline->view()->setViewTime(atMs); });
    connect(m_replay, &ReplayBar::liveResumed, m_timeline->view(), &TimelineView::setLive);
    // The map, the lists and the resource tables follow the view time too.
    m_replayConsole = new ReplayConsole(window, store, m_replay, m_panel);

    connect(m_panel, &IncidentPanel::incidentSelected, m_timeline, &TimelinePanel::setIncident);
    connect(m_timeline->view(), &TimelineView::eventActivated, this,
            [this](const QString &incidentId, const QString &, const QString &relatedKind, const QString &relatedId) {
                m_panel->selectIncident(incidentId);
                Q_EMIT objectActivated(relatedKind, relatedId);
            });
    auto showMessage = [this](const QString &message) {
        if (m_window) {
            m_window->statusBar()->showMessage(message, 8000);
        }
    };
    connect(m_panel, &IncidentPanel::statusMessage, this, showMessage);
    connect(m_timeline, &TimelinePanel::statusMessage, this, showMessage);
    // A double-click on an event with an attachment opens it.
    auto *opener = new AttachmentOpener(store, this);
    opener->watch(m_timeline->view(), m_timeline->model());
    connect(opener, &AttachmentOpener::statusMessage, this, showMessage);
    window->installEventFilter(this);
    retranslate();
}

bool IncidentWorkspace::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    return QObject::eventFilter(watched, event);
}

void IncidentWorkspace::retranslate()
{
    m_incidentDock->setWindowTitle(tr("Incident command"));
    m_timelineDock->setWindowTitle(tr("Timeline"));
    m_replayDock->setWindowTitle(tr("Replay"));
}

} // namespace tw
