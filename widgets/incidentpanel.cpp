#include "incidentpanel.h"

#include "dispatchorderlist.h"
#include "incidentdetail.h"
#include "mergedialog.h"
#include "phonereportdialog.h"
#include "planchecklist.h"
#include "replaybanner.h"
#include "store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tw {

namespace {

enum Column { LevelColumn, TitleColumn, CategoryColumn, StatusColumn, ReportedColumn, ColumnCount };

const QColor kUnacknowledged(0xff, 0xb3, 0x00, 110);

// Most severe first; ungraded after level IV.
int levelOrder(const QString &level)
{
    const int rank = eventLevelRank(level);
    return rank == 0 ? 5 : rank;
}

} // namespace

IncidentPanel::IncidentPanel(Store *store, const PlanLibrary *plans, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_table(new QTableWidget(this))
    , m_text(new QLineEdit(this))
    , m_categoryFilter(new QComboBox(this))
    , m_levelFilter(new QComboBox(this))
    , m_showFinished(new QCheckBox(tr("Finished"), this))
    , m_counts(new QLabel(this))
    , m_acknowledge(new QPushButton(tr("Acknowledge"), this))
    , m_merge(new QPushButton(tr("Merge…"), this))
    , m_detail(new IncidentDetail(store, this))
    , m_checklist(new PlanChecklist(store, plans, this))
    , m_tabs(new QTabWidget(this))
{
    m_text->setPlaceholderText(tr("Filter incidents"));
    m_text->setClearButtonEnabled(true);
    m_categoryFilter->addItem(tr("All categories"), QString());
    for (const QString &category : incidentCategories()) {
        m_categoryFilter->addItem(incidentCategoryName(category), category);
    }
    m_levelFilter->addItem(tr("All levels"), QString());
    for (const QString &level : {EventLevel::I, EventLevel::II, EventLevel::III, EventLevel::IV}) {
        m_levelFilter->addItem(QStringLiteral("%1 %2").arg(level, eventLevelName(level)), level);
    }
    m_levelFilter->addItem(tr("Ungraded"), QStringLiteral("-"));
    m_showFinished->setToolTip(tr("Also list closed incidents and false alarms"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Level"), tr("Title"), tr("Category"), tr("Status"), tr("Reported")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    auto *report = new QPushButton(tr("Phone report…"), this);
    report->setObjectName(QStringLiteral("phoneReport"));
    m_report = report;
    m_acknowledge->setObjectName(QStringLiteral("acknowledge"));
    m_merge->setObjectName(QStringLiteral("merge"));

    connect(m_text, &QLineEdit::textChanged, this, &IncidentPanel::reload);
    connect(m_categoryFilter, &QComboBox::currentIndexChanged, this, &IncidentPanel::reload);
    connect(m_levelFilter, &QComboBox::currentIndexChanged, this, &IncidentPanel::reload);
    connect(m_showFinished, &QCheckBox::toggled, this, &IncidentPanel::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &IncidentPanel::onSelectionChanged);
    connect(m_acknowledge, &QPushButton::clicked, this, &IncidentPanel::acknowledgeSelected);
    connect(report, &QPushButton::clicked, this, &IncidentPanel::openPhoneReport);
    connect(m_merge, &QPushButton::clicked, this, &IncidentPanel::openMerge);
    connect(m_detail, &IncidentDetail::statusMessage, this, &IncidentPanel::statusMessage);
    connect(m_checklist, &PlanChecklist::statusMessage, this, &IncidentPanel::statusMessage);
    connect(m_store, &Store::recordsChanged, this, [this](ResourceKind kind, const QString &) {
        if (kind == ResourceKind::Incidents && !m_replay) { // a replayed list stays at its moment
            reload();
        }
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_text, 1);
    filters->addWidget(m_categoryFilter);
    filters->addWidget(m_levelFilter);
    filters->addWidget(m_showFinished);
    auto *actions = new QHBoxLayout;
    actions->addWidget(report);
    actions->addWidget(m_acknowledge);
    actions->addWidget(m_merge);
    actions->addStretch(1);
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filters);
    topLayout->addWidget(m_counts);
    topLayout->addWidget(m_table, 1);
    topLayout->addLayout(actions);
    m_tabs->addTab(m_detail, tr("Detail"));
    m_tabs->addTab(m_checklist, tr("Plans"));
    m_orders = new DispatchOrderList(store, this);
    m_tabs->addTab(m_orders, tr("Orders"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_tabs);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(splitter);
    m_banner = new ReplayBanner(m_table, ReplayBanner::Placement::BottomCentre);
    reload();
}

bool IncidentPanel::accepts(const Incident &incident) const
{
    if (!m_showFinished->isChecked() && !incident.isOpen()) {
        return false;
    }
    const QString category = m_categoryFilter->currentData().toString();
    if (!category.isEmpty() && incident.category != category) {
        return false;
    }
    const QString level = m_levelFilter->currentData().toString();
    if (level == QLatin1String("-") ? !incident.eventLevel.isEmpty() : !level.isEmpty() && incident.eventLevel != level) {
        return false;
    }
    const QString text = m_text->text().trimmed();
    return text.isEmpty() || incident.title.contains(text, Qt::CaseInsensitive)
           || incident.address.contains(text, Qt::CaseInsensitive)
           || incident.description.contains(text, Qt::CaseInsensitive);
}

void IncidentPanel::reload()
{
    QList<Incident> incidents;
    QHash<QString, int> byCategory;
    QHash<QString, int> byLevel;
    const QList<Record> records =
        m_replay ? m_replay->recordList(ResourceKind::Incidents) : m_store->records(ResourceKind::Incidents);
    for (const Record &record : records) {
        Incident incident = Incident::fromRecord(record);
        if (!accepts(incident)) {
            continue;
        }
        ++byCategory[incident.category];
        ++byLevel[incident.eventLevel];
        incidents.append(std::move(incident));
    }
    std::sort(incidents.begin(), incidents.end(), [](const Incident &a, const Incident &b) {
        const int la = levelOrder(a.eventLevel);
        const int lb = levelOrder(b.eventLevel);
        return la != lb ? la < lb : a.reportedAtMs > b.reportedAtMs;
    });
    QStringList counts;
    for (const QString &category : incidentCategories()) {
        counts << QStringLiteral("%1 %2").arg(incidentCategoryName(category)).arg(byCategory.value(category));
    }
    QStringList levels;
    for (const QString &level : {EventLevel::I, EventLevel::II, EventLevel::III, EventLevel::IV}) {
        levels << QStringLiteral("%1: %2").arg(level).arg(byLevel.value(level));
    }
    levels << tr("ungraded: %1").arg(byLevel.value(QString()));
    m_counts->setText(tr("%n incident(s) — ", nullptr, int(incidents.size())) + counts.join(QStringLiteral(" · "))
                      + QStringLiteral("\n") + levels.join(QStringLiteral(" · ")));

    const QString keep = m_selectedId;
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(incidents.size()));
    for (int row = 0; row < incidents.size(); ++row) {
        const Incident &incident = incidents.at(row);
        const QStringList cells{incident.eventLevel.isEmpty() ? tr("—") : incident.eventLevel, incident.title,
                                incidentCategoryName(incident.category), incidentStatusLabel(incident.status),
                                QDateTime::fromMSecsSinceEpoch(incident.reportedAtMs).toString(QStringLiteral("MM-dd HH:mm"))};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, incident.id);
            if (!incident.isAcknowledged()) {
                item->setBackground(kUnacknowledged);
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
                item->setToolTip(tr("Not acknowledged yet"));
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->clearSelection();
    const int row = int(shownIncidentIds().indexOf(keep));
    if (row >= 0) {
        m_table->selectRow(row);
    }
    updateActions();
}

QStringList IncidentPanel::shownIncidentIds() const
{
    QStringList ids;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        ids << m_table->item(row, 0)->data(Qt::UserRole).toString();
    }
    return ids;
}

QString IncidentPanel::selectedIncidentId() const
{
    return m_selectedId;
}

bool IncidentPanel::isHighlighted(const QString &incidentId) const
{
    const int row = int(shownIncidentIds().indexOf(incidentId));
    return row >= 0 && m_table->item(row, TitleColumn)->background().color() == kUnacknowledged;
}

void IncidentPanel::selectIncident(const QString &incidentId)
{
    const int row = int(shownIncidentIds().indexOf(incidentId));
    if (row >= 0) {
        m_table->selectRow(row);
    } else if (incidentId != m_selectedId) {
        m_table->clearSelection();
        m_selectedId = incidentId;
        m_detail->setIncident(incidentId);
        m_checklist->setIncident(incidentId);
        m_orders->setIncident(incidentId);
        Q_EMIT incidentSelected(incidentId);
    }
}

void IncidentPanel::onSelectionChanged()
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    const QString id = items.isEmpty() ? QString() : items.first()->data(Qt::UserRole).toString();
    if (id == m_selectedId || id.isEmpty()) {
        return;
    }
    m_selectedId = id;
    m_detail->setIncident(id);
    m_checklist->setIncident(id);
    m_orders->setIncident(id);
    updateActions();
    Q_EMIT incidentSelected(id);
}

void IncidentPanel::acknowledgeSelected()
{
    if (m_selectedId.isEmpty() || refuseWhileReplaying()) {
        return;
    }
    const Result<MutationOutcome> applied =
        m_store->apply(QStringLiteral("incident.acknowledge"), {{QStringLiteral("id"), m_selectedId}});
    if (!applied) {
        Q_EMIT statusMessage(applied.errorString());
    }
}

void IncidentPanel::openPhoneReport()
{
    if (refuseWhileReplaying()) {
        return;
    }
    auto *dialog = new PhoneReportDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PhoneReportDialog::created, this, &IncidentPanel::selectIncident);
    dialog->open();
}

void IncidentPanel::openMerge()
{
    if (m_selectedId.isEmpty() || refuseWhileReplaying()) {
        return;
    }
    auto *dialog = new MergeDialog(m_store, m_selectedId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MergeDialog::merged, this, &IncidentPanel::selectIncident);
    dialog->open();
}

void IncidentPanel::showReplay(const ReplayState &state)
{
    const bool entering = !m_replay;
    const bool incidentsChanged = entering || !state.recordsOf(ResourceKind::Incidents).isSharedWith(
                                                  m_replay->recordsOf(ResourceKind::Incidents));
    m_replay = state;
    if (entering) {
        // Detail and plans edit the live incident: out of sight while the past is shown.
        m_tabs->setTabVisible(m_tabs->indexOf(m_detail), false);
        m_tabs->setTabVisible(m_tabs->indexOf(m_checklist), false);
        m_tabs->setCurrentWidget(m_orders);
    }
    m_banner->showMoment(state.atMs);
    m_orders->showReplay(state);
    if (incidentsChanged) {
        reload();
    }
    updateActions();
}

void IncidentPanel::showLive()
{
    if (!m_replay) {
        return;
    }
    m_replay.reset();
    m_banner->clearMoment();
    m_tabs->setTabVisible(m_tabs->indexOf(m_detail), true);
    m_tabs->setTabVisible(m_tabs->indexOf(m_checklist), true);
    m_orders->showLive();
    reload();
}

std::optional<Incident> IncidentPanel::shownIncident(const QString &incidentId) const
{
    if (incidentId.isEmpty()) {
        return std::nullopt;
    }
    if (m_replay) {
        const Record *record = m_replay->record(ResourceKind::Incidents, incidentId);
        return record ? std::optional<Incident>(Incident::fromRecord(*record)) : std::nullopt;
    }
    const Result<Record> record = m_store->record(ResourceKind::Incidents, incidentId);
    return record ? std::optional<Incident>(Incident::fromRecord(record.value())) : std::nullopt;
}

void IncidentPanel::updateActions()
{
    const std::optional<Incident> selected = shownIncident(m_selectedId);
    m_acknowledge->setEnabled(!m_replay && selected && !selected->isAcknowledged());
    m_merge->setEnabled(!m_replay && selected && selected->isOpen());
    m_report->setEnabled(!m_replay);
}

bool IncidentPanel::refuseWhileReplaying()
{
    if (m_replay) {
        Q_EMIT statusMessage(tr("Replay only shows the past: return to live to change anything."));
    }
    return m_replay.has_value();
}

} // namespace tw
