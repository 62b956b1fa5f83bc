#include "mergedialog.h"

#include "incident.h"
#include "store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace tw {

MergeDialog::MergeDialog(Store *store, const QString &incidentId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_incidentId(incidentId)
    , m_target(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Merge incidents"));
    const Result<Record> record = store->record(ResourceKind::Incidents, incidentId);
    const Incident duplicate = record ? Incident::fromRecord(record.value()) : Incident{};
    for (const Record &other : store->records(ResourceKind::Incidents)) {
        const Incident candidate = Incident::fromRecord(other);
        if (candidate.id != incidentId && candidate.isOpen() && candidate.exerciseId == duplicate.exerciseId) {
            m_target->addItem(candidate.title, candidate.id);
        }
    }
    m_reason->setPlaceholderText(tr("e.g. same fire reported by two callers"));
    m_error->setStyleSheet(QStringLiteral("color: #e53935"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Merge"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_target->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &MergeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MergeDialog::reject);
    auto *form = new QFormLayout(this);
    auto *explanation = new QLabel(tr("\"%1\" becomes a false alarm; its timeline and dispatch orders go to the "
                                      "incident you choose.")
                                       .arg(duplicate.title),
                                   this);
    explanation->setWordWrap(true);
    form->addRow(explanation);
    form->addRow(tr("Merge into"), m_target);
    form->addRow(tr("Reason"), m_reason);
    form->addRow(m_error);
    form->addRow(buttons);
}

Status MergeDialog::merge()
{
    QJsonObject args{{QStringLiteral("id"), m_incidentId}, {QStringLiteral("into_id"), m_target->currentData().toString()}};
    if (!m_reason->text().trimmed().isEmpty()) {
        args.insert(QStringLiteral("reason"), m_reason->text().trimmed());
    }
    const Result<MutationOutcome> applied = m_store->apply(QStringLiteral("incident.merge"), args);
    if (!applied) {
        return applied.error();
    }
    Q_EMIT merged(applied->id);
    return {};
}

void MergeDialog::accept()
{
    const Status done = merge();
    if (!done) {
        m_error->setText(done.errorString());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace tw
