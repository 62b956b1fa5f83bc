// The teams CSV the import benchmarks read.
#include "benchteamscsv.h"

#include "democitybuilder.h"
#include "demodata.h"

#include <QFile>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace tw::bench {

namespace {

QString csvField(const QJsonValue &value)
{
    QString text = value.isString() ? value.toString() : value.toVariant().toString();
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

Status writeTeamsCsv(const QString &path, int count)
{
    static const QStringList columns = {QStringLiteral("name"), QStringLiteral("team_kind"), QStringLiteral("capabilities"),
                                        QStringLiteral("headcount"), QStringLiteral("agency"), QStringLiteral("status"),
                                        QStringLiteral("lon"), QStringLiteral("lat"), QStringLiteral("contact"),
                                        QStringLiteral("phone"), QStringLiteral("address")};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return Error{file.errorString(), {}, path};
    }
    QTextStream out(&file);
    out << columns.join(QLatin1Char(',')) << '\n';
    DemoOptions options;
    options.seed = 7;
    options.teams = count;
    DemoCityBuilder builder(options);
    for (int first = 0; first < count; first += 50000) {
        for (const auto &mutation : builder.scaleTeams(first + 1, std::min(50000, count - first))) {
            QStringList fields;
            for (const QString &column : columns) {
                fields << csvField(mutation.second.value(column));
            }
            out << fields.join(QLatin1Char(',')) << '\n';
        }
    }
    return {};
}

} // namespace tw::bench
