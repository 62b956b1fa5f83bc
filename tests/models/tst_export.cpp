#include "exporter.h"
#include "geo.h"
#include "importer.h"
#include "store.h"

#include <catch2/catch.hpp>

#include "tst_importfixture.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

using namespace tw;

namespace {

// A value of every field type that is awkward for CSV and JSON alike.
QVariant sampleValue(const FieldDef &field, int variant, const QHash<ResourceKind, QStringList> &references)
{
    switch (field.type) {
    case FieldType::Text:
        return variant == 0 ? QStringLiteral("西湖区, \"一号\"\n第二行 %1").arg(field.key)
                            : QStringLiteral("plain %1").arg(field.key);
    case FieldType::Integer:
        return qint64((std::isfinite(field.minimum) ? field.minimum : 0) + 7 + variant);
    case FieldType::Real: {
        if (std::isfinite(field.minimum) && std::isfinite(field.maximum)) {
            return field.minimum + (field.maximum - field.minimum) * (variant == 0 ? 0.3 : 0.1);
        }
        return (std::isfinite(field.minimum) ? field.minimum : -40.0) + 1234.5678 + variant / 3.0;
    }
    case FieldType::Enum:
        return variant == 0 ? field.enumValues.last().value : field.enumValues.first().value;
    case FieldType::Bool:
        return variant == 0;
    case FieldType::TimeMs:
        return qint64(1700000000123) + variant;
    case FieldType::Json:
        return QStringLiteral("{\"coordinates\":[[[120.1,30.2],[120.2,30.2],[120.2,30.3],[120.1,30.2]]],\"type\":\"Polygon\"}");
    case FieldType::Reference:
        // Each record refers to a different one: a warehouse holds one stock line per item.
        return references.value(field.referenceKind).value(variant);
    }
    return {};
}

// Kinds in an order where referenced records come first.
QList<ResourceKind> kindsInDependencyOrder()
{
    QList<ResourceKind> kinds;
    for (const KindDef &kind : allKinds()) {
        kinds << kind.kind;
    }
    std::stable_sort(kinds.begin(), kinds.end(), [](ResourceKind a, ResourceKind b) {
        return a != ResourceKind::Stock && b == ResourceKind::Stock;
    });
    return kinds;
}

// Two records per kind: one with every field set, one with only the required ones.
void populate(Store &store)
{
    QHash<ResourceKind, QStringList> references;
    for (ResourceKind kind : kindsInDependencyOrder()) {
        const KindDef &def = kindDef(kind);
        for (int variant = 0; variant < 2; ++variant) {
            Record record;
            record.kind = kind;
            for (const FieldDef &field : def.fields) {
                if (variant == 0 || field.required) {
                    record.values.insert(field.key, sampleValue(field, variant, references));
                }
            }
            if (def.hasPoint) {
                record.point = LonLat{120.1551 + variant * 0.0123456789, 30.2741 - variant * 0.0098765432};
            }
            const Result<QString> id = store.createRecord(record);
            INFO(def.name.toStdString() << ": " << id.errorString().toStdString());
            REQUIRE(id.ok());
            references[kind] << id.value();
        }
    }
}

QList<Record> sortedRecords(const Store &store, ResourceKind kind)
{
    QList<Record> records = store.records(kind);
    std::sort(records.begin(), records.end(), [](const Record &a, const Record &b) { return a.id < b.id; });
    return records;
}

// The canonical text of a kind's records: equal bytes mean equal ids, values and points.
QByteArray canonical(const Store &store, ResourceKind kind, const char *format)
{
    const auto bytes = exportBytes(kind, sortedRecords(store, kind), QString::fromLatin1(format));
    REQUIRE(bytes.ok());
    return bytes.value();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("every kind exported to CSV or GeoJSON imports back into an empty store exactly")
{
    auto source = test::openStore();
    populate(*source);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const char *format : {"csv", "geojson"}) {
        auto target = test::openStore();
        for (ResourceKind kind : kindsInDependencyOrder()) {
            const KindDef &def = kindDef(kind);
            INFO(def.name.toStdString() << " as " << format);
            const QString path = dir.filePath(def.name + QLatin1Char('.') + QLatin1String(format));
            REQUIRE(exportFile(*source, kind, QString::fromLatin1(format), path).ok());
            const auto report = importFile(*target, path, {kind});
            INFO(report.errorString().toStdString());
            REQUIRE(report.ok());
            CHECK(report->imported == 2);
            CHECK(target->count(kind) == 2);
            CHECK(canonical(*target, kind, format) == canonical(*source, kind, format));
            CHECK(canonical(*target, kind, "csv") == canonical(*source, kind, "csv"));
        }
    }
}

TEST_CASE("importing an export into the store it came from updates every record and adds none")
{
    auto store = test::openStore();
    populate(*store);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cameras.csv"));
    const QByteArray before = canonical(*store, ResourceKind::Cameras, "csv");
    REQUIRE(exportFile(*store, ResourceKind::Cameras, QStringLiteral("csv"), path).ok());
    const auto report = importFile(*store, path, {ResourceKind::Cameras});
    REQUIRE(report.ok());
    CHECK(report->updated == 2);
    CHECK(store->count(ResourceKind::Cameras) == 2);
    CHECK(canonical(*store, ResourceKind::Cameras, "csv") == before);
}

TEST_CASE("an exported CSV has a byte-order mark, CRLF line ends and a header of the field keys")
{
    auto store = test::openStore();
    populate(*store);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("teams.csv"));
    REQUIRE(exportFile(*store, ResourceKind::Teams, QStringLiteral("csv"), path).ok());
    const QByteArray bytes = readAll(path);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QByteArray header = bytes.mid(3, bytes.indexOf("\r\n") - 3);
    CHECK(QString::fromUtf8(header) == exportColumns(ResourceKind::Teams).join(u','));
    CHECK(header.startsWith("id,lon,lat,name,team_kind"));
}

TEST_CASE("exporting in GCJ-02 writes shifted points that read back to the stored ones")
{
    auto store = test::openStore();
    populate(*store);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("shelters-gcj.geojson"));
    REQUIRE(exportFile(*store, ResourceKind::Shelters, QStringLiteral("geojson"), path, Datum::Gcj02).ok());
    const auto asWritten = readRecords(path, {ResourceKind::Shelters, Datum::Wgs84});
    const auto converted = readRecords(path, {ResourceKind::Shelters, Datum::Gcj02});
    REQUIRE(asWritten.ok());
    REQUIRE(converted.ok());
    for (int i = 0; i < converted->size(); ++i) {
        const auto stored = store->record(ResourceKind::Shelters, converted->at(i).id);
        REQUIRE(stored.ok());
        CHECK(distanceMeters(*asWritten->at(i).point, *stored->point) > 300.0);
        CHECK(distanceMeters(*converted->at(i).point, *stored->point) < 0.01);
    }
}

TEST_CASE("a failed export leaves no file and an unknown format is refused")
{
    auto store = test::openStore();
    populate(*store);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString missingFolder = dir.filePath(QStringLiteral("no/such/folder/teams.csv"));
    const Status failed = exportFile(*store, ResourceKind::Teams, QStringLiteral("csv"), missingFolder);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().where == QStringLiteral("teams.csv"));
    CHECK_FALSE(QFile::exists(missingFolder));

    const QString path = dir.filePath(QStringLiteral("teams.xlsx"));
    const Status unknown = exportFile(*store, ResourceKind::Teams, QStringLiteral("xlsx"), path);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().field == QStringLiteral("format"));
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}
