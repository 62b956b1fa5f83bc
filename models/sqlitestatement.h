#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>
#include <unordered_map>

class QSqlQuery;
struct sqlite3;
struct sqlite3_stmt;

namespace tw::Internal {

/// One prepared statement of the store's hot paths, run through SQLite's C API on the connection
/// Qt's driver opened (typed binding without QVariant round trips), or through QSqlQuery when that
/// handle cannot be used. Indexes of bound values and result columns are 0-based, as in QSqlQuery.
class SqliteStatement {
public:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement);
    explicit SqliteStatement(std::unique_ptr<QSqlQuery> query);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    void bindNull(int index);
    void bindInteger(int index, qint64 value);
    void bindReal(int index, double value);
    void bindText(int index, const QString &text);
    /// Binds UTF-8 text as it is (JSON from QJsonDocument::toJson, no conversion through QString).
    void bindUtf8(int index, const QByteArray &utf8);
    /// Binds by the value's type: null/invalid, bool (0/1), integers, reals, text, bytes.
    void bindValue(int index, const QVariant &value);

    /// Runs the statement with the values bound; rows, if any, are then read with next().
    bool exec();
    bool next();
    /// Ends reading rows early, releasing the statement's read cursor.
    void finish();

    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;

    qint64 lastInsertId() const;
    int rowsAffected() const;
    /// The Error for the last failed exec(), logged with `what` (the SQL when empty).
    Error failure(const QString &what = {}) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::unique_ptr<QSqlQuery> m_query;
    QString m_error;
    bool m_rowPending = false; ///< exec() stepped onto the first row; next() returns it
    bool m_hasRows = false;    ///< a row is current or may follow
};

/// The SqliteStatements of one connection by SQL text. Must be reset before the connection closes:
/// SQLite refuses to close a connection with unfinalized statements.
class SqliteStatementCache {
public:
    /// Uses the C API when the driver's handle is a sqlite3* of the very SQLite library linked here
    /// (same source id); QSqlQuery otherwise.
    void setDatabase(const QSqlDatabase &db);
    bool isNative() const { return m_handle != nullptr; }
    /// The connection's SQLite handle when native, else null.
    sqlite3 *handle() const { return m_handle; }
    Result<SqliteStatement *> get(const QString &sql);
    void reset();

private:
    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    std::unordered_map<QString, std::unique_ptr<SqliteStatement>> m_statements;
};

} // namespace tw::Internal
