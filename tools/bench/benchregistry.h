#pragma once

#include <QStringList>

#include <functional>

namespace tw::bench {

/// A benchmark subcommand: gets the arguments after its name, prints one JSON object on stdout,
/// returns the process exit code.
using BenchFunction = std::function<int(const QStringList &args)>;

/// Registers a subcommand at static-initialisation time; one per bench_*.cpp file.
struct BenchRegistrar {
    BenchRegistrar(const char *name, const char *usage, BenchFunction function);
};

struct BenchEntry {
    QString name;
    QString usage;
    BenchFunction function;
};

QList<BenchEntry> &benchRegistry();

} // namespace tw::bench
