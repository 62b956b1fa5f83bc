#pragma once

#include "store.h"

#include <QPointer>
#include <QStatusBar>

class QLabel;
class QTimer;

namespace tw {


/// The status bar: which database is open, how many records of each kind it holds, and a badge
/// that cannot be missed when the database is demo data.
class ConsoleStatusBar : public QStatusBar {
    Q_OBJECT
public:
    explicit ConsoleStatusBar(Store *store, QWidget *parent = nullptr);

    QLabel *databaseLabel() const { return m_database; }
    QLabel *countsLabel() const { return m_counts; }
    QLabel *demoBadge() const { return m_demoBadge; }

public Q_SLOTS:
    /// Reads the counts and the dataset metadata again.
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    QPointer<Store> m_store;
    QLabel *m_demoBadge = nullptr;
    QLabel *m_database = nullptr;
    QLabel *m_counts = nullptr;
    QTimer *m_refreshTimer = nullptr;
};

} // namespace tw
