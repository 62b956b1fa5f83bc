#include "replayconsole.h"

#include "consoleactions.h"
#include "edithistory.h"
#include "incidentpanel.h"
#include "mainwindow.h"
#include "recordform.h"
#include "replaybanner.h"
#include "replaybar.h"
#include "resourcepanel.h"
#include "resourcetablemodel.h"
#include "situationviews.h"
#include "store.h"

#include <QAction>
#include <QTableView>

namespace tw {

ReplayConsole::ReplayConsole(MainWindow *window, Store *store, ReplayBar *bar, IncidentPanel *incidents)
    : QObject(window)
    , m_window(window)
    , m_store(store)
    , m_incidents(incidents)
{
    for (const KindDef &kind : allKinds()) {
        if (ResourcePanel *panel = window->resourcePanel(kind.kind)) {
            m_panelBanners.insert(
                kind.kind, new ReplayBanner(panel->tableView(), ReplayBanner::Placement::BottomCentre));
        }
    }
    connect(
        bar, &ReplayBar::viewTimeChanged, this, [this](qint64, const ReplayState &state) { show(state); });
    connect(bar, &ReplayBar::liveResumed, this, &ReplayConsole::goLive);
}

SituationViews *ReplayConsole::situationViews() const
{
    return m_window ? m_window->findChild<SituationViews *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

void ReplayConsole::show(const ReplayState &state)
{
    if (!m_window) {
        return;
    }
    if (!m_shown) {
        m_store->setLocalEditsRefused(tr("Replay only shows the past: return to live to change anything."));
        setEditingEnabled(false);
    }
    if (SituationViews *situation = situationViews()) {
        situation->showReplay(state);
    }
    if (m_incidents) {
        m_incidents->showReplay(state);
    }
    for (auto it = m_panelBanners.cbegin(); it != m_panelBanners.cend(); ++it) {
        const ResourceKind kind = it.key();
        const bool changed = !m_shown || !state.recordsOf(kind).isSharedWith(m_shown->recordsOf(kind));
        if (changed) {
            m_window->resourcePanel(kind)->tableModel()->showRecords(state.recordList(kind));
        }
        it.value()->showMoment(state.atMs);
    }
    m_shown = state;
}

void ReplayConsole::goLive()
{
    if (!m_shown || !m_window) {
        return;
    }
    m_shown.reset();
    m_store->setLocalEditsRefused({});
    setEditingEnabled(true);
    if (SituationViews *situation = situationViews()) {
        situation->showLive();
    }
    if (m_incidents) {
        m_incidents->showLive();
    }
    for (auto it = m_panelBanners.cbegin(); it != m_panelBanners.cend(); ++it) {
        m_window->resourcePanel(it.key())->tableModel()->showLive();
        it.value()->clearMoment();
    }
}

void ReplayConsole::setEditingEnabled(bool enabled)
{
    const ConsoleActions *actions = m_window->consoleActions();
    for (QAction *action : { actions->importFile, actions->newRecord, actions->saveRecord,
             actions->deleteRecord, actions->undo }) {
        if (!action) {
            continue;
        }
        if (!enabled) {
            m_enabledBefore.insert(action, action->isEnabled());
            action->setEnabled(false);
        } else {
            action->setEnabled(action == actions->undo ? m_window->history()->canUndo()
                                                       : m_enabledBefore.value(action, true));
        }
    }
    for (auto it = m_panelBanners.cbegin(); it != m_panelBanners.cend(); ++it) {
        m_window->resourcePanel(it.key())->form()->setEnabled(enabled);
    }
}

} // namespace tw
