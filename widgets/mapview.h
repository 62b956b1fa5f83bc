#pragma once

#include "entityschema.h"
#include "geo.h"
#include "mapcamera.h"
#include "maprenderer.h"
#include "overlayscene.h"
#include "record.h"
#include "tiledownloaddialog.h"

#include <QFutureWatcher>
#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QLineEdit;
class QMenu;
class QSettings;
class QVariantAnimation;

class QMimeData;

namespace tw {

class MapDrawPanel;
class MapDrawTool;
class MapLayerPanel;
class MapLegend;
class OverlayRenderer;
class TileManager;

/// A place found by the search box's name lookup.
struct MapSearchHit {
    ResourceKind kind = ResourceKind::Incidents;
    QString id;
    QString label;
    LonLat position;
};

/// The map widget: shows the engine's tiles and overlay image and turns mouse and keys into camera
/// moves, selection and context actions. Overlays render on a worker (latest job wins); tiles are
/// drawn from the RAM cache in paintEvent.
class MapView : public QWidget {
    Q_OBJECT
public:
    using NameSearch = std::function<QList<MapSearchHit>(const QString &text)>;

    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    /// Replaces the records shown for one kind (a snapshot; built into a layer off the GUI thread).
    void setLayerRecords(ResourceKind kind, const QList<Record> &records);
    void setLayerVisible(ResourceKind kind, bool visible);
    void setLayerOpacity(ResourceKind kind, double opacity);
    bool isLayerVisible(ResourceKind kind) const;
    double layerOpacity(ResourceKind kind) const;
    /// Kinds with a layer, bottom first.
    QList<ResourceKind> layerKinds() const;

    /// Animated move to `target` at `zoom`; `flyFinished` when it arrives.
    void flyTo(LonLat target, double zoom);
    /// Immediate move.
    void setView(LonLat center, double zoom);
    const MapCamera &camera() const { return m_camera; }
    TileManager *tileManager() const { return m_tiles; }

    /// Fixed drawings under everything else (the demo city outline); not editable.
    void setDrawings(const QList<MapDrawing> &drawings);
    /// The drawings users made (the drawing tool selects and edits these).
    void setUserDrawings(const QList<MapDrawing> &drawings);
    /// Incident area polygons, between the fixed drawings and the user drawings.
    void setIncidentAreas(const QList<MapDrawing> &areas);
    /// Every drawing shown, bottom first: fixed, incident areas, user drawings.
    QList<MapDrawing> drawings() const { return m_scene.drawings; }
    /// Sketching, picking and editing drawings; see MapDrawTool.
    MapDrawTool *drawTool() const { return m_drawTool; }
    MapDrawPanel *drawPanel() const { return m_drawPanel; }
    /// The map of the window `widget` is in (or of the widget's top-level parent), if any: how
    /// panels and dialogs find the map to draw or pick on.
    static MapView *findFor(QWidget *widget);
    void setSelectedIds(const QSet<QString> &ids);
    QSet<QString> selectedIds() const { return m_scene.selectedIds; }
    /// Starts measuring at `from`: each click adds a point; Esc ends.
    void startMeasure(LonLat from);
    void clearMeasure();
    QList<LonLat> measurement() const { return m_scene.measurement; }

    /// The readout shows GCJ-02 instead of WGS-84 when on (for comparing with Amap and friends).
    void setReadoutGcj02(bool on);
    bool readoutGcj02() const { return m_readoutGcj02; }
    /// "120.15500, 30.27400" (WGS-84) or its GCJ-02 form, as the readout and copy show it.
    QString coordinateText(LonLat point) const;

    /// Name lookup for the search box (the console wires it to the store's full-text search).
    void setNameSearch(NameSearch search) { m_nameSearch = std::move(search); }
    /// Coordinates (decimal or DMS) or a name: flies to the hit; false when nothing was found.
    bool search(const QString &text);
    QLineEdit *searchBox() const { return m_searchBox; }
    MapLayerPanel *layerPanel() const { return m_layerPanel; }

    /// The current view with overlays at `scale` times the screen resolution (2-4 for print).
    QImage exportImage(double scale = 1.0);
    bool exportPng(const QString &path, double scale = 1.0);

    /// Shows a raster MBTiles file (`--basemap FILE`) over the bundled world basemap for this run
    /// (not saved). Error, and nothing changed, for a missing file, a file that is not SQLite, one
    /// without the MBTiles tables, or a vector pack. Moves the view to the pack's centre.
    Status setBasemapFile(const QString &path);
    /// Applies the tile source stack saved under "map/sources"; false when nothing was saved.
    /// The constructor calls it with the default QSettings.
    bool restoreSources(const QSettings &settings);
    void saveSources(QSettings &settings) const;

    /// "Download this area for offline use" for the current view (non-modal; one at a time).
    void showDownloadDialog();
    TileDownloadDialog *downloadDialog() const { return m_downloadDialog; }
    /// The sources settings; applies and saves them to QSettings when accepted.
    void showSourcesDialog();
    /// Menu actions for the two dialogs, for the console's menus.
    QAction *downloadAction() const { return m_downloadAction; }
    QAction *sourcesAction() const { return m_sourcesAction; }
    /// The next left-button drag draws a box and emits `areaSelected` instead of panning; Esc
    /// emits `areaSelectionCancelled`.
    void requestAreaSelection();
    bool isSelectingArea() const { return m_selectingArea; }

    /// What is drawn at a widget position (topmost first), from the last overlay frame.
    std::optional<MapHit> hitAt(QPointF position) const;
    /// The drag payload for a single camera marker at `position` (the camera list's format, so
    /// the video wall accepts it), or nullptr when no camera is there. The caller owns it.
    QMimeData *cameraDragData(QPointF position) const;
    bool isOverlayCurrent() const;

Q_SIGNALS:
    /// A click on a record: open its detail panel.
    void recordActivated(tw::ResourceKind kind, const QString &id);
    /// Rubber-band selection (Shift + drag): every record inside, as kind/id pairs.
    void recordsSelected(const QList<QPair<tw::ResourceKind, QString>> &records);
    void newIncidentRequested(tw::LonLat position);
    void nearestResourcesRequested(tw::LonLat position);
    void measureChanged(double meters);
    void coordinatesCopied(const QString &text);
    void cameraChanged();
    void flyFinished();
    /// A new overlay image is on screen (tests wait for it).
    void overlayUpdated();
    void layersChanged();
    /// The box dragged after requestAreaSelection(), in WGS-84.
    void areaSelected(const tw::BoundingBox &area);
    void areaSelectionCancelled();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void cameraMoved();
    void scheduleOverlay();
    void startOverlayJob();
    void overlayJobDone();
    void paintOverlay(QPainter &painter);
    void paintDecorations(QPainter &painter);
    void clickAt(QPointF position, Qt::KeyboardModifiers modifiers);
    void finishRubberBand(const QRectF &rect);
    void showContextMenu(QPoint position);
    void updateHover(QPointF position);
    void layoutChildren();
    void finishAreaSelection(const QRectF &rect);
    void composeDrawings();
    void addDrawingActions(QMenu *menu, QPoint position);

    MapCamera m_camera;
    TileManager *m_tiles;
    MapRenderer m_renderer;
    std::shared_ptr<OverlayRenderer> m_overlayRenderer;
    OverlayScene m_scene;
    QHash<int, MapLayerPtr> m_layers; // by ResourceKind
    QHash<int, quint64> m_layerGeneration;
    OverlayFrame m_overlay;
    QFutureWatcher<OverlayFrame> m_overlayWatcher;
    bool m_overlayDirty = false;
    quint64 m_overlaySerial = 0;
    QVariantAnimation *m_flight = nullptr;
    bool m_interacting = false;

    QPointF m_pressPosition;
    QPointF m_lastMouse;
    bool m_dragging = false;
    QString m_pressCameraId; ///< a drag that starts on a camera carries it to the video wall
    bool m_rubberBand = false;
    QRectF m_rubberRect;
    bool m_measuring = false;
    LonLat m_mouseLonLat;
    bool m_mouseInside = false;
    bool m_readoutGcj02 = false;

    NameSearch m_nameSearch;
    QLineEdit *m_searchBox;
    MapLayerPanel *m_layerPanel;
    MapLegend *m_legend;
    bool m_selectingArea = false;
    QPointer<TileDownloadDialog> m_downloadDialog;
    QAction *m_downloadAction;
    QAction *m_sourcesAction;

    QList<MapDrawing> m_fixedDrawings;
    QList<MapDrawing> m_areaDrawings;
    MapDrawTool *m_drawTool;
    MapDrawPanel *m_drawPanel;
    bool m_toolOwnsMouse = false; ///< the press went to the drawing tool: so do the move and release
    bool m_afterDoubleClick = false; ///< the release that ends a double click is not a click
};

} // namespace tw
