#include "escalationprompt.h"

#include "store.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tw {

EscalationPrompt::EscalationPrompt(Store *store, const QString &incidentId, const QString &currentLevel,
                                   const LevelSuggestion &suggestion, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_incidentId(incidentId)
    , m_suggestion(suggestion)
    , m_rule(new QLabel(suggestion.rule, this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Escalate the incident?"));
    const QString current = currentLevel.isEmpty() ? tr("ungraded")
                                                   : tr("level %1 (%2)").arg(currentLevel, eventLevelName(currentLevel));
    auto *summary = new QLabel(tr("The casualty and loss figures call for level %1 (%2); the incident is %3.")
                                   .arg(suggestion.level, eventLevelName(suggestion.level), current),
                               this);
    summary->setWordWrap(true);
    m_rule->setObjectName(QStringLiteral("rule"));
    m_rule->setWordWrap(true);
    QFont bold = m_rule->font();
    bold.setBold(true);
    m_rule->setFont(bold);
    m_error->setStyleSheet(QStringLiteral("color: #e53935"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Escalate to level %1").arg(suggestion.level), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Not now"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &EscalationPrompt::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EscalationPrompt::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(new QLabel(tr("Rule:"), this));
    layout->addWidget(m_rule);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

bool EscalationPrompt::shouldPrompt(const QString &currentLevel, const LevelSuggestion &suggestion)
{
    const int suggested = eventLevelRank(suggestion.level);
    const int current = eventLevelRank(currentLevel);
    if (suggested == 0) {
        return false;
    }
    return current == 0 ? !suggestion.criterion.isEmpty() : suggested < current;
}

Status EscalationPrompt::escalate()
{
    const Result<MutationOutcome> applied =
        m_store->apply(QStringLiteral("incident.setLevel"), {{QStringLiteral("id"), m_incidentId},
                                                              {QStringLiteral("event_level"), m_suggestion.level},
                                                              {QStringLiteral("reason"), m_suggestion.rule}});
    if (!applied) {
        return applied.error();
    }
    return {};
}

void EscalationPrompt::accept()
{
    const Status done = escalate();
    if (!done) {
        m_error->setText(done.errorString());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace tw
