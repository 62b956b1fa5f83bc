#pragma once

#include <QJsonObject>
#include <QString>

namespace tw {

/// The kinds of timeline event the store writes (stored as these values). Other kinds may be
/// added by plans and importers; readers show unknown kinds by their stored value.
namespace TimelineKind {
inline const QString Report = QStringLiteral("report");
inline const QString Verification = QStringLiteral("verification");
inline const QString LevelChange = QStringLiteral("level_change");
inline const QString WarningChange = QStringLiteral("warning_change");
inline const QString StatusChange = QStringLiteral("status_change");
inline const QString CasualtyUpdate = QStringLiteral("casualty_update");
inline const QString Acknowledgement = QStringLiteral("acknowledgement");
inline const QString Update = QStringLiteral("update");
inline const QString Note = QStringLiteral("note");
inline const QString Dispatch = QStringLiteral("dispatch");
inline const QString Arrival = QStringLiteral("arrival");
inline const QString Media = QStringLiteral("media");
inline const QString SensorAlert = QStringLiteral("sensor_alert");
inline const QString PlanStep = QStringLiteral("plan_step");
} // namespace TimelineKind

/// The translated name of a timeline event kind.
QString timelineKindLabel(const QString &kind);

/// One entry of an incident's timeline: what happened, when, and who did it.
struct TimelineEvent {
    QString id;
    QString incidentId;
    qint64 atMs = 0;
    QString kind;        ///< a TimelineKind value
    QString actor;       ///< the user who caused it
    QString text;        ///< a human-readable line
    QJsonObject payload; ///< structured details (from/to levels, order id, changed fields...)
    QString attachment;  ///< a snapshot or file path/URI, empty when none
};

} // namespace tw
