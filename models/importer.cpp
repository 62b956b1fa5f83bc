#include "importer.h"

#include "csvcodec.h"
#include "geojsoncodec.h"
#include "logging.h"
#include "ogrreader.h"
#include "preparedstream.h"
#include "store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace tw {

namespace {

/// One record as found in the file: raw values by field key, no schema applied yet.
struct SourceRow {
    QString where;
    QString id;
    QVariantMap values;
    std::optional<LonLat> point;
};

struct SourceTable {
    QString format;
    QHash<QString, QString> columnOf; ///< key (field, "lon", "lat") -> column name in the file
    QList<SourceRow> rows;
    QStringList warnings;
};

Result<QByteArray> readWholeFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QCoreApplication::translate("tw::Importer", "cannot open the file: %1").arg(file.errorString()), {}, QFileInfo(path).fileName()};
    }
    return file.readAll();
}

Result<double> parseCoordinate(const QString &text, const QString &column, const QString &where)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        return Error{QCoreApplication::translate("tw::Importer", "\"%1\" is not a number").arg(text), column, where};
    }
    return value;
}

QString expectedColumns(const KindDef &kind)
{
    QStringList names{QStringLiteral("id")};
    if (kind.hasPoint) {
        names << QStringLiteral("lon") << QStringLiteral("lat");
    }
    for (const FieldDef &field : kind.fields) {
        names << field.key;
    }
    return names.join(QStringLiteral(", "));
}

Result<SourceTable> readCsv(const QString &path, const KindDef &kind)
{
    const QString source = QFileInfo(path).fileName();
    Result<QByteArray> data = readWholeFile(path);
    if (!data) {
        return data.error();
    }
    Result<CsvTable> csv = CsvCodec::parse(data.value(), source);
    if (!csv) {
        return csv.error();
    }
    SourceTable table;
    table.format = QStringLiteral("csv");
    QStringList keys;
    for (const QString &column : csv->header) {
        const QString key = columnKey(kind, column);
        const QString where = QStringLiteral("%1:line %2").arg(source).arg(csv->headerLine);
        if (key.isEmpty()) {
            return Error{QCoreApplication::translate("tw::Importer", "unknown column for %1; the columns are: %2").arg(kind.name, expectedColumns(kind)),
                         column.isEmpty() ? QCoreApplication::translate("tw::Importer", "(empty heading)") : column, where};
        }
        if (keys.contains(key)) {
            return Error{QCoreApplication::translate("tw::Importer", "the column appears twice (as \"%1\" and \"%2\")").arg(table.columnOf.value(key), column),
                         column, where};
        }
        keys << key;
        table.columnOf.insert(key, column);
    }
    if (keys.contains(QStringLiteral("lon")) != keys.contains(QStringLiteral("lat"))) {
        const QString missing = keys.contains(QStringLiteral("lon")) ? QStringLiteral("lat") : QStringLiteral("lon");
        return Error{QCoreApplication::translate("tw::Importer", "lon and lat go together; add the missing column"), missing, source};
    }
    for (int r = 0; r < csv->rows.size(); ++r) {
        const CsvRow &csvRow = csv->rows[r];
        const QString where = QStringLiteral("%1:row %2 (line %3)").arg(source).arg(r + 1).arg(csvRow.line);
        if (std::all_of(csvRow.cells.cbegin(), csvRow.cells.cend(), [](const QString &c) { return c.trimmed().isEmpty(); })) {
            continue; // an empty spreadsheet row
        }
        if (csvRow.cells.size() != keys.size()) {
            return Error{QCoreApplication::translate("tw::Importer", "has %1 cells but the header has %2 columns (a missing comma or an unquoted comma?)")
                             .arg(csvRow.cells.size()).arg(keys.size()),
                         {}, where};
        }
        SourceRow row;
        row.where = where;
        QString lonText;
        QString latText;
        for (int c = 0; c < keys.size(); ++c) {
            const QString &key = keys[c];
            const QString cell = csvRow.cells[c];
            if (key == QLatin1String("id")) {
                row.id = cell.trimmed();
            } else if (key == QLatin1String("lon")) {
                lonText = cell.trimmed();
            } else if (key == QLatin1String("lat")) {
                latText = cell.trimmed();
            } else if (!cell.trimmed().isEmpty()) {
                row.values.insert(key, cell);
            }
        }
        if (lonText.isEmpty() != latText.isEmpty()) {
            const QString missing = lonText.isEmpty() ? QStringLiteral("lon") : QStringLiteral("lat");
            return Error{QCoreApplication::translate("tw::Importer", "is empty while the other coordinate is given"), table.columnOf.value(missing), where};
        }
        if (!lonText.isEmpty()) {
            Result<double> lon = parseCoordinate(lonText, table.columnOf.value(QStringLiteral("lon")), where);
            Result<double> lat = parseCoordinate(latText, table.columnOf.value(QStringLiteral("lat")), where);
            if (!lon || !lat) {
                return lon ? lat.error() : lon.error();
            }
            row.point = LonLat{lon.value(), lat.value()};
        }
        table.rows << row;
    }
    return table;
}

Result<SourceTable> readGeoJson(const QString &path, const KindDef &kind)
{
    const QString source = QFileInfo(path).fileName();
    Result<QByteArray> data = readWholeFile(path);
    if (!data) {
        return data.error();
    }
    Result<QList<GeoJsonFeature>> features = GeoJsonCodec::parse(data.value(), source);
    if (!features) {
        return features.error();
    }
    SourceTable table;
    table.format = QStringLiteral("geojson");
    table.columnOf.insert(QStringLiteral("lon"), QStringLiteral("geometry"));
    table.columnOf.insert(QStringLiteral("lat"), QStringLiteral("geometry"));
    for (const GeoJsonFeature &feature : features.value()) {
        SourceRow row;
        row.where = QStringLiteral("%1:feature %2").arg(source).arg(feature.index);
        row.point = feature.point;
        row.id = feature.id;
        for (auto it = feature.properties.begin(); it != feature.properties.end(); ++it) {
            const QString key = columnKey(kind, it.key());
            if (key.isEmpty()) {
                return Error{QCoreApplication::translate("tw::Importer", "unknown property for %1").arg(kind.name), it.key(), row.where};
            }
            if (key == QLatin1String("lon") || key == QLatin1String("lat")) {
                continue; // the geometry is the position
            }
            if (key == QLatin1String("id")) {
                if (!it.value().isNull()) {
                    row.id = it.value().toVariant().toString();
                }
                continue;
            }
            table.columnOf.insert(key, it.key());
            if (!it.value().isNull()) {
                row.values.insert(key, it.value().toVariant());
            }
        }
        table.rows << row;
    }
    return table;
}

// Attributes GDAL's KML drivers add to every placemark; never worth a warning.
bool isKmlHousekeeping(const QString &name)
{
    static const QSet<QString> names{QStringLiteral("timestamp"), QStringLiteral("begin"), QStringLiteral("end"),
                                     QStringLiteral("altitudemode"), QStringLiteral("tessellate"),
                                     QStringLiteral("extrude"), QStringLiteral("visibility"),
                                     QStringLiteral("draworder"), QStringLiteral("icon"), QStringLiteral("snippet")};
    return names.contains(name.toLower());
}

// Attribute names of GIS files: exact, label, KML "Name", or a shapefile's name cut at 10 characters.
QString attributeKey(const KindDef &kind, const QString &name, bool kml, bool shapefile)
{
    const QString key = columnKey(kind, name);
    if (key == QLatin1String("lon") || key == QLatin1String("lat")) {
        return QString(); // the geometry is the position
    }
    if (!key.isEmpty()) {
        return key;
    }
    if (kml && name.compare(QLatin1String("name"), Qt::CaseInsensitive) == 0) {
        return kind.nameField();
    }
    if (shapefile && name.size() >= 3) {
        QString match;
        for (const FieldDef &field : kind.fields) {
            if (field.key.startsWith(name, Qt::CaseInsensitive)) {
                if (!match.isEmpty()) {
                    return QString(); // ambiguous
                }
                match = field.key;
            }
        }
        return match;
    }
    return QString();
}

Result<SourceTable> readOgr(const QString &path, const KindDef &kind, const QString &format, const QString &layerName)
{
    Result<OgrLayer> layer = OgrReader::read(path, layerName);
    if (!layer) {
        return layer.error();
    }
    const QString source = QFileInfo(path).fileName();
    const bool kml = layer->driver.contains(QLatin1String("KML"));
    const bool shapefile = layer->driver == QLatin1String("ESRI Shapefile");
    SourceTable table;
    table.format = format;
    table.columnOf.insert(QStringLiteral("lon"), QStringLiteral("geometry"));
    table.columnOf.insert(QStringLiteral("lat"), QStringLiteral("geometry"));
    QHash<QString, QString> keyOf;
    for (const QString &name : layer->fieldNames) {
        const QString key = attributeKey(kind, name, kml, shapefile);
        if (!key.isEmpty() && !table.columnOf.contains(key)) {
            keyOf.insert(name, key);
            table.columnOf.insert(key, name);
        }
    }
    QStringList ignored;
    for (const OgrFeature &feature : layer->features) {
        SourceRow row;
        row.where = QStringLiteral("%1:feature %2").arg(source).arg(feature.index);
        row.point = feature.point;
        for (const auto &[name, value] : feature.attributes) {
            const QString key = keyOf.value(name);
            if (key.isEmpty()) {
                if (!ignored.contains(name) && !(kml && isKmlHousekeeping(name))) {
                    ignored << name;
                }
            } else if (key == QLatin1String("id")) {
                row.id = value.toString().trimmed();
            } else if (!value.toString().trimmed().isEmpty()) {
                row.values.insert(key, value);
            }
        }
        table.rows << row;
    }
    if (!ignored.isEmpty()) {
        table.warnings << QCoreApplication::translate("tw::Importer", "%1: ignored attributes that match no %2 field: %3")
                              .arg(source, kind.name, ignored.join(QStringLiteral(", ")));
    }
    if (!layer->sourceCrs.isEmpty() && layer->sourceCrs != QLatin1String("EPSG:4326")) {
        table.warnings << QCoreApplication::translate("tw::Importer", "%1: coordinates converted from %2 to WGS-84").arg(source, layer->sourceCrs);
    }
    return table;
}

Result<SourceTable> readSource(const QString &path, const ImportOptions &options)
{
    Result<QString> format = importFormat(path);
    if (!format) {
        return format.error();
    }
    const KindDef &kind = kindDef(options.kind);
    if (format.value() == QLatin1String("csv")) {
        return readCsv(path, kind);
    }
    if (format.value() == QLatin1String("geojson")) {
        return readGeoJson(path, kind);
    }
    return readOgr(path, kind, format.value(), options.layer);
}

/// Validates one row into a Record; `partial` for an update of an existing record.
Result<Record> validateRow(const KindDef &kind, const SourceTable &table, const SourceRow &row, Datum datum,
                           bool partial)
{
    auto placed = [&](const Error &error) {
        return Error{error.message, table.columnOf.value(error.field, error.field), row.where};
    };
    Result<QVariantMap> values = validateValues(kind, row.values, partial);
    if (!values) {
        return placed(values.error());
    }
    if (!(partial && !row.point)) {
        if (Status point = validatePoint(kind, row.point); !point) {
            return placed(point.error());
        }
    }
    Record record;
    record.kind = kind.kind;
    record.id = row.id;
    record.values = values.value();
    if (row.point) {
        record.point = toWgs84(*row.point, datum);
    }
    return record;
}

Status checkUniqueIds(const SourceTable &table)
{
    QHash<QString, QString> seen;
    for (const SourceRow &row : table.rows) {
        if (row.id.isEmpty()) {
            continue;
        }
        if (seen.contains(row.id)) {
            return Error{QCoreApplication::translate("tw::Importer", "\"%1\" is also the id of %2").arg(row.id, seen.value(row.id)),
                         table.columnOf.value(QStringLiteral("id"), QStringLiteral("id")), row.where};
        }
        seen.insert(row.id, row.where);
    }
    return {};
}

// The ids of the kind's records that the file names (none when the file gives no ids).
Result<QSet<QString>> existingIds(Store &store, const KindDef &kind, const SourceTable &table)
{
    QSet<QString> ids;
    const bool anyId = std::any_of(table.rows.cbegin(), table.rows.cend(),
                                   [](const SourceRow &row) { return !row.id.isEmpty(); });
    if (!anyId) {
        return ids;
    }
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id FROM %1").arg(kind.table))) {
        return Error{QCoreApplication::translate("tw::Importer", "cannot read the existing %1: %2")
                         .arg(kind.name, query.lastError().text()),
                     {}, {}};
    }
    while (query.next()) {
        ids.insert(query.value(0).toString());
    }
    return ids;
}

QJsonObject mutationArgs(const Record &record)
{
    QJsonObject args;
    for (auto it = record.values.cbegin(); it != record.values.cend(); ++it) {
        if (it.value().isValid() && !it.value().isNull()) {
            args.insert(it.key(), QJsonValue::fromVariant(it.value()));
        }
    }
    if (!record.id.isEmpty()) {
        args.insert(QStringLiteral("id"), record.id);
    }
    if (record.point) {
        args.insert(QStringLiteral("lon"), record.point->lon);
        args.insert(QStringLiteral("lat"), record.point->lat);
    }
    return args;
}

} // namespace

Result<QString> importFormat(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv")) {
        return QStringLiteral("csv");
    }
    if (suffix == QLatin1String("geojson") || suffix == QLatin1String("json")) {
        return QStringLiteral("geojson");
    }
    if (suffix == QLatin1String("shp")) {
        return QStringLiteral("shapefile");
    }
    if (suffix == QLatin1String("gpkg") || suffix == QLatin1String("kml")) {
        return suffix;
    }
    return Error{QCoreApplication::translate("tw::Importer", "unknown file type \".%1\"; import reads .csv, .geojson, .json, .shp, .gpkg and .kml").arg(suffix),
                 {}, QFileInfo(path).fileName()};
}

QString columnKey(const KindDef &kind, const QString &column)
{
    const QString name = column.trimmed();
    if (name.compare(QLatin1String("id"), Qt::CaseInsensitive) == 0) {
        return QStringLiteral("id");
    }
    if (kind.hasPoint) {
        static const QStringList lonNames{QStringLiteral("lon"), QStringLiteral("longitude"), QStringLiteral("lng"),
                                          QStringLiteral("经度")};
        static const QStringList latNames{QStringLiteral("lat"), QStringLiteral("latitude"), QStringLiteral("纬度")};
        if (lonNames.contains(name, Qt::CaseInsensitive)) {
            return QStringLiteral("lon");
        }
        if (latNames.contains(name, Qt::CaseInsensitive)) {
            return QStringLiteral("lat");
        }
    }
    for (const FieldDef &field : kind.fields) {
        if (name.compare(field.key, Qt::CaseInsensitive) == 0
            || name.compare(QLatin1String(field.label), Qt::CaseInsensitive) == 0
            || name.compare(field.translatedLabel(), Qt::CaseInsensitive) == 0) {
            return field.key;
        }
    }
    return QString();
}

Result<QList<Record>> readRecords(const QString &path, const ImportOptions &options)
{
    Result<SourceTable> table = readSource(path, options);
    if (!table) {
        return table.error();
    }
    if (Status unique = checkUniqueIds(table.value()); !unique) {
        return unique.error();
    }
    const KindDef &kind = kindDef(options.kind);
    QList<Record> records;
    records.reserve(table->rows.size());
    for (const SourceRow &row : table->rows) {
        Result<Record> record = validateRow(kind, table.value(), row, options.datum, false);
        if (!record) {
            return record.error();
        }
        records << record.value();
    }
    return records;
}

Result<ImportReport> importFile(Store &store, const QString &path, const ImportOptions &options)
{
    Result<SourceTable> table = readSource(path, options);
    if (!table) {
        return table.error();
    }
    if (Status unique = checkUniqueIds(table.value()); !unique) {
        return unique.error();
    }
    const KindDef &kind = kindDef(options.kind);
    ImportReport report;
    report.format = table->format;
    report.warnings = table->warnings;

    // Rows whose id is already in the database update it; one query finds them all.
    Result<QSet<QString>> existing = existingIds(store, kind, table.value());
    if (!existing) {
        return existing.error();
    }

    const QList<SourceRow> &rows = table->rows;
    if (rows.isEmpty()) {
        report.warnings << QCoreApplication::translate("tw::Importer", "%1: no records to import").arg(QFileInfo(path).fileName());
        return report;
    }
    const auto exists = [&](const SourceRow &row) { return !row.id.isEmpty() && existing->contains(row.id); };
    report.updated = int(std::count_if(rows.cbegin(), rows.cend(), exists));

    // One all-or-nothing transaction: rows are validated and prepared on a worker thread while
    // this one writes those prepared before; the first invalid row rolls everything back.
    const SourceTable &source = table.value();
    const auto prepareRow = [&](int index) -> Result<PreparedMutation> {
        const SourceRow &row = rows.at(index);
        const bool update = exists(row);
        Result<Record> record = validateRow(kind, source, row, options.datum, update);
        if (!record) {
            return record.error();
        }
        const QString verb = update ? QStringLiteral(".update") : QStringLiteral(".create");
        Result<PreparedMutation> prepared = Store::prepare(kind.mutationPrefix + verb, mutationArgs(record.value()));
        if (!prepared) {
            Error error = prepared.error();
            return Error{error.message, source.columnOf.value(error.field, error.field), row.where};
        }
        return prepared;
    };
    Result<QList<MutationOutcome>> applied = applyPrepared(store, int(rows.size()), prepareRow);
    if (!applied) {
        // The store says which mutation of the batch failed ("#N", 1-based); name the row instead.
        Error error = applied.error();
        static const QRegularExpression batchIndex(QStringLiteral("#(\\d+)"));
        const QRegularExpressionMatch match = batchIndex.match(error.where);
        const int index = match.hasMatch() ? match.captured(1).toInt() - 1 : -1;
        if (index >= 0 && index < rows.size()) {
            error.where = table->rows[index].where;
            error.field = table->columnOf.value(error.field, error.field);
        }
        return error;
    }
    report.imported = int(applied->size());
    qCInfo(lcModels) << "imported" << report.imported << kind.name << "from" << path << "as"
                     << datumName(options.datum) << "(" << report.updated << "updated)";
    return report;
}

} // namespace tw
