#pragma once

#include "result.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace tw {

class Store;

/// Merges a duplicate incident into another open incident of the same drill (or both real):
/// applies incident.merge; the duplicate becomes a false alarm and both timelines are kept.
class MergeDialog : public QDialog {
    Q_OBJECT
public:
    MergeDialog(Store *store, const QString &incidentId, QWidget *parent = nullptr);

    QComboBox *targetBox() const { return m_target; }
    QLineEdit *reasonEdit() const { return m_reason; }
    /// Applies the merge; the dialog stays open with the message on failure.
    Status merge();
    void accept() override;

Q_SIGNALS:
    /// The surviving incident after a merge.
    void merged(const QString &intoIncidentId);

private:
    Store *m_store;
    QString m_incidentId;
    QComboBox *m_target;
    QLineEdit *m_reason;
    QLabel *m_error;
};

} // namespace tw
