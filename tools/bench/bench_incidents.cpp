// tidewatch-bench replay: the time to rebuild the city at random moments from the mutation log.
// tidewatch-bench timeline: the paint time of the timeline widget with N visible events.
#include "benchregistry.h"

#include "replayengine.h"
#include "replayscenario.h"
#include "store.h"
#include "timelinemodel.h"
#include "timelineview.h"

#include <QImage>
#include <QPainter>

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <random>

namespace tw::bench {

namespace {

double percentileOf(QList<double> samples, double fraction)
{
    if (samples.isEmpty()) {
        return 0.0;
    }
    std::sort(samples.begin(), samples.end());
    const qsizetype index = std::min<qsizetype>(samples.size() - 1, qsizetype(fraction * double(samples.size())));
    return samples.at(index);
}

double roundTo3(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

int intOption(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
}

QString stringOption(const QStringList &args, const QString &name)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : QString();
}

// A line of /proc/self/status ("VmRSS", "VmHWM") in MiB; 0 where there is no /proc.
double statusMiB(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0.0;
    }
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            return line.mid(prefix.size()).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return 0.0;
}

// The log: a scenario city pulled from another console, in batches like a real pull. A refused
// mutation is dropped and the rest of its batch goes on, so the log holds `mutations` applied
// ones. Returns how many were applied.
int buildReplayLog(Store &store, int mutations)
{
    ReplayScenario::Options options;
    options.maxStepMs = 20'000;
    options.teams = 400;
    options.incidents = 2000;
    ReplayScenario scenario(42, options);
    qint64 serverSeq = 0;
    int applied = 0;
    while (applied < mutations) {
        QList<QPair<Mutation, qint64>> batch;
        for (int i = 0; i < std::min(1000, mutations - applied); ++i) {
            batch.append({scenario.next(), ++serverSeq});
        }
        while (!batch.isEmpty()) {
            Result<QList<MutationOutcome>> done = store.applyRemoteBatch(batch, batch.last().second);
            if (done) {
                applied += int(batch.size());
                break;
            }
            // "#k": the k-th was refused; the ones before it go in as one batch, then the rest.
            const qsizetype refused = done.error().where.mid(1).toLongLong() - 1;
            if (refused < 0 || refused >= batch.size()) {
                return -1;
            }
            if (refused > 0) {
                const QList<QPair<Mutation, qint64>> before = batch.mid(0, refused);
                if (!store.applyRemoteBatch(before, before.last().second)) {
                    return -1;
                }
                applied += int(refused);
            }
            batch = batch.mid(refused + 1);
        }
    }
    return applied;
}

int replayBench(const QStringList &args)
{
    const int mutations = intOption(args, QStringLiteral("--mutations"), 100000);
    const int samples = intOption(args, QStringLiteral("--samples"), 200);
    const int interval = intOption(args, QStringLiteral("--checkpoint-interval"), 0);
    const int budgetMiB = intOption(args, QStringLiteral("--budget-mib"), 0);
    // --db FILE keeps the log for the next run with the same --mutations (building 1M takes minutes).
    const QString keep = stringOption(args, QStringLiteral("--db"));
    QTextStream err(stderr);
    QTemporaryDir dir;
    const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("replay.db")) : keep;
    Result<std::unique_ptr<Store>> opened = Store::open(path);
    if (!opened) {
        err << opened.errorString() << Qt::endl;
        return 1;
    }
    Store &store = *opened.value();
    const QString builtKey = QStringLiteral("bench_replay_mutations");
    QElapsedTimer timer;
    timer.start();
    int applied = store.metadata(builtKey).toInt();
    const bool reused = applied == mutations;
    if (!reused) {
        if (applied != 0) {
            err << "--db " << path << " holds another log; remove it first" << Qt::endl;
            return 1;
        }
        applied = buildReplayLog(store, mutations);
        if (applied < 0 || !store.setMetadata(builtKey, QString::number(applied))) {
            err << "could not build the log" << Qt::endl;
            return 1;
        }
    }
    const double logBuildMs = double(timer.nsecsElapsed()) / 1e6;

    const double rssBeforeMiB = statusMiB("VmRSS");
    ReplayEngine::Options engineOptions;
    engineOptions.checkpointInterval = interval;
    if (budgetMiB > 0) {
        engineOptions.checkpointBudgetBytes = qint64(budgetMiB) << 20;
    }
    ReplayEngine replay(store, engineOptions);
    timer.restart();
    if (Status ok = replay.refresh(); !ok) {
        err << ok.errorString() << Qt::endl;
        return 1;
    }
    const double indexMs = double(timer.nsecsElapsed()) / 1e6;
    const double engineMiB = statusMiB("VmRSS") - rssBeforeMiB;

    std::mt19937_64 random(7);
    std::uniform_int_distribution<qint64> moment(replay.firstMs(), std::max(replay.firstMs(), replay.lastMs() - 1));
    QList<double> times;
    qsizetype records = 0;
    for (int i = 0; i < samples; ++i) {
        const qint64 atMs = moment(random);
        timer.restart();
        Result<ReplayState> state = replay.stateAt(atMs);
        times.append(double(timer.nsecsElapsed()) / 1e6);
        if (!state) {
            err << state.errorString() << Qt::endl;
            return 1;
        }
        records = std::max(records, state->size());
    }
    // Playing forward at x60 with 200 ms ticks: each step folds on from the previous state.
    QList<double> stepTimes;
    Result<ReplayState> playing = replay.stateAt(replay.firstMs() + (replay.lastMs() - replay.firstMs()) / 2);
    for (int i = 0; i < samples && playing; ++i) {
        timer.restart();
        playing = replay.stateAfter(playing.value(), playing->atMs + 12'000);
        stepTimes.append(double(timer.nsecsElapsed()) / 1e6);
    }
    if (!playing) {
        err << playing.errorString() << Qt::endl;
        return 1;
    }
    const QJsonObject result{
        {QStringLiteral("bench"), QStringLiteral("replay")},
        {QStringLiteral("mutations"), applied},
        {QStringLiteral("log_reused"), reused},
        {QStringLiteral("samples"), samples},
        {QStringLiteral("checkpoints"), replay.checkpointCount()},
        {QStringLiteral("checkpoint_interval"), double(replay.checkpointInterval())},
        {QStringLiteral("checkpoint_mib_estimate"), roundTo3(double(replay.checkpointBytes()) / (1 << 20))},
        {QStringLiteral("records_max"), double(records)},
        {QStringLiteral("log_build_ms"), roundTo3(logBuildMs)},
        {QStringLiteral("index_ms"), roundTo3(indexMs)},
        {QStringLiteral("state_at_p50_ms"), roundTo3(percentileOf(times, 0.50))},
        {QStringLiteral("state_at_p95_ms"), roundTo3(percentileOf(times, 0.95))},
        {QStringLiteral("state_at_max_ms"), roundTo3(percentileOf(times, 1.0))},
        {QStringLiteral("play_step_p95_ms"), roundTo3(percentileOf(stepTimes, 0.95))},
        {QStringLiteral("engine_rss_mib"), roundTo3(engineMiB)},
        {QStringLiteral("peak_rss_mib"), roundTo3(statusMiB("VmHWM"))},
        {QStringLiteral("target_p95_ms"), 100},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

// N timeline events over 24 hours across 50 incidents, painted offscreen at 1600x600 with every
// event inside the visible range.
int timelineBench(const QStringList &args)
{
    const int events = std::max(1, intOption(args, QStringLiteral("--events"), 10000));
    const int samples = intOption(args, QStringLiteral("--samples"), 200);
    QTextStream err(stderr);
    Result<std::unique_ptr<Store>> opened = Store::open(QStringLiteral(":memory:"));
    if (!opened) {
        err << opened.errorString() << Qt::endl;
        return 1;
    }
    Store &store = *opened.value();
    const int incidentCount = 50;
    QStringList incidents;
    for (int i = 0; i < incidentCount; ++i) {
        Result<MutationOutcome> created = store.apply(
            QStringLiteral("incident.create"),
            {{QStringLiteral("title"), QStringLiteral("事件 %1").arg(i)},
             {QStringLiteral("category"), QStringLiteral("accident")},
             {QStringLiteral("lon"), 120.1 + i * 0.001},
             {QStringLiteral("lat"), 30.2}});
        if (!created) {
            err << created.errorString() << Qt::endl;
            return 1;
        }
        incidents << created->id;
    }
    const qint64 endMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 startMs = endMs - 24LL * 3600'000;
    std::mt19937_64 random(11);
    std::uniform_int_distribution<qint64> moment(startMs, endMs);
    int written = incidentCount;
    while (written < events) {
        QList<QPair<QString, QJsonObject>> batch;
        for (int i = 0; i < std::min(1000, events - written); ++i) {
            QJsonObject note{{QStringLiteral("incident_id"), incidents.at((written + i) % incidentCount)},
                             {QStringLiteral("text"), QStringLiteral("现场反馈 %1").arg(written + i)},
                             {QStringLiteral("at_ms"), moment(random)}};
            if ((written + i) % 3 == 0) {
                note.insert(QStringLiteral("attachment"), QStringLiteral("snapshot-%1.jpg").arg(written + i));
            }
            batch.append({QStringLiteral("timeline.note"), note});
        }
        if (Result<QList<MutationOutcome>> applied = store.applyBatch(batch); !applied) {
            err << applied.errorString() << Qt::endl;
            return 1;
        }
        written += int(batch.size());
    }
    TimelineModel model(&store);
    model.setLimit(events + incidentCount);
    TimelineView view(&store, &model);
    view.resize(1600, 600);
    const qint64 firstMs = model.events().isEmpty() ? startMs : model.events().last().atMs;
    view.setTimeRange(firstMs - 60'000, endMs + 60'000);
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    QElapsedTimer timer;
    QList<double> times;
    for (int i = 0; i < samples + 5; ++i) {
        timer.start();
        QPainter painter(&image);
        view.paintTimeline(painter);
        painter.end();
        if (i >= 5) { // the first paints build the sprites and font caches
            times.append(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    const QJsonObject result{
        {QStringLiteral("bench"), QStringLiteral("timeline")},
        {QStringLiteral("events"), view.filteredCount()},
        {QStringLiteral("samples"), samples},
        {QStringLiteral("size"), QStringLiteral("%1x%2").arg(view.width()).arg(view.height())},
        {QStringLiteral("paint_p50_ms"), roundTo3(percentileOf(times, 0.50))},
        {QStringLiteral("paint_p95_ms"), roundTo3(percentileOf(times, 0.95))},
        {QStringLiteral("paint_max_ms"), roundTo3(percentileOf(times, 1.0))},
        {QStringLiteral("target_p95_ms"), 8},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

const BenchRegistrar replayRegistrar("replay", "replay [--mutations N] [--samples N] [--checkpoint-interval N] [--budget-mib N] [--db FILE]",
                                     replayBench);
const BenchRegistrar timelineRegistrar("timeline", "timeline [--events N] [--samples N]", timelineBench);

} // namespace

} // namespace tw::bench
