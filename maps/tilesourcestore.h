#pragma once

#include "tilesource.h"

#include <QList>
#include <QVariant>

class QSettings;

namespace tw {

/// Saves and restores the stack of tile sources (bottom first) under "map/sources" in QSettings,
/// every field of TileSourceSpec included, so the map comes back as the user left it.
class TileSourceStore {
public:
    static inline const QString kKey = QStringLiteral("map/sources");

    static QVariantMap toVariant(const TileSourceSpec &source);
    static Result<TileSourceSpec> fromVariant(const QVariantMap &map);

    static void save(QSettings &settings, const QList<TileSourceSpec> &sources);
    /// The saved stack; nullopt when nothing was ever saved (the caller keeps its default). Entries
    /// that cannot be read are skipped with a warning. The bundled basemap's path is looked up anew.
    static std::optional<QList<TileSourceSpec>> load(const QSettings &settings);
};

} // namespace tw
