#include "planchecklist.h"

#include "planlibrary.h"
#include "store.h"

#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace tw {

PlanChecklist::PlanChecklist(Store *store, const PlanLibrary *plans, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_plans(plans)
    , m_plan(new QComboBox(this))
    , m_fit(new QLabel(this))
    , m_steps(new QListWidget(this))
{
    m_fit->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_plan);
    layout->addWidget(m_fit);
    layout->addWidget(m_steps, 1);
    connect(m_plan, &QComboBox::currentIndexChanged, this, &PlanChecklist::reloadSteps);
    connect(m_steps, &QListWidget::itemChanged, this, &PlanChecklist::onItemChanged);
    // Queued: a tick is applied from inside the list's itemChanged, and reloading clears the items.
    connect(
        m_store, &Store::timelineChanged, this,
        [this](const QString &incidentId) {
            if (incidentId == m_incidentId) {
                reloadSteps();
            }
        },
        Qt::QueuedConnection);
    connect(m_store, &Store::recordsChanged, this, [this](ResourceKind kind, const QString &id) {
        // Grading changes which plans apply.
        if (kind == ResourceKind::Incidents && (id.isEmpty() || id == m_incidentId)) {
            reloadPlans();
        }
    });
    reloadPlans();
}

void PlanChecklist::setIncident(const QString &incidentId)
{
    m_incidentId = incidentId;
    reloadPlans();
}

QString PlanChecklist::planId() const
{
    return m_plan->currentData().toString();
}

void PlanChecklist::reloadPlans()
{
    const QString keep = planId();
    const QSignalBlocker blocker(m_plan);
    m_plan->clear();
    const Result<Record> record = m_store->record(ResourceKind::Incidents, m_incidentId);
    if (record && m_plans) {
        for (const PlanMatch &match : m_plans->matching(Incident::fromRecord(record.value()))) {
            m_plan->addItem(match.plan.title, match.plan.id);
            m_plan->setItemData(m_plan->count() - 1, match.fit.reason, Qt::ToolTipRole);
        }
    }
    m_plan->setCurrentIndex(std::max(0, m_plan->findData(keep)));
    reloadSteps();
}

void PlanChecklist::reloadSteps()
{
    m_filling = true;
    m_steps->clear();
    const Plan *plan = m_plans ? m_plans->plan(planId()) : nullptr;
    if (!plan) {
        m_fit->setText(m_incidentId.isEmpty() ? tr("Select an incident") : tr("No plan applies to this incident"));
        m_filling = false;
        return;
    }
    m_fit->setText(tr("Fits: %1").arg(m_plan->currentData(Qt::ToolTipRole).toString()));
    const QHash<QString, PlanTick> ticks = PlanLibrary::ticks(*m_store, m_incidentId, plan->id);
    for (const PlanStep &step : plan->steps) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(step.title, step.role), m_steps);
        item->setData(Qt::UserRole, step.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        const PlanTick tick = ticks.value(step.id);
        item->setCheckState(tick.done ? Qt::Checked : Qt::Unchecked);
        QString tip = step.description;
        if (tick.atMs > 0) {
            tip += QStringLiteral("\n")
                   + tr("%1 by %2 at %3")
                         .arg(tick.done ? tr("Done") : tr("Reopened"), tick.actor,
                              QDateTime::fromMSecsSinceEpoch(tick.atMs).toString(QStringLiteral("MM-dd HH:mm")));
        }
        item->setToolTip(tip.trimmed());
    }
    m_filling = false;
}

void PlanChecklist::onItemChanged(QListWidgetItem *item)
{
    const Plan *plan = m_plans ? m_plans->plan(planId()) : nullptr;
    if (m_filling || !plan) {
        return;
    }
    const bool done = item->checkState() == Qt::Checked;
    const Result<MutationOutcome> applied = m_store->apply(
        PlanLibrary::tickMutation(),
        PlanLibrary::tickArguments(m_incidentId, *plan, item->data(Qt::UserRole).toString(), done));
    if (!applied) {
        Q_EMIT statusMessage(applied.errorString());
        QMetaObject::invokeMethod(this, &PlanChecklist::reloadSteps, Qt::QueuedConnection);
    }
}

} // namespace tw
