#include "benchregistry.h"

#include <QApplication>
#include <QTextStream>

namespace tw::bench {

QList<BenchEntry> &benchRegistry()
{
    static QList<BenchEntry> entries;
    return entries;
}

BenchRegistrar::BenchRegistrar(const char *name, const char *usage, BenchFunction function)
{
    benchRegistry().append({QString::fromLatin1(name), QString::fromLatin1(usage), std::move(function)});
}

} // namespace tw::bench

int main(int argc, char *argv[])
{
    // Offscreen by default: benchmarks render into QImages and need no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QTextStream err(stderr);
    if (args.isEmpty() || args.first() == QLatin1String("--help")) {
        err << "usage: tidewatch-bench SUBCOMMAND [options]\n";
        for (const auto &entry : tw::bench::benchRegistry()) {
            err << "  " << entry.usage << "\n";
        }
        return args.isEmpty() ? 2 : 0;
    }
    const QString name = args.takeFirst();
    for (const auto &entry : tw::bench::benchRegistry()) {
        if (entry.name == name) {
            return entry.function(args);
        }
    }
    err << "tidewatch-bench: unknown subcommand \"" << name << "\" (try --help)\n";
    return 2;
}
