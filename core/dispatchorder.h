#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tw {

/// The lifecycle of a dispatch order (stored as these lower-case values):
/// proposed -> issued -> acknowledged -> en_route -> on_scene -> completed, or cancelled/rejected.
namespace DispatchStatus {
inline const QString Proposed = QStringLiteral("proposed");
inline const QString Issued = QStringLiteral("issued");
inline const QString Acknowledged = QStringLiteral("acknowledged");
inline const QString EnRoute = QStringLiteral("en_route");
inline const QString OnScene = QStringLiteral("on_scene");
inline const QString Completed = QStringLiteral("completed");
inline const QString Cancelled = QStringLiteral("cancelled");
inline const QString Rejected = QStringLiteral("rejected");
} // namespace DispatchStatus

/// Every dispatch status, in lifecycle order.
QStringList dispatchStatuses();
/// The statuses an order in `from` may move to.
QStringList allowedDispatchTransitions(const QString &from);
bool dispatchTransitionAllowed(const QString &from, const QString &to);
/// Issued, acknowledged, en route and on scene: the order holds its team.
bool isDispatchActive(const QString &status);
/// Completed, cancelled and rejected orders are finished.
bool isDispatchFinished(const QString &status);
/// Whether the order's supply lines have left the warehouse (issued up to on scene or completed).
bool dispatchStockDeducted(const QString &status);
/// The team status an order in `status` implies ("assigned", "en_route", ...); empty when the
/// order does not change its team's status (proposed, acknowledged).
QString teamStatusForDispatch(const QString &status);
/// The translated name of a dispatch status.
QString dispatchStatusLabel(const QString &status);

/// One supply line of a dispatch order: how much of an item leaves which warehouse.
struct DispatchLine {
    QString warehouseId;
    QString itemId;
    double quantity = 0.0;

    friend bool operator==(const DispatchLine &, const DispatchLine &) = default;
};

/// An order sending a team and/or supplies to an incident, with the time of each step.
struct DispatchOrder {
    QString id;
    QString incidentId;
    QString teamId; ///< empty for a supplies-only order
    QString status = DispatchStatus::Proposed;
    qint64 createdAtMs = 0;
    qint64 issuedAtMs = 0; ///< 0 until the step happened, for every *AtMs below
    qint64 acknowledgedAtMs = 0;
    qint64 enRouteAtMs = 0;
    qint64 onSceneAtMs = 0;
    qint64 completedAtMs = 0;
    qint64 cancelledAtMs = 0; ///< also the time of a rejection
    QString reason;           ///< why it was cancelled or rejected
    QString exerciseId;       ///< the incident's exercise, empty for real incidents
    QList<DispatchLine> lines;

    bool isActive() const { return isDispatchActive(status); }
    /// The time the order reached `status`, 0 when it has not.
    qint64 timeOf(const QString &status) const;
};

} // namespace tw
