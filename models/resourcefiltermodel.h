#pragma once

#include <QSortFilterProxyModel>
#include <QVariantMap>

namespace tw {

class ResourceTableModel;

/// Filters a ResourceTableModel by free text over its searchable fields and by exact field values
/// (enum filters), and sorts numbers as numbers and text in the locale's order.
class ResourceFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ResourceFilterModel(QObject *parent = nullptr);

    /// Case-insensitive substring over the name and searchable fields (raw values and labels).
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

    /// Keeps only rows whose `fieldKey` equals `value`; an empty value removes the condition.
    void setValueFilter(const QString &fieldKey, const QString &value);
    QString valueFilter(const QString &fieldKey) const;
    void clearValueFilters();

    /// The table model behind this proxy (nullptr when the source is something else).
    ResourceTableModel *tableModel() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QVariantMap m_values;
};

} // namespace tw
