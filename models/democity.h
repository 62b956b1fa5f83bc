#pragma once

#include "result.h"

#include <QString>

#include <memory>

namespace tw {

class Store;

/// What generateDemoCity() makes.
struct DemoOptions {
    quint32 seed = 20240601; ///< the same seed always gives the same city, ids included
    int teams = 0;           ///< 0: the realistic demo (about 100 teams); > 0: scale mode with this many
    int timelineEvents = 0;  ///< scale mode: timeline notes spread over about 100 extra incidents
    int cameras = 200;       ///< camera i streams rtsp://cameraHost:cameraPort/cam/i (and .../sub)
    QString cameraHost = QStringLiteral("127.0.0.1");
    int cameraPort = 8554;
    /// The demo's "now" (UTC ms): reading times, positions and incident reports lie shortly
    /// before it. 0 means the current time rounded down to the hour.
    qint64 referenceTimeMs = 0;
};

/// The record name of scale-mode incidents ("规模测试事件 17"), so benchmarks can find them.
QString demoScaleIncidentTitle(int index);

/// Fills `store` with the Hangzhou demo city: rescue teams of every kind, warehouses with stock,
/// risk points, protection targets, shelters, cameras, sensors and a few incidents with their
/// timelines — all through named mutations (Store::applyBatch), all on land in the urban
/// districts. Marks the database with metadata "dataset" = "demo". Large scale-mode data goes in
/// batches of at most 50,000 mutations, so each batch is all-or-nothing but the whole is not.
Status generateDemoCity(Store &store, const DemoOptions &options = {});

/// Where the console keeps its demo database: $TW_DATA_HOME/demo.sqlite when that variable is
/// set, else demo.sqlite in the application's data location.
QString defaultDemoDatabasePath();

/// Opens the demo database at `path`, creating and generating it (default options) when the file
/// is missing or holds no records; an existing database is opened as it is, never regenerated.
Result<std::unique_ptr<Store>> openDemoDatabase(const QString &path = defaultDemoDatabasePath());

} // namespace tw
