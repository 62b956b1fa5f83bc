// Folding of stock and dispatch orders, as stockmutations and dispatchmutations change them.

#include "replayfold.h"

namespace tw::ReplayFolding {

namespace {

using Op = ReplayStep::Op;

QString stockLineId(const Fold &f, const QString &warehouseId, const QString &itemId)
{
    for (const Record &line : f.state.recordsOf(ResourceKind::Stock)) {
        if (line.text(QStringLiteral("warehouse_id")) == warehouseId
            && line.text(QStringLiteral("item_id")) == itemId) {
            return line.id;
        }
    }
    return {};
}

void changeStock(Fold &f, const QString &warehouseId, const QString &itemId, double delta)
{
    const QString lineId = stockLineId(f, warehouseId, itemId);
    if (!lineId.isEmpty()) {
        Record *line = touch(f, ResourceKind::Stock, lineId);
        setValue(*line, QStringLiteral("quantity"), line->real(QStringLiteral("quantity")) + delta);
        return;
    }
    f.state.recordsOf(ResourceKind::Stock)
        .insert(Record { ResourceKind::Stock, f.derivedId(), std::nullopt,
            { { QStringLiteral("warehouse_id"), warehouseId }, { QStringLiteral("item_id"), itemId },
                { QStringLiteral("quantity"), delta }, { QStringLiteral("reserved"), 0.0 } },
            f.nowMs(), f.nowMs() });
}

} // namespace

void stockMutation(Fold &f)
{
    const QString &warehouseId = f.id();
    const QString &itemId = f.log.string(f.step.text);
    if (f.step.op == Op::StockAdjust) {
        changeStock(f, warehouseId, itemId, f.step.a);
        return;
    }
    const QString lineId = stockLineId(f, warehouseId, itemId);
    if (lineId.isEmpty()) {
        return;
    }
    const double sign = f.step.op == Op::StockReserve ? 1.0 : -1.0;
    Record *line = touch(f, ResourceKind::Stock, lineId);
    setValue(*line, QStringLiteral("reserved"), line->real(QStringLiteral("reserved")) + sign * f.step.a);
}

void dispatchPropose(Fold &f)
{
    DispatchOrder order = f.log.orderPayload(f.step);
    if (const Record *incident = f.state.record(ResourceKind::Incidents, order.incidentId)) {
        order.exerciseId = incident->text(QStringLiteral("exercise_id"));
    }
    f.state.orders.insert(std::move(order));
}

void dispatchStep(Fold &f)
{
    if (!f.state.orders.contains(f.id())) {
        return;
    }
    DispatchOrder &order = *f.state.orders.findForWrite(f.id());
    const QString &to = ReplayLog::dispatchSteps().at(f.step.kind);
    const QString from = order.status;
    const bool cancelling = to == DispatchStatus::Cancelled || to == DispatchStatus::Rejected;
    if (to == DispatchStatus::Issued) {
        for (const DispatchLine &line : std::as_const(order.lines)) {
            changeStock(f, line.warehouseId, line.itemId, -line.quantity);
        }
    } else if (cancelling && dispatchStockDeducted(from) && from != DispatchStatus::OnScene) {
        for (const DispatchLine &line : std::as_const(order.lines)) {
            changeStock(f, line.warehouseId, line.itemId, line.quantity);
        }
    }
    order.status = to;
    using namespace DispatchStatus;
    qint64 &stamp = to == Issued ? order.issuedAtMs
        : to == Acknowledged     ? order.acknowledgedAtMs
        : to == EnRoute          ? order.enRouteAtMs
        : to == OnScene          ? order.onSceneAtMs
        : to == Completed        ? order.completedAtMs
                                 : order.cancelledAtMs;
    stamp = f.nowMs();
    const QString &reason = f.log.string(f.step.text);
    if (!reason.isEmpty()) {
        order.reason = reason;
    }
    const QString teamStatus = teamStatusForDispatch(to);
    if (order.teamId.isEmpty() || teamStatus.isEmpty()
        || !f.state.record(ResourceKind::Teams, order.teamId)) {
        return;
    }
    // The dispatch decides the team's status whatever its stamp: it becomes the new stamp.
    setStamp(f, order.teamId, kStatus);
    Record *team = touch(f, ResourceKind::Teams, order.teamId);
    setValue(*team, kStatus, teamStatus);
}

} // namespace tw::ReplayFolding
