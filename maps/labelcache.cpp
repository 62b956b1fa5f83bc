#include "labelcache.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace tw {

namespace {

constexpr int kMaxLabels = 1024;

} // namespace

LabelCache::LabelCache(qreal devicePixelRatio) : m_dpr(devicePixelRatio), m_images(kMaxLabels)
{
    m_font.setPixelSize(12);
}

QImage LabelCache::label(const QString &text)
{
    if (const QImage *cached = m_images.object(text)) {
        return *cached;
    }
    const QFontMetricsF metrics(m_font);
    const QString shown = metrics.elidedText(text, Qt::ElideRight, kMaxTextWidth);
    const QSizeF box(metrics.horizontalAdvance(shown) + 6, metrics.height() + 2);
    auto *image = new QImage(QSize(int(std::ceil(box.width() * m_dpr)), int(std::ceil(box.height() * m_dpr))),
                             QImage::Format_ARGB32_Premultiplied);
    image->setDevicePixelRatio(m_dpr);
    image->fill(Qt::transparent);
    {
        QPainter painter(image);
        painter.setFont(m_font);
        const QRectF rect(QPointF(0, 0), box);
        painter.fillRect(rect, QColor(255, 255, 255, 200));
        painter.setPen(QColor(0x20, 0x20, 0x20));
        painter.drawText(rect, Qt::AlignCenter, shown);
    }
    const QImage result = *image;
    m_images.insert(text, image);
    return result;
}

} // namespace tw
