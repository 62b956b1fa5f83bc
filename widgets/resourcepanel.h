#pragma once

#include "store.h"

#include "entityschema.h"
#include "record.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace tw {

class EditHistory;
class RecordForm;
class ResourceFilterModel;
class ResourceTableModel;

/// Browse and edit one resource kind: a search box, one filter per enum field, a sortable table
/// and the record's edit form. Every write goes through the Store and is added to the EditHistory.
class ResourcePanel : public QWidget {
    Q_OBJECT
public:
    ResourcePanel(Store *store, ResourceKind kind, EditHistory *history, QWidget *parent = nullptr);

    ResourceKind kind() const { return m_kind; }
    ResourceTableModel *tableModel() const { return m_model; }
    ResourceFilterModel *filterModel() const { return m_filter; }
    QTableView *tableView() const { return m_table; }
    RecordForm *form() const { return m_form; }
    QLineEdit *searchEdit() const { return m_search; }
    /// The filter combo of enum field `key`; nullptr when the kind has no such field.
    QComboBox *filterCombo(const QString &key) const { return m_filterCombos.value(key); }

    /// The id of the record in the form; empty while creating a new one.
    QString currentId() const;
    /// Selects the record and shows it in the form (clearing filters that hide it).
    bool selectRecord(const QString &id);

public Q_SLOTS:
    void focusSearch();
    /// Empties the form for a new record.
    void newRecord();
    /// Validates and writes the form (create or update). Errors are shown next to their fields.
    bool saveForm();
    /// Asks for confirmation, then deletes the record in the form.
    bool deleteCurrent();
    /// Reloads the form from the database, dropping unsaved edits.
    void revertForm();

Q_SIGNALS:
    /// A one-line message for the status bar.
    void statusMessage(const QString &message);
    /// The user selected a record (for the map to centre on it).
    void recordActivated(tw::ResourceKind kind, const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildFilterBar(QWidget *bar);
    void onCurrentRowChanged();
    void onHistoryUndone(ResourceKind kind, const QString &id);
    void onModelDataChanged();
    void updateCount();
    void updateButtons();
    void retranslate();

    QPointer<Store> m_store;
    ResourceKind m_kind;
    EditHistory *m_history;
    ResourceTableModel *m_model;
    ResourceFilterModel *m_filter;
    QLineEdit *m_search = nullptr;
    QHash<QString, QComboBox *> m_filterCombos;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    RecordForm *m_form = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
};

} // namespace tw
