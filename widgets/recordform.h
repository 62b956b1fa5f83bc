#pragma once

#include "store.h"

#include "entityschema.h"
#include "record.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;

namespace tw {


/// The detail/edit form of one record, generated from its kind's FieldDefs: one editor per field
/// (line edit, spin box, combo box with translated enum labels, check box, date-time), lon/lat
/// editors for point kinds, and an error line under each editor.
class RecordForm : public QWidget {
    Q_OBJECT
public:
    RecordForm(Store *store, ResourceKind kind, QWidget *parent = nullptr);

    ResourceKind kind() const { return m_kind; }
    /// Shows `record` for editing.
    void setRecord(const Record &record);
    /// Empties the form for a new record: defaults, and the point at `defaultPoint`.
    void startNew(LonLat defaultPoint = LonLat(120.1551, 30.2741));
    bool isNew() const { return m_record.id.isEmpty(); }
    /// The record as it was loaded (before any edit in the form).
    const Record &originalRecord() const { return m_record; }
    bool isDirty() const { return m_dirty; }

    /// The values entered, validated field by field against the schema. On failure every
    /// offending field shows its message and the first error is returned.
    Result<QVariantMap> collectValues();
    /// The position entered; nullopt for kinds without one.
    std::optional<LonLat> point() const;

    /// Shows an error next to its field (Error::field), or above the form when it names none.
    void showError(const Error &error);
    void clearErrors();
    /// The message shown next to `key` ("lon"/"lat" for the point); empty when none.
    QString errorText(const QString &key) const;
    /// The editor of field `key`, for focus and tests.
    QWidget *editor(const QString &key) const;

Q_SIGNALS:
    /// The user changed a value.
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row {
        const FieldDef *field = nullptr; ///< nullptr for lon/lat
        QLabel *label = nullptr;
        QWidget *editor = nullptr;
        QLabel *error = nullptr;
    };

    void buildRows();
    QWidget *createEditor(const FieldDef &field);
    void addRow(const QString &key, const FieldDef *field, QWidget *editor);
    void setEditorValue(const Row &row, const QVariant &value);
    QVariant editorValue(const Row &row) const;
    void fillReferenceCombo(QComboBox *combo, ResourceKind kind);
    void setFieldError(const QString &key, const QString &message);
    void retranslate();
    void markEdited();

    QPointer<Store> m_store;
    ResourceKind m_kind;
    Record m_record;
    bool m_loading = false;
    bool m_dirty = false;
    QGridLayout *m_grid = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_formError = nullptr;
    QStringList m_order;
    QHash<QString, Row> m_rows;
};

} // namespace tw
