#pragma once

// Shared helpers of the store tests: a fresh store, short ways to make records, row counts.

#include <catch2/catch.hpp>

#include "store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace Catch {
template<>
struct StringMaker<QString> {
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template<>
struct StringMaker<QStringList> {
    static std::string convert(const QStringList &value)
    {
        return '{' + value.join(QStringLiteral(", ")).toStdString() + '}';
    }
};
} // namespace Catch

namespace tw::test {

inline std::unique_ptr<Store> openStore(const QString &path = QStringLiteral(":memory:"))
{
    Result<std::unique_ptr<Store>> store = Store::open(path);
    INFO(store.errorString().toStdString());
    REQUIRE(store.ok());
    std::unique_ptr<Store> opened = std::move(store).value();
    opened->setActor(QStringLiteral("duty-officer"));
    return opened;
}

/// Applies a mutation that must succeed; returns the id it reports.
inline QString mustApply(Store &store, const QString &name, const QJsonObject &args)
{
    Result<MutationOutcome> outcome = store.apply(name, args);
    INFO(name.toStdString() << ": " << outcome.errorString().toStdString());
    REQUIRE(outcome.ok());
    return outcome->id;
}

/// Applies a mutation that must fail; returns its Error.
inline Error mustFail(Store &store, const QString &name, const QJsonObject &args)
{
    Result<MutationOutcome> outcome = store.apply(name, args);
    INFO(name.toStdString() << " unexpectedly succeeded");
    REQUIRE_FALSE(outcome.ok());
    return outcome.error();
}

/// Row counts of every table: equal before and after a refused change means nothing was written.
inline QMap<QString, qint64> rowCounts(const Store &store)
{
    QMap<QString, qint64> counts;
    QSqlQuery tables(store.database());
    REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                       "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'")));
    QStringList names;
    while (tables.next()) {
        names << tables.value(0).toString();
    }
    for (const QString &name : names) {
        QSqlQuery count(store.database());
        REQUIRE(count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(name)));
        REQUIRE(count.next());
        counts.insert(name, count.value(0).toLongLong());
    }
    return counts;
}

/// A whole-database fingerprint: row counts plus the contents of the mutable tables.
inline QString contentOf(const Store &store, const QString &table)
{
    QSqlQuery query(store.database());
    REQUIRE(query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table)));
    QStringList rows;
    while (query.next()) {
        QStringList cells;
        for (int i = 0; i < query.record().count(); ++i) {
            cells << query.value(i).toString();
        }
        rows << cells.join(QLatin1Char('|'));
    }
    return rows.join(QLatin1Char('\n'));
}

inline QString makeTeam(Store &store, const QString &name, double lon = 120.16, double lat = 30.27,
                        const QString &capabilities = QStringLiteral("water_rescue,first_aid"),
                        const QString &status = QStringLiteral("available"))
{
    return mustApply(store, QStringLiteral("team.create"),
                     {{QStringLiteral("name"), name},
                      {QStringLiteral("team_kind"), QStringLiteral("fire")},
                      {QStringLiteral("capabilities"), capabilities},
                      {QStringLiteral("status"), status},
                      {QStringLiteral("lon"), lon},
                      {QStringLiteral("lat"), lat}});
}

inline QString makeIncident(Store &store, const QString &title = QStringLiteral("西湖区文三路积水"),
                            double lon = 120.14, double lat = 30.28)
{
    return mustApply(store, QStringLiteral("incident.create"),
                     {{QStringLiteral("title"), title},
                      {QStringLiteral("category"), QStringLiteral("natural_disaster")},
                      {QStringLiteral("lon"), lon},
                      {QStringLiteral("lat"), lat}});
}

inline QString makeWarehouse(Store &store, const QString &name = QStringLiteral("杭州市应急物资储备库"))
{
    return mustApply(store, QStringLiteral("warehouse.create"),
                     {{QStringLiteral("name"), name}, {QStringLiteral("lon"), 120.2}, {QStringLiteral("lat"), 30.3}});
}

inline QString makeItem(Store &store, const QString &name = QStringLiteral("冲锋舟"))
{
    return mustApply(store, QStringLiteral("supply.create"),
                     {{QStringLiteral("name"), name},
                      {QStringLiteral("category"), QStringLiteral("flood_control")},
                      {QStringLiteral("unit"), QStringLiteral("艘")}});
}

inline double stockQuantity(Store &store, const QString &warehouseId, const QString &itemId,
                            const QString &column = QStringLiteral("quantity"))
{
    RecordFilter filter;
    filter.equals.insert(QStringLiteral("warehouse_id"), warehouseId);
    filter.equals.insert(QStringLiteral("item_id"), itemId);
    const QList<Record> lines = store.records(ResourceKind::Stock, filter);
    REQUIRE(lines.size() <= 1);
    return lines.isEmpty() ? -1.0 : lines.first().real(column);
}

inline QString teamStatus(Store &store, const QString &teamId)
{
    Result<Record> team = store.record(ResourceKind::Teams, teamId);
    REQUIRE(team.ok());
    return team->text(QStringLiteral("status"));
}

} // namespace tw::test
