#include "mapdrawtool.h"

#include "geo.h"
#include "mapdrawpanel.h"
#include "mapview.h"

#include <QAction>
#include <QActionGroup>
#include <QLineF>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace tw {

namespace {

constexpr double kDragThresholdPx = 3;

// A small picture of each tool for the toolbar (the console ships no icon theme).
QIcon toolIcon(MapDrawTool::Mode mode)
{
    QPixmap pixmap(40, 40);
    pixmap.setDevicePixelRatio(2.0);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor ink(0x15, 0x65, 0xc0);
    painter.setPen(QPen(ink, 1.8));
    QColor fill = ink;
    fill.setAlpha(70);
    switch (mode) {
    case MapDrawTool::Mode::Point:
        painter.setBrush(ink);
        painter.drawEllipse(QPointF(10, 10), 3.5, 3.5);
        break;
    case MapDrawTool::Mode::Line:
        painter.drawPolyline(QPolygonF({QPointF(3, 16), QPointF(8, 6), QPointF(13, 12), QPointF(17, 4)}));
        break;
    case MapDrawTool::Mode::Polygon:
    case MapDrawTool::Mode::IncidentArea:
        painter.setBrush(fill);
        painter.drawPolygon(QPolygonF({QPointF(3, 14), QPointF(6, 4), QPointF(16, 3), QPointF(17, 15), QPointF(9, 17)}));
        break;
    case MapDrawTool::Mode::Circle:
        painter.setBrush(fill);
        painter.drawEllipse(QPointF(10, 10), 7, 7);
        break;
    case MapDrawTool::Mode::Measure:
        painter.drawLine(QPointF(3, 14), QPointF(17, 6));
        for (int i = 0; i <= 4; ++i) {
            const QPointF at = QPointF(3, 14) + (QPointF(17, 6) - QPointF(3, 14)) * (i / 4.0);
            painter.drawLine(at, at + QPointF(1.2, 2.1));
        }
        break;
    case MapDrawTool::Mode::Select:
    case MapDrawTool::Mode::PickPoint:
        break;
    }
    return QIcon(pixmap);
}

} // namespace

MapDrawTool::MapDrawTool(MapView *view) : QObject(view), m_view(view), m_group(new QActionGroup(this))
{
    m_group->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    static const char *const names[] = {"drawPoint", "drawLine", "drawPolygon", "drawCircle", "measure"};
    int index = 0;
    for (Mode mode : {Mode::Point, Mode::Line, Mode::Polygon, Mode::Circle, Mode::Measure}) {
        auto *action = new QAction(toolIcon(mode), QString(), this);
        action->setObjectName(QLatin1String(names[index++]));
        action->setCheckable(true);
        m_group->addAction(action);
        m_actions.insert(int(mode), action);
        connect(action, &QAction::triggered, this, [this, mode](bool checked) {
            if (checked) {
                start(mode);
            } else {
                cancel();
            }
        });
    }
    retranslate();
}

QList<QAction *> MapDrawTool::actions() const
{
    return {action(Mode::Point), action(Mode::Line), action(Mode::Polygon), action(Mode::Circle), action(Mode::Measure)};
}

void MapDrawTool::retranslate()
{
    action(Mode::Point)->setText(tr("Draw a point"));
    action(Mode::Line)->setText(tr("Draw a line"));
    action(Mode::Polygon)->setText(tr("Draw a polygon"));
    action(Mode::Circle)->setText(tr("Draw a circle"));
    action(Mode::Measure)->setText(tr("Measure a distance"));
}

QString MapDrawTool::hint() const
{
    switch (m_mode) {
    case Mode::Select:
        return m_selectedId.isEmpty() ? QString()
                                      : tr("Drag the drawing or its handles to change it; Delete removes it");
    case Mode::Point:
        return tr("Click to place the point; Esc cancels");
    case Mode::Line:
        return tr("Click to add points; double-click or Enter to finish, Esc to cancel");
    case Mode::Polygon:
        return tr("Click to add corners; double-click, Enter or the first corner to finish, Esc to cancel");
    case Mode::Circle:
        return m_sketch.isEmpty() ? tr("Click the centre of the circle; Esc cancels")
                                  : tr("Click the edge of the circle; Esc cancels");
    case Mode::Measure:
        return tr("Click where the measurement starts; Esc cancels");
    case Mode::IncidentArea:
        return tr("Area of %1: click to add corners; double-click or Enter to finish, Esc to cancel").arg(m_incidentTitle);
    case Mode::PickPoint:
        return tr("Click the place on the map; Esc cancels");
    }
    return {};
}

void MapDrawTool::setMode(Mode mode)
{
    const Mode was = m_mode;
    m_mode = mode;
    m_sketch.clear();
    m_hover.reset();
    if (mode != Mode::IncidentArea) {
        m_incidentId.clear();
    }
    if (mode != Mode::Select) {
        select({});
        m_view->setCursor(Qt::CrossCursor);
    } else {
        m_view->unsetCursor();
    }
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        it.value()->setChecked(it.key() == int(mode));
    }
    Q_EMIT modeChanged(mode);
    if (was == Mode::PickPoint && mode != Mode::PickPoint && !m_pickDone) {
        Q_EMIT pointPickCancelled(); // Esc, or another tool took over
    }
    m_view->update();
}

void MapDrawTool::setEditable(bool editable)
{
    if (!editable) {
        cancel();
        select({});
    }
    m_editable = editable;
    m_group->setEnabled(editable);
}

void MapDrawTool::start(Mode mode)
{
    if (!m_editable) {
        return;
    }
    setMode(mode);
    m_view->setFocus(Qt::OtherFocusReason);
}

void MapDrawTool::startIncidentArea(const QString &incidentId, const QString &title)
{
    if (!m_editable) {
        return;
    }
    setMode(Mode::IncidentArea);
    m_incidentId = incidentId;
    m_incidentTitle = title;
    m_view->setFocus(Qt::OtherFocusReason);
}

void MapDrawTool::startPointPick()
{
    if (!m_editable) {
        Q_EMIT pointPickCancelled();
        return;
    }
    start(Mode::PickPoint);
}

void MapDrawTool::cancel()
{
    setMode(Mode::Select);
}

void MapDrawTool::setColor(const QColor &color)
{
    m_color = color;
    m_view->update();
}

void MapDrawTool::setMarker(std::optional<LonLat> point)
{
    m_marker = point;
    m_view->update();
}

void MapDrawTool::setDrawings(const QList<MapDrawing> &drawings)
{
    m_drawings = drawings;
    m_live.reset();
    m_drag = Drag::None;
    if (!m_selectedId.isEmpty() && !findDrawing(m_selectedId)) {
        m_selectedId.clear();
        Q_EMIT selectionChanged({});
    }
    Q_EMIT sceneChanged();
    m_view->update();
}

QList<MapDrawing> MapDrawTool::currentDrawings() const
{
    QList<MapDrawing> drawings = m_drawings;
    if (m_live) {
        for (MapDrawing &d : drawings) {
            if (d.id == m_live->id) {
                d = *m_live;
            }
        }
    }
    return drawings;
}

const MapDrawing *MapDrawTool::findDrawing(const QString &id) const
{
    for (const MapDrawing &d : m_drawings) {
        if (d.id == id) {
            return &d;
        }
    }
    return nullptr;
}

std::optional<MapDrawing> MapDrawTool::selectedDrawing() const
{
    if (m_live) {
        return m_live;
    }
    if (const MapDrawing *d = findDrawing(m_selectedId)) {
        return *d;
    }
    return std::nullopt;
}

void MapDrawTool::select(const QString &id)
{
    const QString next = m_editable && findDrawing(id) ? id : QString();
    if (next == m_selectedId) {
        return;
    }
    m_selectedId = next;
    m_live.reset();
    m_drag = Drag::None;
    Q_EMIT selectionChanged(m_selectedId);
    Q_EMIT sceneChanged();
    m_view->update();
}

QString MapDrawTool::drawingAt(QPointF position) const
{
    for (qsizetype i = m_drawings.size() - 1; i >= 0; --i) {
        if (drawingContains(m_drawings[i], m_view->camera(), position, kHitTolerancePx)) {
            return m_drawings[i].id;
        }
    }
    return {};
}

void MapDrawTool::editSelected(const QString &label, const QColor &color)
{
    std::optional<MapDrawing> drawing = selectedDrawing();
    if (!drawing || (drawing->label == label && drawing->color == color)) {
        return;
    }
    drawing->label = label;
    drawing->color = color;
    Q_EMIT drawingEdited(*drawing);
}

void MapDrawTool::deleteSelected()
{
    if (!m_selectedId.isEmpty()) {
        Q_EMIT drawingDeleteRequested(m_selectedId);
    }
}

// ---- editing the selected drawing --------------------------------------------------------------

std::optional<DrawHandle> MapDrawTool::handleAt(QPointF position) const
{
    const std::optional<MapDrawing> drawing = selectedDrawing();
    if (!drawing) {
        return std::nullopt;
    }
    for (const DrawHandle &handle : drawingHandles(*drawing, m_view->camera())) {
        if (QLineF(handle.at, position).length() <= kHandleRadiusPx) {
            return handle;
        }
    }
    return std::nullopt;
}

bool MapDrawTool::press(QMouseEvent *event)
{
    if (isSketching() || m_selectedId.isEmpty()) {
        return false;
    }
    const QPointF position = event->position();
    const std::optional<MapDrawing> drawing = selectedDrawing();
    if (const std::optional<DrawHandle> handle = handleAt(position)) {
        m_drag = Drag::Handle;
        m_handle = *handle;
    } else if (drawing && drawingContains(*drawing, m_view->camera(), position, kHitTolerancePx) && !m_view->hitAt(position)) {
        // A marker over the drawing keeps its click.
        m_drag = Drag::Body;
    } else {
        return false;
    }
    m_pressPosition = position;
    m_dragMoved = false;
    m_dragStart = *drawing;
    return true;
}

void MapDrawTool::applyDrag(QPointF position)
{
    const MapCamera &camera = m_view->camera();
    MapDrawing live = m_dragStart;
    if (m_drag == Drag::Body) {
        const QPointF delta = position - m_pressPosition;
        for (LonLat &p : live.points) {
            p = camera.toLonLat(camera.toScreen(p) + delta);
        }
    } else if (m_handle.kind == DrawHandle::Kind::Vertex && m_handle.index < live.points.size()) {
        live.points[m_handle.index] = camera.toLonLat(position);
    } else if (m_handle.kind == DrawHandle::Kind::Midpoint) {
        live.points.insert(m_handle.index + 1, camera.toLonLat(position));
    } else if (m_handle.kind == DrawHandle::Kind::Radius && !live.points.isEmpty()) {
        live.radiusMeters = distanceMeters(live.points.first(), camera.toLonLat(position));
    }
    m_live = live;
    m_view->update();
}

void MapDrawTool::move(QMouseEvent *event)
{
    if (m_drag == Drag::None) {
        return;
    }
    const QPointF position = event->position();
    if (!m_dragMoved && (position - m_pressPosition).manhattanLength() <= kDragThresholdPx) {
        return;
    }
    m_dragMoved = true;
    applyDrag(position);
}

void MapDrawTool::release(QMouseEvent *event)
{
    if (m_drag == Drag::None) {
        return;
    }
    if (m_dragMoved) {
        applyDrag(event->position());
        const MapDrawing edited = *m_live;
        m_drag = Drag::None;
        Q_EMIT drawingEdited(edited);
        // The owner set the drawings back (saved or refused); without one the change is dropped.
        m_live.reset();
        m_view->update();
    }
    m_drag = Drag::None;
}

// ---- painting ----------------------------------------------------------------------------------

void MapDrawTool::paint(QPainter &painter) const
{
    const MapCamera &camera = m_view->camera();
    if (const std::optional<MapDrawing> selected = selectedDrawing()) {
        paintDrawing(painter, *selected, camera);
        paintHandles(painter, drawingHandles(*selected, camera));
    }
    if (isSketching() && !m_sketch.isEmpty()) {
        MapDrawing sketch = sketchDrawing();
        if (m_hover && sketch.shape != MapDrawing::Shape::Circle) {
            sketch.points << camera.toLonLat(*m_hover); // the rubber band to the pointer
        }
        paintDrawing(painter, sketch, camera);
        QList<DrawHandle> corners;
        for (qsizetype i = 0; i < m_sketch.size(); ++i) {
            corners.append({DrawHandle::Kind::Vertex, int(i), camera.toScreen(m_sketch[i])});
        }
        paintHandles(painter, corners);
    }
    if (m_marker) {
        const QPointF at = camera.toScreen(*m_marker);
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        QPainterPath pin;
        pin.moveTo(at);
        pin.cubicTo(at + QPointF(-9, -12), at + QPointF(-9, -24), at + QPointF(0, -24));
        pin.cubicTo(at + QPointF(9, -24), at + QPointF(9, -12), at);
        painter.setPen(QPen(Qt::white, 2));
        painter.setBrush(QColor(0xe5, 0x39, 0x35));
        painter.drawPath(pin);
        painter.setBrush(Qt::white);
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(at + QPointF(0, -16), 3, 3);
        painter.restore();
    }
    const QString text = hint();
    if (!text.isEmpty()) {
        painter.save();
        QFont font = painter.font();
        font.setPixelSize(13);
        painter.setFont(font);
        const QFontMetricsF metrics(font);
        // Under the drawing toolbar, where the eye is after choosing a tool; clear of the layer list.
        const double width = std::min(metrics.horizontalAdvance(text) + 24, double(m_view->width() - 180));
        const QRectF box(10, m_view->drawPanel()->geometry().bottom() + 6, width, 26);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x10, 0x10, 0x10, 190));
        painter.drawRoundedRect(box, 6, 6);
        painter.setPen(Qt::white);
        painter.drawText(box, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, width - 12));
        painter.restore();
    }
}

} // namespace tw
