#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace tw {

class Store;
class TimelineModel;
class TimelineView;

/// The timeline dock's content: a filter bar (kinds, text, lanes, fit, CSV export) over a
/// TimelineView of one incident or all of them.
class TimelinePanel : public QWidget {
    Q_OBJECT
public:
    explicit TimelinePanel(Store *store, QWidget *parent = nullptr);

    TimelineModel *model() const { return m_model; }
    TimelineView *view() const { return m_view; }
    QLineEdit *textFilter() const { return m_textFilter; }
    QToolButton *kindButton() const { return m_kindButton; }
    /// Shows one incident's timeline; empty for all incidents.
    void setIncident(const QString &incidentId);
    /// Asks for a file and exports the filtered events as CSV.
    void exportCsv();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void updateHiddenKinds();

    Store *m_store;
    TimelineModel *m_model;
    TimelineView *m_view;
    QToolButton *m_kindButton;
    QLineEdit *m_textFilter;
    QComboBox *m_lanes;
};

} // namespace tw
