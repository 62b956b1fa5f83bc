#pragma once

#include "planlibrary.h"

#include <QObject>
#include <QPointer>

class QDockWidget;

namespace tw {

class IncidentPanel;
class MainWindow;
class ReplayBar;
class ReplayConsole;
class Store;
class TimelinePanel;

/// Puts the incident work into the main window: the incident dock (list, detail, plan checklist)
/// and the timeline dock, wired together: selecting an incident shows its timeline, clicking a
/// timeline event selects its incident. Plans are read from the "plans" folder of the app data.
class IncidentWorkspace : public QObject {
    Q_OBJECT
public:
    IncidentWorkspace(MainWindow *window, Store *store);

    IncidentPanel *incidentPanel() const { return m_panel; }
    TimelinePanel *timelinePanel() const { return m_timeline; }
    QDockWidget *incidentDock() const { return m_incidentDock; }
    QDockWidget *timelineDock() const { return m_timelineDock; }
    /// The replay scrubber; its view time moves the timeline's "now" line, and the map, lists and
    /// resource tables show the replayed city (see replayConsole()).
    ReplayBar *replayBar() const { return m_replay; }
    ReplayConsole *replayConsole() const { return m_replayConsole; }
    PlanLibrary &plans() { return m_plans; }

Q_SIGNALS:
    /// A timeline event was clicked: the map should select this object.
    void objectActivated(const QString &kind, const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();

    QPointer<MainWindow> m_window;
    Store *m_store;
    PlanLibrary m_plans;
    IncidentPanel *m_panel = nullptr;
    TimelinePanel *m_timeline = nullptr;
    QDockWidget *m_incidentDock = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    ReplayBar *m_replay = nullptr;
    QDockWidget *m_replayDock = nullptr;
    ReplayConsole *m_replayConsole = nullptr;
};

} // namespace tw
