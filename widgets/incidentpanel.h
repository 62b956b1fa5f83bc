#pragma once

#include "incident.h"
#include "replaystate.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace tw {

class DispatchOrderList;
class IncidentDetail;
class PlanChecklist;
class PlanLibrary;
class ReplayBanner;
class Store;

/// The active incident list (most severe level first, then newest; filters; counts by category
/// and level; unacknowledged incidents highlighted until acknowledged) over the selected
/// incident's detail and plan checklist.
class IncidentPanel : public QWidget {
    Q_OBJECT
public:
    /// `store` and `plans` must outlive the panel.
    IncidentPanel(Store *store, const PlanLibrary *plans, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    IncidentDetail *detail() const { return m_detail; }
    PlanChecklist *checklist() const { return m_checklist; }
    DispatchOrderList *orderList() const { return m_orders; }
    QLineEdit *textFilter() const { return m_text; }
    QComboBox *categoryFilter() const { return m_categoryFilter; }
    QComboBox *levelFilter() const { return m_levelFilter; }
    QCheckBox *showFinished() const { return m_showFinished; }
    QPushButton *acknowledgeButton() const { return m_acknowledge; }
    QLabel *countsLabel() const { return m_counts; }

    /// The incident ids in display order.
    QStringList shownIncidentIds() const;
    QString selectedIncidentId() const;
    void selectIncident(const QString &incidentId);
    /// Whether a row is drawn as "nobody has acknowledged this yet".
    bool isHighlighted(const QString &incidentId) const;

    void acknowledgeSelected();
    void openPhoneReport();
    void openMerge();
    void reload();

    /// Lists the incidents and orders as they were in `state`, read-only, under a REPLAY badge,
    /// until showLive(). The detail and plan tabs (which edit) are hidden meanwhile.
    void showReplay(const ReplayState &state);
    void showLive();
    bool isReplaying() const { return m_replay.has_value(); }
    ReplayBanner *replayBanner() const { return m_banner; }

Q_SIGNALS:
    void incidentSelected(const QString &incidentId);
    void statusMessage(const QString &message);

private:
    void onSelectionChanged();
    bool accepts(const Incident &incident) const;
    /// The incident as the list shows it (replayed or live); nullopt when it does not exist.
    std::optional<Incident> shownIncident(const QString &incidentId) const;
    void updateActions();
    bool refuseWhileReplaying();

    Store *m_store;
    QTableWidget *m_table;
    QLineEdit *m_text;
    QComboBox *m_categoryFilter;
    QComboBox *m_levelFilter;
    QCheckBox *m_showFinished;
    QLabel *m_counts;
    QPushButton *m_acknowledge;
    QPushButton *m_merge;
    QPushButton *m_report = nullptr;
    IncidentDetail *m_detail;
    PlanChecklist *m_checklist;
    QTabWidget *m_tabs;
    DispatchOrderList *m_orders = nullptr;
    ReplayBanner *m_banner = nullptr;
    std::optional<ReplayState> m_replay;
    QString m_selectedId;
};

} // namespace tw
