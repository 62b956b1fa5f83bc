#include "csvcodec.h"

#include <QCoreApplication>
#include <QByteArrayView>

namespace tw {

namespace {

Error lineError(const QString &source, int line, const QString &message)
{
    return Error{message, {}, QStringLiteral("%1:line %2").arg(source).arg(line)};
}

bool startsWith(const QByteArray &data, const char *prefix, int length)
{
    return data.size() >= length && std::equal(prefix, prefix + length, data.constData());
}

// The offset of the first byte that does not belong to well-formed UTF-8 (RFC 3629), or -1.
qsizetype firstInvalidUtf8(const QByteArray &data)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype size = data.size();
    auto continuation = [&](qsizetype i, unsigned char low = 0x80, unsigned char high = 0xBF) {
        return i < size && bytes[i] >= low && bytes[i] <= high;
    };
    qsizetype i = 0;
    while (i < size) {
        const unsigned char b = bytes[i];
        int length = 0;
        if (b < 0x80) {
            length = 1;
        } else if (b >= 0xC2 && b <= 0xDF) {
            length = continuation(i + 1) ? 2 : 0;
        } else if (b >= 0xE0 && b <= 0xEF) {
            const unsigned char low = b == 0xE0 ? 0xA0 : 0x80;
            const unsigned char high = b == 0xED ? 0x9F : 0xBF; // no UTF-16 surrogates
            length = continuation(i + 1, low, high) && continuation(i + 2) ? 3 : 0;
        } else if (b >= 0xF0 && b <= 0xF4) {
            const unsigned char low = b == 0xF0 ? 0x90 : 0x80;
            const unsigned char high = b == 0xF4 ? 0x8F : 0xBF;
            length = continuation(i + 1, low, high) && continuation(i + 2) && continuation(i + 3) ? 4 : 0;
        }
        if (length == 0) {
            return i;
        }
        i += length;
    }
    return -1;
}

// Decodes UTF-8 (dropping a byte-order mark); on failure names the first line that is not UTF-8.
Result<QString> decodeUtf8(const QByteArray &data, const QString &source)
{
    if (startsWith(data, "\xFF\xFE", 2) || startsWith(data, "\xFE\xFF", 2) || data.contains('\0')) {
        return lineError(source, 1, QCoreApplication::translate("tw::CsvCodec", "the file is UTF-16 text; save it as \"CSV UTF-8\" and import it again"));
    }
    const QByteArray body = startsWith(data, "\xEF\xBB\xBF", 3) ? data.mid(3) : data;
    if (const qsizetype invalid = firstInvalidUtf8(body); invalid >= 0) {
        const int line = int(QByteArrayView(body).first(invalid).count('\n')) + 1;
        return lineError(source, line,
                         QCoreApplication::translate("tw::CsvCodec", "the text is not UTF-8 (GBK or another encoding?); save the file as "
                            "\"CSV UTF-8\" and import it again"));
    }
    return QString::fromUtf8(body);
}

} // namespace

Result<CsvTable> CsvCodec::parse(const QByteArray &data, const QString &source)
{
    Result<QString> decoded = decodeUtf8(data, source);
    if (!decoded) {
        return decoded.error();
    }
    const QString &text = decoded.value();

    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };
    State state = State::FieldStart;
    QList<CsvRow> records;
    CsvRow record;
    QString cell;
    bool recordStarted = false;
    int line = 1;
    int quoteLine = 1;
    record.line = 1;

    auto endCell = [&] {
        record.cells << cell;
        cell.clear();
        state = State::FieldStart;
    };
    auto endRecord = [&] {
        endCell();
        // A blank line is a record without cells; a spreadsheet shows it as an empty row.
        if (record.cells.size() == 1 && record.cells.first().isEmpty()) {
            record.cells.clear();
        }
        const qsizetype width = record.cells.size();
        records << std::move(record);
        record = CsvRow{};
        record.cells.reserve(width);
        recordStarted = false;
    };

    const int size = int(text.size());
    for (int i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (state == State::Quoted) {
            if (c == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    state = State::AfterQuote;
                }
            } else if (c == u'\r' || c == u'\n') {
                // A line break inside a cell is "\n", whatever the file's line ends are.
                if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n') {
                    ++i;
                }
                cell += u'\n';
                ++line;
            } else {
                // The rest of the quoted text up to the next quote or line break, at once.
                qsizetype end = i + 1;
                while (end < size) {
                    const char16_t u = text.at(end).unicode();
                    if (u == u'"' || u == u'\r' || u == u'\n') {
                        break;
                    }
                    ++end;
                }
                cell += QStringView(text).sliced(i, end - i);
                i = int(end) - 1;
            }
            continue;
        }
        if (!recordStarted) {
            recordStarted = true;
            record.line = line;
        }
        if (c == u',') {
            endCell();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n') {
                ++i;
            }
            endRecord();
            ++line;
        } else if (c == u'"') {
            if (state != State::FieldStart) {
                return lineError(source, line,
                                 QCoreApplication::translate("tw::CsvCodec", "a quote inside an unquoted field; put the whole field in quotes and "
                                    "double the quotes inside it (\"\")"));
            }
            state = State::Quoted;
            quoteLine = line;
        } else if (state == State::AfterQuote) {
            if (c != u' ' && c != u'\t') {
                return lineError(source, line, QCoreApplication::translate("tw::CsvCodec", "text after the closing quote of a field"));
            }
        } else {
            // Unquoted text up to the next separator, line break or quote, at once.
            qsizetype end = i + 1;
            while (end < size) {
                const char16_t u = text.at(end).unicode();
                if (u == u',' || u == u'"' || u == u'\r' || u == u'\n') {
                    break;
                }
                ++end;
            }
            cell += QStringView(text).sliced(i, end - i);
            i = int(end) - 1;
            state = State::Unquoted;
        }
    }
    if (state == State::Quoted) {
        return lineError(source, quoteLine, QCoreApplication::translate("tw::CsvCodec", "a quote opened on this line is never closed"));
    }
    if (recordStarted) {
        endRecord();
    }

    CsvTable table;
    int first = 0;
    while (first < records.size() && records[first].cells.isEmpty()) {
        ++first;
    }
    if (first == records.size()) {
        return Error{QCoreApplication::translate("tw::CsvCodec", "the file is empty; the first row must name the columns"), {}, source};
    }
    table.header = records[first].cells;
    table.headerLine = records[first].line;
    for (QString &name : table.header) {
        name = name.trimmed();
    }
    records.remove(0, first + 1);
    table.rows = std::move(records);
    // A final line end after the last record is not an empty row.
    while (!table.rows.isEmpty() && table.rows.last().cells.isEmpty()) {
        table.rows.removeLast();
    }
    return table;
}

QByteArray CsvCodec::formatRow(const QStringList &cells)
{
    QByteArray out;
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            out += ',';
        }
        const QString &cell = cells[i];
        const bool quote = cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n')
            || cell.contains(u'\r') || cell.startsWith(u' ') || cell.endsWith(u' ');
        if (quote) {
            QString escaped = cell;
            escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            out += '"' + escaped.toUtf8() + '"';
        } else {
            out += cell.toUtf8();
        }
    }
    return out;
}

QByteArray CsvCodec::write(const QStringList &header, const QList<QStringList> &rows)
{
    QByteArray out("\xEF\xBB\xBF");
    out += formatRow(header) + "\r\n";
    for (const QStringList &row : rows) {
        out += formatRow(row) + "\r\n";
    }
    return out;
}

} // namespace tw
