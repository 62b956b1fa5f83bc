#include "dispatchorder.h"

#include <QCoreApplication>

namespace tw {

QStringList dispatchStatuses()
{
    using namespace DispatchStatus;
    return {Proposed, Issued, Acknowledged, EnRoute, OnScene, Completed, Cancelled, Rejected};
}

QStringList allowedDispatchTransitions(const QString &from)
{
    using namespace DispatchStatus;
    // A team may set off without a separate acknowledgement, and may report arrival directly
    // after acknowledging: field radios do not always send every step.
    if (from == Proposed) {
        return {Issued, Cancelled, Rejected};
    }
    if (from == Issued) {
        return {Acknowledged, EnRoute, Cancelled, Rejected};
    }
    if (from == Acknowledged) {
        return {EnRoute, OnScene, Cancelled};
    }
    if (from == EnRoute) {
        return {OnScene, Cancelled};
    }
    if (from == OnScene) {
        return {Completed, Cancelled};
    }
    return {};
}

bool dispatchTransitionAllowed(const QString &from, const QString &to)
{
    return allowedDispatchTransitions(from).contains(to);
}

bool isDispatchActive(const QString &status)
{
    using namespace DispatchStatus;
    return status == Issued || status == Acknowledged || status == EnRoute || status == OnScene;
}

bool isDispatchFinished(const QString &status)
{
    using namespace DispatchStatus;
    return status == Completed || status == Cancelled || status == Rejected;
}

bool dispatchStockDeducted(const QString &status)
{
    return isDispatchActive(status) || status == DispatchStatus::Completed;
}

QString teamStatusForDispatch(const QString &status)
{
    using namespace DispatchStatus;
    if (status == Issued) {
        return QStringLiteral("assigned");
    }
    if (status == EnRoute) {
        return QStringLiteral("en_route");
    }
    if (status == OnScene) {
        return QStringLiteral("on_scene");
    }
    if (status == Completed || status == Cancelled || status == Rejected) {
        return QStringLiteral("available");
    }
    return QString();
}

QString dispatchStatusLabel(const QString &status)
{
    using namespace DispatchStatus;
    if (status == Proposed) {
        return QCoreApplication::translate("tw::DispatchOrder", "Proposed");
    }
    if (status == Issued) {
        return QCoreApplication::translate("tw::DispatchOrder", "Issued");
    }
    if (status == Acknowledged) {
        return QCoreApplication::translate("tw::DispatchOrder", "Acknowledged");
    }
    if (status == EnRoute) {
        return QCoreApplication::translate("tw::DispatchOrder", "En route");
    }
    if (status == OnScene) {
        return QCoreApplication::translate("tw::DispatchOrder", "On scene");
    }
    if (status == Completed) {
        return QCoreApplication::translate("tw::DispatchOrder", "Completed");
    }
    if (status == Cancelled) {
        return QCoreApplication::translate("tw::DispatchOrder", "Cancelled");
    }
    if (status == Rejected) {
        return QCoreApplication::translate("tw::DispatchOrder", "Rejected");
    }
    return status;
}

qint64 DispatchOrder::timeOf(const QString &s) const
{
    using namespace DispatchStatus;
    if (s == Proposed) {
        return createdAtMs;
    }
    if (s == Issued) {
        return issuedAtMs;
    }
    if (s == Acknowledged) {
        return acknowledgedAtMs;
    }
    if (s == EnRoute) {
        return enRouteAtMs;
    }
    if (s == OnScene) {
        return onSceneAtMs;
    }
    if (s == Completed) {
        return completedAtMs;
    }
    if (s == Cancelled || s == Rejected) {
        return status == s ? cancelledAtMs : 0;
    }
    return 0;
}

} // namespace tw
