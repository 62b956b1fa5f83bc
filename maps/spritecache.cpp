#include "spritecache.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <functional>

namespace tw {

namespace {

constexpr int kMaxSprites = 4096;

template<typename Map>
void insertBounded(Map &map, const typename Map::key_type &key, const QImage &image)
{
    if (map.size() >= kMaxSprites) {
        map.clear();
    }
    map.insert(key, image);
}

QChar teamLetter(const QString &teamKind)
{
    static const QHash<QString, QChar> letters{
        {QStringLiteral("fire"), QLatin1Char('F')},     {QStringLiteral("medical"), QLatin1Char('+')},
        {QStringLiteral("hazmat"), QLatin1Char('H')},   {QStringLiteral("flood"), QLatin1Char('W')},
        {QStringLiteral("mine"), QLatin1Char('K')},     {QStringLiteral("search_rescue"), QLatin1Char('S')},
        {QStringLiteral("power"), QLatin1Char('P')},    {QStringLiteral("militia"), QLatin1Char('M')},
        {QStringLiteral("volunteer"), QLatin1Char('V')}, {QStringLiteral("police"), QLatin1Char('J')},
        {QStringLiteral("communications"), QLatin1Char('C')}};
    return letters.value(teamKind, QLatin1Char('T'));
}

QChar targetLetter(const QString &targetKind)
{
    static const QHash<QString, QChar> letters{
        {QStringLiteral("school"), QLatin1Char('S')},       {QStringLiteral("kindergarten"), QLatin1Char('K')},
        {QStringLiteral("hospital"), QLatin1Char('H')},     {QStringLiteral("nursing_home"), QLatin1Char('N')},
        {QStringLiteral("metro_station"), QLatin1Char('M')}, {QStringLiteral("railway_station"), QLatin1Char('R')},
        {QStringLiteral("stadium"), QLatin1Char('A')},      {QStringLiteral("mall"), QLatin1Char('C')},
        {QStringLiteral("government"), QLatin1Char('G')},   {QStringLiteral("water_plant"), QLatin1Char('W')}};
    return letters.value(targetKind, QLatin1Char('P'));
}

void letter(QPainter &p, const QRectF &r, const QString &text, qreal pixelSize, const QColor &color = Qt::white)
{
    QFont font;
    font.setPixelSize(int(pixelSize));
    font.setBold(true);
    p.setFont(font);
    p.setPen(color);
    p.drawText(r, Qt::AlignCenter, text);
}

} // namespace

QString SpriteCache::countText(quint32 count)
{
    if (count < 1000) {
        return QString::number(count);
    }
    if (count < 10000) {
        return QString::number(count / 1000.0, 'f', 1) + QLatin1Char('k');
    }
    if (count < 1000000) {
        return QString::number(count / 1000) + QLatin1Char('k');
    }
    return QString::number(count / 1000000.0, 'f', 1) + QLatin1Char('M');
}

int SpriteCache::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_clusterImages.size() + m_markers.size() + m_arrows.size());
}

QImage SpriteCache::paintSprite(int size, const std::function<void(QPainter &, QRectF)> &paint) const
{
    QImage image(QSize(size, size) * m_dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(m_dpr);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    paint(p, QRectF(0, 0, size, size));
    return image;
}

QImage SpriteCache::marker(ResourceKind kind, const MapFeature &f)
{
    const MarkerKey key{int(kind), f.variant, f.color.rgba(), f.highlight, f.dimmed};
    QMutexLocker lock(&m_mutex);
    auto it = m_markers.constFind(key);
    if (it != m_markers.constEnd()) {
        return *it;
    }
    const QImage image = drawMarker(kind, f);
    insertBounded(m_markers, key, image);
    return image;
}

QImage SpriteCache::drawMarker(ResourceKind kind, const MapFeature &f) const
{
    const int size = f.highlight ? 34 : 24;
    return paintSprite(size, [&](QPainter &p, QRectF r) {
        const QPointF c = r.center();
        QColor fill = f.color;
        if (f.dimmed) {
            fill = fill.lighter(150);
            fill.setAlpha(170);
        }
        if (f.highlight) {
            p.setPen(QPen(QColor(255, 255, 255, 230), 2.5));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(c, 15, 15);
            p.setPen(QPen(fill, 2.0));
            p.drawEllipse(c, 13, 13);
        }
        const QPen outline(Qt::white, 1.6);
        switch (kind) {
        case ResourceKind::Incidents: {
            p.setPen(outline);
            p.setBrush(fill);
            p.drawEllipse(c, 9, 9);
            letter(p, QRectF(c - QPointF(9, 9), QSizeF(18, 18)), QStringLiteral("!"), 13);
            break;
        }
        case ResourceKind::Teams: {
            p.setPen(outline);
            p.setBrush(fill);
            p.drawRoundedRect(QRectF(c - QPointF(9, 9), QSizeF(18, 18)), 4, 4);
            letter(p, QRectF(c - QPointF(9, 9), QSizeF(18, 18)), QString(teamLetter(f.variant.section(QLatin1Char('/'), 0, 0))), 12);
            break;
        }
        case ResourceKind::Warehouses: {
            QPainterPath house;
            house.moveTo(c + QPointF(-8, -1));
            house.lineTo(c + QPointF(0, -9));
            house.lineTo(c + QPointF(8, -1));
            house.lineTo(c + QPointF(8, 8));
            house.lineTo(c + QPointF(-8, 8));
            house.closeSubpath();
            p.setPen(outline);
            p.setBrush(fill);
            p.drawPath(house);
            break;
        }
        case ResourceKind::RiskPoints: {
            QPainterPath triangle;
            triangle.moveTo(c + QPointF(0, -10));
            triangle.lineTo(c + QPointF(10, 8));
            triangle.lineTo(c + QPointF(-10, 8));
            triangle.closeSubpath();
            p.setPen(QPen(QColor(60, 30, 0), 1.4));
            p.setBrush(fill);
            p.drawPath(triangle);
            letter(p, QRectF(c - QPointF(8, 5), QSizeF(16, 14)), QStringLiteral("!"), 11, QColor(40, 20, 0));
            break;
        }
        case ResourceKind::Targets: {
            QPolygonF hexagon;
            for (int i = 0; i < 6; ++i) {
                const double a = M_PI / 3 * i + M_PI / 6;
                hexagon << c + QPointF(9.5 * std::cos(a), 9.5 * std::sin(a));
            }
            p.setPen(outline);
            p.setBrush(fill);
            p.drawPolygon(hexagon);
            letter(p, QRectF(c - QPointF(9, 9), QSizeF(18, 18)), QString(targetLetter(f.variant)), 11);
            break;
        }
        case ResourceKind::Shelters: {
            const QRectF box(c - QPointF(9, 9), QSizeF(18, 18));
            p.setPen(outline);
            p.setBrush(QColor(255, 255, 255, 220));
            p.drawRect(box);
            p.setPen(Qt::NoPen);
            p.setBrush(fill);
            const double level = f.fill < 0 ? 0.0 : f.fill;
            p.drawRect(QRectF(box.left() + 1, box.bottom() - 1 - 16 * level, 16, 16 * level));
            p.setPen(QPen(fill.darker(130), 1.6));
            p.setBrush(Qt::NoBrush);
            p.drawRect(box.adjusted(1, 1, -1, -1));
            letter(p, box, QStringLiteral("A"), 11, level > 0.5 ? Qt::white : fill.darker(140));
            break;
        }
        case ResourceKind::Cameras: {
            p.setPen(QPen(Qt::white, 1.2));
            p.setBrush(fill);
            p.drawEllipse(c, 6.5, 6.5);
            p.setBrush(Qt::white);
            p.setPen(Qt::NoPen);
            p.drawEllipse(c, 2.2, 2.2);
            break;
        }
        case ResourceKind::Sensors: {
            p.setPen(outline);
            p.setBrush(fill);
            p.drawEllipse(c, 7, 7);
            p.setBrush(Qt::white);
            p.setPen(Qt::NoPen);
            p.drawRect(QRectF(c - QPointF(1, 4), QSizeF(2, 8)));
            break;
        }
        default:
            p.setPen(outline);
            p.setBrush(fill);
            p.drawEllipse(c, 7, 7);
        }
    });
}

QImage SpriteCache::cluster(ResourceKind kind, quint32 count)
{
    const quint64 countKey = (quint64(quint32(kind)) << 32) | count;
    QMutexLocker lock(&m_mutex);
    auto byCount = m_clustersByCount.constFind(countKey);
    if (byCount != m_clustersByCount.constEnd()) {
        return *byCount;
    }
    const QString text = countText(count);
    const QString key = QString::number(int(kind)) + QLatin1Char('|') + text;
    QImage image = m_clusterImages.value(key);
    if (image.isNull()) {
        const int size = count < 10 ? 24 : count < 100 ? 28 : count < 1000 ? 34 : 40;
        image = paintSprite(size, [&](QPainter &p, QRectF r) {
            const QColor color = kindColor(kind);
            QColor halo = color;
            halo.setAlpha(90);
            p.setPen(Qt::NoPen);
            p.setBrush(halo);
            p.drawEllipse(r.adjusted(0.5, 0.5, -0.5, -0.5));
            p.setBrush(color);
            p.setPen(QPen(Qt::white, 1.5));
            p.drawEllipse(r.adjusted(4, 4, -4, -4));
            letter(p, r, text, size < 30 ? 11 : 12);
        });
        insertBounded(m_clusterImages, key, image);
    }
    insertBounded(m_clustersByCount, countKey, image);
    return image;
}

QImage SpriteCache::headingArrow(float headingDeg, const QColor &color)
{
    const int step = int(std::lround(std::fmod(std::fmod(headingDeg, 360.0f) + 360.0f, 360.0f) / 22.5f)) % 16;
    const quint64 key = (quint64(step) << 32) | color.rgba();
    QMutexLocker lock(&m_mutex);
    auto it = m_arrows.constFind(key);
    if (it != m_arrows.constEnd()) {
        return *it;
    }
    const QImage image = paintSprite(40, [&](QPainter &p, QRectF r) {
        p.translate(r.center());
        p.rotate(step * 22.5);
        QPainterPath arrow;
        arrow.moveTo(0, -19);
        arrow.lineTo(5, -12);
        arrow.lineTo(-5, -12);
        arrow.closeSubpath();
        p.setPen(QPen(Qt::white, 1.2));
        p.setBrush(color);
        p.drawPath(arrow);
    });
    insertBounded(m_arrows, key, image);
    return image;
}

} // namespace tw
