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

/// A CSV record not made into a SourceRow yet: imports do that on their worker thread.
struct CsvSourceRow {
    CsvRow row;
    int number = 0; ///< 1-based, counting the blank rows a spreadsheet shows
};

struct SourceTable {
    QString format;
    QString source;                   ///< the file's name, for `where`
    QHash<QString, QString> columnOf; ///< key (field, "lon", "lat") -> column name in the file
    QList<SourceRow> rows;            ///< GeoJSON and GIS files: every record, read
    QList<CsvSourceRow> csvRows;      ///< CSV files: the records that are not blank, as cells
    QStringList csvKeys;              ///< CSV files: the key of each column
    int csvIdColumn = -1;
    QStringList warnings;

    int size() const { return int(format == QLatin1String("csv") ? csvRows.size() : rows.size()); }
    QString where(int index) const;
    QString id(int index) const;
    Result<SourceRow> row(int index) const;
};

QString SourceTable::where(int index) const
{
    if (format != QLatin1String("csv")) {
        return rows.at(index).where;
    }
    const CsvSourceRow &csv = csvRows.at(index);
    return QStringLiteral("%1:row %2 (line %3)").arg(source).arg(csv.number).arg(csv.row.line);
}

QString SourceTable::id(int index) const
{
    if (format != QLatin1String("csv")) {
        return rows.at(index).id;
    }
    return csvIdColumn < 0 ? QString() : csvRows.at(index).row.cells.at(csvIdColumn).trimmed();
}

Result<QByteArray> readWholeFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QCoreApplication::translate("tw::Importer", "cannot open the file: %1").arg(file.errorString()), {}, QFileInfo(path).fileName()};
    }
    return file.readAll();
}

Result<double> parseCoordinate(QStringView text, const QString &column, const QString &where)
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
    table.source = source;
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
    // The records are checked for their shape here; their cells become values where they are
    // validated (SourceTable::row()), on the import's worker thread.
    table.csvKeys = keys;
    table.csvIdColumn = int(keys.indexOf(QStringLiteral("id")));
    table.csvRows.reserve(csv->rows.size());
    for (int r = 0; r < csv->rows.size(); ++r) {
        CsvRow &csvRow = csv->rows[r];
        if (std::all_of(csvRow.cells.cbegin(), csvRow.cells.cend(), [](const QString &c) { return QStringView(c).trimmed().isEmpty(); })) {
            continue; // an empty spreadsheet row
        }
        if (csvRow.cells.size() != keys.size()) {
            return Error{QCoreApplication::translate("tw::Importer", "has %1 cells but the header has %2 columns (a missing comma or an unquoted comma?)")
                             .arg(csvRow.cells.size()).arg(keys.size()),
                         {}, QStringLiteral("%1:row %2 (line %3)").arg(source).arg(r + 1).arg(csvRow.line)};
        }
        table.csvRows.append(CsvSourceRow{std::move(csvRow), r + 1});
    }
    return table;
}

Result<SourceRow> SourceTable::row(int index) const
{
    if (format != QLatin1String("csv")) {
        return rows.at(index);
    }
    const CsvRow &csvRow = csvRows.at(index).row;
    SourceRow row;
    row.where = where(index);
    QStringView lonText;
    QStringView latText;
    for (int c = 0; c < csvKeys.size(); ++c) {
        const QString &key = csvKeys[c];
        const QString &cell = csvRow.cells[c];
        if (key == QLatin1String("id")) {
            row.id = cell.trimmed();
        } else if (key == QLatin1String("lon")) {
            lonText = QStringView(cell).trimmed();
        } else if (key == QLatin1String("lat")) {
            latText = QStringView(cell).trimmed();
        } else if (!QStringView(cell).trimmed().isEmpty()) {
            row.values.insert(key, cell);
        }
    }
    if (lonText.isEmpty() != latText.isEmpty()) {
        const QString missing = lonText.isEmpty() ? QStringLiteral("lon") : QStringLiteral("lat");
        return Error{QCoreApplication::translate("tw::Importer", "is empty while the other coordinate is given"), columnOf.value(missing), row.where};
    }
    if (!lonText.isEmpty()) {
        Result<double> lon = parseCoordinate(lonText, columnOf.value(QStringLiteral("lon")), row.where);
        Result<double> lat = parseCoordinate(latText, columnOf.value(QStringLiteral("lat")), row.where);
        if (!lon || !lat) {
            return lon ? lat.error() : lon.error();
        }
        row.point = LonLat{lon.value(), lat.value()};
    }
    return row;
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

// Every row's id ("" where the file gives none), checked to be unique within the file.
Result<QStringList> rowIds(const SourceTable &table)
{
    QStringList ids;
    ids.reserve(table.size());
    QHash<QString, int> seen;
    for (int i = 0; i < table.size(); ++i) {
        const QString id = table.id(i);
        ids << id;
        if (id.isEmpty()) {
            continue;
        }
        if (const auto first = seen.constFind(id); first != seen.cend()) {
            return Error{QCoreApplication::translate("tw::Importer", "\"%1\" is also the id of %2").arg(id, table.where(first.value())),
                         table.columnOf.value(QStringLiteral("id"), QStringLiteral("id")), table.where(i)};
        }
        seen.insert(id, i);
    }
    return ids;
}

// The ids of the kind's records that the file names (none when the file gives no ids).
Result<QSet<QString>> existingIds(Store &store, const KindDef &kind, const QStringList &fileIds)
{
    QSet<QString> ids;
    if (std::all_of(fileIds.cbegin(), fileIds.cend(), [](const QString &id) { return id.isEmpty(); })) {
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
    if (Result<QStringList> ids = rowIds(table.value()); !ids) {
        return ids.error();
    }
    const KindDef &kind = kindDef(options.kind);
    QList<Record> records;
    records.reserve(table->size());
    for (int i = 0; i < table->size(); ++i) {
        Result<SourceRow> row = table->row(i);
        if (!row) {
            return row.error();
        }
        Result<Record> record = validateRow(kind, table.value(), row.value(), options.datum, false);
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
    const SourceTable &source = table.value();
    Result<QStringList> ids = rowIds(source);
    if (!ids) {
        return ids.error();
    }
    const KindDef &kind = kindDef(options.kind);
    ImportReport report;
    report.format = source.format;
    report.warnings = source.warnings;

    // Rows whose id is already in the database update it; one query finds them all.
    Result<QSet<QString>> existing = existingIds(store, kind, ids.value());
    if (!existing) {
        return existing.error();
    }
    if (source.size() == 0) {
        report.warnings << QCoreApplication::translate("tw::Importer", "%1: no records to import").arg(QFileInfo(path).fileName());
        return report;
    }
    const auto exists = [&](int index) { return !ids->at(index).isEmpty() && existing->contains(ids->at(index)); };
    for (int i = 0; i < source.size(); ++i) {
        report.updated += exists(i) ? 1 : 0;
    }

    // One all-or-nothing transaction: rows are read, validated and prepared on a worker thread
    // while this one writes those prepared before; the first invalid row rolls everything back.
    const auto prepareRow = [&](int index) -> Result<PreparedMutation> {
        Result<SourceRow> row = source.row(index);
        if (!row) {
            return row.error();
        }
        const bool update = exists(index);
        Result<Record> record = validateRow(kind, source, row.value(), options.datum, update);
        if (!record) {
            return record.error();
        }
        // A new record is complete once validated; an update is merged with the stored one
        // when it is applied.
        Result<PreparedMutation> prepared = update
            ? Store::prepare(kind.mutationPrefix + QStringLiteral(".update"), record->arguments())
            : Store::prepareCreate(std::move(record.value()));
        if (!prepared) {
            Error error = prepared.error();
            return Error{error.message, source.columnOf.value(error.field, error.field), row->where};
        }
        return prepared;
    };
    Result<QList<MutationOutcome>> applied = applyPrepared(store, source.size(), prepareRow);
    if (!applied) {
        // The store says which mutation of the batch failed ("#N", 1-based); name the row instead.
        Error error = applied.error();
        static const QRegularExpression batchIndex(QStringLiteral("#(\\d+)"));
        const QRegularExpressionMatch match = batchIndex.match(error.where);
        const int index = match.hasMatch() ? match.captured(1).toInt() - 1 : -1;
        if (index >= 0 && index < source.size()) {
            error.where = source.where(index);
            error.field = source.columnOf.value(error.field, error.field);
        }
        return error;
    }
    report.imported = int(applied->size());
    qCInfo(lcModels) << "imported" << report.imported << kind.name << "from" << path << "as"
                     << datumName(options.datum) << "(" << report.updated << "updated)";
    return report;
}

} // namespace tw
