#include "recordform.h"

#include "store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include <algorithm>
#include <climits>
#include <cmath>

namespace tw {

namespace {

const QString kLon = QStringLiteral("lon");
const QString kLat = QStringLiteral("lat");
constexpr double kHugeNumber = 1e12;

// Spin boxes cannot be empty: one step below the minimum stands for "not set" and shows a dash.
const QString kUnsetText = QStringLiteral("—");

QDateTime unsetDateTime()
{
    return QDateTime(QDate(2000, 1, 1), QTime(0, 0));
}

int decimalsFor(const FieldDef &field)
{
    return field.key.endsWith(QLatin1String("_lon")) || field.key.endsWith(QLatin1String("_lat")) ? 6 : 2;
}

} // namespace

RecordForm::RecordForm(Store *store, ResourceKind kind, QWidget *parent)
    : QWidget(parent), m_store(store), m_kind(kind)
{
    auto *outer = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("formTitle"));
    m_formError = new QLabel(this);
    m_formError->setObjectName(QStringLiteral("formError"));
    m_formError->setWordWrap(true);
    m_formError->hide();
    m_grid = new QGridLayout;
    m_grid->setColumnStretch(1, 1);
    m_grid->setVerticalSpacing(2);
    outer->addWidget(m_title);
    outer->addWidget(m_formError);
    outer->addLayout(m_grid);
    outer->addStretch(1);
    buildRows();
    retranslate();
    startNew();
}

void RecordForm::buildRows()
{
    const KindDef &def = kindDef(m_kind);
    for (const FieldDef &field : def.fields) {
        addRow(field.key, &field, createEditor(field));
    }
    if (def.hasPoint) {
        for (const QString &key : {kLon, kLat}) {
            auto *spin = new QDoubleSpinBox(this);
            spin->setDecimals(6);
            spin->setRange(key == kLon ? -180.0 : -90.0, key == kLon ? 180.0 : 90.0);
            spin->setSingleStep(0.001);
            connect(spin, &QDoubleSpinBox::valueChanged, this, &RecordForm::markEdited);
            addRow(key, nullptr, spin);
        }
    }
}

QWidget *RecordForm::createEditor(const FieldDef &field)
{
    switch (field.type) {
    case FieldType::Enum:
    case FieldType::Reference: {
        auto *combo = new QComboBox(this);
        if (field.type == FieldType::Enum) {
            if (!field.required) {
                combo->addItem(QString(), QString());
            }
            for (const EnumValue &value : field.enumValues) {
                combo->addItem(field.enumLabel(value.value), value.value);
            }
        }
        connect(combo, &QComboBox::currentIndexChanged, this, &RecordForm::markEdited);
        return combo;
    }
    case FieldType::Bool: {
        auto *check = new QCheckBox(this);
        connect(check, &QCheckBox::toggled, this, &RecordForm::markEdited);
        return check;
    }
    case FieldType::Integer: {
        auto *spin = new QSpinBox(this);
        const int minimum = std::isfinite(field.minimum) ? static_cast<int>(field.minimum) : -INT_MAX + 1;
        const int maximum = std::isfinite(field.maximum) ? static_cast<int>(field.maximum) : INT_MAX;
        spin->setRange(field.required ? minimum : minimum - 1, maximum);
        spin->setSpecialValueText(field.required ? QString() : kUnsetText);
        spin->setGroupSeparatorShown(true);
        connect(spin, &QSpinBox::valueChanged, this, &RecordForm::markEdited);
        return spin;
    }
    case FieldType::Real: {
        auto *spin = new QDoubleSpinBox(this);
        spin->setDecimals(decimalsFor(field));
        const double step = std::pow(10.0, -spin->decimals());
        const double minimum = std::isfinite(field.minimum) ? field.minimum : -kHugeNumber;
        const double maximum = std::isfinite(field.maximum) ? field.maximum : kHugeNumber;
        spin->setRange(field.required ? minimum : minimum - step, maximum);
        spin->setSpecialValueText(field.required ? QString() : kUnsetText);
        spin->setGroupSeparatorShown(true);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &RecordForm::markEdited);
        return spin;
    }
    case FieldType::TimeMs: {
        auto *edit = new QDateTimeEdit(this);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setCalendarPopup(true);
        edit->setMinimumDateTime(unsetDateTime());
        edit->setSpecialValueText(kUnsetText);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &RecordForm::markEdited);
        return edit;
    }
    case FieldType::Text:
    case FieldType::Json:
        break;
    }
    auto *line = new QLineEdit(this);
    line->setClearButtonEnabled(true);
    connect(line, &QLineEdit::textEdited, this, &RecordForm::markEdited);
    return line;
}

void RecordForm::addRow(const QString &key, const FieldDef *field, QWidget *editor)
{
    Row row;
    row.field = field;
    row.editor = editor;
    row.label = new QLabel(this);
    row.label->setBuddy(editor);
    row.error = new QLabel(this);
    row.error->setObjectName(QStringLiteral("fieldError"));
    row.error->setWordWrap(true);
    row.error->hide();
    editor->setObjectName(QStringLiteral("editor_") + key);
    const int gridRow = m_grid->rowCount();
    m_grid->addWidget(row.label, gridRow, 0, Qt::AlignRight | Qt::AlignVCenter);
    m_grid->addWidget(editor, gridRow, 1);
    m_grid->addWidget(row.error, gridRow + 1, 1);
    m_order << key;
    m_rows.insert(key, row);
}

void RecordForm::fillReferenceCombo(QComboBox *combo, ResourceKind kind)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(QString(), QString());
    if (!m_store) {
        return;
    }
    QList<Record> records = m_store->records(kind);
    std::sort(records.begin(), records.end(), [](const Record &a, const Record &b) {
        return a.displayName().localeAwareCompare(b.displayName()) < 0;
    });
    for (const Record &r : records) {
        combo->addItem(r.displayName(), r.id);
    }
}

void RecordForm::setEditorValue(const Row &row, const QVariant &value)
{
    const bool unset = !value.isValid() || value.isNull();
    if (auto *combo = qobject_cast<QComboBox *>(row.editor)) {
        if (row.field && row.field->type == FieldType::Reference) {
            fillReferenceCombo(combo, row.field->referenceKind);
        }
        const int index = combo->findData(unset ? QString() : value.toString());
        combo->setCurrentIndex(std::max(index, 0));
    } else if (auto *check = qobject_cast<QCheckBox *>(row.editor)) {
        check->setChecked(!unset && value.toBool());
    } else if (auto *spin = qobject_cast<QSpinBox *>(row.editor)) {
        spin->setValue(unset ? spin->minimum() : static_cast<int>(value.toLongLong()));
    } else if (auto *real = qobject_cast<QDoubleSpinBox *>(row.editor)) {
        real->setValue(unset ? real->minimum() : value.toDouble());
    } else if (auto *time = qobject_cast<QDateTimeEdit *>(row.editor)) {
        time->setDateTime(unset ? unsetDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong()));
    } else if (auto *line = qobject_cast<QLineEdit *>(row.editor)) {
        line->setText(unset ? QString() : value.toString());
        line->setCursorPosition(0);
    }
}

QVariant RecordForm::editorValue(const Row &row) const
{
    const bool optional = row.field && !row.field->required;
    if (auto *combo = qobject_cast<QComboBox *>(row.editor)) {
        const QString value = combo->currentData().toString();
        return value.isEmpty() ? QVariant() : QVariant(value);
    }
    if (auto *check = qobject_cast<QCheckBox *>(row.editor)) {
        return check->isChecked();
    }
    if (auto *spin = qobject_cast<QSpinBox *>(row.editor)) {
        return optional && spin->value() == spin->minimum() ? QVariant() : QVariant(qint64(spin->value()));
    }
    if (auto *real = qobject_cast<QDoubleSpinBox *>(row.editor)) {
        return optional && real->value() == real->minimum() ? QVariant() : QVariant(real->value());
    }
    if (auto *time = qobject_cast<QDateTimeEdit *>(row.editor)) {
        return time->dateTime() == time->minimumDateTime() ? QVariant() : QVariant(time->dateTime().toMSecsSinceEpoch());
    }
    if (auto *line = qobject_cast<QLineEdit *>(row.editor)) {
        return line->text().trimmed().isEmpty() ? QVariant() : QVariant(line->text());
    }
    return QVariant();
}

void RecordForm::setRecord(const Record &record)
{
    m_loading = true;
    m_record = record;
    clearErrors();
    for (const QString &key : std::as_const(m_order)) {
        const Row &row = m_rows[key];
        if (row.field) {
            setEditorValue(row, record.value(key));
        } else if (record.point) {
            setEditorValue(row, key == kLon ? record.point->lon : record.point->lat);
        }
    }
    m_loading = false;
    m_dirty = false;
    retranslate();
}

void RecordForm::startNew(LonLat defaultPoint)
{
    Record fresh;
    fresh.kind = m_kind;
    for (const FieldDef &field : kindDef(m_kind).fields) {
        if (field.defaultValue.isValid()) {
            fresh.values.insert(field.key, field.defaultValue);
        } else if (field.type == FieldType::Enum && field.required && !field.enumValues.isEmpty()) {
            fresh.values.insert(field.key, field.enumValues.first().value);
        }
    }
    if (kindDef(m_kind).hasPoint) {
        fresh.point = defaultPoint;
    }
    setRecord(fresh);
}

Result<QVariantMap> RecordForm::collectValues()
{
    clearErrors();
    QVariantMap values;
    std::optional<Error> first;
    for (const QString &key : std::as_const(m_order)) {
        const Row &row = m_rows[key];
        if (!row.field) {
            continue;
        }
        const QVariant raw = editorValue(row);
        Result<QVariant> converted = convertFieldValue(*row.field, raw);
        QString message;
        if (!converted) {
            message = converted.error().message;
        } else if (row.field->required && !converted->isValid()) {
            message = tr("Required: enter a value.");
        }
        if (!message.isEmpty()) {
            setFieldError(key, message);
            if (!first) {
                first = fieldError(key, message);
            }
            continue;
        }
        values.insert(key, converted.value());
    }
    if (first) {
        if (QWidget *w = editor(first->field)) {
            w->setFocus(Qt::OtherFocusReason);
        }
        return *first;
    }
    return values;
}

std::optional<LonLat> RecordForm::point() const
{
    if (!m_rows.contains(kLon)) {
        return std::nullopt;
    }
    const auto *lon = qobject_cast<QDoubleSpinBox *>(m_rows[kLon].editor);
    const auto *lat = qobject_cast<QDoubleSpinBox *>(m_rows[kLat].editor);
    return LonLat(lon->value(), lat->value());
}

void RecordForm::setFieldError(const QString &key, const QString &message)
{
    auto it = m_rows.find(key);
    if (it == m_rows.end()) {
        m_formError->setText(message);
        m_formError->setVisible(!message.isEmpty());
        return;
    }
    it->error->setText(message);
    it->error->setVisible(!message.isEmpty());
}

void RecordForm::showError(const Error &error)
{
    if (!error.field.isEmpty() && m_rows.contains(error.field)) {
        setFieldError(error.field, error.message);
        m_rows[error.field].editor->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_formError->setText(error.toString());
    m_formError->show();
}

void RecordForm::clearErrors()
{
    m_formError->clear();
    m_formError->hide();
    for (const Row &row : std::as_const(m_rows)) {
        row.error->clear();
        row.error->hide();
    }
}

QString RecordForm::errorText(const QString &key) const
{
    return m_rows.contains(key) ? m_rows[key].error->text() : m_formError->text();
}

QWidget *RecordForm::editor(const QString &key) const
{
    return m_rows.contains(key) ? m_rows[key].editor : nullptr;
}

void RecordForm::markEdited()
{
    if (m_loading) {
        return;
    }
    m_dirty = true;
    Q_EMIT edited();
}

void RecordForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void RecordForm::retranslate()
{
    const KindDef &def = kindDef(m_kind);
    m_title->setText(isNew() ? tr("New %1").arg(def.translatedSingularLabel())
                             : tr("%1: %2").arg(def.translatedSingularLabel(), m_record.displayName()));
    for (const QString &key : std::as_const(m_order)) {
        Row &row = m_rows[key];
        QString label = row.field ? row.field->translatedLabel() : (key == kLon ? tr("Longitude") : tr("Latitude"));
        if (!row.field || row.field->required) {
            label += QStringLiteral(" *");
        }
        row.label->setText(label);
        if (auto *combo = qobject_cast<QComboBox *>(row.editor); combo && row.field
            && row.field->type == FieldType::Enum) {
            for (int i = 0; i < combo->count(); ++i) {
                const QString value = combo->itemData(i).toString();
                combo->setItemText(i, value.isEmpty() ? tr("(not set)") : row.field->enumLabel(value));
            }
        } else if (combo) {
            combo->setItemText(0, tr("(not set)"));
        }
    }
}

} // namespace tw
