#pragma once

#include "datum.h"
#include "entityschema.h"
#include "record.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace tw {

class Store;

/// Writes every record of `kind` to `path` as "csv" or "geojson", with points converted from
/// WGS-84 to `datum`. CSV: UTF-8 with a byte-order mark (Excel opens it as UTF-8), CRLF, header of
/// id, lon, lat (kinds with a position) and the field keys. The file is written to a temporary
/// file and renamed, so a failed export leaves nothing half-written. Reading the file back with
/// importFile() gives the same records.
Status exportFile(const Store &store, ResourceKind kind, const QString &format, const QString &path,
                  Datum datum = Datum::Wgs84);

/// The CSV columns of `kind`, in export order: id, lon, lat (kinds with a position), field keys.
QStringList exportColumns(ResourceKind kind);

/// `records` (all of `kind`) as the bytes exportFile() writes for `format`; points are written
/// as they are (convert them first).
Result<QByteArray> exportBytes(ResourceKind kind, const QList<Record> &records, const QString &format);

} // namespace tw
