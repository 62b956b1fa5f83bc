#pragma once

#include "store.h"

#include "entityschema.h"
#include "record.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace tw {


/// One kind's records as a table: one row per record, one column per schema field, then lon and
/// lat for kinds with a point. Follows Store::recordsChanged row by row so selections survive edits.
class ResourceTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        RawValueRole = Qt::UserRole, ///< the stored value (number, enum value, ms, id...)
        IdRole,                      ///< the record's id, same on every column
        FieldKeyRole,                ///< the column's field key ("lon"/"lat" for the point)
    };

    ResourceTableModel(Store *store, ResourceKind kind, QObject *parent = nullptr);

    ResourceKind kind() const { return m_kind; }
    const KindDef &kindDef() const;
    Store *store() const { return m_store; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The record shown in `row`; a default Record when out of range.
    Record recordAt(int row) const;
    /// The row of the record with `id`; -1 when not shown.
    int rowOf(const QString &id) const;
    /// The field key of `column` ("lon" and "lat" for the point columns); empty when out of range.
    QString columnKey(int column) const;
    /// The column of field `key`; -1 when the kind has no such column.
    int columnOf(const QString &key) const;
    /// The schema field of `column`; nullptr for the point columns.
    const FieldDef *fieldAt(int column) const;

    /// A value as a person reads it: enum labels, local times, yes/no, referenced names.
    QString displayText(const FieldDef &field, const QVariant &value) const;

    /// Shows `records` (the kind at a replayed moment) instead of the store's, without following
    /// the store, until showLive(). Rows keep their place when the same records are shown again.
    void showRecords(const QList<Record> &records);
    /// Back to the store's records.
    void showLive();
    bool isLive() const { return !m_replaying; }

public Q_SLOTS:
    /// Reads every record again (a full reset); nothing while showing a replayed moment.
    void reload();
    /// Re-emits headers and texts after the UI language changed.
    void retranslate();

private:
    void onRecordsChanged(ResourceKind kind, const QString &id);
    void rebuildIndex(int fromRow = 0);
    QString referencedName(ResourceKind kind, const QString &id) const;
    QVariant rawValue(const Record &record, int column) const;

    QPointer<Store> m_store;
    ResourceKind m_kind;
    QList<Record> m_records;
    QHash<QString, int> m_rowById;
    mutable QHash<ResourceKind, QHash<QString, QString>> m_nameCache;
    bool m_replaying = false;
};

} // namespace tw
