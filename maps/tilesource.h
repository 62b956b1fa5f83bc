#pragma once

#include "datum.h"
#include "result.h"
#include "tileid.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace tw {

/// One raster tile source, as a value: what the tile manager, the downloader and the settings
/// exchange. Remote kinds build a URL per tile; MBTiles reads a local file.
struct TileSourceSpec {
    enum class Kind { Xyz, Tms, Wmts, MbTiles };

    QString id;   ///< stable key of the caches ("osm", "tianditu-img", "basemap", ...)
    QString name; ///< shown in the layer panel
    Kind kind = Kind::Xyz;
    /// Xyz/Tms/Wmts: a template with {z} {x} {y} (Tms: {y} is the TMS row; {-y} always is),
    /// {s} (one of `subdomains`, chosen by tile) and {key}.
    QString urlTemplate;
    QStringList subdomains;
    QMap<QByteArray, QByteArray> headers; ///< extra request headers (Referer, User-Agent, ...)
    QString key;                          ///< API key substituted for {key} (Tianditu's tk)
    QString path;                         ///< MbTiles: the file
    Datum datum = Datum::Wgs84; ///< GCJ-02/BD-09 imagery shifts overlays to match it
    int minZoom = 0;
    int maxZoom = 19;
    double opacity = 1.0;
    bool visible = true;
    bool overlay = false; ///< a label layer drawn over another source (Tianditu cva/cia)
    QString attribution;

    bool isRemote() const { return kind != Kind::MbTiles; }
    /// The request URL of a tile for remote kinds; an empty URL for MBTiles or a tile out of range.
    QUrl tileUrl(TileId tile) const;

    /// An XYZ source from a URL template like "https://{s}.tile.example/{z}/{x}/{y}.png".
    static TileSourceSpec xyz(const QString &id, const QString &urlTemplate, const QStringList &subdomains = {});
    /// A Tianditu WMTS layer ("vec", "cva", "img", "cia", "ter", "cta") in Web Mercator, with key.
    static TileSourceSpec tianditu(const QString &layer, const QString &key);
    /// A local MBTiles file.
    static TileSourceSpec mbtiles(const QString &id, const QString &path);
    /// Parses the CLI/settings form: an http(s) URL template, "tms:URL", or a path to an .mbtiles.
    static Result<TileSourceSpec> fromString(const QString &text);
};

} // namespace tw
