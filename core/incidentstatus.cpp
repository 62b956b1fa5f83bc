#include "incidentstatus.h"

namespace tw {

QStringList allowedIncidentTransitions(const QString &from)
{
    using namespace IncidentStatus;
    if (from == Reported) {
        return {Verified, FalseAlarm};
    }
    if (from == Verified) {
        return {Responding, FalseAlarm};
    }
    if (from == Responding) {
        return {Contained, FalseAlarm};
    }
    if (from == Contained) {
        return {Closed, Responding};
    }
    return {};
}

bool incidentTransitionAllowed(const QString &from, const QString &to)
{
    return allowedIncidentTransitions(from).contains(to);
}

bool incidentTransitionNeedsReason(const QString &from, const QString &to)
{
    using namespace IncidentStatus;
    return to == Closed || to == FalseAlarm || (from == Contained && to == Responding);
}

bool isIncidentOpen(const QString &status)
{
    return status != IncidentStatus::Closed && status != IncidentStatus::FalseAlarm;
}

} // namespace tw
