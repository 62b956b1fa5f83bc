#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;

namespace tw {

class PlanLibrary;
class Store;

/// The plans that match the selected incident (category, type, level) and the chosen plan's
/// steps as a checklist. A tick applies plan.tickStep; the boxes show the latest tick of each
/// step as read back from the incident's timeline, so they follow other consoles too.
class PlanChecklist : public QWidget {
    Q_OBJECT
public:
    /// `store` and `plans` must outlive the widget; `plans` may be null (no plans loaded).
    PlanChecklist(Store *store, const PlanLibrary *plans, QWidget *parent = nullptr);

    void setIncident(const QString &incidentId);
    QComboBox *planBox() const { return m_plan; }
    QListWidget *steps() const { return m_steps; }
    /// The chosen plan's id, empty when none matches.
    QString planId() const;

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void reloadPlans();
    void reloadSteps();
    void onItemChanged(QListWidgetItem *item);

    Store *m_store;
    const PlanLibrary *m_plans;
    QString m_incidentId;
    QComboBox *m_plan;
    QLabel *m_fit;
    QListWidget *m_steps;
    bool m_filling = false;
};

} // namespace tw
