#include "edithistory.h"

#include "store.h"

namespace tw {

namespace {
constexpr int kMaxEntries = 100;
}

EditHistory::EditHistory(Store *store, QObject *parent) : QObject(parent), m_store(store) {}

void EditHistory::push(Entry entry)
{
    const bool was = canUndo();
    m_entries.append(std::move(entry));
    if (m_entries.size() > kMaxEntries) {
        m_entries.removeFirst();
    }
    if (!was) {
        Q_EMIT canUndoChanged(true);
    }
}

void EditHistory::recordCreated(ResourceKind kind, const QString &id)
{
    Entry entry;
    entry.action = Action::Created;
    entry.kind = kind;
    entry.id = id;
    if (m_store) {
        if (const Result<Record> r = m_store->record(kind, id)) {
            entry.name = r->displayName();
        }
    }
    push(std::move(entry));
}

void EditHistory::recordUpdated(const Record &before, const QVariantMap &changes, std::optional<LonLat> newPoint)
{
    Entry entry;
    entry.action = Action::Updated;
    entry.kind = before.kind;
    entry.id = before.id;
    entry.name = before.displayName();
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        entry.previous.insert(it.key(), before.value(it.key()));
    }
    if (newPoint && before.point && !(*newPoint == *before.point)) {
        entry.previousPoint = before.point;
    }
    push(std::move(entry));
}

void EditHistory::recordDeleted(const Record &before)
{
    Entry entry;
    entry.action = Action::Deleted;
    entry.kind = before.kind;
    entry.id = before.id;
    entry.name = before.displayName();
    entry.before = before;
    push(std::move(entry));
}

QString EditHistory::undoText() const
{
    if (m_entries.isEmpty()) {
        return tr("Nothing to undo");
    }
    const Entry &last = m_entries.last();
    const QString what = kindDef(last.kind).translatedSingularLabel();
    switch (last.action) {
    case Action::Created:
        return tr("Undo creation of %1 \"%2\"").arg(what, last.name);
    case Action::Deleted:
        return tr("Undo deletion of %1 \"%2\"").arg(what, last.name);
    case Action::Updated:
        break;
    }
    return tr("Undo edit of %1 \"%2\"").arg(what, last.name);
}

Status EditHistory::undo()
{
    if (m_entries.isEmpty()) {
        return Error{tr("Nothing to undo"), {}, {}};
    }
    if (!m_store) {
        return Error{tr("The database is closed"), {}, {}};
    }
    const Entry entry = m_entries.last();
    Status status;
    switch (entry.action) {
    case Action::Created:
        status = m_store->deleteRecord(entry.kind, entry.id);
        break;
    case Action::Updated:
        status = m_store->updateRecord(entry.kind, entry.id, entry.previous, entry.previousPoint);
        break;
    case Action::Deleted: {
        const Result<QString> created = m_store->createRecord(entry.before);
        if (!created) {
            status = created.error();
        }
        break;
    }
    }
    if (!status) {
        return status;
    }
    m_entries.removeLast();
    Q_EMIT undone(entry.kind, entry.id);
    if (m_entries.isEmpty()) {
        Q_EMIT canUndoChanged(false);
    }
    return {};
}

void EditHistory::clear()
{
    if (m_entries.isEmpty()) {
        return;
    }
    m_entries.clear();
    Q_EMIT canUndoChanged(false);
}

} // namespace tw
