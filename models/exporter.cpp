#include "exporter.h"

#include "csvcodec.h"
#include "geojsoncodec.h"
#include "logging.h"
#include "store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace tw {

namespace {

// The shortest text that reads back as the same double.
QString exactNumber(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString csvCell(const FieldDef &field, const QVariant &value)
{
    if (!value.isValid() || value.isNull()) {
        return QString();
    }
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::TimeMs:
        return QString::number(value.toLongLong());
    case FieldType::Real:
        return exactNumber(value.toDouble());
    case FieldType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case FieldType::Text:
    case FieldType::Enum:
    case FieldType::Reference:
    case FieldType::Json:
        break;
    }
    return value.toString();
}

QByteArray csvBytes(const KindDef &kind, const QList<Record> &records)
{
    QList<QStringList> rows;
    rows.reserve(records.size());
    for (const Record &record : records) {
        QStringList row{record.id};
        if (kind.hasPoint) {
            row << (record.point ? exactNumber(record.point->lon) : QString())
                << (record.point ? exactNumber(record.point->lat) : QString());
        }
        for (const FieldDef &field : kind.fields) {
            row << csvCell(field, record.values.value(field.key));
        }
        rows << row;
    }
    return CsvCodec::write(exportColumns(kind.kind), rows);
}

} // namespace

QStringList exportColumns(ResourceKind kind)
{
    const KindDef &def = kindDef(kind);
    QStringList columns{QStringLiteral("id")};
    if (def.hasPoint) {
        columns << QStringLiteral("lon") << QStringLiteral("lat");
    }
    for (const FieldDef &field : def.fields) {
        columns << field.key;
    }
    return columns;
}

Result<QByteArray> exportBytes(ResourceKind kind, const QList<Record> &records, const QString &format)
{
    const QString lower = format.toLower();
    if (lower == QLatin1String("csv")) {
        return csvBytes(kindDef(kind), records);
    }
    if (lower == QLatin1String("geojson")) {
        return GeoJsonCodec::write(records);
    }
    return Error{QCoreApplication::translate("tw::Exporter", "unknown export format \"%1\"; use csv or geojson").arg(format), QStringLiteral("format"), {}};
}

Status exportFile(const Store &store, ResourceKind kind, const QString &format, const QString &path, Datum datum)
{
    QList<Record> records = store.records(kind);
    for (Record &record : records) {
        if (record.point) {
            record.point = fromWgs84(*record.point, datum);
        }
    }
    Result<QByteArray> bytes = exportBytes(kind, records, format);
    if (!bytes) {
        return bytes.error();
    }
    const QString where = QFileInfo(path).fileName();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{QCoreApplication::translate("tw::Exporter", "cannot write the file: %1").arg(file.errorString()), {}, where};
    }
    if (file.write(bytes.value()) != bytes->size() || !file.commit()) {
        return Error{QCoreApplication::translate("tw::Exporter", "cannot write the file: %1").arg(file.errorString()), {}, where};
    }
    qCInfo(lcModels) << "exported" << records.size() << kindDef(kind).name << "to" << path << "as"
                     << datumName(datum);
    return {};
}

} // namespace tw
