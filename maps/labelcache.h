#pragma once

#include <QCache>
#include <QFont>
#include <QImage>
#include <QString>

namespace tw {

/// Map labels (the text, elided to a width, on a translucent white box) rendered once and reused
/// while the label stays on screen: shaping and drawing text is the dearest part of a frame that
/// shows labels. Bounded (least recently used out). One per OverlayRenderer, not thread-safe.
class LabelCache {
public:
    static constexpr int kMaxTextWidth = 180;

    explicit LabelCache(qreal devicePixelRatio = 1.0);

    /// The label box of `text`; its device-independent size is the box's.
    QImage label(const QString &text);
    int count() const { return int(m_images.count()); }

private:
    QFont m_font;
    qreal m_dpr;
    QCache<QString, QImage> m_images;
};

} // namespace tw
