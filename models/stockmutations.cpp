// Stock mutations: adjust quantities, reserve and release. Stock never goes negative and never
// below what is reserved.

#include "storeengine.h"

namespace tw::Internal {

namespace {

const QString kWarehouse = QStringLiteral("warehouse_id");
const QString kItem = QStringLiteral("item_id");

struct StockLine {
    QString id;
    double quantity = 0.0;
    double reserved = 0.0;
};

Result<std::optional<StockLine>> findLine(StoreEngine &e, const QString &warehouseId, const QString &itemId)
{
    Result<QSqlQuery *> query =
        e.statement(QStringLiteral("SELECT id, quantity, reserved FROM stock WHERE warehouse_id = ? AND item_id = ?"));
    if (!query) {
        return query.error();
    }
    QSqlQuery &q = **query;
    q.bindValue(0, warehouseId);
    q.bindValue(1, itemId);
    if (!q.exec()) {
        return sqlFailure(q, {});
    }
    std::optional<StockLine> line;
    if (q.next()) {
        line = StockLine{q.value(0).toString(), q.value(1).toDouble(), q.value(2).toDouble()};
    }
    q.finish();
    return line;
}

Status requireWarehouseAndItem(StoreEngine &e, const QString &warehouseId, const QString &itemId)
{
    if (Status found = e.requireExists(kindDef(ResourceKind::Warehouses), warehouseId, kWarehouse); !found) {
        return found;
    }
    return e.requireExists(kindDef(ResourceKind::Supplies), itemId, kItem);
}

struct StockArgs {
    QString warehouseId;
    QString itemId;
};

Result<StockArgs> stockArgs(const QJsonObject &args, const QStringList &allowed)
{
    if (Status ok = allowOnly(args, allowed); !ok) {
        return ok.error();
    }
    Result<QString> warehouseId = requireText(args, kWarehouse);
    if (!warehouseId) {
        return warehouseId.error();
    }
    Result<QString> itemId = requireText(args, kItem);
    if (!itemId) {
        return itemId.error();
    }
    return StockArgs{warehouseId.value(), itemId.value()};
}

Result<QString> stockAdjust(StoreEngine &e, MutationContext &c)
{
    Result<StockArgs> args = stockArgs(c.args, {kWarehouse, kItem, QStringLiteral("delta"), QStringLiteral("reason")});
    if (!args) {
        return args.error();
    }
    Result<double> delta = requireNumber(c.args, QStringLiteral("delta"));
    if (!delta) {
        return delta.error();
    }
    if (delta.value() == 0.0) {
        return fieldError(QStringLiteral("delta"), storeTr(QT_TRANSLATE_NOOP("tw::Store", "must not be zero")));
    }
    if (Result<QString> reason = optionalText(c.args, QStringLiteral("reason")); !reason) {
        return reason.error();
    }
    if (Status found = requireWarehouseAndItem(e, args->warehouseId, args->itemId); !found) {
        return found.error();
    }
    if (Status changed = changeStock(e, c, args->warehouseId, args->itemId, delta.value(), QStringLiteral("delta"));
        !changed) {
        return changed.error();
    }
    Result<std::optional<StockLine>> line = findLine(e, args->warehouseId, args->itemId);
    if (!line) {
        return line.error();
    }
    return line->value().id;
}

Result<QString> stockReserveOrRelease(StoreEngine &e, MutationContext &c, bool reserve)
{
    Result<StockArgs> args = stockArgs(c.args, {kWarehouse, kItem, QStringLiteral("quantity")});
    if (!args) {
        return args.error();
    }
    Result<double> quantity = requireNumber(c.args, QStringLiteral("quantity"));
    if (!quantity) {
        return quantity.error();
    }
    if (quantity.value() <= 0.0) {
        return fieldError(QStringLiteral("quantity"), storeTr(QT_TRANSLATE_NOOP("tw::Store", "must be more than zero")));
    }
    if (Status found = requireWarehouseAndItem(e, args->warehouseId, args->itemId); !found) {
        return found.error();
    }
    Result<std::optional<StockLine>> line = findLine(e, args->warehouseId, args->itemId);
    if (!line) {
        return line.error();
    }
    if (!line->has_value()) {
        return fieldError(kItem, storeTr(QT_TRANSLATE_NOOP("tw::Store", "the warehouse has no stock of this item")));
    }
    const StockLine &stock = line->value();
    double reserved = stock.reserved;
    if (reserve) {
        reserved += quantity.value();
        if (reserved > stock.quantity) {
            return fieldError(QStringLiteral("quantity"),
                              storeTr(QT_TRANSLATE_NOOP("tw::Store", "only %1 of %2 are not yet reserved"))
                                  .arg(stock.quantity - stock.reserved)
                                  .arg(stock.quantity));
        }
    } else {
        reserved -= quantity.value();
        if (reserved < 0.0) {
            return fieldError(QStringLiteral("quantity"), storeTr(QT_TRANSLATE_NOOP("tw::Store", "only %1 are reserved")).arg(stock.reserved));
        }
    }
    if (Status updated = e.updateColumns(kindDef(ResourceKind::Stock), stock.id,
                                         {{QStringLiteral("reserved"), reserved}}, std::nullopt, c.nowMs);
        !updated) {
        return updated.error();
    }
    e.noteRecord(ResourceKind::Stock, stock.id);
    return stock.id;
}

} // namespace

Status changeStock(StoreEngine &e, MutationContext &c, const QString &warehouseId, const QString &itemId,
                   double delta, const QString &field)
{
    Result<std::optional<StockLine>> line = findLine(e, warehouseId, itemId);
    if (!line) {
        return line.error();
    }
    const KindDef &stock = kindDef(ResourceKind::Stock);
    const StockLine current = line->value_or(StockLine{});
    const double quantity = current.quantity + delta;
    if (quantity < 0.0) {
        return fieldError(field, storeTr(QT_TRANSLATE_NOOP("tw::Store", "would leave %1 in stock: only %2 there")).arg(quantity).arg(current.quantity));
    }
    if (quantity < current.reserved) {
        return fieldError(field, storeTr(QT_TRANSLATE_NOOP("tw::Store", "would leave %1 in stock, less than the %2 reserved"))
                                     .arg(quantity)
                                     .arg(current.reserved));
    }
    if (!line->has_value()) {
        // The line's id derives from the mutation, so every replica creates the same line.
        Record record{ResourceKind::Stock, c.derivedId(), std::nullopt,
                      {{QStringLiteral("warehouse_id"), warehouseId},
                       {QStringLiteral("item_id"), itemId},
                       {QStringLiteral("quantity"), quantity},
                       {QStringLiteral("reserved"), 0.0}},
                      c.nowMs, c.nowMs};
        if (Status inserted = e.insertRecord(stock, record); !inserted) {
            return inserted;
        }
        e.noteRecord(ResourceKind::Stock, record.id);
        return {};
    }
    if (Status updated = e.updateColumns(stock, current.id, {{QStringLiteral("quantity"), quantity}}, std::nullopt,
                                         c.nowMs);
        !updated) {
        return updated;
    }
    e.noteRecord(ResourceKind::Stock, current.id);
    return {};
}

void registerStockMutations(MutationHandlers &handlers)
{
    handlers.insert(QStringLiteral("stock.adjust"), stockAdjust);
    handlers.insert(QStringLiteral("stock.reserve"),
                    [](StoreEngine &e, MutationContext &c) { return stockReserveOrRelease(e, c, true); });
    handlers.insert(QStringLiteral("stock.release"),
                    [](StoreEngine &e, MutationContext &c) { return stockReserveOrRelease(e, c, false); });
}

} // namespace tw::Internal
