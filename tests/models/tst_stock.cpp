#include "tst_storefixture.h"

using namespace tw;
using namespace tw::test;

TEST_CASE("adjusting stock creates the line and never lets it go negative")
{
    auto store = openStore();
    const QString warehouseId = makeWarehouse(*store);
    const QString itemId = makeItem(*store);
    const QJsonObject line{{"warehouse_id", warehouseId}, {"item_id", itemId}};
    QJsonObject add = line;
    add.insert("delta", 30);
    add.insert("reason", "采购入库");
    const QString lineId = mustApply(*store, QStringLiteral("stock.adjust"), add);
    CHECK(stockQuantity(*store, warehouseId, itemId) == 30.0);
    QJsonObject take = line;
    take.insert("delta", -12.5);
    CHECK(mustApply(*store, QStringLiteral("stock.adjust"), take) == lineId);
    CHECK(stockQuantity(*store, warehouseId, itemId) == 17.5);

    const auto before = rowCounts(*store);
    take.insert("delta", -18);
    const Error negative = mustFail(*store, QStringLiteral("stock.adjust"), take);
    CHECK(negative.field == QStringLiteral("delta"));
    take.insert("delta", 0);
    CHECK(mustFail(*store, QStringLiteral("stock.adjust"), take).field == QStringLiteral("delta"));
    take.insert("delta", "lots");
    CHECK(mustFail(*store, QStringLiteral("stock.adjust"), take).field == QStringLiteral("delta"));
    CHECK(mustFail(*store, "stock.adjust", {{"warehouse_id", warehouseId}, {"item_id", "ghost"}, {"delta", 1}}).field
          == QStringLiteral("item_id"));
    CHECK(mustFail(*store, "stock.adjust", {{"warehouse_id", "ghost"}, {"item_id", itemId}, {"delta", 1}}).field
          == QStringLiteral("warehouse_id"));
    CHECK(mustFail(*store, "stock.adjust", {{"item_id", itemId}, {"delta", 1}}).field == QStringLiteral("warehouse_id"));
    CHECK(rowCounts(*store) == before);
    CHECK(stockQuantity(*store, warehouseId, itemId) == 17.5);
}

TEST_CASE("a withdrawal from a warehouse without the item is refused")
{
    auto store = openStore();
    const QString warehouseId = makeWarehouse(*store);
    const QString itemId = makeItem(*store);
    const auto before = rowCounts(*store);
    const Error error = mustFail(*store, "stock.adjust", {{"warehouse_id", warehouseId}, {"item_id", itemId}, {"delta", -1}});
    CHECK(error.field == QStringLiteral("delta"));
    CHECK(rowCounts(*store) == before);
}

TEST_CASE("reserved stock stays within the quantity and cannot be adjusted away")
{
    auto store = openStore();
    const QString warehouseId = makeWarehouse(*store);
    const QString itemId = makeItem(*store);
    const QJsonObject line{{"warehouse_id", warehouseId}, {"item_id", itemId}};
    mustApply(*store, "stock.adjust", {{"warehouse_id", warehouseId}, {"item_id", itemId}, {"delta", 10}});
    QJsonObject reserve = line;
    reserve.insert("quantity", 8);
    mustApply(*store, QStringLiteral("stock.reserve"), reserve);
    CHECK(stockQuantity(*store, warehouseId, itemId, QStringLiteral("reserved")) == 8.0);

    const auto before = rowCounts(*store);
    reserve.insert("quantity", 3);
    CHECK(mustFail(*store, QStringLiteral("stock.reserve"), reserve).field == QStringLiteral("quantity"));
    CHECK(mustFail(*store, "stock.adjust", {{"warehouse_id", warehouseId}, {"item_id", itemId}, {"delta", -3}}).field
          == QStringLiteral("delta"));
    QJsonObject release = line;
    release.insert("quantity", 9);
    CHECK(mustFail(*store, QStringLiteral("stock.release"), release).field == QStringLiteral("quantity"));
    release.insert("quantity", -1);
    CHECK(mustFail(*store, QStringLiteral("stock.release"), release).field == QStringLiteral("quantity"));
    CHECK(mustFail(*store, "stock.reserve", {{"warehouse_id", warehouseId}, {"item_id", makeItem(*store, "帐篷")}, {"quantity", 1}}).field
          == QStringLiteral("item_id"));
    CHECK(rowCounts(*store).value("stock") == before.value("stock"));

    release.insert("quantity", 5);
    mustApply(*store, QStringLiteral("stock.release"), release);
    CHECK(stockQuantity(*store, warehouseId, itemId, QStringLiteral("reserved")) == 3.0);
    mustApply(*store, "stock.adjust", {{"warehouse_id", warehouseId}, {"item_id", itemId}, {"delta", -7}});
    CHECK(stockQuantity(*store, warehouseId, itemId) == 3.0);
}

TEST_CASE("stock lines can be listed per warehouse")
{
    auto store = openStore();
    const QString first = makeWarehouse(*store, "一号库");
    const QString second = makeWarehouse(*store, "二号库");
    const QString boats = makeItem(*store, "冲锋舟");
    const QString jackets = makeItem(*store, "救生衣");
    mustApply(*store, "stock.adjust", {{"warehouse_id", first}, {"item_id", boats}, {"delta", 4}});
    mustApply(*store, "stock.adjust", {{"warehouse_id", first}, {"item_id", jackets}, {"delta", 200}});
    mustApply(*store, "stock.adjust", {{"warehouse_id", second}, {"item_id", jackets}, {"delta", 50}});
    RecordFilter filter;
    filter.equals.insert(QStringLiteral("warehouse_id"), first);
    CHECK(store->records(ResourceKind::Stock, filter).size() == 2);
    filter.equals.clear();
    filter.equals.insert(QStringLiteral("item_id"), jackets);
    double total = 0;
    for (const Record &line : store->records(ResourceKind::Stock, filter)) {
        total += line.real(QStringLiteral("quantity"));
    }
    CHECK(total == 250.0);
}
