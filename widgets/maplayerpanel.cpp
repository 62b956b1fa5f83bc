#include "maplayerpanel.h"

#include "mapview.h"
#include "tilemanager.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

namespace tw {

MapLayerPanel::MapLayerPanel(MapView *view, QWidget *parent)
    : QFrame(parent), m_view(view), m_toggle(new QToolButton(this)), m_body(new QWidget(this))
{
    setObjectName(QStringLiteral("mapLayerPanel"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    m_toggle->setText(tr("Layers"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::DownArrow);
    layout->addWidget(m_toggle);
    layout->addWidget(m_body);
    new QGridLayout(m_body);
    m_body->setVisible(false);
    connect(m_toggle, &QToolButton::toggled, this, &MapLayerPanel::setExpanded);
    connect(view, &MapView::layersChanged, this, &MapLayerPanel::rebuild);
    connect(view->tileManager(), &TileManager::sourcesChanged, this, &MapLayerPanel::rebuild);
    rebuild();
}

QSize MapLayerPanel::sizeHint() const
{
    return m_body->isVisible() ? QSize(260, QFrame::sizeHint().height()) : QSize(100, m_toggle->sizeHint().height() + 12);
}

bool MapLayerPanel::isExpanded() const
{
    return m_body->isVisible();
}

void MapLayerPanel::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::UpArrow : Qt::DownArrow);
    m_body->setVisible(expanded);
    adjustSize();
    resize(sizeHint());
    if (parentWidget()) {
        move(parentWidget()->width() - width() - 10, y());
    }
}

void MapLayerPanel::rebuild()
{
    auto *grid = static_cast<QGridLayout *>(m_body->layout());
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int row = 0;
    auto addRow = [&](const QString &name, bool visible, double opacity, auto onVisible, auto onOpacity) {
        auto *check = new QCheckBox(name, m_body);
        check->setChecked(visible);
        auto *slider = new QSlider(Qt::Horizontal, m_body);
        slider->setRange(0, 100);
        slider->setValue(int(opacity * 100));
        slider->setToolTip(tr("Opacity"));
        slider->setMaximumWidth(90);
        connect(check, &QCheckBox::toggled, this, onVisible);
        connect(slider, &QSlider::valueChanged, this, [onOpacity](int value) { onOpacity(value / 100.0); });
        grid->addWidget(check, row, 0);
        grid->addWidget(slider, row, 1);
        ++row;
    };
    grid->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Overlays")), m_body), row++, 0, 1, 2);
    for (ResourceKind kind : m_view->layerKinds()) {
        addRow(kindDef(kind).translatedLabel(), m_view->isLayerVisible(kind), m_view->layerOpacity(kind),
               [this, kind](bool on) { m_view->setLayerVisible(kind, on); },
               [this, kind](double value) { m_view->setLayerOpacity(kind, value); });
    }
    grid->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Base maps")), m_body), row++, 0, 1, 2);
    TileManager *tiles = m_view->tileManager();
    const QList<TileSourceSpec> sources = tiles->sources();
    for (const TileSourceSpec &source : sources) {
        const QString id = source.id;
        addRow(source.name, source.visible, source.opacity,
               [tiles, id](bool on) { QMetaObject::invokeMethod(tiles, [tiles, id, on] { tiles->setSourceVisible(id, on); }, Qt::QueuedConnection); },
               [tiles, id](double value) { QMetaObject::invokeMethod(tiles, [tiles, id, value] { tiles->setSourceOpacity(id, value); }, Qt::QueuedConnection); });
    }
    if (isExpanded()) {
        setExpanded(true);
    }
}

} // namespace tw
