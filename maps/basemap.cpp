#include "basemap.h"

#include "mbtiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace tw {

QString bundledBasemapPath()
{
    QStringList candidates;
    const QString fromEnvironment = qEnvironmentVariable("TW_BASEMAP");
    if (!fromEnvironment.isEmpty()) {
        candidates << fromEnvironment;
    }
    const QString relative = QStringLiteral("tidewatch/basemap/world.mbtiles");
    if (QCoreApplication::instance()) {
        const QDir bin(QCoreApplication::applicationDirPath());
        candidates << bin.filePath(QStringLiteral("../") + QStringLiteral(TW_INSTALL_DATADIR) + QLatin1Char('/') + relative)
                   << bin.filePath(QStringLiteral("../share/") + relative);
    }
    const QString data = QStandardPaths::locate(QStandardPaths::GenericDataLocation, relative);
    if (!data.isEmpty()) {
        candidates << data;
    }
    candidates << QStringLiteral(TW_SOURCE_BASEMAP);
    for (const QString &candidate : std::as_const(candidates)) {
        if (QFileInfo(candidate).isFile()) {
            return QFileInfo(candidate).canonicalFilePath();
        }
    }
    return {};
}

Result<TileSourceSpec> mbtilesSource(const QString &path)
{
    MbTiles file;
    if (Status status = file.open(path); !status) {
        return status.error();
    }
    const QString format = file.format();
    if (format == QLatin1String("pbf")) {
        return Error{QCoreApplication::translate("tw::Basemap", "vector MBTiles are not supported; use a raster (PNG/JPEG) pack"), {}, path};
    }
    TileSourceSpec spec = TileSourceSpec::mbtiles(QStringLiteral("mbtiles-") + QFileInfo(path).completeBaseName(), path);
    spec.minZoom = file.minZoom();
    spec.maxZoom = std::max(spec.minZoom, file.maxZoom());
    const QString name = file.metadata().value(QStringLiteral("name"));
    if (!name.isEmpty()) {
        spec.name = name;
    }
    return spec;
}

TileSourceSpec bundledBasemapSource()
{
    TileSourceSpec spec = TileSourceSpec::mbtiles(QStringLiteral("basemap"), bundledBasemapPath());
    spec.name = QCoreApplication::translate("tw::Basemap", "World (offline)");
    spec.minZoom = 0;
    spec.maxZoom = 5;
    spec.attribution = QStringLiteral("NASA Blue Marble");
    return spec;
}

} // namespace tw
