#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace tw {

/// One record of a CSV file: its cells and the (1-based) line it starts on.
struct CsvRow {
    QStringList cells;
    int line = 0;
};

/// A parsed CSV file: the header record and the records after it (blank lines included as rows
/// without cells, so that row numbers match what a spreadsheet shows).
struct CsvTable {
    QStringList header;
    int headerLine = 0;
    QList<CsvRow> rows;
};

/// Reads and writes RFC 4180 CSV as spreadsheets (Excel, WPS) write it: comma separated, fields
/// quoted with "" escapes, embedded commas, quotes and newlines, CRLF or LF line ends, UTF-8 with or
/// without a byte-order mark.
class CsvCodec {
public:
    /// Parses `data`. Errors name the line (`where` = "<source>:line N"): text that is not UTF-8
    /// (e.g. GBK saved by a Chinese-locale spreadsheet), an unterminated quote, text after a closing
    /// quote or a stray quote inside an unquoted field. Rows are not checked against the header.
    /// A line break inside a quoted field reads as "\n" whatever the file's line ends are.
    static Result<CsvTable> parse(const QByteArray &data, const QString &source);

    /// One CSV record (no line end), quoting the fields that need it.
    static QByteArray formatRow(const QStringList &cells);
    /// A whole file: UTF-8 byte-order mark (so Excel detects the encoding), CRLF line ends.
    static QByteArray write(const QStringList &header, const QList<QStringList> &rows);
};

} // namespace tw
