#pragma once

#include <QFrame>

class QToolButton;
class QWidget;

namespace tw {

class MapView;

/// The map's layer list: a checkbox (visibility) and a slider (opacity) per tile source and per
/// resource layer. Floats over the map's top right corner, folded to its title until opened.
class MapLayerPanel : public QFrame {
    Q_OBJECT
public:
    MapLayerPanel(MapView *view, QWidget *parent = nullptr);
    QSize sizeHint() const override;
    void setExpanded(bool expanded);
    bool isExpanded() const;

private:
    void rebuild();

    MapView *m_view;
    QToolButton *m_toggle;
    QWidget *m_body;
};

} // namespace tw
