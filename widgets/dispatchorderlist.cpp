#include "dispatchorderlist.h"

#include "store.h"

#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tw {

namespace {

enum Column { TeamColumn, StatusColumn, SinceColumn, SuppliesColumn, ColumnCount };

constexpr int kStatusRole = Qt::UserRole + 1;

} // namespace

DispatchOrderList::DispatchOrderList(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_caption(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    m_table->setObjectName(QStringLiteral("dispatchOrders"));
    m_table->setColumnCount(ColumnCount);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TeamColumn, QHeaderView::Stretch);
    m_caption->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_table, 1);
    connect(m_store, &Store::dispatchOrderChanged, this, [this](const QString &, const QString &incidentId) {
        if (!m_replay && (incidentId.isEmpty() || incidentId == m_incidentId)) {
            reload();
        }
    });
    retranslate();
}

void DispatchOrderList::setIncident(const QString &incidentId)
{
    m_incidentId = incidentId;
    reload();
}

void DispatchOrderList::showReplay(const ReplayState &state)
{
    m_replay = state;
    reload();
}

void DispatchOrderList::showLive()
{
    m_replay.reset();
    reload();
}

QStringList DispatchOrderList::shownOrderIds() const
{
    QStringList ids;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        ids << m_table->item(row, TeamColumn)->data(Qt::UserRole).toString();
    }
    return ids;
}

QString DispatchOrderList::shownStatus(const QString &orderId) const
{
    const int row = int(shownOrderIds().indexOf(orderId));
    return row < 0 ? QString() : m_table->item(row, StatusColumn)->data(kStatusRole).toString();
}

void DispatchOrderList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void DispatchOrderList::retranslate()
{
    m_table->setHorizontalHeaderLabels({ tr("Team"), tr("Status"), tr("Since"), tr("Supplies") });
    reload();
}

QString DispatchOrderList::teamName(const QString &teamId) const
{
    if (teamId.isEmpty()) {
        return tr("Supplies only");
    }
    if (m_replay) {
        const Record *team = m_replay->record(ResourceKind::Teams, teamId);
        return team ? team->displayName() : teamId;
    }
    const Result<Record> team = m_store->record(ResourceKind::Teams, teamId);
    return team ? team->displayName() : teamId;
}

void DispatchOrderList::reload()
{
    const QList<DispatchOrder> orders = m_incidentId.isEmpty() ? QList<DispatchOrder>()
        : m_replay                                             ? m_replay->dispatchOrders(m_incidentId)
                                                               : m_store->dispatchOrders(m_incidentId);
    if (m_incidentId.isEmpty()) {
        m_caption->setText(tr("Select an incident to see its dispatch orders."));
    } else if (m_replay) {
        m_caption->setText(tr("%n order(s) as at %1", nullptr, int(orders.size()))
                               .arg(QDateTime::fromMSecsSinceEpoch(m_replay->atMs)
                                        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    } else {
        m_caption->setText(tr("%n order(s)", nullptr, int(orders.size())));
    }
    m_table->setRowCount(int(orders.size()));
    for (int row = 0; row < orders.size(); ++row) {
        const DispatchOrder &order = orders.at(row);
        QStringList supplies;
        for (const DispatchLine &line : order.lines) {
            const Record *item = m_replay ? m_replay->record(ResourceKind::Supplies, line.itemId) : nullptr;
            const Result<Record> live
                = item ? Result<Record>(*item) : m_store->record(ResourceKind::Supplies, line.itemId);
            supplies
                << QStringLiteral("%1 × %2").arg(live ? live->displayName() : line.itemId).arg(line.quantity);
        }
        const qint64 sinceMs
            = order.timeOf(order.status) > 0 ? order.timeOf(order.status) : order.createdAtMs;
        const QStringList cells { teamName(order.teamId), dispatchStatusLabel(order.status),
            QDateTime::fromMSecsSinceEpoch(sinceMs).toString(QStringLiteral("MM-dd HH:mm:ss")),
            supplies.join(QStringLiteral(", ")) };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, order.id);
            if (column == StatusColumn) {
                item->setData(kStatusRole, order.status);
            }
            m_table->setItem(row, column, item);
        }
    }
}

} // namespace tw
