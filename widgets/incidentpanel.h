#pragma once

#include "incident.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace tw {

class IncidentDetail;
class PlanChecklist;
class PlanLibrary;
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

Q_SIGNALS:
    void incidentSelected(const QString &incidentId);
    void statusMessage(const QString &message);

private:
    void onSelectionChanged();
    bool accepts(const Incident &incident) const;

    Store *m_store;
    QTableWidget *m_table;
    QLineEdit *m_text;
    QComboBox *m_categoryFilter;
    QComboBox *m_levelFilter;
    QCheckBox *m_showFinished;
    QLabel *m_counts;
    QPushButton *m_acknowledge;
    QPushButton *m_merge;
    IncidentDetail *m_detail;
    PlanChecklist *m_checklist;
    QTabWidget *m_tabs;
    QString m_selectedId;
};

} // namespace tw
