#include "resourcetablemodel.h"

#include "store.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace tw {

namespace {

const QString kLon = QStringLiteral("lon");
const QString kLat = QStringLiteral("lat");

bool isNumeric(FieldType type)
{
    return type == FieldType::Integer || type == FieldType::Real;
}

QString formatReal(double value, int maxDecimals)
{
    if (!std::isfinite(value)) {
        return QString();
    }
    if (value == std::floor(value) && std::abs(value) < 1e15) {
        return QLocale().toString(static_cast<qint64>(value));
    }
    QString text = QLocale().toString(value, 'f', maxDecimals);
    const QChar point = QLocale().decimalPoint().front();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0'))) {
            text.chop(1);
        }
        if (text.endsWith(point)) {
            text.chop(1);
        }
    }
    return text;
}

} // namespace

ResourceTableModel::ResourceTableModel(Store *store, ResourceKind kind, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_kind(kind)
{
    if (m_store) {
        connect(m_store, &Store::recordsChanged, this, &ResourceTableModel::onRecordsChanged);
    }
    reload();
}

const KindDef &ResourceTableModel::kindDef() const
{
    return tw::kindDef(m_kind);
}

int ResourceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int ResourceTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid()) {
        return 0;
    }
    const KindDef &def = kindDef();
    return static_cast<int>(def.fields.size()) + (def.hasPoint ? 2 : 0);
}

QString ResourceTableModel::columnKey(int column) const
{
    const KindDef &def = kindDef();
    if (column < 0) {
        return QString();
    }
    if (column < def.fields.size()) {
        return def.fields[column].key;
    }
    if (def.hasPoint && column == def.fields.size()) {
        return kLon;
    }
    if (def.hasPoint && column == def.fields.size() + 1) {
        return kLat;
    }
    return QString();
}

int ResourceTableModel::columnOf(const QString &key) const
{
    const KindDef &def = kindDef();
    const int index = def.fieldIndex(key);
    if (index >= 0) {
        return index;
    }
    if (def.hasPoint && key == kLon) {
        return static_cast<int>(def.fields.size());
    }
    if (def.hasPoint && key == kLat) {
        return static_cast<int>(def.fields.size()) + 1;
    }
    return -1;
}

const FieldDef *ResourceTableModel::fieldAt(int column) const
{
    const KindDef &def = kindDef();
    return column >= 0 && column < def.fields.size() ? &def.fields[column] : nullptr;
}

QVariant ResourceTableModel::rawValue(const Record &record, int column) const
{
    if (const FieldDef *field = fieldAt(column)) {
        return record.value(field->key);
    }
    const QString key = columnKey(column);
    if (!record.point) {
        return QVariant();
    }
    if (key == kLon) {
        return record.point->lon;
    }
    if (key == kLat) {
        return record.point->lat;
    }
    return QVariant();
}

QString ResourceTableModel::referencedName(ResourceKind kind, const QString &id) const
{
    if (id.isEmpty() || !m_store) {
        return id;
    }
    auto &names = m_nameCache[kind];
    if (names.isEmpty()) {
        const QList<Record> records = m_store->records(kind);
        for (const Record &r : records) {
            names.insert(r.id, r.displayName());
        }
    }
    return names.value(id, id);
}

QString ResourceTableModel::displayText(const FieldDef &field, const QVariant &value) const
{
    if (!value.isValid() || value.isNull()) {
        return QString();
    }
    switch (field.type) {
    case FieldType::Enum:
        return field.enumLabel(value.toString());
    case FieldType::Bool:
        return value.toBool() ? tr("Yes") : tr("No");
    case FieldType::TimeMs: {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(value.toLongLong());
        return at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    case FieldType::Integer:
        return QLocale().toString(value.toLongLong());
    case FieldType::Real:
        return formatReal(value.toDouble(), 3);
    case FieldType::Reference:
        return referencedName(field.referenceKind, value.toString());
    case FieldType::Json:
    case FieldType::Text:
        break;
    }
    QString text = value.toString();
    if (text.size() > 200) {
        text = text.left(199) + QChar(0x2026);
    }
    return text;
}

QVariant ResourceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return QVariant();
    }
    const Record &record = m_records[index.row()];
    const FieldDef *field = fieldAt(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        const QVariant raw = rawValue(record, index.column());
        if (field) {
            return displayText(*field, raw);
        }
        return raw.isValid() ? QLocale().toString(raw.toDouble(), 'f', 6) : QString();
    }
    case Qt::EditRole:
    case RawValueRole:
        return rawValue(record, index.column());
    case IdRole:
        return record.id;
    case FieldKeyRole:
        return columnKey(index.column());
    case Qt::TextAlignmentRole:
        if (!field || isNumeric(field->type)) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return QVariant();
    }
}

QVariant ResourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section < 0 || section >= columnCount()) {
        return QVariant();
    }
    if (role == Qt::DisplayRole) {
        if (const FieldDef *field = fieldAt(section)) {
            return field->translatedLabel();
        }
        return columnKey(section) == kLon ? tr("Longitude") : tr("Latitude");
    }
    if (role == FieldKeyRole) {
        return columnKey(section);
    }
    return QVariant();
}

QHash<int, QByteArray> ResourceTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(IdRole, "recordId");
    names.insert(FieldKeyRole, "fieldKey");
    return names;
}

Record ResourceTableModel::recordAt(int row) const
{
    return row >= 0 && row < m_records.size() ? m_records[row] : Record{};
}

int ResourceTableModel::rowOf(const QString &id) const
{
    return m_rowById.value(id, -1);
}

void ResourceTableModel::rebuildIndex(int fromRow)
{
    for (int row = fromRow; row < m_records.size(); ++row) {
        m_rowById.insert(m_records[row].id, row);
    }
}

void ResourceTableModel::reload()
{
    if (m_replaying) {
        return; // a replayed moment stays until showLive()
    }
    beginResetModel();
    m_nameCache.clear();
    m_records = m_store ? m_store->records(m_kind) : QList<Record>{};
    m_rowById.clear();
    rebuildIndex();
    endResetModel();
}

void ResourceTableModel::retranslate()
{
    const int columns = columnCount();
    if (columns > 0) {
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columns - 1);
    }
    if (!m_records.isEmpty() && columns > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columns - 1), {Qt::DisplayRole, Qt::ToolTipRole});
    }
}

void ResourceTableModel::showRecords(const QList<Record> &records)
{
    m_replaying = true;
    bool sameRows = records.size() == m_records.size();
    for (qsizetype i = 0; sameRows && i < records.size(); ++i) {
        sameRows = m_rowById.contains(records.at(i).id);
    }
    if (!sameRows) {
        beginResetModel();
        m_records = records;
        m_rowById.clear();
        rebuildIndex();
        endResetModel();
        return;
    }
    for (const Record &record : records) {
        m_records[m_rowById.value(record.id)] = record;
    }
    if (!m_records.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
}

void ResourceTableModel::showLive()
{
    if (m_replaying) {
        m_replaying = false;
        reload();
    }
}

void ResourceTableModel::onRecordsChanged(ResourceKind kind, const QString &id)
{
    if (m_replaying) {
        return; // showLive() reads everything again
    }
    if (kind != m_kind) {
        // A referenced kind changed: names shown in reference columns may be stale.
        if (m_nameCache.remove(kind) > 0 && !m_records.isEmpty()) {
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
        }
        return;
    }
    if (id.isEmpty() || !m_store) {
        reload();
        return;
    }
    const Result<Record> fresh = m_store->record(m_kind, id);
    const int row = rowOf(id);
    if (fresh.ok() && row >= 0) {
        m_records[row] = fresh.value();
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    } else if (fresh.ok()) {
        const int newRow = static_cast<int>(m_records.size());
        beginInsertRows({}, newRow, newRow);
        m_records.append(fresh.value());
        m_rowById.insert(id, newRow);
        endInsertRows();
    } else if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_records.removeAt(row);
        m_rowById.remove(id);
        rebuildIndex(row);
        endRemoveRows();
    }
}

} // namespace tw
