#pragma once

#include "mbtiles.h"
#include "testtileserver.h"
#include "tilemanager.h"

#include <QSignalSpy>
#include <QString>

#include <catch2/catch.hpp>

namespace tw::test {

/// An MBTiles file with every tile of zooms `minZoom`..`maxZoom`, each a solid
/// TestTileServer::tileColor. Returns its path.
inline QString writeColourPack(const QString &path, int minZoom, int maxZoom)
{
    MbTiles file;
    REQUIRE(file.create(path).ok());
    REQUIRE(file.setMetadata(QStringLiteral("format"), QStringLiteral("png")).ok());
    REQUIRE(file.beginTransaction().ok());
    for (int z = minZoom; z <= maxZoom; ++z) {
        for (int x = 0; x < (1 << z); ++x) {
            for (int y = 0; y < (1 << z); ++y) {
                REQUIRE(file.writeTile({z, x, y}, TestTileServer::tilePng(z, x, y)).ok());
            }
        }
    }
    REQUIRE(file.commit().ok());
    return path;
}

/// Waits until the manager has nothing pending (true), or 10 s.
inline bool waitTilesIdle(TileManager &manager)
{
    QSignalSpy idle(&manager, &TileManager::idle);
    return manager.pendingCount() == 0 || idle.wait(10000);
}

/// The colour at a pixel as a name, for readable failures.
inline QString colourAt(const QImage &image, QPoint at)
{
    return QColor(image.pixel(at)).name();
}

} // namespace tw::test
