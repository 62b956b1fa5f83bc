#pragma once

// Helpers shared by the map engine's benchmarks (bench_maps.cpp, bench_mapframe.cpp).

#include "lonlat.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <vector>

namespace tw::bench::maps {

inline int fail(const QString &command, const QString &message)
{
    QTextStream(stderr) << "tidewatch-bench " << command << ": " << message << '\n';
    return 1;
}

inline QString option(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

inline double percentile(std::vector<double> values, double p)
{
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, std::size_t(std::ceil(p * values.size())) - (p > 0 ? 1 : 0))];
}

inline double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/// CPU time of every thread of the process: a figure the load of other processes barely moves.
inline double processCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/// The one-minute load average when the run started: how busy the machine was.
inline double loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().split(' ').value(0).toDouble() : -1.0;
}

inline qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QByteArray name(field);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(name)) {
            return line.mid(name.size()).trimmed().split(' ').first().toLongLong();
        }
    }
    return 0;
}

inline qint64 rssKiB()
{
    return statusKiB("VmRSS:");
}

/// The highest RSS since the last resetPeakRss() (Linux: VmHWM, reset through clear_refs).
inline qint64 peakRssKiB()
{
    return statusKiB("VmHWM:");
}

inline bool resetPeakRss()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
}

/// A city-like spread: dense districts around a few centres, a thinner ring around them.
inline std::vector<LonLat> cityPoints(qint64 count, quint32 seed)
{
    QRandomGenerator random(seed);
    const LonLat centres[] = {{120.16, 30.27}, {120.21, 30.25}, {120.30, 30.42}, {120.10, 30.32}, {119.95, 30.05}};
    std::vector<LonLat> points;
    points.reserve(std::size_t(count));
    for (qint64 i = 0; i < count; ++i) {
        const LonLat c = centres[random.bounded(5)];
        const double spread = random.bounded(5) == 0 ? 0.25 : 0.04;
        const double angle = random.generateDouble() * 2 * M_PI;
        const double r = spread * std::sqrt(-2.0 * std::log(std::max(1e-12, random.generateDouble()))) / 2.0;
        points.push_back({c.lon + r * std::cos(angle), c.lat + r * std::sin(angle) * 0.87});
    }
    return points;
}

} // namespace tw::bench::maps
