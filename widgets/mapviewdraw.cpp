// MapView: user drawings, incident areas and the drawing entries of the context menu.
#include "mapview.h"

#include "mapdrawpanel.h"
#include "mapdrawtool.h"

#include <QAction>
#include <QMenu>

namespace tw {

MapView *MapView::findFor(QWidget *widget)
{
    QWidget *top = widget;
    while (top && top->parentWidget()) {
        top = top->parentWidget(); // past floating docks and dialogs, to the console window
    }
    if (!top) {
        return nullptr;
    }
    if (auto *map = qobject_cast<MapView *>(top)) {
        return map;
    }
    return top->findChild<MapView *>();
}

void MapView::setUserDrawings(const QList<MapDrawing> &drawings)
{
    m_drawTool->setDrawings(drawings); // composes and schedules through sceneChanged
}

void MapView::setIncidentAreas(const QList<MapDrawing> &areas)
{
    m_areaDrawings = areas;
    composeDrawings();
    scheduleOverlay();
}

void MapView::composeDrawings()
{
    m_scene.drawings = m_fixedDrawings + m_areaDrawings + m_drawTool->currentDrawings();
}

void MapView::addDrawingActions(QMenu *menu, QPoint position)
{
    if (m_drawTool->isSketching()) {
        menu->addAction(tr("Finish the drawing"), m_drawTool, &MapDrawTool::finish);
        menu->addAction(tr("Cancel the drawing"), m_drawTool, &MapDrawTool::cancel);
        return;
    }
    if (!m_drawTool->isEditable()) {
        return; // replay: nothing to draw or change
    }
    menu->addSeparator();
    const std::optional<MapHit> hit = hitAt(position);
    if (hit && !hit->isCluster() && hit->kind == ResourceKind::Incidents) {
        menu->addAction(tr("Draw the area of \"%1\"").arg(hit->label), this, [this, id = hit->id, title = hit->label] {
            m_drawTool->startIncidentArea(id, title);
        });
    }
    if (const QString drawing = hit ? QString() : m_drawTool->drawingAt(position); !drawing.isEmpty()) {
        menu->addAction(tr("Edit the drawing's label"), this, [this, drawing] {
            m_drawTool->select(drawing);
            m_drawPanel->editLabel();
        });
        menu->addAction(tr("Delete the drawing"), this, [this, drawing] {
            m_drawTool->select(drawing);
            m_drawTool->deleteSelected();
        });
    }
    QMenu *draw = menu->addMenu(tr("Draw"));
    draw->addActions(m_drawTool->actions());
}

} // namespace tw
