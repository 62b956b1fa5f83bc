#include "tilesource.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tw {

namespace {

} // namespace

QUrl TileSourceSpec::tileUrl(TileId tile) const
{
    if (!isRemote() || !tile.isValid() || tile.z < minZoom || tile.z > maxZoom) {
        return {};
    }
    QString url = urlTemplate;
    const int row = kind == Kind::Tms ? tile.tmsRow() : tile.y;
    url.replace(QLatin1String("{z}"), QString::number(tile.z));
    url.replace(QLatin1String("{x}"), QString::number(tile.x));
    url.replace(QLatin1String("{-y}"), QString::number(tile.tmsRow()));
    url.replace(QLatin1String("{y}"), QString::number(row));
    url.replace(QLatin1String("{key}"), key);
    if (!subdomains.isEmpty()) {
        url.replace(QLatin1String("{s}"), subdomains.at((tile.x + tile.y) % subdomains.size()));
    }
    return QUrl(url);
}

TileSourceSpec TileSourceSpec::xyz(const QString &id, const QString &urlTemplate, const QStringList &subdomains)
{
    TileSourceSpec spec;
    spec.id = id;
    spec.name = id;
    spec.kind = Kind::Xyz;
    spec.urlTemplate = urlTemplate;
    spec.subdomains = subdomains;
    if (spec.subdomains.isEmpty() && urlTemplate.contains(QLatin1String("{s}"))) {
        spec.subdomains = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    }
    return spec;
}

TileSourceSpec TileSourceSpec::tianditu(const QString &layer, const QString &key)
{
    TileSourceSpec spec;
    spec.id = QStringLiteral("tianditu-") + layer;
    spec.name = QStringLiteral("Tianditu ") + layer;
    spec.kind = Kind::Wmts;
    spec.urlTemplate = QStringLiteral("http://t{s}.tianditu.gov.cn/%1_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0"
                                      "&LAYER=%1&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles"
                                      "&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={key}")
                           .arg(layer);
    for (int i = 0; i < 8; ++i) {
        spec.subdomains << QString::number(i);
    }
    spec.key = key;
    spec.minZoom = 1;
    spec.maxZoom = 18;
    spec.overlay = layer == QLatin1String("cva") || layer == QLatin1String("cia") || layer == QLatin1String("cta");
    spec.attribution = QStringLiteral("© Tianditu");
    return spec;
}

TileSourceSpec TileSourceSpec::mbtiles(const QString &id, const QString &path)
{
    TileSourceSpec spec;
    spec.id = id;
    spec.name = QFileInfo(path).completeBaseName();
    spec.kind = Kind::MbTiles;
    spec.path = path;
    return spec;
}

Result<TileSourceSpec> TileSourceSpec::fromString(const QString &text)
{
    QString value = text.trimmed();
    bool tms = false;
    if (value.startsWith(QLatin1String("tms:"))) {
        tms = true;
        value = value.mid(4);
    }
    if (value.startsWith(QLatin1String("http://")) || value.startsWith(QLatin1String("https://"))) {
        if (!value.contains(QLatin1String("{z}")) || !value.contains(QLatin1String("{x}"))
            || !(value.contains(QLatin1String("{y}")) || value.contains(QLatin1String("{-y}")))) {
            return Error{QCoreApplication::translate("tw::TileSourceSpec", "a tile URL template needs {z}, {x} and {y}"), {}, text};
        }
        const QUrl url(value.replace(QLatin1String("{s}"), QLatin1String("a")), QUrl::StrictMode);
        TileSourceSpec spec = xyz(QStringLiteral("url-") + QString::number(qHash(text), 16), text.trimmed().mid(tms ? 4 : 0));
        spec.name = url.host();
        if (tms) {
            spec.kind = Kind::Tms;
        }
        return spec;
    }
    if (value.endsWith(QLatin1String(".mbtiles"), Qt::CaseInsensitive)) {
        return mbtiles(QStringLiteral("mbtiles-") + QFileInfo(value).completeBaseName(), value);
    }
    return Error{QCoreApplication::translate("tw::TileSourceSpec", "not a tile source: expected an http(s) URL template with {z}/{x}/{y} or an .mbtiles file"), {}, text};
}

} // namespace tw
