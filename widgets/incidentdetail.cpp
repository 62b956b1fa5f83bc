#include "incidentdetail.h"

#include "entityschema.h"
#include "escalationprompt.h"
#include "incidentattachmentlist.h"
#include "incidentreportbutton.h"
#include "mapdrawtool.h"
#include "mapview.h"
#include "store.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QInputDialog>
#include <QMimeData>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tw {

QString incidentStatusLabel(const QString &status)
{
    const FieldDef *field = kindDef(ResourceKind::Incidents).field(QStringLiteral("status"));
    return field ? field->enumLabel(status) : status;
}

namespace {

QSpinBox *countBox(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, 1'000'000);
    return box;
}

} // namespace

IncidentDetail::IncidentDetail(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_transitionRow(new QHBoxLayout)
    , m_category(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_warning(new QComboBox(this))
    , m_deaths(countBox(this))
    , m_serious(countBox(this))
    , m_missing(countBox(this))
    , m_trapped(countBox(this))
    , m_loss(new QDoubleSpinBox(this))
    , m_suggestion(new QLabel(this))
    , m_drawArea(new QPushButton(tr("Draw area on map"), this))
    , m_clearArea(new QPushButton(tr("Clear area"), this))
    , m_report(new IncidentReportButton(store, this))
    , m_attachments(new IncidentAttachmentList(store, this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    for (const QString &category : incidentCategories()) {
        m_category->addItem(QStringLiteral("%1 %2").arg(incidentCategoryCode(category), incidentCategoryName(category)),
                            category);
    }
    connect(m_category, &QComboBox::currentIndexChanged, this, &IncidentDetail::fillTypes);
    m_level->addItem(tr("Ungraded"), QString());
    for (const QString &level : {EventLevel::I, EventLevel::II, EventLevel::III, EventLevel::IV}) {
        m_level->addItem(QStringLiteral("%1 %2").arg(level, eventLevelName(level)), level);
    }
    m_warning->addItem(tr("No warning"), QString());
    for (const QString &level : {WarningLevel::Red, WarningLevel::Orange, WarningLevel::Yellow, WarningLevel::Blue}) {
        m_warning->addItem(warningLevelName(level), level);
    }
    m_loss->setRange(0, 1e12);
    m_loss->setDecimals(0);
    m_loss->setSuffix(tr(" CNY"));

    auto *grading = new QGroupBox(tr("Grading"), this);
    auto *gradingForm = new QFormLayout(grading);
    gradingForm->addRow(tr("Category"), m_category);
    gradingForm->addRow(tr("Type"), m_type);
    gradingForm->addRow(tr("Event level"), m_level);
    gradingForm->addRow(tr("Warning level"), m_warning);
    auto *applyGradingButton = new QPushButton(tr("Apply grading"), grading);
    applyGradingButton->setObjectName(QStringLiteral("applyGrading"));
    connect(applyGradingButton, &QPushButton::clicked, this, &IncidentDetail::applyGrading);
    gradingForm->addRow(applyGradingButton);

    auto *toll = new QGroupBox(tr("Casualties and losses"), this);
    auto *tollForm = new QFormLayout(toll);
    tollForm->addRow(tr("Deaths"), m_deaths);
    tollForm->addRow(tr("Serious injuries"), m_serious);
    tollForm->addRow(tr("Missing"), m_missing);
    tollForm->addRow(tr("Trapped"), m_trapped);
    tollForm->addRow(tr("Direct loss"), m_loss);
    m_suggestion->setWordWrap(true);
    tollForm->addRow(m_suggestion);
    auto *applyTollButton = new QPushButton(tr("Apply figures"), toll);
    applyTollButton->setObjectName(QStringLiteral("applyCasualties"));
    connect(applyTollButton, &QPushButton::clicked, this, &IncidentDetail::applyCasualties);
    tollForm->addRow(applyTollButton);

    m_drawArea->setObjectName(QStringLiteral("drawArea"));
    m_drawArea->setToolTip(tr("Click the corners of the affected area on the map; double-click or Enter finishes"));
    m_clearArea->setObjectName(QStringLiteral("clearArea"));
    connect(m_drawArea, &QPushButton::clicked, this, &IncidentDetail::drawArea);
    connect(m_clearArea, &QPushButton::clicked, this, &IncidentDetail::clearArea);
    auto *areaRow = new QHBoxLayout;
    areaRow->addWidget(m_drawArea);
    areaRow->addWidget(m_clearArea);
    areaRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addLayout(m_transitionRow);
    auto *documentRow = new QHBoxLayout;
    documentRow->addWidget(m_report);
    documentRow->addStretch(1);
    layout->addLayout(documentRow);
    layout->addLayout(areaRow);
    layout->addWidget(grading);
    layout->addWidget(toll);
    layout->addWidget(m_attachments);
    connect(m_report, &IncidentReportButton::statusMessage, this, &IncidentDetail::statusMessage);
    connect(m_attachments, &IncidentAttachmentList::statusMessage, this, &IncidentDetail::statusMessage);
    setAcceptDrops(true);
    layout->addStretch(1);

    connect(m_store, &Store::recordsChanged, this, [this](ResourceKind kind, const QString &id) {
        if (kind == ResourceKind::Incidents && (id.isEmpty() || id == m_incident.id)) {
            reload();
        }
    });
    setEnabled(false);
}

void IncidentDetail::setIncident(const QString &incidentId)
{
    m_incident = Incident{};
    m_incident.id = incidentId;
    reload();
    m_attachments->setIncident(m_incident.id);
}

void IncidentDetail::reload()
{
    const Result<Record> record = m_store->record(ResourceKind::Incidents, m_incident.id);
    setEnabled(record.ok());
    // Later: reload() may run inside one of these buttons' clicked signal.
    for (QPushButton *button : std::as_const(m_transitions)) {
        button->hide();
        button->deleteLater();
    }
    m_transitions.clear();
    if (!record) {
        m_incident = Incident{};
        m_report->setIncident(m_incident);
        m_title->setText(tr("No incident selected"));
        m_status->clear();
        return;
    }
    m_incident = Incident::fromRecord(record.value());
    m_report->setIncident(m_incident);
    m_clearArea->setEnabled(!record->text(QStringLiteral("area")).isEmpty());
    m_title->setText(m_incident.title);
    m_status->setText(tr("Status: %1").arg(incidentStatusLabel(m_incident.status)));
    for (const QString &to : allowedIncidentTransitions(m_incident.status)) {
        auto *button = new QPushButton(incidentStatusLabel(to), this);
        button->setObjectName(QStringLiteral("status_") + to);
        connect(button, &QPushButton::clicked, this, [this, to] { requestTransition(to); });
        m_transitionRow->addWidget(button);
        m_transitions.insert(to, button);
    }
    m_category->setCurrentIndex(std::max(0, m_category->findData(m_incident.category)));
    fillTypes();
    m_type->setCurrentIndex(std::max(0, m_type->findData(m_incident.typeCode)));
    m_level->setCurrentIndex(std::max(0, m_level->findData(m_incident.eventLevel)));
    m_warning->setCurrentIndex(std::max(0, m_warning->findData(m_incident.warningLevel)));
    m_deaths->setValue(m_incident.casualties.deaths);
    m_serious->setValue(m_incident.casualties.seriousInjuries);
    m_missing->setValue(m_incident.casualties.missing);
    m_trapped->setValue(m_incident.casualties.trapped);
    m_loss->setValue(m_incident.directLossCny);
    const LevelSuggestion suggestion = m_incident.suggestedLevel();
    m_suggestion->setText(suggestion.criterion.isEmpty()
                              ? tr("Suggested level: %1").arg(suggestion.level)
                              : tr("Suggested level: %1 — %2").arg(suggestion.level, suggestion.rule));
}

void IncidentDetail::fillTypes()
{
    const QString current = m_type->currentData().toString();
    m_type->clear();
    m_type->addItem(tr("(type not set)"), QString());
    for (const IncidentType &type : incidentTypesOf(m_category->currentData().toString())) {
        m_type->addItem(QStringLiteral("%1 %2 / %3").arg(type.code, type.nameZh, type.nameEn), type.code);
    }
    m_type->setCurrentIndex(std::max(0, m_type->findData(current)));
}

bool IncidentDetail::applyMutation(const QString &name, const QJsonObject &args)
{
    const Result<MutationOutcome> applied = m_store->apply(name, args);
    if (!applied) {
        Q_EMIT statusMessage(applied.errorString());
        return false;
    }
    return true;
}

void IncidentDetail::requestTransition(const QString &to)
{
    if (!incidentTransitionNeedsReason(m_incident.status, to)) {
        applyStatus(to, {});
        return;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("reasonDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Reason"));
    dialog->setLabelText(tr("Why does the incident go from %1 to %2?")
                             .arg(incidentStatusLabel(m_incident.status), incidentStatusLabel(to)));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, to](const QString &reason) {
        if (reason.trimmed().isEmpty()) {
            Q_EMIT statusMessage(tr("A reason is required for this change"));
            return;
        }
        applyStatus(to, reason.trimmed());
    });
    dialog->open();
}

bool IncidentDetail::applyStatus(const QString &to, const QString &reason)
{
    QJsonObject args{{QStringLiteral("id"), m_incident.id}, {QStringLiteral("status"), to}};
    if (!reason.isEmpty()) {
        args.insert(QStringLiteral("reason"), reason);
    }
    return applyMutation(QStringLiteral("incident.setStatus"), args);
}

bool IncidentDetail::applyGrading()
{
    // Read every box first: each applied change reloads the form from the store.
    const QString id = m_incident.id;
    const QString category = m_category->currentData().toString();
    const QString typeCode = m_type->currentData().toString();
    const QString level = m_level->currentData().toString();
    const QString warning = m_warning->currentData().toString();
    const QString warningBefore = m_incident.warningLevel;
    if (category != m_incident.category || typeCode != m_incident.typeCode) {
        if (!applyMutation(QStringLiteral("incident.update"),
                           {{QStringLiteral("id"), id},
                            {QStringLiteral("category"), category},
                            {QStringLiteral("type_code"), typeCode.isEmpty() ? QJsonValue() : QJsonValue(typeCode)}})) {
            return false;
        }
    }
    if (level != m_incident.eventLevel) {
        if (level.isEmpty()) {
            Q_EMIT statusMessage(tr("A graded incident cannot be ungraded; choose a level"));
            return false;
        }
        if (!applyMutation(QStringLiteral("incident.setLevel"),
                           {{QStringLiteral("id"), id}, {QStringLiteral("event_level"), level}})) {
            return false;
        }
    }
    if (warning != warningBefore) {
        return applyMutation(QStringLiteral("incident.setWarningLevel"),
                             {{QStringLiteral("id"), id},
                              {QStringLiteral("warning_level"), warning.isEmpty() ? QJsonValue() : QJsonValue(warning)}});
    }
    return true;
}

bool IncidentDetail::applyCasualties()
{
    QJsonObject args{{QStringLiteral("id"), m_incident.id}};
    const Casualties &before = m_incident.casualties;
    auto changed = [&](const char *key, int now, int then) {
        if (now != then) {
            args.insert(QLatin1String(key), now);
        }
    };
    changed("deaths", m_deaths->value(), before.deaths);
    changed("serious_injuries", m_serious->value(), before.seriousInjuries);
    changed("missing", m_missing->value(), before.missing);
    changed("trapped", m_trapped->value(), before.trapped);
    if (m_loss->value() != m_incident.directLossCny) {
        args.insert(QStringLiteral("direct_loss_cny"), m_loss->value());
    }
    if (args.size() == 1) {
        return true;
    }
    if (!applyMutation(QStringLiteral("incident.setCasualties"), args)) {
        return false;
    }
    checkEscalation();
    return true;
}

void IncidentDetail::checkEscalation()
{
    const LevelSuggestion suggestion = m_incident.suggestedLevel();
    if (!EscalationPrompt::shouldPrompt(m_incident.eventLevel, suggestion)) {
        return;
    }
    if (m_prompt) {
        m_prompt->close();
    }
    m_prompt = new EscalationPrompt(m_store, m_incident.id, m_incident.eventLevel, suggestion, this);
    m_prompt->setAttribute(Qt::WA_DeleteOnClose);
    m_prompt->open();
}

void IncidentDetail::setMapView(MapView *map)
{
    m_map = map;
}

void IncidentDetail::drawArea()
{
    MapView *map = m_map ? m_map.data() : MapView::findFor(this);
    if (!map || m_incident.id.isEmpty()) {
        Q_EMIT statusMessage(tr("There is no map to draw the area on"));
        return;
    }
    map->drawTool()->startIncidentArea(m_incident.id, m_incident.title);
}

bool IncidentDetail::clearArea()
{
    return applyMutation(QStringLiteral("incident.update"), {{QStringLiteral("id"), m_incident.id}, {QStringLiteral("area"), QJsonValue()}});
}

// Files dropped anywhere on the incident are attached to it.
void IncidentDetail::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    const bool files = !urls.isEmpty() && std::all_of(urls.cbegin(), urls.cend(), [](const QUrl &url) { return url.isLocalFile(); });
    if (files && !m_incident.id.isEmpty()) {
        event->acceptProposedAction();
    }
}

void IncidentDetail::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            paths << url.toLocalFile();
        }
    }
    if (!paths.isEmpty() && !m_incident.id.isEmpty()) {
        m_attachments->attachFiles(paths);
        event->acceptProposedAction();
    }
}

} // namespace tw
