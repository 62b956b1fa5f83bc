#include "sqlitestatement.h"

#include "logging.h"
#include "sqlitehelpers.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace tw::Internal {

SqliteStatement::SqliteStatement(sqlite3 *db, sqlite3_stmt *statement) : m_db(db), m_statement(statement) {}

SqliteStatement::SqliteStatement(std::unique_ptr<QSqlQuery> query) : m_query(std::move(query)) {}

SqliteStatement::~SqliteStatement()
{
    if (m_statement) {
        sqlite3_finalize(m_statement);
    }
}

void SqliteStatement::bindNull(int index)
{
    if (m_statement) {
        sqlite3_bind_null(m_statement, index + 1);
    } else {
        m_query->bindValue(index, QVariant());
    }
}

void SqliteStatement::bindInteger(int index, qint64 value)
{
    if (m_statement) {
        sqlite3_bind_int64(m_statement, index + 1, value);
    } else {
        m_query->bindValue(index, value);
    }
}

void SqliteStatement::bindReal(int index, double value)
{
    if (m_statement) {
        sqlite3_bind_double(m_statement, index + 1, value);
    } else {
        m_query->bindValue(index, value);
    }
}

void SqliteStatement::bindText(int index, const QString &text)
{
    if (m_statement) {
        // A null QString is NULL, as QtSql binds it.
        if (text.isNull()) {
            sqlite3_bind_null(m_statement, index + 1);
        } else {
            sqlite3_bind_text16(m_statement, index + 1, text.utf16(), int(text.size() * sizeof(char16_t)),
                                SQLITE_TRANSIENT);
        }
    } else {
        m_query->bindValue(index, text);
    }
}

void SqliteStatement::bindUtf8(int index, const QByteArray &utf8)
{
    if (m_statement) {
        sqlite3_bind_text(m_statement, index + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    } else {
        m_query->bindValue(index, QString::fromUtf8(utf8));
    }
}

void SqliteStatement::bindValue(int index, const QVariant &value)
{
    if (!m_statement) {
        m_query->bindValue(index, value);
        return;
    }
    if (!value.isValid() || value.isNull()) {
        bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        bindInteger(index, value.toBool() ? 1 : 0);
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        bindInteger(index, value.toLongLong());
        return;
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        bindInteger(index, qint64(value.toULongLong()));
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        bindReal(index, value.toDouble());
        return;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob(m_statement, index + 1, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        return;
    }
    default:
        bindText(index, value.toString());
        return;
    }
}

bool SqliteStatement::exec()
{
    if (!m_statement) {
        return m_query->exec();
    }
    sqlite3_reset(m_statement);
    m_rowPending = false;
    m_hasRows = false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        m_rowPending = true;
        m_hasRows = true;
        return true;
    }
    if (rc == SQLITE_DONE) {
        sqlite3_reset(m_statement);
        return true;
    }
    m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    return false;
}

bool SqliteStatement::next()
{
    if (!m_statement) {
        return m_query->next();
    }
    if (m_rowPending) {
        m_rowPending = false;
        return true;
    }
    if (!m_hasRows) {
        return false;
    }
    if (sqlite3_step(m_statement) == SQLITE_ROW) {
        return true;
    }
    finish();
    return false;
}

void SqliteStatement::finish()
{
    if (!m_statement) {
        m_query->finish();
        return;
    }
    m_rowPending = false;
    m_hasRows = false;
    sqlite3_reset(m_statement);
}

bool SqliteStatement::isNull(int column) const
{
    if (!m_statement) {
        return m_query->isNull(column);
    }
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::integer(int column) const
{
    if (!m_statement) {
        return m_query->value(column).toLongLong();
    }
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const
{
    if (!m_statement) {
        return m_query->value(column).toDouble();
    }
    return sqlite3_column_double(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    if (!m_statement) {
        return m_query->value(column).toString();
    }
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_statement, column));
    if (!data) {
        return QString();
    }
    return QString::fromUtf16(data, sqlite3_column_bytes16(m_statement, column) / qsizetype(sizeof(char16_t)));
}

qint64 SqliteStatement::lastInsertId() const
{
    if (!m_statement) {
        return m_query->lastInsertId().toLongLong();
    }
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteStatement::rowsAffected() const
{
    if (!m_statement) {
        return m_query->numRowsAffected();
    }
    return sqlite3_changes(m_db);
}

Error SqliteStatement::failure(const QString &what) const
{
    if (!m_statement) {
        return sqlFailure(*m_query, what);
    }
    const QString sql = what.isEmpty() ? QString::fromUtf8(sqlite3_sql(m_statement)) : what;
    qCWarning(lcModels) << "SQL failed:" << sql << m_error;
    return Error{storeTr(QT_TRANSLATE_NOOP("tw::Store", "the database refused the change (%1)")).arg(m_error), {}, {}};
}

void SqliteStatementCache::setDatabase(const QSqlDatabase &db)
{
    reset();
    m_db = db;
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        qCInfo(lcModels) << "the SQL driver gives no SQLite handle; hot statements run through QSqlQuery";
        return;
    }
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    // The handle is only ours to use when the driver runs the very library linked here.
    QString driverSource;
    {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT sqlite_source_id()")) && query.next()) {
            driverSource = query.value(0).toString();
        }
    }
    const QString linkedSource = QString::fromLatin1(sqlite3_sourceid());
    if (!connection || driverSource != linkedSource) {
        qCInfo(lcModels) << "Qt's SQLite driver runs SQLite" << driverSource << "but" << linkedSource
                         << "is linked; hot statements run through QSqlQuery";
        return;
    }
    m_handle = connection;
}

Result<SqliteStatement *> SqliteStatementCache::get(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end()) {
        return it->second.get();
    }
    std::unique_ptr<SqliteStatement> statement;
    if (m_handle) {
        sqlite3_stmt *prepared = nullptr;
        const int rc16 = sqlite3_prepare16_v3(m_handle, sql.utf16(), int(sql.size() * sizeof(char16_t)),
                                              SQLITE_PREPARE_PERSISTENT, &prepared, nullptr);
        if (rc16 != SQLITE_OK || !prepared) {
            const QString message = QString::fromUtf8(sqlite3_errmsg(m_handle));
            if (prepared) {
                sqlite3_finalize(prepared);
            }
            qCWarning(lcModels) << "SQL failed:" << sql << message;
            return Error{storeTr(QT_TRANSLATE_NOOP("tw::Store", "the database refused the change (%1)")).arg(message), {}, {}};
        }
        statement = std::make_unique<SqliteStatement>(m_handle, prepared);
    } else {
        auto query = std::make_unique<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            return sqlFailure(*query, sql);
        }
        statement = std::make_unique<SqliteStatement>(std::move(query));
    }
    SqliteStatement *raw = statement.get();
    m_statements.emplace(sql, std::move(statement));
    return raw;
}

void SqliteStatementCache::reset()
{
    m_statements.clear();
    m_handle = nullptr;
    m_db = QSqlDatabase();
}

} // namespace tw::Internal
