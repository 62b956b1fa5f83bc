#pragma once

#include <QWidget>

#include <memory>

namespace tw {

class SpriteCache;

/// The map's key: the markers and colours of every layer with what they mean. Click to fold.
class MapLegend : public QWidget {
    Q_OBJECT
public:
    explicit MapLegend(QWidget *parent = nullptr);
    ~MapLegend() override;
    QSize sizeHint() const override;
    bool isFolded() const { return m_folded; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    struct Entry;
    QList<Entry> entries() const;

    std::unique_ptr<SpriteCache> m_sprites;
    bool m_folded = false;
};

} // namespace tw
