// MapView: tile sources, the basemap file, offline download and area selection.
#include "mapview.h"

#include "basemap.h"
#include "mapsourcesdialog.h"
#include "mbtiles.h"
#include "tiledownloaddialog.h"
#include "tilemanager.h"
#include "tilesourcestore.h"

#include <QAction>
#include <QFileInfo>
#include <QSettings>

namespace tw {

Status MapView::setBasemapFile(const QString &path)
{
    Result<TileSourceSpec> source = mbtilesSource(path);
    if (!source) {
        return source.error();
    }
    QList<TileSourceSpec> sources;
    const TileSourceSpec world = bundledBasemapSource();
    if (!world.path.isEmpty() && QFileInfo(world.path) != QFileInfo(path)) {
        sources << world; // the world around the pack's edges
    }
    sources << *source;
    m_tiles->setSources(sources);
    // Open where the pack has tiles: its "center" metadata (lon,lat,zoom), else its bounds.
    MbTiles file;
    if (file.open(path)) {
        const QMap<QString, QString> metadata = file.metadata();
        const QStringList center = metadata.value(QStringLiteral("center")).split(QLatin1Char(','));
        const QStringList bounds = metadata.value(QStringLiteral("bounds")).split(QLatin1Char(','));
        bool okLon = false;
        bool okLat = false;
        if (center.size() >= 2) {
            const LonLat at{center[0].toDouble(&okLon), center[1].toDouble(&okLat)};
            const double zoom = center.size() >= 3 ? center[2].toDouble() : source->minZoom;
            if (okLon && okLat && at.isValid()) {
                setView(at, std::clamp(zoom, double(source->minZoom), double(source->maxZoom)));
            }
        } else if (bounds.size() == 4) {
            const LonLat at{(bounds[0].toDouble() + bounds[2].toDouble()) / 2, (bounds[1].toDouble() + bounds[3].toDouble()) / 2};
            if (at.isValid()) {
                setView(at, source->minZoom);
            }
        }
    }
    return {};
}

bool MapView::restoreSources(const QSettings &settings)
{
    const std::optional<QList<TileSourceSpec>> sources = TileSourceStore::load(settings);
    if (!sources) {
        return false;
    }
    m_tiles->setSources(*sources);
    return true;
}

void MapView::saveSources(QSettings &settings) const
{
    TileSourceStore::save(settings, m_tiles->sources());
}

void MapView::showSourcesDialog()
{
    auto *dialog = new MapSourcesDialog(m_tiles->sources(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_tiles->setSources(dialog->sources());
        QSettings settings;
        saveSources(settings);
    });
    dialog->open();
}

void MapView::showDownloadDialog()
{
    if (m_downloadDialog) {
        m_downloadDialog->show();
        m_downloadDialog->raise();
        m_downloadDialog->activateWindow();
        return;
    }
    const QRectF view = m_camera.geoBounds();
    const BoundingBox area{std::max(view.left(), -180.0), std::max(view.top(), -85.0), std::min(view.right(), 180.0),
                           std::min(view.bottom(), 85.0)};
    m_downloadDialog = new TileDownloadDialog(m_tiles->sources(), area, m_camera.tileZoom(), this);
    m_downloadDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_downloadDialog, &TileDownloadDialog::areaSelectionRequested, this, [this] {
        m_downloadDialog->hide();
        requestAreaSelection();
    });
    connect(this, &MapView::areaSelected, m_downloadDialog, [this](const BoundingBox &area) {
        m_downloadDialog->setArea(area);
        m_downloadDialog->show();
    });
    connect(this, &MapView::areaSelectionCancelled, m_downloadDialog, &QWidget::show);
    m_downloadDialog->show();
}

void MapView::requestAreaSelection()
{
    m_selectingArea = true;
    setCursor(Qt::CrossCursor);
    setFocus(Qt::OtherFocusReason);
    update();
}

void MapView::finishAreaSelection(const QRectF &rect)
{
    m_selectingArea = false;
    unsetCursor();
    const LonLat northWest = m_camera.toLonLat(rect.topLeft());
    const LonLat southEast = m_camera.toLonLat(rect.bottomRight());
    const BoundingBox area{std::clamp(northWest.lon, -180.0, 180.0), std::clamp(southEast.lat, -85.0, 85.0),
                           std::clamp(southEast.lon, -180.0, 180.0), std::clamp(northWest.lat, -85.0, 85.0)};
    update();
    Q_EMIT areaSelected(area);
}

} // namespace tw
