#include "tilesourcestore.h"

#include "basemap.h"
#include "logging.h"

#include <QCoreApplication>
#include <QSettings>

namespace tw {

namespace {

QString kindName(TileSourceSpec::Kind kind)
{
    switch (kind) {
    case TileSourceSpec::Kind::Xyz:
        return QStringLiteral("xyz");
    case TileSourceSpec::Kind::Tms:
        return QStringLiteral("tms");
    case TileSourceSpec::Kind::Wmts:
        return QStringLiteral("wmts");
    case TileSourceSpec::Kind::MbTiles:
        return QStringLiteral("mbtiles");
    }
    return {};
}

std::optional<TileSourceSpec::Kind> kindFromName(const QString &name)
{
    for (auto kind : {TileSourceSpec::Kind::Xyz, TileSourceSpec::Kind::Tms, TileSourceSpec::Kind::Wmts, TileSourceSpec::Kind::MbTiles}) {
        if (kindName(kind) == name) {
            return kind;
        }
    }
    return std::nullopt;
}

} // namespace

QVariantMap TileSourceStore::toVariant(const TileSourceSpec &source)
{
    QVariantMap headers;
    for (auto it = source.headers.cbegin(); it != source.headers.cend(); ++it) {
        headers.insert(QString::fromLatin1(it.key()), QString::fromLatin1(it.value()));
    }
    return {{QStringLiteral("id"), source.id},
            {QStringLiteral("name"), source.name},
            {QStringLiteral("kind"), kindName(source.kind)},
            {QStringLiteral("url"), source.urlTemplate},
            {QStringLiteral("subdomains"), source.subdomains},
            {QStringLiteral("headers"), headers},
            {QStringLiteral("key"), source.key},
            {QStringLiteral("path"), source.path},
            {QStringLiteral("datum"), datumName(source.datum)},
            {QStringLiteral("minZoom"), source.minZoom},
            {QStringLiteral("maxZoom"), source.maxZoom},
            {QStringLiteral("opacity"), source.opacity},
            {QStringLiteral("visible"), source.visible},
            {QStringLiteral("overlay"), source.overlay},
            {QStringLiteral("attribution"), source.attribution}};
}

Result<TileSourceSpec> TileSourceStore::fromVariant(const QVariantMap &map)
{
    const QString where = QStringLiteral("map/sources");
    TileSourceSpec source;
    source.id = map.value(QStringLiteral("id")).toString();
    if (source.id.isEmpty()) {
        return Error{QCoreApplication::translate("tw::TileSourceStore", "a saved tile source has no id"), where, {}};
    }
    const std::optional<TileSourceSpec::Kind> kind = kindFromName(map.value(QStringLiteral("kind")).toString());
    if (!kind) {
        return Error{QCoreApplication::translate("tw::TileSourceStore", "unknown tile source kind \"%1\"")
                         .arg(map.value(QStringLiteral("kind")).toString()),
                     where, source.id};
    }
    source.kind = *kind;
    source.name = map.value(QStringLiteral("name"), source.id).toString();
    source.urlTemplate = map.value(QStringLiteral("url")).toString();
    source.subdomains = map.value(QStringLiteral("subdomains")).toStringList();
    const QVariantMap headers = map.value(QStringLiteral("headers")).toMap();
    for (auto it = headers.cbegin(); it != headers.cend(); ++it) {
        source.headers.insert(it.key().toLatin1(), it.value().toString().toLatin1());
    }
    source.key = map.value(QStringLiteral("key")).toString();
    source.path = map.value(QStringLiteral("path")).toString();
    source.datum = datumFromName(map.value(QStringLiteral("datum"), QStringLiteral("wgs84")).toString()).valueOr(Datum::Wgs84);
    source.minZoom = std::clamp(map.value(QStringLiteral("minZoom"), 0).toInt(), 0, 22);
    source.maxZoom = std::clamp(map.value(QStringLiteral("maxZoom"), 19).toInt(), source.minZoom, 22);
    source.opacity = std::clamp(map.value(QStringLiteral("opacity"), 1.0).toDouble(), 0.0, 1.0);
    source.visible = map.value(QStringLiteral("visible"), true).toBool();
    source.overlay = map.value(QStringLiteral("overlay"), false).toBool();
    source.attribution = map.value(QStringLiteral("attribution")).toString();
    if (source.isRemote() && source.urlTemplate.isEmpty()) {
        return Error{QCoreApplication::translate("tw::TileSourceStore", "the online source has no URL template"), where, source.id};
    }
    return source;
}

void TileSourceStore::save(QSettings &settings, const QList<TileSourceSpec> &sources)
{
    QVariantList list;
    for (const TileSourceSpec &source : sources) {
        list << toVariant(source);
    }
    settings.setValue(kKey, list);
}

std::optional<QList<TileSourceSpec>> TileSourceStore::load(const QSettings &settings)
{
    if (!settings.contains(kKey)) {
        return std::nullopt;
    }
    QList<TileSourceSpec> sources;
    const QVariantList list = settings.value(kKey).toList();
    for (const QVariant &entry : list) {
        Result<TileSourceSpec> source = fromVariant(entry.toMap());
        if (!source) {
            qCWarning(lcMaps) << "skipping a saved tile source:" << source.errorString();
            continue;
        }
        if (source->id == QLatin1String("basemap") && source->kind == TileSourceSpec::Kind::MbTiles) {
            // The install may have moved since it was saved.
            const QString path = bundledBasemapPath();
            if (!path.isEmpty()) {
                source->path = path;
            }
        }
        sources << *source;
    }
    return sources;
}

} // namespace tw
