#include "timelinemodel.h"

#include "csvcodec.h"
#include "store.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlError>
#include <QTimeZone>

#include <algorithm>

namespace tw {

TimelineModel::TimelineModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(m_store, &Store::timelineChanged, this, &TimelineModel::onTimelineChanged);
    connect(m_store, &Store::recordsChanged, this, &TimelineModel::onRecordsChanged);
    m_events = readEvents();
}

void TimelineModel::setIncident(const QString &incidentId)
{
    if (incidentId == m_incidentId && !m_events.isEmpty()) {
        return;
    }
    beginResetModel();
    m_incidentId = incidentId;
    m_events = readEvents();
    endResetModel();
}

void TimelineModel::setLimit(int limit)
{
    m_limit = std::max(1, limit);
    beginResetModel();
    m_events = readEvents();
    endResetModel();
}

int TimelineModel::rowOf(const QString &eventId) const
{
    for (int row = 0; row < m_events.size(); ++row) {
        if (m_events.at(row).id == eventId) {
            return row;
        }
    }
    return -1;
}

QString TimelineModel::incidentTitle(const QString &incidentId) const
{
    const auto cached = m_titles.constFind(incidentId);
    if (cached != m_titles.constEnd()) {
        return cached.value();
    }
    const Result<Record> incident = m_store->record(ResourceKind::Incidents, incidentId);
    const QString title = incident ? incident->text(QStringLiteral("title")) : incidentId;
    m_titles.insert(incidentId, title);
    return title;
}

QList<TimelineEvent> TimelineModel::readEvents() const
{
    // An empty id reads every incident's events in one query.
    return m_store->timeline(m_incidentId, m_limit);
}

void TimelineModel::reload()
{
    QList<TimelineEvent> fresh = readEvents();
    // The usual case: new events on top of the ones shown. Insert them so views keep their state.
    const qsizetype added = fresh.size() - m_events.size();
    bool onTop = added >= 0;
    for (qsizetype i = 0; onTop && i < m_events.size(); ++i) {
        onTop = fresh.at(i + added).id == m_events.at(i).id;
    }
    if (onTop) {
        if (added > 0) {
            beginInsertRows({}, 0, int(added) - 1);
            m_events = std::move(fresh);
            endInsertRows();
        }
        return;
    }
    beginResetModel();
    m_events = std::move(fresh);
    endResetModel();
}

void TimelineModel::onTimelineChanged(const QString &incidentId)
{
    if (m_incidentId.isEmpty() || incidentId == m_incidentId) {
        reload();
    }
}

void TimelineModel::onRecordsChanged(ResourceKind kind, const QString &id)
{
    if (kind != ResourceKind::Incidents) {
        return;
    }
    m_titles.remove(id);
    if (id.isEmpty()) {
        m_titles.clear();
    }
    // A deleted incident takes its timeline with it without a timeline signal.
    const bool gone = id.isEmpty() || !m_store->record(ResourceKind::Incidents, id);
    if (gone && (m_incidentId.isEmpty() || m_incidentId == id)) {
        reload();
    } else if (!m_events.isEmpty() && columnCount() > IncidentColumn) {
        Q_EMIT dataChanged(index(0, IncidentColumn), index(rowCount() - 1, IncidentColumn), {Qt::DisplayRole});
    }
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const TimelineEvent &event = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(event.atMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case KindColumn:
            return timelineKindLabel(event.kind);
        case ActorColumn:
            return event.actor;
        case TextColumn:
            return event.text;
        case IncidentColumn:
            return incidentTitle(event.incidentId);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == TextColumn ? QVariant(event.text) : QVariant();
    case EventIdRole:
        return event.id;
    case IncidentIdRole:
        return event.incidentId;
    case KindRole:
        return event.kind;
    case AtMsRole:
        return event.atMs;
    case ActorRole:
        return event.actor;
    case PayloadRole:
        return event.payload.toVariantMap();
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case ActorColumn:
        return tr("By");
    case TextColumn:
        return tr("What happened");
    case IncidentColumn:
        return tr("Incident");
    default:
        return {};
    }
}

QPair<QString, QString> TimelineModel::relatedObject(const TimelineEvent &event)
{
    const QString orderId = event.payload.value(QStringLiteral("order_id")).toString();
    if (!orderId.isEmpty()) {
        return {QStringLiteral("dispatch_order"), orderId};
    }
    for (const char *key : {"merged_into", "merged_from"}) {
        const QString other = event.payload.value(QLatin1String(key)).toString();
        if (!other.isEmpty()) {
            return {QStringLiteral("incident"), other};
        }
    }
    return {QStringLiteral("incident"), event.incidentId};
}

QByteArray TimelineModel::toCsv(const QList<TimelineEvent> &events) const
{
    const QStringList header{QStringLiteral("time"), QStringLiteral("at_ms"), QStringLiteral("incident_id"),
                             QStringLiteral("incident"), QStringLiteral("kind"), QStringLiteral("actor"),
                             QStringLiteral("text"), QStringLiteral("payload"), QStringLiteral("attachment"),
                             QStringLiteral("event_id")};
    QList<QStringList> rows;
    rows.reserve(events.size());
    for (const TimelineEvent &event : events) {
        rows.append({QDateTime::fromMSecsSinceEpoch(event.atMs, QTimeZone::utc()).toString(Qt::ISODateWithMs),
                     QString::number(event.atMs), event.incidentId, incidentTitle(event.incidentId), event.kind,
                     event.actor, event.text,
                     event.payload.isEmpty() ? QString()
                                             : QString::fromUtf8(QJsonDocument(event.payload).toJson(QJsonDocument::Compact)),
                     event.attachment, event.id});
    }
    return CsvCodec::write(header, rows);
}

Status TimelineModel::writeCsv(const QString &path, const QList<TimelineEvent> &events) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{tr("cannot write %1: %2").arg(path, file.errorString()), {}, path};
    }
    file.write(toCsv(events));
    if (!file.commit()) {
        return Error{tr("cannot write %1: %2").arg(path, file.errorString()), {}, path};
    }
    return {};
}

} // namespace tw
