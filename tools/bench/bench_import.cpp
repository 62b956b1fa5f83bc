// tidewatch-bench import: a CSV of N teams through the importer into a fresh database, R times.
// The import figure of `db` without the scale city around it, for quick measurements and profiling.
#include "benchregistry.h"
#include "benchteamscsv.h"

#include "importer.h"
#include "store.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>

#include <time.h>

namespace tw::bench {

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "tidewatch-bench import: " << message << '\n';
    return 1;
}

// CPU time of the calling thread, in milliseconds: the import runs on it, and unlike wall time it
// stays comparable when other processes share the cores.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

int runImportBench(const QStringList &args)
{
    int rows = 100000;
    int runs = 3;
    for (qsizetype i = 0; i < args.size(); i += 2) {
        if (i + 1 >= args.size()) {
            return fail(QStringLiteral("%1 needs a value").arg(args.at(i)));
        }
        bool ok = false;
        const int value = args.at(i + 1).toInt(&ok);
        if (!ok || value < 1) {
            return fail(QStringLiteral("%1 needs a whole number above 0").arg(args.at(i)));
        }
        if (args.at(i) == QLatin1String("--rows")) {
            rows = value;
        } else if (args.at(i) == QLatin1String("--runs")) {
            runs = value;
        } else {
            return fail(QStringLiteral("unknown option %1").arg(args.at(i)));
        }
    }
    QTemporaryDir directory;
    if (!directory.isValid()) {
        return fail(QStringLiteral("cannot make a temporary folder"));
    }
    const QString csvPath = directory.filePath(QStringLiteral("teams.csv"));
    if (Status written = writeTeamsCsv(csvPath, rows); !written) {
        return fail(written.errorString());
    }
    QList<double> samples;
    QList<double> cpuSamples;
    for (int run = 0; run < runs; ++run) {
        Result<std::unique_ptr<Store>> target =
            Store::open(directory.filePath(QStringLiteral("import-%1.sqlite").arg(run)));
        if (!target) {
            return fail(target.errorString());
        }
        ImportOptions options;
        options.kind = ResourceKind::Teams;
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        Result<ImportReport> report = importFile(*target.value(), csvPath, options);
        cpuSamples << threadCpuMs() - cpuStart;
        samples << double(timer.nsecsElapsed()) / 1e6;
        if (!report) {
            return fail(report.errorString());
        }
        if (report->imported != rows) {
            return fail(QStringLiteral("imported %1 of %2 rows").arg(report->imported).arg(rows));
        }
    }
    QJsonArray runsMs;
    for (double ms : std::as_const(samples)) {
        runsMs << std::round(ms * 10.0) / 10.0;
    }
    std::sort(samples.begin(), samples.end());
    std::sort(cpuSamples.begin(), cpuSamples.end());
    const double median = samples.at(samples.size() / 2);
    const double cpuMedian = cpuSamples.at(cpuSamples.size() / 2);
    const QJsonObject result{{QStringLiteral("bench"), QStringLiteral("import")},
                             {QStringLiteral("rows"), rows},
                             {QStringLiteral("runs_ms"), runsMs},
                             {QStringLiteral("import_csv_ms"), std::round(median * 10.0) / 10.0},
                             {QStringLiteral("import_thread_cpu_ms"), std::round(cpuMedian * 10.0) / 10.0},
                             {QStringLiteral("rows_per_s"), std::round(rows / (median / 1000.0))},
                             {QStringLiteral("target_ms_per_100k"), 3000}};
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

const BenchRegistrar registrar("import",
                               "import [--rows N] [--runs R]   CSV import of N teams into a fresh database "
                               "(defaults 100000 rows, 3 runs)",
                               runImportBench);

} // namespace

} // namespace tw::bench
