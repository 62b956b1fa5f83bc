#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>

namespace tw::Internal {

/// Translates a message of the store (context "tw::Store").
QString storeTr(const char *text);

/// An Error for a failed SQL statement: logged with the SQL for developers, worded for people.
Error sqlFailure(const QSqlError &error, const QString &what);
Error sqlFailure(const QSqlQuery &query, const QString &what);

/// Runs one statement that returns nothing useful (DDL, PRAGMA).
Status execSql(const QSqlDatabase &db, const QString &sql);
/// Runs a statement and returns the first column of its first row (invalid when no row).
Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql);

/// Prepared statements of one connection, reused across calls: preparing costs more than running
/// a small statement, and imports run the same few statements a hundred thousand times.
class StatementCache {
public:
    void setDatabase(const QSqlDatabase &db) { m_db = db; }
    /// The prepared statement for `sql` (forward-only); Error when it does not prepare.
    Result<QSqlQuery *> get(const QString &sql);
    /// Drops every statement and the connection handle (before the connection is removed).
    void reset()
    {
        m_queries.clear();
        m_db = QSqlDatabase();
    }

private:
    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_queries;
};

/// Quotes text as an SQL string literal.
QString sqlLiteral(const QString &text);

} // namespace tw::Internal
