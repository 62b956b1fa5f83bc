#pragma once

#include "entityschema.h"
#include "replaystate.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <optional>

class QAction;

namespace tw {

class IncidentPanel;
class MainWindow;
class ReplayBanner;
class ReplayBar;
class SituationViews;
class Store;

/// Makes the whole console follow the replay bar. While it shows a past moment, the map, the
/// incident list and its orders, and every resource table show the city as it was, each under a
/// REPLAY badge; edits are refused (the store refuses local edits, edit actions and forms are
/// disabled). Going live puts every view back on the live data and accepts edits again.
class ReplayConsole : public QObject {
    Q_OBJECT
public:
    /// A child of `window`; the others must outlive it. The map's views are looked up in the
    /// window when replay starts (they may be created after this).
    ReplayConsole(MainWindow *window, Store *store, ReplayBar *bar, IncidentPanel *incidents);

    bool isReplaying() const { return m_shown.has_value(); }
    /// The badge over the table of a resource panel; nullptr for a kind without a panel.
    ReplayBanner *panelBanner(ResourceKind kind) const { return m_panelBanners.value(kind); }

private:
    void show(const ReplayState &state);
    void goLive();
    void setEditingEnabled(bool enabled);
    SituationViews *situationViews() const;

    QPointer<MainWindow> m_window;
    Store *m_store;
    QPointer<IncidentPanel> m_incidents;
    std::optional<ReplayState> m_shown;
    QHash<ResourceKind, ReplayBanner *> m_panelBanners;
    QHash<QAction *, bool> m_enabledBefore;
};

} // namespace tw
