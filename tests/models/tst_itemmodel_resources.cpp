#include "resourcefiltermodel.h"
#include "resourcetablemodel.h"
#include "store.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <cmath>

using namespace tw;

namespace {

std::unique_ptr<Store> openMemoryStore()
{
    Result<std::unique_ptr<Store>> store = Store::open(QStringLiteral(":memory:"));
    REQUIRE(store.ok());
    return std::move(store).value();
}

// A valid record of any kind, built from the schema alone, numbered so names and numbers differ.
Record sampleRecord(Store &store, ResourceKind kind, int n)
{
    const KindDef &def = kindDef(kind);
    Record record;
    record.kind = kind;
    for (const FieldDef &field : def.fields) {
        switch (field.type) {
        case FieldType::Text:
            if (field.required || field.searchable) {
                record.values.insert(field.key, QStringLiteral("%1 %2").arg(field.key).arg(n));
            }
            break;
        case FieldType::Enum:
            record.values.insert(field.key, field.enumValues.at(n % field.enumValues.size()).value);
            break;
        case FieldType::Integer: {
            const double low = std::isfinite(field.minimum) ? field.minimum : 0;
            record.values.insert(field.key, qint64(low) + n);
            break;
        }
        case FieldType::Real: {
            const double low = std::isfinite(field.minimum) ? field.minimum : 0;
            const double high = std::isfinite(field.maximum) ? field.maximum : low + 1000;
            record.values.insert(field.key, std::min(high, low + 1.5 * n));
            break;
        }
        case FieldType::Reference: {
            Result<QString> id = store.createRecord(sampleRecord(store, field.referenceKind, n));
            REQUIRE(id.ok());
            record.values.insert(field.key, id.value());
            break;
        }
        case FieldType::Bool:
            record.values.insert(field.key, n % 2 == 0);
            break;
        case FieldType::TimeMs:
            record.values.insert(field.key, qint64(1700000000000) + n * 60000);
            break;
        case FieldType::Json:
            break;
        }
    }
    if (def.hasPoint) {
        record.point = LonLat(120.1 + 0.01 * n, 30.2 + 0.01 * n);
    }
    return record;
}

QString createSample(Store &store, ResourceKind kind, int n)
{
    const Result<QString> id = store.createRecord(sampleRecord(store, kind, n));
    INFO(id.errorString().toStdString());
    REQUIRE(id.ok());
    return id.value();
}

} // namespace

TEST_CASE("every kind's table and filter models stay consistent while records are created, changed and deleted")
{
    for (const KindDef &def : allKinds()) {
        INFO(def.name.toStdString());
        auto store = openMemoryStore();
        ResourceTableModel table(store.get(), def.kind);
        ResourceFilterModel filter;
        filter.setSourceModel(&table);
        QAbstractItemModelTester tableTester(&table, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
        filter.sort(0, Qt::DescendingOrder);

        const QString first = createSample(*store, def.kind, 1);
        const QString second = createSample(*store, def.kind, 2);
        createSample(*store, def.kind, 3);
        CHECK(table.rowCount() == 3);
        CHECK(table.columnCount() == def.fields.size() + (def.hasPoint ? 2 : 0));
        CHECK(filter.rowCount() == 3);

        const QString nameKey = def.nameField().isEmpty() ? def.fields.first().key : def.nameField();
        const FieldDef *nameField = def.field(nameKey);
        if (nameField->type == FieldType::Text) {
            REQUIRE(store->updateRecord(def.kind, first, {{nameKey, QStringLiteral("renamed")}}).ok());
            CHECK(table.recordAt(table.rowOf(first)).text(nameKey) == QLatin1String("renamed"));
            filter.setFilterText(QStringLiteral("renam"));
            CHECK(filter.rowCount() == 1);
            filter.setFilterText(QString());
        }
        for (int column = 0; column < table.columnCount(); ++column) {
            filter.sort(column, column % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
        }
        REQUIRE(store->deleteRecord(def.kind, second).ok());
        CHECK(table.rowCount() == 2);
        CHECK(table.rowOf(second) == -1);
        CHECK(table.rowOf(first) >= 0);
        CHECK(filter.rowCount() == 2);
    }
}

TEST_CASE("an updated record changes its row in place without resetting the model")
{
    auto store = openMemoryStore();
    const QString id = createSample(*store, ResourceKind::Teams, 1);
    createSample(*store, ResourceKind::Teams, 2);
    ResourceTableModel table(store.get(), ResourceKind::Teams);
    QSignalSpy resets(&table, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&table, &QAbstractItemModel::dataChanged);
    const int row = table.rowOf(id);

    REQUIRE(store->updateRecord(ResourceKind::Teams, id, {{QStringLiteral("status"), QStringLiteral("on_scene")}}).ok());

    CHECK(resets.isEmpty());
    REQUIRE(changes.size() == 1);
    CHECK(changes.first().at(0).toModelIndex().row() == row);
    CHECK(table.rowOf(id) == row);
    const int statusColumn = table.columnOf(QStringLiteral("status"));
    CHECK(table.index(row, statusColumn).data(ResourceTableModel::RawValueRole).toString() == QLatin1String("on_scene"));
}

TEST_CASE("cells show enum labels, yes/no and names of referenced records while the raw value stays available")
{
    auto store = openMemoryStore();
    Record warehouse = sampleRecord(*store, ResourceKind::Warehouses, 1);
    warehouse.values.insert(QStringLiteral("name"), QStringLiteral("Xiaoshan reserve"));
    const QString warehouseId = store->createRecord(warehouse).value();
    Record stock = sampleRecord(*store, ResourceKind::Stock, 1);
    stock.values.insert(QStringLiteral("warehouse_id"), warehouseId);
    const QString stockId = store->createRecord(stock).value();

    ResourceTableModel stockTable(store.get(), ResourceKind::Stock);
    const int row = stockTable.rowOf(stockId);
    const QModelIndex warehouseCell = stockTable.index(row, stockTable.columnOf(QStringLiteral("warehouse_id")));
    CHECK(warehouseCell.data().toString() == QLatin1String("Xiaoshan reserve"));
    CHECK(warehouseCell.data(ResourceTableModel::RawValueRole).toString() == warehouseId);
    CHECK(warehouseCell.data(ResourceTableModel::IdRole).toString() == stockId);

    Record camera = sampleRecord(*store, ResourceKind::Cameras, 2);
    camera.values.insert(QStringLiteral("ptz"), true);
    camera.values.insert(QStringLiteral("status"), QStringLiteral("online"));
    const QString cameraId = store->createRecord(camera).value();
    ResourceTableModel cameras(store.get(), ResourceKind::Cameras);
    const int cameraRow = cameras.rowOf(cameraId);
    CHECK(cameras.index(cameraRow, cameras.columnOf(QStringLiteral("ptz"))).data().toString() == QLatin1String("Yes"));
    CHECK(cameras.index(cameraRow, cameras.columnOf(QStringLiteral("status"))).data().toString() == QLatin1String("Online"));
    CHECK(cameras.headerData(cameras.columnOf(QStringLiteral("fov_deg")), Qt::Horizontal).toString()
          == QStringLiteral("Field of view (°)"));
    CHECK(cameras.headerData(cameras.columnOf(QStringLiteral("lon")), Qt::Horizontal).toString()
          == QLatin1String("Longitude"));
    CHECK(cameras.index(cameraRow, cameras.columnOf(QStringLiteral("lat"))).data(ResourceTableModel::RawValueRole).toDouble()
          == Approx(30.22));
}

TEST_CASE("the filter model keeps rows matching text and enum values and sorts numbers as numbers")
{
    auto store = openMemoryStore();
    const auto team = [&](const QString &name, const QString &kind, qint64 headcount) {
        Record r = sampleRecord(*store, ResourceKind::Teams, 1);
        r.values.insert(QStringLiteral("name"), name);
        r.values.insert(QStringLiteral("team_kind"), kind);
        r.values.insert(QStringLiteral("headcount"), headcount);
        return store->createRecord(r).value();
    };
    team(QStringLiteral("Westlake fire station"), QStringLiteral("fire"), 9);
    team(QStringLiteral("Binjiang medical team"), QStringLiteral("medical"), 10);
    team(QStringLiteral("Gongshu fire station"), QStringLiteral("fire"), 100);

    ResourceTableModel table(store.get(), ResourceKind::Teams);
    ResourceFilterModel filter;
    filter.setSourceModel(&table);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);

    filter.setFilterText(QStringLiteral("FIRE station"));
    CHECK(filter.rowCount() == 2);
    filter.setFilterText(QString());
    filter.setValueFilter(QStringLiteral("team_kind"), QStringLiteral("medical"));
    REQUIRE(filter.rowCount() == 1);
    CHECK(filter.index(0, 0).data().toString() == QLatin1String("Binjiang medical team"));
    filter.setValueFilter(QStringLiteral("team_kind"), QString());
    CHECK(filter.rowCount() == 3);

    filter.sort(table.columnOf(QStringLiteral("headcount")), Qt::AscendingOrder);
    const int headcount = table.columnOf(QStringLiteral("headcount"));
    CHECK(filter.index(0, headcount).data(ResourceTableModel::RawValueRole).toLongLong() == 9);
    CHECK(filter.index(1, headcount).data(ResourceTableModel::RawValueRole).toLongLong() == 10);
    CHECK(filter.index(2, headcount).data(ResourceTableModel::RawValueRole).toLongLong() == 100);
}
