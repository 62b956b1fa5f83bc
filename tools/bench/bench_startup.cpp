// tidewatch-bench startup: wall time from starting the console on the demo database until it has
// painted its first frame into a screenshot and exited — an upper bound for start-to-first-paint.
#include "benchregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace tw::bench {

namespace {

struct StartupOptions {
    int runs = 5;
    int timeoutMs = 120000;
    QString binary;
};

int fail(const QString &message)
{
    QTextStream(stderr) << "tidewatch-bench startup: " << message << '\n';
    return 1;
}

// The console next to this benchmark: build tree (tools/bench/ -> app/) or installed (same bin/).
QString defaultBinary()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {here.filePath(QStringLiteral("../../app/tidewatch")),
                                     here.filePath(QStringLiteral("tidewatch"))}) {
        if (QFileInfo(candidate).isExecutable()) {
            return QFileInfo(candidate).canonicalFilePath();
        }
    }
    return {};
}

struct RunResult {
    double wallMs = 0.0;
    QString error; ///< empty on success
    qint64 screenshotBytes = 0;
};

RunResult runOnce(const StartupOptions &options, const QString &home, const QString &screenshot)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("TW_DATA_HOME"), home);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardOutputFile(QProcess::nullDevice());
    QFile::remove(screenshot);

    RunResult result;
    QElapsedTimer timer;
    timer.start();
    process.start(options.binary, {QStringLiteral("--demo"), QStringLiteral("--screenshot"), screenshot});
    if (!process.waitForStarted(10000)) {
        result.error = QStringLiteral("could not start %1: %2").arg(options.binary, process.errorString());
        return result;
    }
    if (!process.waitForFinished(options.timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.error = QStringLiteral("did not exit within %1 ms (does it support --screenshot?)").arg(options.timeoutMs);
        return result;
    }
    result.wallMs = double(timer.nsecsElapsed()) / 1e6;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        result.error = QStringLiteral("exited with code %1").arg(process.exitCode());
        return result;
    }
    result.screenshotBytes = QFileInfo(screenshot).size();
    if (result.screenshotBytes <= 0) {
        result.error = QStringLiteral("wrote no screenshot");
    }
    return result;
}

int runStartupBench(const QStringList &args)
{
    StartupOptions options;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &option = args.at(i);
        if (i + 1 >= args.size()) {
            return fail(QStringLiteral("%1 needs a value").arg(option));
        }
        const QString value = args.at(++i);
        if (option == QLatin1String("--binary")) {
            options.binary = value;
        } else if (option == QLatin1String("--runs") || option == QLatin1String("--timeout-ms")) {
            bool ok = false;
            const int number = value.toInt(&ok);
            if (!ok || number < 1) {
                return fail(QStringLiteral("%1 needs a positive whole number").arg(option));
            }
            (option == QLatin1String("--runs") ? options.runs : options.timeoutMs) = number;
        } else {
            return fail(QStringLiteral("unknown option %1").arg(option));
        }
    }
    if (options.binary.isEmpty()) {
        options.binary = defaultBinary();
    }
    if (options.binary.isEmpty() || !QFileInfo(options.binary).isExecutable()) {
        return fail(QStringLiteral("no tidewatch binary found; pass --binary PATH"));
    }

    QTemporaryDir home;
    if (!home.isValid()) {
        return fail(QStringLiteral("cannot make a temporary folder"));
    }
    const QString screenshot = home.filePath(QStringLiteral("startup.png"));

    // The first run also creates the demo database; it is reported on its own.
    const RunResult first = runOnce(options, home.path(), screenshot);
    if (!first.error.isEmpty()) {
        return fail(first.error);
    }
    QList<double> wallMs;
    int failures = 0;
    qint64 screenshotBytes = first.screenshotBytes;
    for (int run = 0; run < options.runs; ++run) {
        const RunResult result = runOnce(options, home.path(), screenshot);
        if (!result.error.isEmpty()) {
            QTextStream(stderr) << "tidewatch-bench startup: run " << run << ": " << result.error << '\n';
            ++failures;
            continue;
        }
        wallMs << result.wallMs;
        screenshotBytes = result.screenshotBytes;
    }
    if (wallMs.isEmpty()) {
        return fail(QStringLiteral("every run failed"));
    }
    std::sort(wallMs.begin(), wallMs.end());
    const auto rounded = [](double ms) { return std::round(ms * 10.0) / 10.0; };
    const QJsonObject result{{QStringLiteral("bench"), QStringLiteral("startup")},
                             {QStringLiteral("binary"), options.binary},
                             {QStringLiteral("runs"), int(wallMs.size())},
                             {QStringLiteral("failures"), failures},
                             {QStringLiteral("first_run_ms"), rounded(first.wallMs)},
                             {QStringLiteral("p50_ms"), rounded(wallMs.at(wallMs.size() / 2))},
                             {QStringLiteral("min_ms"), rounded(wallMs.first())},
                             {QStringLiteral("max_ms"), rounded(wallMs.last())},
                             {QStringLiteral("screenshot_bytes"), screenshotBytes}};
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return failures == 0 ? 0 : 1;
}

const BenchRegistrar registrar("startup",
                               "startup [--runs R] [--binary PATH] [--timeout-ms T]   "
                               "wall time of tidewatch --demo --screenshot (offscreen) until it exits",
                               runStartupBench);

} // namespace

} // namespace tw::bench
