#pragma once

#include <QString>
#include <QStringList>

namespace tw {

/// The lifecycle of an incident (stored as these lower-case values).
/// reported -> verified -> responding -> contained -> closed; any open state -> false_alarm.
/// A contained incident may flare up again (-> responding).
namespace IncidentStatus {
inline const QString Reported = QStringLiteral("reported");
inline const QString Verified = QStringLiteral("verified");
inline const QString Responding = QStringLiteral("responding");
inline const QString Contained = QStringLiteral("contained");
inline const QString Closed = QStringLiteral("closed");
inline const QString FalseAlarm = QStringLiteral("false_alarm");
} // namespace IncidentStatus

/// The statuses an incident in `from` may move to.
QStringList allowedIncidentTransitions(const QString &from);
bool incidentTransitionAllowed(const QString &from, const QString &to);
/// Closing, declaring a false alarm and re-opening a contained incident need a written reason.
bool incidentTransitionNeedsReason(const QString &from, const QString &to);
/// Closed and false-alarm incidents are finished.
bool isIncidentOpen(const QString &status);

} // namespace tw
