#include "videotilepainter.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetrics>
#include <QPaintEngine>
#include <QPainter>
#include <QRegion>

namespace tw {

namespace {
constexpr int kBarHeight = 22;
const QColor kBarColor(0, 0, 0, 140);
const QColor kAlarmColor(230, 40, 40);
const QColor kSelectedColor(80, 170, 255);

QFont barFont()
{
    QFont font;
    font.setPixelSize(13);
    return font;
}

// Every tile shows the same clock: render it once per second for the whole wall, not per tile.
const QImage &clockImage(const QString &text, qreal ratio)
{
    static QString cachedText;
    static qreal cachedRatio = 0.0;
    static QImage cached;
    if (text != cachedText || ratio != cachedRatio) {
        const QFontMetrics metrics(barFont());
        const int width = metrics.horizontalAdvance(text) + 12;
        cached = QImage(QSize(width, kBarHeight) * ratio, QImage::Format_ARGB32_Premultiplied);
        cached.setDevicePixelRatio(ratio);
        cached.fill(Qt::transparent);
        QPainter p(&cached);
        p.setFont(barFont());
        p.setPen(Qt::white);
        p.drawText(QRect(0, 0, width - 6, kBarHeight), Qt::AlignVCenter | Qt::AlignRight, text);
        cachedText = text;
        cachedRatio = ratio;
    }
    return cached;
}
}

void VideoTilePainter::setName(const QString &name)
{
    if (name != m_name) {
        m_name = name;
        m_topBarDirty = true;
    }
}

void VideoTilePainter::setStatus(const QString &status, const QString &reason)
{
    if (status != m_status || reason != m_reason) {
        m_status = status;
        m_reason = reason;
        m_statusDirty = true;
    }
}

void VideoTilePainter::setClockText(const QString &text)
{
    m_clock = text;
}

void VideoTilePainter::setRecording(bool recording)
{
    if (recording != m_recording) {
        m_recording = recording;
        m_topBarDirty = true;
    }
}

void VideoTilePainter::setExercise(bool exercise)
{
    if (exercise != m_exercise) {
        m_exercise = exercise;
        m_watermark = QImage();
    }
}

void VideoTilePainter::setAlarm(bool alarm)
{
    m_alarm = alarm;
}

void VideoTilePainter::setSelected(bool selected)
{
    m_selected = selected;
}

void VideoTilePainter::setDevicePixelRatio(qreal ratio)
{
    if (ratio != m_ratio) {
        m_ratio = ratio;
        m_topBarDirty = m_statusDirty = true;
        m_watermark = QImage();
    }
}

bool VideoTilePainter::drawDirect(QPainter &painter, const QRect &rect, const VideoFrame &frame)
{
    // Only where writing the pixels is exactly what drawImage() would do: a raster image as the
    // device (a window's backing store, a QImage), no opacity, blending mode or clip of our own,
    // no rotation, and the whole tile inside the region being painted (a widget's update region
    // leaves out the opaque widgets over it).
    QPaintEngine *engine = painter.paintEngine();
    if (frame.isNull() || !engine || engine->type() != QPaintEngine::Raster || painter.hasClipping()
        || painter.opacity() < 1.0 || painter.compositionMode() != QPainter::CompositionMode_SourceOver) {
        return false;
    }
    QPaintDevice *device = engine->paintDevice();
    if (!device || device->devType() != QInternal::Image) {
        return false;
    }
    const QTransform &transform = painter.deviceTransform();
    if (transform.type() > QTransform::TxScale) {
        return false;
    }
    const QRect target = transform.mapRect(QRectF(rect)).toAlignedRect();
    if (target.size() != frame.size()) {
        return false;
    }
    const QRegion clip = engine->systemClip();
    if (!clip.isEmpty() && !(QRegion(target) - clip).isEmpty()) {
        return false;
    }
    return frame.drawInto(*static_cast<QImage *>(device), target.topLeft());
}

void VideoTilePainter::paint(QPainter &painter, const QRect &rect, const VideoFrame &frame)
{
    // The picture goes straight into the image being painted when it can; otherwise as an image.
    if (drawDirect(painter, rect, frame)) {
        ++m_framesWrittenDirectly;
        paintOverlay(painter, rect);
    } else {
        paint(painter, rect, frame.toImage());
    }
}

void VideoTilePainter::paint(QPainter &painter, const QRect &rect, const QImage &frame)
{
    if (frame.isNull()) {
        painter.fillRect(rect, Qt::black);
    } else if (frame.size() == (rect.size() * m_ratio)) {
        // The pipeline scaled it already: a plain blit.
        if (m_ratio == 1.0) {
            painter.drawImage(rect.topLeft(), frame);
        } else {
            QImage hiDpi = frame; // shares the pixels
            hiDpi.setDevicePixelRatio(m_ratio);
            painter.drawImage(rect.topLeft(), hiDpi);
        }
    } else {
        // Between a resize and the first frame at the new size: scale, keeping the aspect.
        painter.fillRect(rect, Qt::black);
        const QSize fitted = frame.size().scaled(rect.size(), Qt::KeepAspectRatio);
        const QRect target(rect.x() + (rect.width() - fitted.width()) / 2,
                           rect.y() + (rect.height() - fitted.height()) / 2, fitted.width(), fitted.height());
        painter.drawImage(target, frame);
    }
    paintOverlay(painter, rect);
}

void VideoTilePainter::paintOverlay(QPainter &painter, const QRect &rect)
{
    if (m_exercise) {
        if (m_watermark.size() != rect.size() * m_ratio) {
            renderWatermark(rect.size());
        }
        painter.drawImage(rect.topLeft(), m_watermark);
    }
    if (m_topBarDirty || m_topBar.width() != qRound(rect.width() * m_ratio)) {
        renderTopBar(rect.width());
    }
    painter.drawImage(rect.topLeft(), m_topBar);
    if (!m_clock.isEmpty()) {
        const QImage &clock = clockImage(m_clock, m_ratio);
        painter.drawImage(QPoint(rect.right() + 1 - qRound(clock.width() / m_ratio), rect.top()), clock);
    }
    if (!m_status.isEmpty()) {
        if (m_statusDirty || m_statusImage.isNull()
            || m_statusImage.width() > qRound(rect.width() * m_ratio)) {
            renderStatus(rect.size());
        }
        const QSize size = m_statusImage.size() / m_ratio;
        painter.drawImage(QPoint(rect.x() + (rect.width() - size.width()) / 2,
                                 rect.y() + (rect.height() - size.height()) / 2),
                          m_statusImage);
    }
    if (m_alarm || m_selected) {
        painter.save();
        painter.setPen(QPen(m_alarm ? kAlarmColor : kSelectedColor, m_alarm ? 4 : 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect.adjusted(1, 1, -2, -2));
        painter.restore();
    }
}

void VideoTilePainter::renderTopBar(int width)
{
    m_topBar = QImage(QSize(width, kBarHeight) * m_ratio, QImage::Format_ARGB32_Premultiplied);
    m_topBar.setDevicePixelRatio(m_ratio);
    m_topBar.fill(kBarColor);
    QPainter p(&m_topBar);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setFont(barFont());
    p.setPen(Qt::white);
    int left = 6;
    if (m_recording) {
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(kAlarmColor);
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(left + 5, kBarHeight / 2.0), 5, 5);
        p.setPen(Qt::white);
        const QString rec = QCoreApplication::translate("tw::VideoTile", "REC");
        p.drawText(QRect(left + 13, 0, 40, kBarHeight), Qt::AlignVCenter | Qt::AlignLeft, rec);
        left += 16 + p.fontMetrics().horizontalAdvance(rec) + 6;
    }
    const int clockWidth = p.fontMetrics().horizontalAdvance(QStringLiteral("00:00:00")) + 12;
    const QString name = p.fontMetrics().elidedText(m_name, Qt::ElideRight, qMax(0, width - left - clockWidth - 4));
    p.drawText(QRect(left, 0, width - left, kBarHeight), Qt::AlignVCenter | Qt::AlignLeft, name);
    m_topBarDirty = false;
}

void VideoTilePainter::renderStatus(const QSize &tileSize)
{
    QFont font;
    font.setPixelSize(15);
    font.setBold(true);
    QFont small;
    small.setPixelSize(12);
    const int maxWidth = qMax(60, tileSize.width() - 16);
    const QFontMetrics big(font);
    const QFontMetrics fine(small);
    const QRect reasonRect = fine.boundingRect(QRect(0, 0, maxWidth, 200), Qt::TextWordWrap | Qt::AlignHCenter, m_reason);
    const int width = qMin(maxWidth, qMax(big.horizontalAdvance(m_status), reasonRect.width()) + 16);
    const int height = big.height() + (m_reason.isEmpty() ? 0 : reasonRect.height() + 4) + 12;
    m_statusImage = QImage(QSize(width, height) * m_ratio, QImage::Format_ARGB32_Premultiplied);
    m_statusImage.setDevicePixelRatio(m_ratio);
    m_statusImage.fill(QColor(0, 0, 0, 170));
    QPainter p(&m_statusImage);
    p.setPen(Qt::white);
    p.setFont(font);
    p.drawText(QRect(0, 6, width, big.height()), Qt::AlignHCenter, m_status);
    if (!m_reason.isEmpty()) {
        p.setFont(small);
        p.setPen(QColor(255, 210, 120));
        p.drawText(QRect(8, 8 + big.height(), width - 16, reasonRect.height() + 4),
                   Qt::TextWordWrap | Qt::AlignHCenter, m_reason);
    }
    m_statusDirty = false;
}

void VideoTilePainter::renderWatermark(const QSize &size)
{
    m_watermark = QImage(size * m_ratio, QImage::Format_ARGB32_Premultiplied);
    m_watermark.setDevicePixelRatio(m_ratio);
    m_watermark.fill(Qt::transparent);
    QPainter p(&m_watermark);
    p.setRenderHint(QPainter::TextAntialiasing);
    QFont font;
    font.setBold(true);
    font.setPixelSize(qMax(14, size.width() / 9));
    p.setFont(font);
    p.setPen(QColor(255, 60, 60, 90));
    p.translate(size.width() / 2.0, size.height() / 2.0);
    p.rotate(-30.0);
    const QString text = QCoreApplication::translate("tw::VideoTile", "演习 EXERCISE");
    p.drawText(QRect(-size.width(), -size.height() / 2, 2 * size.width(), size.height()), Qt::AlignCenter, text);
}

} // namespace tw
