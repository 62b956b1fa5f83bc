#pragma once

#include "classification.h"
#include "result.h"

#include <QDialog>

class QLabel;

namespace tw {

class Store;

/// Asks the officer to raise an incident's event level when its casualty and loss figures call
/// for a more severe one, showing the rule that triggered it. Escalating applies
/// incident.setLevel with the rule as the reason, so the escalation is on the timeline.
class EscalationPrompt : public QDialog {
    Q_OBJECT
public:
    EscalationPrompt(Store *store, const QString &incidentId, const QString &currentLevel,
                     const LevelSuggestion &suggestion, QWidget *parent = nullptr);

    /// Whether `suggestion` is more severe than `currentLevel` (an ungraded incident: only when a
    /// rule was reached).
    static bool shouldPrompt(const QString &currentLevel, const LevelSuggestion &suggestion);

    const LevelSuggestion &suggestion() const { return m_suggestion; }
    QLabel *ruleLabel() const { return m_rule; }
    /// Applies the new level; the dialog stays open with the message on failure.
    Status escalate();

    void accept() override;

private:
    Store *m_store;
    QString m_incidentId;
    LevelSuggestion m_suggestion;
    QLabel *m_rule;
    QLabel *m_error;
};

} // namespace tw
