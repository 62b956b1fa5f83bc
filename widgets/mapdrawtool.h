#pragma once

#include "mapdrawgeometry.h"
#include "overlayscene.h"

#include <QColor>
#include <QHash>
#include <QObject>

#include <optional>

class QAction;
class QActionGroup;
class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace tw {

class MapView;

/// The map's drawing tools: sketching a point, line, polygon or circle, an incident's area, or
/// picking one point for a form; and, with nothing to sketch, selecting one of the user drawings
/// to move it, drag its vertices or radius, relabel, recolour or delete it.
///
/// The tool owns no data: it says what the user did (drawingFinished, drawingEdited, ...) and the
/// owner of the drawings (MapDrawController) applies the mutation and sets them back. The drawing
/// being edited is painted by the tool over the overlay, so dragging never waits for a render job.
class MapDrawTool : public QObject {
    Q_OBJECT
public:
    enum class Mode { Select, Point, Line, Polygon, Circle, Measure, IncidentArea, PickPoint };
    Q_ENUM(Mode)
    /// How near (screen pixels) the pointer must be to a drawing's outline, and to a handle.
    static constexpr double kHitTolerancePx = 6;
    static constexpr double kHandleRadiusPx = 8;

    explicit MapDrawTool(MapView *view);

    Mode mode() const { return m_mode; }
    /// Starts sketching a new shape (Point … Circle), or measuring from the next click.
    void start(Mode mode);
    /// Starts sketching the area polygon of an incident; `title` names it in the hint.
    void startIncidentArea(const QString &incidentId, const QString &title);
    QString incidentAreaId() const { return m_incidentId; }
    /// The next click on the map emits pointPicked (and pins the point); Esc or another tool
    /// emits pointPickCancelled.
    void startPointPick();
    /// Drops a sketch in progress and goes back to selecting.
    void cancel();
    /// Ends the sketch (as Enter does); false while it has too few points.
    bool finish();
    bool isSketching() const { return m_mode != Mode::Select; }
    QList<LonLat> sketchPoints() const { return m_sketch; }

    /// The user drawings that can be selected and edited (the controller sets them from the store).
    void setDrawings(const QList<MapDrawing> &drawings);
    /// The drawings as they look now (the one being dragged with its current geometry).
    QList<MapDrawing> currentDrawings() const;
    /// The drawing the tool paints itself (the selected one); the overlay leaves it out.
    QString liveDrawingId() const { return m_selectedId; }

    QString selectedId() const { return m_selectedId; }
    std::optional<MapDrawing> selectedDrawing() const;
    void select(const QString &id);
    /// The topmost user drawing at a screen position, or an empty id.
    QString drawingAt(QPointF position) const;
    /// Applies a change to the selected drawing's label or colour (emits drawingEdited).
    void editSelected(const QString &label, const QColor &color);
    void deleteSelected();

    /// Off (replay shows the past): no sketching, picking or selecting, the tool actions disabled;
    /// a sketch in progress is dropped. The drawings stay on the map.
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    /// The colour of the next shape.
    QColor color() const { return m_color; }
    void setColor(const QColor &color);

    /// A pin the tool draws (the point picked for a form); nullopt removes it.
    void setMarker(std::optional<LonLat> point);
    std::optional<LonLat> marker() const { return m_marker; }

    /// The checkable tool actions (Point, Line, Polygon, Circle, Measure) for toolbars and menus.
    QAction *action(Mode mode) const { return m_actions.value(int(mode)); }
    QList<QAction *> actions() const;
    void retranslate();
    /// The line shown over the map while sketching, empty when there is nothing to say.
    QString hint() const;

    // Input forwarded by the map view; true when the tool used the event.
    bool press(QMouseEvent *event);
    void move(QMouseEvent *event);
    void release(QMouseEvent *event);
    /// A click without a drag (press and release at one place).
    bool click(QPointF position);
    bool doubleClick(QMouseEvent *event);
    bool key(QKeyEvent *event);
    /// The pointer moved with no button down (rubber band of the sketch).
    void hover(QPointF position);
    void paint(QPainter &painter) const;

Q_SIGNALS:
    /// A new shape was finished (its id is empty).
    void drawingFinished(const tw::MapDrawing &drawing);
    /// A drawing was moved, reshaped, relabelled or recoloured: its new state.
    void drawingEdited(const tw::MapDrawing &drawing);
    void drawingDeleteRequested(const QString &id);
    void selectionChanged(const QString &id);
    /// The area of an incident was drawn (an open ring of at least three corners).
    void incidentAreaFinished(const QString &incidentId, const QList<tw::LonLat> &ring);
    void pointPicked(tw::LonLat point);
    void pointPickCancelled();
    void modeChanged(tw::MapDrawTool::Mode mode);
    /// The user asked to type the selected drawing's label (double click on it).
    void labelEditRequested();
    /// What the overlay must draw changed (selection, drawings).
    void sceneChanged();

private:
    enum class Drag { None, Body, Handle };
    void setMode(Mode mode);
    void addSketchPoint(LonLat point);
    MapDrawing sketchDrawing() const;
    MapDrawing *liveDrawing();
    const MapDrawing *findDrawing(const QString &id) const;
    std::optional<DrawHandle> handleAt(QPointF position) const;
    void applyDrag(QPointF position);

    MapView *m_view;
    Mode m_mode = Mode::Select;
    QHash<int, QAction *> m_actions;
    QActionGroup *m_group;
    QList<MapDrawing> m_drawings;
    QString m_selectedId;
    std::optional<MapDrawing> m_live; ///< the selected drawing while it is dragged
    QList<LonLat> m_sketch;
    std::optional<QPointF> m_hover;
    QString m_incidentId;
    QString m_incidentTitle;
    QColor m_color{0x15, 0x65, 0xc0};
    std::optional<LonLat> m_marker;
    bool m_editable = true;
    bool m_pickDone = false; ///< leaving PickPoint because a point was picked, not cancelled

    Drag m_drag = Drag::None;
    DrawHandle m_handle;
    QPointF m_pressPosition;
    bool m_dragMoved = false;
    MapDrawing m_dragStart;
};

} // namespace tw
