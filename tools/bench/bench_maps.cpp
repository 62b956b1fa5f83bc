// tidewatch-bench cluster / cluster-points: the cluster index's numbers (map-frame is in
// bench_mapframe.cpp).
//   cluster-points --count N --output FILE.geojson   writes N seeded points over Hangzhou
//   cluster --input FILE.geojson [--runs 5] [--supercluster DIR]
//       build time of ClusterIndex (median of runs), viewport query p50/max over fixed views,
//       index bytes, RSS growth; and supercluster 9 (node) on the same file, in the same run,
//       when it is installed (its runs after ours, back to back in one node process). DIR holds node_modules/supercluster; without --supercluster the
//       bench looks in $TW_SUPERCLUSTER_DIR, the current directory and /tmp/scbench (set up with
//       `npm install supercluster@9` there); node is found on PATH.
#include "benchregistry.h"

#include "bench_maputil.h"
#include "clusterindex.h"
#include "mapcamera.h"
#include "result.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace tw::bench {

namespace {

using namespace tw::bench::maps;

// Reads the Point coordinates of a GeoJSON FeatureCollection without building a DOM (1M features
// would take gigabytes as QJsonDocument).
Result<std::vector<LonLat>> readPoints(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("cannot read: ") + file.errorString(), {}, path};
    }
    const QByteArray data = file.readAll();
    std::vector<LonLat> points;
    const QByteArray key = "\"coordinates\"";
    qsizetype at = 0;
    while ((at = data.indexOf(key, at)) >= 0) {
        at = data.indexOf('[', at);
        if (at < 0) {
            break;
        }
        char *end = nullptr;
        const double lon = std::strtod(data.constData() + at + 1, &end);
        const char *comma = std::strchr(end, ',');
        const double lat = comma ? std::strtod(comma + 1, &end) : NAN;
        if (!std::isfinite(lon) || !std::isfinite(lat)) {
            return Error{QStringLiteral("feature %1 has no point coordinates").arg(points.size()), {}, path};
        }
        points.push_back({lon, lat});
        at = end - data.constData();
    }
    if (points.empty()) {
        return Error{QStringLiteral("no point features"), {}, path};
    }
    return points;
}

int generatePoints(const QStringList &args)
{
    const qint64 count = option(args, QStringLiteral("--count"), QStringLiteral("1000000")).toLongLong();
    const QString output = option(args, QStringLiteral("--output"));
    if (count <= 0 || output.isEmpty()) {
        return fail(QStringLiteral("cluster-points"), QStringLiteral("usage: cluster-points --count N --output FILE.geojson"));
    }
    QFile file(output);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return fail(QStringLiteral("cluster-points"), output + QStringLiteral(": ") + file.errorString());
    }
    file.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
    const std::vector<LonLat> points = cityPoints(count, 20240601);
    QByteArray chunk;
    for (std::size_t i = 0; i < points.size(); ++i) {
        chunk += "{\"type\":\"Feature\",\"properties\":{\"i\":" + QByteArray::number(qulonglong(i))
            + "},\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + QByteArray::number(points[i].lon, 'f', 6) + ','
            + QByteArray::number(points[i].lat, 'f', 6) + "]}}" + (i + 1 < points.size() ? ",\n" : "\n");
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk + "]}\n");
    QTextStream(stdout) << QJsonDocument(QJsonObject{{QStringLiteral("points"), count}, {QStringLiteral("file"), output}})
                               .toJson(QJsonDocument::Compact)
                        << '\n';
    return 0;
}

// Loads the points once, then builds an index for every "run" line on stdin.
const char *kSuperclusterScript = R"JS(
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createInterface } from 'node:readline';
const [dir, input] = process.argv.slice(2);
const { default: Supercluster } = await import(pathToFileURL(dir + '/node_modules/supercluster/index.js'));
const features = JSON.parse(readFileSync(input, 'utf8')).features;
const version = JSON.parse(readFileSync(dir + '/node_modules/supercluster/package.json')).version;
console.log(JSON.stringify({ ready: true, version }));
for await (const line of createInterface({ input: process.stdin })) {
    if (line.trim() !== 'run') {
        break;
    }
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    new Supercluster({ radius: 40, extent: 512, maxZoom: 16, minPoints: 2 }).load(features);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const c = process.cpuUsage(c0);
    console.log(JSON.stringify({ build_ms: ms, cpu_ms: (c.user + c.system) / 1000 }));
}
)JS";

// supercluster 9 in node, driven run by run.
class Supercluster {
public:
    /// Finds node and supercluster, starts the script and waits until it has loaded the points.
    void start(const QString &input, const QString &requestedDir)
    {
        if (requestedDir == QLatin1String("none")) {
            m_state = {{QStringLiteral("skipped"), QStringLiteral("--supercluster none")}};
            return;
        }
        QStringList dirs{requestedDir, qEnvironmentVariable("TW_SUPERCLUSTER_DIR"), QDir::currentPath(), QStringLiteral("/tmp/scbench")};
        QString dir;
        for (const QString &d : dirs) {
            if (!d.isEmpty() && QFileInfo::exists(d + QStringLiteral("/node_modules/supercluster/index.js"))) {
                dir = d;
                break;
            }
        }
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (dir.isEmpty() || node.isEmpty()) {
            m_state = {{QStringLiteral("skipped"), QStringLiteral("node or supercluster not found (npm install supercluster@9 in DIR)")}};
            return;
        }
        const QString script = m_temp.filePath(QStringLiteral("supercluster-bench.mjs"));
        QFile file(script);
        if (!file.open(QIODevice::WriteOnly) || file.write(kSuperclusterScript) < 0) {
            m_state = {{QStringLiteral("error"), file.errorString()}};
            return;
        }
        file.close();
        m_process.start(node, {QStringLiteral("--max-old-space-size=8192"), script, dir, input});
        const QJsonObject ready = readAnswer(30 * 60 * 1000);
        if (!ready.value(QStringLiteral("ready")).toBool()) {
            return;
        }
        m_version = ready.value(QStringLiteral("version")).toString();
        m_running = true;
    }

    bool isRunning() const { return m_running; }

    /// One build; false when the script failed.
    bool run()
    {
        if (!m_running) {
            return false;
        }
        m_process.write("run\n");
        const QJsonObject answer = readAnswer(10 * 60 * 1000);
        if (!answer.contains(QStringLiteral("build_ms"))) {
            m_running = false;
            return false;
        }
        m_buildMs.push_back(answer.value(QStringLiteral("build_ms")).toDouble());
        m_cpuMs.push_back(answer.value(QStringLiteral("cpu_ms")).toDouble());
        return true;
    }

    QJsonObject result()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.write("quit\n");
            m_process.closeWriteChannel();
            m_process.waitForFinished(10000);
        }
        if (m_buildMs.empty()) {
            return m_state;
        }
        QJsonArray runs;
        for (double ms : m_buildMs) {
            runs.append(ms);
        }
        return {{QStringLiteral("version"), m_version},
                {QStringLiteral("build_ms_median"), percentile(m_buildMs, 0.5)},
                {QStringLiteral("build_cpu_ms_median"), percentile(m_cpuMs, 0.5)},
                {QStringLiteral("build_ms_runs"), runs}};
    }

    double medianMs() const { return percentile(m_buildMs, 0.5); }

private:
    QJsonObject readAnswer(int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (!m_process.canReadLine()) {
            if (m_process.state() == QProcess::NotRunning || timer.elapsed() > timeoutMs) {
                m_state = {{QStringLiteral("error"), QString::fromUtf8(m_process.readAllStandardError()).trimmed()}};
                return {};
            }
            m_process.waitForReadyRead(1000);
        }
        return QJsonDocument::fromJson(m_process.readLine()).object();
    }

    QTemporaryDir m_temp;
    QProcess m_process;
    QJsonObject m_state;
    QString m_version;
    bool m_running = false;
    std::vector<double> m_buildMs;
    std::vector<double> m_cpuMs;
};

int clusterBench(const QStringList &args)
{
    const QString input = option(args, QStringLiteral("--input"));
    const int runs = std::max(1, option(args, QStringLiteral("--runs"), QStringLiteral("5")).toInt());
    if (input.isEmpty()) {
        return fail(QStringLiteral("cluster"), QStringLiteral("usage: cluster --input POINTS.geojson [--runs N] [--supercluster DIR]"));
    }
    Result<std::vector<LonLat>> points = readPoints(input);
    if (!points) {
        return fail(QStringLiteral("cluster"), points.errorString());
    }
    const double load = loadAverage();
    std::vector<double> buildMs;
    std::vector<double> buildCpuMs;
    std::vector<double> buildProcessCpuMs;
    qint64 rssGrowthKiB = 0;
    qint64 peakGrowthKiB = -1; // -1: the kernel cannot reset the peak
    std::size_t indexBytes = 0;
    ClusterIndex::Options clusterOptions;
    clusterOptions.nodeSize = option(args, QStringLiteral("--node-size"), QString::number(clusterOptions.nodeSize)).toInt();
    ClusterIndex index;
    for (int run = 0; run < runs; ++run) {
        index = ClusterIndex(clusterOptions);
        const qint64 before = rssKiB();
        const bool peakReset = resetPeakRss();
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = threadCpuMs();
        const double processBefore = processCpuMs();
        index.build(*points);
        buildMs.push_back(timer.nsecsElapsed() / 1e6);
        buildCpuMs.push_back(threadCpuMs() - cpuBefore);
        buildProcessCpuMs.push_back(processCpuMs() - processBefore);
        rssGrowthKiB = std::max(rssGrowthKiB, rssKiB() - before);
        if (peakReset) {
            peakGrowthKiB = std::max(peakGrowthKiB, peakRssKiB() - before);
        }
        indexBytes = index.memoryBytes();
    }
    // Fixed views: 1920x1080 over the data's middle and around it, zoom 3 to 17.
    double lonSum = 0;
    double latSum = 0;
    for (const LonLat &p : *points) {
        lonSum += p.lon;
        latSum += p.lat;
    }
    const LonLat middle{lonSum / points->size(), latSum / points->size()};
    std::vector<double> queryMs;
    std::size_t items = 0;
    QRandomGenerator random(99);
    for (int view = 0; view < 300; ++view) {
        const double zoom = 3 + view % 15 + 0.5;
        const LonLat centre{middle.lon + (random.generateDouble() - 0.5) * 0.3, middle.lat + (random.generateDouble() - 0.5) * 0.3};
        const MapCamera camera(centre, zoom, QSize(1920, 1080));
        QElapsedTimer timer;
        timer.start();
        items += index.query(camera.unitBounds(), zoom).size();
        queryMs.push_back(timer.nsecsElapsed() / 1e6);
    }
    QJsonObject result{{QStringLiteral("bench"), QStringLiteral("cluster")},
                       {QStringLiteral("points"), qint64(points->size())},
                       {QStringLiteral("runs"), runs},
                       {QStringLiteral("node_size"), clusterOptions.nodeSize},
                       {QStringLiteral("build_ms_median"), percentile(buildMs, 0.5)},
                       {QStringLiteral("build_ms_min"), percentile(buildMs, 0.0)},
                       {QStringLiteral("build_cpu_ms_median"), percentile(buildCpuMs, 0.5)},
                       {QStringLiteral("build_all_threads_cpu_ms_median"), percentile(buildProcessCpuMs, 0.5)},
                       {QStringLiteral("query_views"), 300},
                       {QStringLiteral("query_ms_p50"), percentile(queryMs, 0.5)},
                       {QStringLiteral("query_ms_max"), percentile(queryMs, 1.0)},
                       {QStringLiteral("query_items_mean"), double(items) / 300},
                       {QStringLiteral("index_mb"), indexBytes / 1048576.0},
                       {QStringLiteral("rss_growth_mb"), rssGrowthKiB / 1024.0},
                       {QStringLiteral("build_peak_rss_growth_mb"), peakGrowthKiB < 0 ? -1.0 : peakGrowthKiB / 1024.0},
                       {QStringLiteral("loadavg_1m_at_start"), load}};
    // The reference after ours, its runs back to back in one node process.
    Supercluster reference;
    reference.start(QFileInfo(input).absoluteFilePath(), option(args, QStringLiteral("--supercluster")));
    for (int run = 0; run < runs; ++run) {
        if (!reference.run()) {
            break;
        }
    }
    const QJsonObject referenceResult = reference.result();
    result.insert(QStringLiteral("supercluster"), referenceResult);
    if (referenceResult.contains(QStringLiteral("build_ms_median"))) {
        result.insert(QStringLiteral("speedup_vs_supercluster"), reference.medianMs() / percentile(buildMs, 0.5));
    }
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

BenchRegistrar clusterPointsRegistrar("cluster-points", "cluster-points --count N --output POINTS.geojson", generatePoints);
BenchRegistrar clusterRegistrar("cluster", "cluster --input POINTS.geojson [--runs 5] [--supercluster DIR|none] [--node-size 64]", clusterBench);

} // namespace

} // namespace tw::bench
