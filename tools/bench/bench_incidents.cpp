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

int replayBench(const QStringList &args)
{
    const int mutations = intOption(args, QStringLiteral("--mutations"), 100000);
    const int samples = intOption(args, QStringLiteral("--samples"), 200);
    const int interval = intOption(args, QStringLiteral("--checkpoint-interval"), 2048);
    QTextStream err(stderr);
    QTemporaryDir dir;
    Result<std::unique_ptr<Store>> opened = Store::open(dir.filePath(QStringLiteral("replay.db")));
    if (!opened) {
        err << opened.errorString() << Qt::endl;
        return 1;
    }
    Store &store = *opened.value();

    // The log: a scenario city pulled from another console, in batches like a real pull.
    ReplayScenario::Options options;
    options.maxStepMs = 20'000;
    options.teams = 400;
    options.incidents = 2000;
    ReplayScenario scenario(42, options);
    QElapsedTimer timer;
    timer.start();
    qint64 serverSeq = 0;
    int applied = 0;
    while (applied < mutations) {
        // Refused mutations are skipped one by one; a batch is all-or-nothing.
        QList<QPair<Mutation, qint64>> batch;
        for (int i = 0; i < std::min(1000, mutations - applied); ++i) {
            batch.append({scenario.next(), ++serverSeq});
        }
        if (!store.applyRemoteBatch(batch, serverSeq)) {
            for (const auto &[mutation, seq] : std::as_const(batch)) {
                if (store.applyRemote(mutation, seq)) {
                    ++applied;
                }
            }
        } else {
            applied += int(batch.size());
        }
    }
    const double logBuildMs = double(timer.nsecsElapsed()) / 1e6;

    ReplayEngine replay(store, interval);
    timer.restart();
    if (Status ok = replay.refresh(); !ok) {
        err << ok.errorString() << Qt::endl;
        return 1;
    }
    const double indexMs = double(timer.nsecsElapsed()) / 1e6;

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
    const QJsonObject result{
        {QStringLiteral("bench"), QStringLiteral("replay")},
        {QStringLiteral("mutations"), applied},
        {QStringLiteral("samples"), samples},
        {QStringLiteral("checkpoints"), replay.checkpointCount()},
        {QStringLiteral("records_max"), double(records)},
        {QStringLiteral("log_build_ms"), roundTo3(logBuildMs)},
        {QStringLiteral("index_ms"), roundTo3(indexMs)},
        {QStringLiteral("state_at_p50_ms"), roundTo3(percentileOf(times, 0.50))},
        {QStringLiteral("state_at_p95_ms"), roundTo3(percentileOf(times, 0.95))},
        {QStringLiteral("state_at_max_ms"), roundTo3(percentileOf(times, 1.0))},
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

const BenchRegistrar replayRegistrar("replay", "replay [--mutations N] [--samples N] [--checkpoint-interval N]",
                                     replayBench);
const BenchRegistrar timelineRegistrar("timeline", "timeline [--events N] [--samples N]", timelineBench);

} // namespace

} // namespace tw::bench
