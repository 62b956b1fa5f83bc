#pragma once

#include "store.h"

#include "entityschema.h"
#include "record.h"

#include <QObject>
#include <QPointer>

namespace tw {


/// The console's undo list of record edits. Undo never rewrites history: it applies a new
/// mutation through the Store (update back to the previous values, delete a created record,
/// re-create a deleted one with its id), so the undo is logged and synced like any edit.
class EditHistory : public QObject {
    Q_OBJECT
public:
    explicit EditHistory(Store *store, QObject *parent = nullptr);

    void recordCreated(ResourceKind kind, const QString &id);
    /// `before` is the record as it was before the update.
    void recordUpdated(const Record &before, const QVariantMap &changes, std::optional<LonLat> newPoint);
    void recordDeleted(const Record &before);

    bool canUndo() const { return !m_entries.isEmpty(); }
    /// A short description of what undo would revert ("Undo edit of Rescue team ...").
    QString undoText() const;
    /// Reverts the last edit. On failure the entry stays and the Error says why.
    Status undo();
    void clear();

Q_SIGNALS:
    void canUndoChanged(bool canUndo);
    /// An undo was applied to this record.
    void undone(tw::ResourceKind kind, const QString &id);

private:
    enum class Action { Created, Updated, Deleted };
    struct Entry {
        Action action = Action::Updated;
        ResourceKind kind = ResourceKind::Teams;
        QString id;
        QString name;
        Record before;             ///< full record for Deleted
        QVariantMap previous;      ///< previous values of the changed fields for Updated
        std::optional<LonLat> previousPoint; ///< set when the point changed
    };
    void push(Entry entry);

    QPointer<Store> m_store;
    QList<Entry> m_entries;
};

} // namespace tw
