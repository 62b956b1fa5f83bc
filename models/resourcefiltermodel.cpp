#include "resourcefiltermodel.h"

#include "resourcetablemodel.h"

namespace tw {

namespace {

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Bool:
        return true;
    default:
        return false;
    }
}

} // namespace

ResourceFilterModel::ResourceFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

ResourceTableModel *ResourceFilterModel::tableModel() const
{
    return qobject_cast<ResourceTableModel *>(sourceModel());
}

void ResourceFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text) {
        return;
    }
    m_text = trimmed;
    invalidateFilter();
}

void ResourceFilterModel::setValueFilter(const QString &fieldKey, const QString &value)
{
    if (valueFilter(fieldKey) == value) {
        return;
    }
    if (value.isEmpty()) {
        m_values.remove(fieldKey);
    } else {
        m_values.insert(fieldKey, value);
    }
    invalidateFilter();
}

QString ResourceFilterModel::valueFilter(const QString &fieldKey) const
{
    return m_values.value(fieldKey).toString();
}

void ResourceFilterModel::clearValueFilters()
{
    if (m_values.isEmpty()) {
        return;
    }
    m_values.clear();
    invalidateFilter();
}

bool ResourceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const ResourceTableModel *table = tableModel();
    if (!table) {
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    }
    const Record record = table->recordAt(sourceRow);
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (record.text(it.key()) != it.value().toString()) {
            return false;
        }
    }
    if (m_text.isEmpty()) {
        return true;
    }
    const KindDef &def = table->kindDef();
    const QString nameField = def.nameField();
    for (const FieldDef &field : def.fields) {
        if (!field.searchable && field.key != nameField && field.type != FieldType::Enum) {
            continue;
        }
        const QVariant value = record.value(field.key);
        if (value.toString().contains(m_text, Qt::CaseInsensitive)
            || table->displayText(field, value).contains(m_text, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

bool ResourceFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(ResourceTableModel::RawValueRole);
    const QVariant b = right.data(ResourceTableModel::RawValueRole);
    const bool aSet = a.isValid() && !a.isNull();
    const bool bSet = b.isValid() && !b.isNull();
    if (!aSet || !bSet) {
        return !aSet && bSet; // unset values first in ascending order
    }
    if (isNumber(a) && isNumber(b)) {
        return a.toDouble() < b.toDouble();
    }
    const QString textA = left.data(Qt::DisplayRole).toString();
    const QString textB = right.data(Qt::DisplayRole).toString();
    return textA.localeAwareCompare(textB) < 0;
}

} // namespace tw
