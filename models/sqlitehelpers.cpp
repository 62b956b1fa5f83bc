#include "sqlitehelpers.h"

#include "logging.h"

#include <QCoreApplication>

namespace tw::Internal {

QString storeTr(const char *text)
{
    return QCoreApplication::translate("tw::Store", text);
}

Error sqlFailure(const QSqlError &error, const QString &what)
{
    qCWarning(lcModels) << "SQL failed:" << what << error.text();
    return Error{storeTr(QT_TRANSLATE_NOOP("tw::Store", "the database refused the change (%1)")).arg(error.text()), {}, {}};
}

Error sqlFailure(const QSqlQuery &query, const QString &what)
{
    return sqlFailure(query.lastError(), what.isEmpty() ? query.lastQuery() : what);
}

Status execSql(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        return sqlFailure(query, sql);
    }
    return {};
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        return sqlFailure(query, sql);
    }
    return query.next() ? query.value(0) : QVariant();
}

Result<QSqlQuery *> StatementCache::get(const QString &sql)
{
    auto it = m_queries.find(sql);
    if (it != m_queries.end()) {
        return it->second.get();
    }
    auto query = std::make_unique<QSqlQuery>(m_db);
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        return sqlFailure(*query, sql);
    }
    QSqlQuery *raw = query.get();
    m_queries.emplace(sql, std::move(query));
    return raw;
}

QString sqlLiteral(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace tw::Internal
