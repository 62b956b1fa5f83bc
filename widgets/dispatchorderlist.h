#pragma once

#include "replaystate.h"

#include <QWidget>
#include <optional>

class QLabel;
class QTableWidget;

namespace tw {

class Store;

/// The dispatch orders of one incident and where each stands (team, status and when it got
/// there, supplies): live from the store, or as they were at a replayed moment. Read-only.
class DispatchOrderList : public QWidget {
    Q_OBJECT
public:
    /// `store` must outlive the list.
    explicit DispatchOrderList(Store *store, QWidget *parent = nullptr);

    void setIncident(const QString &incidentId);
    QString incidentId() const { return m_incidentId; }
    /// Shows the orders as they were in `state` until showLive().
    void showReplay(const ReplayState &state);
    void showLive();
    bool isReplaying() const { return m_replay.has_value(); }

    QTableWidget *table() const { return m_table; }
    /// The order ids in display order.
    QStringList shownOrderIds() const;
    /// The status shown for an order (its stored value); empty when it is not listed.
    QString shownStatus(const QString &orderId) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    QString teamName(const QString &teamId) const;
    void retranslate();

    Store *m_store;
    QString m_incidentId;
    std::optional<ReplayState> m_replay;
    QLabel *m_caption;
    QTableWidget *m_table;
};

} // namespace tw
