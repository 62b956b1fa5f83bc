// tidewatch-bench db: the store's speed on a scale-mode demo city (imports, spatial queries,
// timelines, full-text search, single mutations).
#include "benchregistry.h"
#include "benchteamscsv.h"

#include "democity.h"
#include "democitybuilder.h"
#include "democityrandom.h"
#include "demodata.h"
#include "importer.h"
#include "store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace tw::bench {

namespace {

struct DbOptions {
    int teams = 100000;
    int events = 1000000;
    int runs = 1;
    int queries = 500;
    int mutations = 5000;
};

double percentile(QList<double> samples, double fraction)
{
    if (samples.isEmpty()) {
        return 0.0;
    }
    std::sort(samples.begin(), samples.end());
    const qsizetype index = std::min<qsizetype>(samples.size() - 1, qsizetype(fraction * double(samples.size())));
    return samples.at(index);
}

double round3(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

// Times `body` once, in milliseconds.
template<typename Body>
double timeMs(Body body)
{
    QElapsedTimer timer;
    timer.start();
    body();
    return double(timer.nsecsElapsed()) / 1e6;
}

LonLat randomLandPoint(DemoCityRandom &random)
{
    for (;;) {
        const LonLat p(random.real(119.95, 120.46), random.real(30.09, 30.45));
        if (demoIsOnLand(p)) {
            return p;
        }
    }
}

int fail(const QString &message)
{
    QTextStream(stderr) << "tidewatch-bench db: " << message << '\n';
    return 1;
}

int runDbBench(const QStringList &args)
{
    DbOptions options;
    for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
        bool ok = false;
        const int value = args.at(i + 1).toInt(&ok);
        if (!ok || value < 0) {
            return fail(QStringLiteral("%1 needs a whole number").arg(args.at(i)));
        }
        if (args.at(i) == QLatin1String("--teams")) {
            options.teams = value;
        } else if (args.at(i) == QLatin1String("--events")) {
            options.events = value;
        } else if (args.at(i) == QLatin1String("--runs")) {
            options.runs = std::max(1, value);
        } else if (args.at(i) == QLatin1String("--queries")) {
            options.queries = std::max(1, value);
        } else if (args.at(i) == QLatin1String("--mutations")) {
            options.mutations = std::max(1, value);
        } else {
            return fail(QStringLiteral("unknown option %1").arg(args.at(i)));
        }
    }
    if (args.size() % 2 != 0) {
        return fail(QStringLiteral("%1 needs a value").arg(args.last()));
    }
    options.teams = std::max(1, options.teams);

    QTemporaryDir directory;
    if (!directory.isValid()) {
        return fail(QStringLiteral("cannot make a temporary folder"));
    }
    QJsonObject result{{QStringLiteral("bench"), QStringLiteral("db")},
                       {QStringLiteral("teams"), options.teams},
                       {QStringLiteral("events"), options.events},
                       {QStringLiteral("runs"), options.runs}};

    // The database every query runs against: a scale-mode demo city.
    Result<std::unique_ptr<Store>> opened = Store::open(directory.filePath(QStringLiteral("bench.sqlite")));
    if (!opened) {
        return fail(opened.errorString());
    }
    Store &store = *opened.value();
    DemoOptions demo;
    demo.teams = options.teams;
    demo.timelineEvents = options.events;
    Status generated;
    result.insert(QStringLiteral("generate_ms"), round3(timeMs([&] { generated = generateDemoCity(store, demo); })));
    if (!generated) {
        return fail(generated.errorString());
    }

    // The city's log is copied into its file now, not by the background checkpoint while the
    // imports below are timed.
    {
        QSqlQuery checkpoint(store.database());
        if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))) {
            return fail(checkpoint.lastError().text());
        }
    }

    // Import: a CSV of N teams through the importer into a fresh database, R times.
    const QString csvPath = directory.filePath(QStringLiteral("teams.csv"));
    if (Status written = writeTeamsCsv(csvPath, options.teams); !written) {
        return fail(written.errorString());
    }
    QList<double> importMs;
    for (int run = 0; run < options.runs; ++run) {
        Result<std::unique_ptr<Store>> target = Store::open(directory.filePath(QStringLiteral("import-%1.sqlite").arg(run)));
        if (!target) {
            return fail(target.errorString());
        }
        ImportOptions importOptions;
        importOptions.kind = ResourceKind::Teams;
        Result<ImportReport> report = ImportReport{};
        importMs << timeMs([&] { report = importFile(*target.value(), csvPath, importOptions); });
        if (!report) {
            return fail(report.errorString());
        }
        if (report->imported != options.teams) {
            return fail(QStringLiteral("imported %1 of %2 teams").arg(report->imported).arg(options.teams));
        }
    }
    result.insert(QStringLiteral("import_csv_ms"), round3(percentile(importMs, 0.5)));
    result.insert(QStringLiteral("import_rows_per_s"), std::round(options.teams / (percentile(importMs, 0.5) / 1000.0)));

    // Spatial queries from random points on land.
    DemoCityRandom random(4242);
    RecordFilter available;
    available.equals.insert(QStringLiteral("status"), QStringLiteral("available"));
    available.capability = QStringLiteral("water_rescue");
    QList<double> knnMs;
    QList<double> radiusMs;
    qint64 radiusHits = 0;
    qint64 knnFound = 0;
    for (int i = 0; i < options.queries * options.runs; ++i) {
        const LonLat from = randomLandPoint(random);
        QList<Neighbor> neighbors;
        knnMs << timeMs([&] { neighbors = store.nearest(ResourceKind::Teams, from, 10, available); });
        knnFound += neighbors.size();
        QList<Record> within;
        radiusMs << timeMs([&] { within = store.withinRadius(ResourceKind::Teams, from, 1000.0); });
        radiusHits += within.size();
    }
    result.insert(QStringLiteral("knn_p50_ms"), round3(percentile(knnMs, 0.5)));
    result.insert(QStringLiteral("knn_p95_ms"), round3(percentile(knnMs, 0.95)));
    // Fewer than 10 means the store found too few matching teams: a slow query may be an empty one.
    result.insert(QStringLiteral("knn_found_avg"), round3(double(knnFound) / double(knnMs.size())));
    result.insert(QStringLiteral("radius_p50_ms"), round3(percentile(radiusMs, 0.5)));
    result.insert(QStringLiteral("radius_p95_ms"), round3(percentile(radiusMs, 0.95)));
    result.insert(QStringLiteral("radius_hits_avg"), round3(double(radiusHits) / double(radiusMs.size())));

    // The newest 200 events of one incident.
    QStringList incidentIds;
    for (const Record &incident : store.records(ResourceKind::Incidents)) {
        incidentIds << incident.id;
    }
    QList<double> timelineMs;
    qint64 timelineEvents = 0;
    for (int i = 0; i < options.queries * options.runs && !incidentIds.isEmpty(); ++i) {
        const QString &incidentId = random.pick(incidentIds);
        QList<TimelineEvent> events;
        timelineMs << timeMs([&] { events = store.timeline(incidentId, 200); });
        timelineEvents += events.size();
    }
    result.insert(QStringLiteral("timeline_p50_ms"), round3(percentile(timelineMs, 0.5)));
    result.insert(QStringLiteral("timeline_p95_ms"), round3(percentile(timelineMs, 0.95)));
    result.insert(QStringLiteral("timeline_events_avg"), round3(double(timelineEvents) / std::max<qsizetype>(1, timelineMs.size())));

    // Full-text search (trigram: three characters or more) over names and timeline text.
    static const QStringList terms = {QStringLiteral("消防救援"), QStringLiteral("疏散群众"), QStringLiteral("交通管制"),
                                      QStringLiteral("抢修作业"), QStringLiteral("应急物资"), QStringLiteral("地下通道"),
                                      QStringLiteral("防汛抢险"), QStringLiteral("文三路")};
    QList<double> searchMs;
    qint64 searchHits = 0;
    for (int i = 0; i < std::max(50, options.queries / 5) * options.runs; ++i) {
        QList<SearchHit> hits;
        const QString &term = terms.at(i % terms.size());
        searchMs << timeMs([&] { hits = store.search(term, 50); });
        searchHits += hits.size();
    }
    result.insert(QStringLiteral("search_p50_ms"), round3(percentile(searchMs, 0.5)));
    result.insert(QStringLiteral("search_p95_ms"), round3(percentile(searchMs, 0.95)));
    result.insert(QStringLiteral("search_hits_avg"), round3(double(searchHits) / double(searchMs.size())));

    // Single mutations, each its own transaction with its outbox row.
    RecordFilter some;
    some.limit = 1000;
    QStringList teamIds;
    for (const Record &team : store.records(ResourceKind::Teams, some)) {
        teamIds << team.id;
    }
    static const QStringList statuses = {QStringLiteral("off_duty"), QStringLiteral("available")};
    int applied = 0;
    QString mutationError;
    const double mutationMs = timeMs([&] {
        for (int i = 0; i < options.mutations && mutationError.isEmpty(); ++i) {
            const QJsonObject args{{QStringLiteral("id"), teamIds.at(i % teamIds.size())},
                                   {QStringLiteral("status"), statuses.at((i / teamIds.size()) % 2)}};
            Result<MutationOutcome> outcome = store.apply(QStringLiteral("team.setStatus"), args);
            if (!outcome) {
                mutationError = outcome.errorString();
            }
            ++applied;
        }
    });
    if (!mutationError.isEmpty()) {
        return fail(QStringLiteral("team.setStatus: %1").arg(mutationError));
    }
    result.insert(QStringLiteral("mutation"), QStringLiteral("team.setStatus"));
    result.insert(QStringLiteral("mutations"), applied);
    result.insert(QStringLiteral("mutations_per_s"), std::round(applied / (mutationMs / 1000.0)));

    result.insert(QStringLiteral("targets"),
                  QJsonObject{{QStringLiteral("knn_p50_ms"), 2.0},
                              {QStringLiteral("timeline_p50_ms"), 5.0},
                              {QStringLiteral("search_p50_ms"), 20.0},
                              {QStringLiteral("mutations_per_s"), 5000},
                              {QStringLiteral("import_csv_ms_per_100k"), 3000},
                              {QStringLiteral("at_teams"), 100000},
                              {QStringLiteral("at_events"), 1000000}});
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

const BenchRegistrar registrar("db",
                               "db [--teams N] [--events M] [--runs R] [--queries Q] [--mutations K]   "
                               "store speed on a scale-mode demo city (defaults 100000 teams, 1000000 events)",
                               runDbBench);

} // namespace

} // namespace tw::bench
