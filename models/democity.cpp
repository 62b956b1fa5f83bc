#include "democity.h"

#include "democitybuilder.h"
#include "logging.h"
#include "store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace tw {

namespace {

// Large batches are split so that memory stays bounded however many rows a benchmark asks for.
constexpr int kBatchSize = 50000;
constexpr int kScaleIncidents = 100;

Status applyAll(Store &store, const DemoMutations &mutations, const QString &what)
{
    if (mutations.isEmpty()) {
        return {};
    }
    Result<QList<MutationOutcome>> applied = store.applyBatch(mutations);
    if (!applied) {
        Error error = applied.error();
        error.message = QCoreApplication::translate("tw::DemoCity", "could not create the demo %1: %2").arg(what, error.message);
        return error;
    }
    return {};
}

bool hasAnyRecords(const Store &store)
{
    for (const KindDef &kind : allKinds()) {
        if (store.count(kind.kind) > 0) {
            return true;
        }
    }
    return false;
}

} // namespace

Status generateDemoCity(Store &store, const DemoOptions &options)
{
    if (options.teams < 0 || options.timelineEvents < 0 || options.cameras < 0) {
        return Error{QCoreApplication::translate("tw::DemoCity", "the numbers of teams, timeline events and cameras cannot be negative"), {}, {}};
    }
    DemoCityBuilder builder(options);

    // The order of these calls is part of the seed's meaning: each draws from the same sequence.
    // The realistic city is one all-or-nothing batch; scale mode writes its teams in chunks.
    DemoMutations city;
    if (options.teams == 0) {
        city = builder.realisticTeams();
    } else {
        for (int first = 0; first < options.teams; first += kBatchSize) {
            const int count = std::min(kBatchSize, options.teams - first);
            if (Status done = applyAll(store, builder.scaleTeams(first + 1, count), QCoreApplication::translate("tw::DemoCity", "rescue teams")); !done) {
                return done;
            }
        }
    }
    city << builder.suppliesAndWarehouses() << builder.riskPoints() << builder.targets() << builder.shelters()
         << builder.cameras() << builder.sensors() << builder.incidents();
    if (Status done = applyAll(store, city, QCoreApplication::translate("tw::DemoCity", "city")); !done) {
        return done;
    }

    if (options.timelineEvents > 0) {
        if (Status done = applyAll(store, builder.scaleIncidents(kScaleIncidents), QCoreApplication::translate("tw::DemoCity", "incidents")); !done) {
            return done;
        }
        for (int first = 0; first < options.timelineEvents; first += kBatchSize) {
            const int count = std::min(kBatchSize, options.timelineEvents - first);
            if (Status done = applyAll(store, builder.scaleTimeline(first, count), QCoreApplication::translate("tw::DemoCity", "timeline")); !done) {
                return done;
            }
        }
    }
    if (Status marked = store.setMetadata(QStringLiteral("dataset"), QStringLiteral("demo")); !marked) {
        return marked;
    }
    qCInfo(lcModels) << "generated the demo city with seed" << options.seed << "into" << store.path();
    return {};
}

QString defaultDemoDatabasePath()
{
    QString directory = qEnvironmentVariable("TW_DATA_HOME");
    if (directory.isEmpty()) {
        directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    }
    return QDir(directory).filePath(QStringLiteral("demo.sqlite"));
}

Result<std::unique_ptr<Store>> openDemoDatabase(const QString &path)
{
    const QFileInfo info(path);
    const bool existed = info.exists() && info.size() > 0;
    if (!QDir().mkpath(info.absolutePath())) {
        return Error{QCoreApplication::translate("tw::DemoCity", "cannot create the folder %1").arg(info.absolutePath()), {}, path};
    }
    Result<std::unique_ptr<Store>> opened = Store::open(path);
    if (!opened) {
        return opened;
    }
    Store &store = *opened.value();
    // An existing demo (even one the user has since edited) is opened as it is.
    if (store.metadata(QStringLiteral("dataset")).isEmpty() && !hasAnyRecords(store)) {
        qCInfo(lcModels) << "creating the demo database" << path;
        if (Status generated = generateDemoCity(store); !generated) {
            // Leave nothing half-made behind: the next start tries again from scratch.
            opened.value().reset();
            if (!existed) {
                for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                    QFile::remove(path + suffix);
                }
            }
            Error error = generated.error();
            error.where = path;
            return error;
        }
    }
    return opened;
}

} // namespace tw
