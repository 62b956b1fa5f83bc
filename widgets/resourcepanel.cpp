#include "resourcepanel.h"

#include "edithistory.h"
#include "recordform.h"
#include "resourcefiltermodel.h"
#include "resourcetablemodel.h"
#include "store.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tw {

namespace {

bool sameValue(const QVariant &a, const QVariant &b)
{
    const bool aSet = a.isValid() && !a.isNull();
    const bool bSet = b.isValid() && !b.isNull();
    if (!aSet || !bSet) {
        return aSet == bSet;
    }
    bool aNumber = false;
    bool bNumber = false;
    const double x = a.toDouble(&aNumber);
    const double y = b.toDouble(&bNumber);
    if (aNumber && bNumber && a.typeId() != QMetaType::QString && b.typeId() != QMetaType::QString) {
        return x == y;
    }
    return a.toString() == b.toString();
}

} // namespace

ResourcePanel::ResourcePanel(Store *store, ResourceKind kind, EditHistory *history, QWidget *parent)
    : QWidget(parent), m_store(store), m_kind(kind), m_history(history),
      m_model(new ResourceTableModel(store, kind, this)), m_filter(new ResourceFilterModel(this))
{
    setObjectName(QStringLiteral("panel_") + kindDef(kind).name);
    m_filter->setSourceModel(m_model);

    auto *bar = new QWidget(this);
    buildFilterBar(bar);

    m_table = new QTableView(this);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    m_table->setColumnWidth(0, 200);
    const KindDef &def = kindDef(kind);
    for (int column = 0; column < def.fields.size(); ++column) {
        if (def.fields[column].type == FieldType::Json) {
            m_table->setColumnHidden(column, true);
        }
    }

    m_form = new RecordForm(store, kind, this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_newButton = new QPushButton(this);
    m_saveButton = new QPushButton(this);
    m_saveButton->setDefault(true);
    m_revertButton = new QPushButton(this);
    m_deleteButton = new QPushButton(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addStretch(1);
    buttons->addWidget(m_deleteButton);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);

    auto *formBox = new QWidget(this);
    auto *formLayout = new QVBoxLayout(formBox);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(scroll, 1);
    formLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("panelSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(formBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(bar);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &ResourceFilterModel::setFilterText);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ResourcePanel::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ResourcePanel::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ResourcePanel::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ResourcePanel::updateCount);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ResourcePanel::onModelDataChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ResourcePanel::onCurrentRowChanged);
    connect(m_newButton, &QPushButton::clicked, this, &ResourcePanel::newRecord);
    connect(m_saveButton, &QPushButton::clicked, this, &ResourcePanel::saveForm);
    connect(m_revertButton, &QPushButton::clicked, this, &ResourcePanel::revertForm);
    connect(m_deleteButton, &QPushButton::clicked, this, &ResourcePanel::deleteCurrent);
    connect(m_form, &RecordForm::edited, this, &ResourcePanel::updateButtons);
    if (m_history) {
        connect(m_history, &EditHistory::undone, this, &ResourcePanel::onHistoryUndone);
    }
    retranslate();
    updateCount();
    // Start on the first record so the form shows something useful rather than an empty draft.
    if (m_filter->rowCount() > 0) {
        m_table->setCurrentIndex(m_filter->index(0, 0));
    }
    updateButtons();
}

void ResourcePanel::buildFilterBar(QWidget *bar)
{
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160);
    layout->addWidget(m_search, 2);
    for (const FieldDef &field : kindDef(m_kind).fields) {
        if (field.type != FieldType::Enum) {
            continue;
        }
        auto *combo = new QComboBox(bar);
        combo->setObjectName(QStringLiteral("filter_") + field.key);
        combo->addItem(QString(), QString());
        for (const EnumValue &value : field.enumValues) {
            combo->addItem(QString(), value.value);
        }
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        const QString key = field.key;
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, key] {
            m_filter->setValueFilter(key, combo->currentData().toString());
            updateCount();
        });
        m_filterCombos.insert(field.key, combo);
        layout->addWidget(combo);
    }
    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("panelCount"));
    layout->addWidget(m_count);
    connect(m_search, &QLineEdit::textChanged, this, &ResourcePanel::updateCount, Qt::QueuedConnection);
}

QString ResourcePanel::currentId() const
{
    return m_form->originalRecord().id;
}

bool ResourcePanel::selectRecord(const QString &id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0) {
        return false;
    }
    QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        m_search->clear();
        for (QComboBox *combo : std::as_const(m_filterCombos)) {
            combo->setCurrentIndex(0);
        }
        index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_form->setRecord(m_model->recordAt(sourceRow));
    updateButtons();
    return true;
}

void ResourcePanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ResourcePanel::newRecord()
{
    m_table->selectionModel()->clearCurrentIndex();
    m_table->clearSelection();
    m_form->startNew();
    if (QWidget *first = m_form->editor(kindDef(m_kind).fields.first().key)) {
        first->setFocus(Qt::OtherFocusReason);
    }
    updateButtons();
}

bool ResourcePanel::saveForm()
{
    if (!m_store) {
        return false;
    }
    Result<QVariantMap> values = m_form->collectValues();
    if (!values) {
        Q_EMIT statusMessage(tr("Not saved: %1").arg(values.error().toString()));
        return false;
    }
    const std::optional<LonLat> point = m_form->point();
    const QString label = kindDef(m_kind).translatedSingularLabel();
    if (m_form->isNew()) {
        Record record;
        record.kind = m_kind;
        record.values = values.value();
        record.point = point;
        const Result<QString> id = m_store->createRecord(record);
        if (!id) {
            m_form->showError(id.error());
            Q_EMIT statusMessage(tr("Not saved: %1").arg(id.error().toString()));
            return false;
        }
        if (m_history) {
            m_history->recordCreated(m_kind, id.value());
        }
        selectRecord(id.value());
        Q_EMIT statusMessage(tr("%1 created").arg(label));
        return true;
    }
    const Record before = m_form->originalRecord();
    QVariantMap changes;
    for (auto it = values->cbegin(); it != values->cend(); ++it) {
        if (!sameValue(it.value(), before.value(it.key()))) {
            changes.insert(it.key(), it.value());
        }
    }
    const bool pointChanged = point && (!before.point || !(*point == *before.point));
    if (changes.isEmpty() && !pointChanged) {
        Q_EMIT statusMessage(tr("No changes to save"));
        return true;
    }
    const Status status = m_store->updateRecord(m_kind, before.id, changes, pointChanged ? point : std::nullopt);
    if (!status) {
        m_form->showError(status.error());
        Q_EMIT statusMessage(tr("Not saved: %1").arg(status.error().toString()));
        return false;
    }
    if (m_history) {
        m_history->recordUpdated(before, changes, pointChanged ? point : std::nullopt);
    }
    selectRecord(before.id);
    Q_EMIT statusMessage(tr("%1 saved").arg(label));
    return true;
}

bool ResourcePanel::deleteCurrent()
{
    const QString id = currentId();
    if (id.isEmpty() || !m_store) {
        return false;
    }
    const Record before = m_form->originalRecord();
    const QString label = kindDef(m_kind).translatedSingularLabel();
    QMessageBox box(QMessageBox::Warning, tr("Delete %1").arg(label),
                    tr("Delete %1 \"%2\"? You can undo this with Ctrl+Z.").arg(label, before.displayName()),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmDelete"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.button(QMessageBox::Yes)->setText(tr("Delete"));
    if (box.exec() != QMessageBox::Yes) {
        return false;
    }
    const Status status = m_store->deleteRecord(m_kind, id);
    if (!status) {
        m_form->showError(status.error());
        Q_EMIT statusMessage(tr("Not deleted: %1").arg(status.error().toString()));
        return false;
    }
    if (m_history) {
        m_history->recordDeleted(before);
    }
    newRecord();
    Q_EMIT statusMessage(tr("%1 \"%2\" deleted").arg(label, before.displayName()));
    return true;
}

void ResourcePanel::revertForm()
{
    const QString id = currentId();
    if (id.isEmpty() || !selectRecord(id)) {
        newRecord();
    }
}

void ResourcePanel::onCurrentRowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const Record record = m_model->recordAt(m_filter->mapToSource(current).row());
    if (record.id != currentId() || !m_form->isDirty()) {
        m_form->setRecord(record);
    }
    updateButtons();
    Q_EMIT recordActivated(m_kind, record.id);
}

void ResourcePanel::onHistoryUndone(ResourceKind kind, const QString &id)
{
    if (kind != m_kind) {
        return;
    }
    if (!selectRecord(id) && currentId() == id) {
        newRecord();
    }
}

void ResourcePanel::onModelDataChanged()
{
    // Another console or an undo changed the record on display: show it unless the user is editing.
    const QString id = currentId();
    const int row = id.isEmpty() ? -1 : m_model->rowOf(id);
    if (row >= 0 && !m_form->isDirty()) {
        m_form->setRecord(m_model->recordAt(row));
    }
}

void ResourcePanel::updateCount()
{
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n record(s)", nullptr, total)
                                    : tr("%1 of %n shown", nullptr, total).arg(shown));
}

void ResourcePanel::updateButtons()
{
    m_deleteButton->setEnabled(!currentId().isEmpty());
    m_revertButton->setEnabled(!currentId().isEmpty());
}

void ResourcePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ResourcePanel::retranslate()
{
    m_search->setPlaceholderText(tr("Search name, address, contact… (Ctrl+F)"));
    for (const FieldDef &field : kindDef(m_kind).fields) {
        QComboBox *combo = m_filterCombos.value(field.key);
        if (!combo) {
            continue;
        }
        combo->setItemText(0, tr("%1: all").arg(field.translatedLabel()));
        for (int i = 1; i < combo->count(); ++i) {
            combo->setItemText(i, field.enumLabel(combo->itemData(i).toString()));
        }
    }
    m_newButton->setText(tr("New…"));
    m_newButton->setToolTip(tr("New record (Ctrl+N)"));
    m_saveButton->setText(tr("Save"));
    m_saveButton->setToolTip(tr("Save the form (Ctrl+S)"));
    m_revertButton->setText(tr("Revert"));
    m_deleteButton->setText(tr("Delete…"));
    m_deleteButton->setToolTip(tr("Delete the record (Delete)"));
    m_model->retranslate();
    updateCount();
}

} // namespace tw
