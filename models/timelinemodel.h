#pragma once

#include "entityschema.h"
#include "result.h"
#include "timelineevent.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPair>

namespace tw {

class Store;

/// One incident's timeline, or every incident's, newest first, as a table. Follows the store:
/// new events appear at the top as their mutations commit.
class TimelineModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, KindColumn, ActorColumn, TextColumn, IncidentColumn, ColumnCount };
    enum Role {
        EventIdRole = Qt::UserRole + 1,
        IncidentIdRole,
        KindRole, ///< the stored kind value (the display role shows its label)
        AtMsRole,
        ActorRole,
        PayloadRole, ///< the payload as a QVariantMap
    };

    /// `store` must outlive the model. Shows every incident's timeline until setIncident().
    explicit TimelineModel(Store *store, QObject *parent = nullptr);

    /// Shows one incident's timeline; an empty id shows every incident's.
    void setIncident(const QString &incidentId);
    QString incidentId() const { return m_incidentId; }
    /// At most this many events, the newest (default 20000).
    void setLimit(int limit);
    int limit() const { return m_limit; }

    const TimelineEvent &event(int row) const { return m_events.at(row); }
    const QList<TimelineEvent> &events() const { return m_events; }
    /// The row of an event, -1 when not shown.
    int rowOf(const QString &eventId) const;
    /// The incident's title (cached; the id when the incident is gone).
    QString incidentTitle(const QString &incidentId) const;
    /// Reads the events again from the store.
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The object an event is about, for "select it on the map": ("dispatch_order", id) for order
    /// steps, ("incident", id) for merges and everything else.
    static QPair<QString, QString> relatedObject(const TimelineEvent &event);
    /// Events as CSV (UTF-8 with BOM, CRLF): time (ISO 8601 UTC), at_ms, incident_id, incident,
    /// kind, actor, text, payload (JSON), attachment, event_id.
    QByteArray toCsv(const QList<TimelineEvent> &events) const;
    /// Writes toCsv() atomically (QSaveFile); the Error names the file.
    Status writeCsv(const QString &path, const QList<TimelineEvent> &events) const;

private:
    QList<TimelineEvent> readEvents() const;
    void onTimelineChanged(const QString &incidentId);
    void onRecordsChanged(ResourceKind kind, const QString &id);

    Store *m_store;
    QString m_incidentId;
    int m_limit = 20000;
    QList<TimelineEvent> m_events;
    mutable QHash<QString, QString> m_titles;
};

} // namespace tw
