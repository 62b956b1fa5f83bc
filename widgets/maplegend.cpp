#include "maplegend.h"

#include "mapfeature.h"
#include "spritecache.h"

#include <QMouseEvent>
#include <QPainter>

namespace tw {

struct MapLegend::Entry {
    ResourceKind kind;
    MapFeature feature;
    QString text;
};

namespace {
constexpr int kRowHeight = 22;
constexpr int kWidth = 230;
}

MapLegend::MapLegend(QWidget *parent) : QWidget(parent), m_sprites(std::make_unique<SpriteCache>(devicePixelRatioF()))
{
    setToolTip(tr("Map legend: click to fold or unfold"));
    setCursor(Qt::PointingHandCursor);
}

MapLegend::~MapLegend() = default;

QList<MapLegend::Entry> MapLegend::entries() const
{
    auto feature = [](const QString &variant, const QColor &color, bool highlight = false) {
        MapFeature f;
        f.variant = variant;
        f.color = color;
        f.highlight = highlight;
        return f;
    };
    return {
        {ResourceKind::Incidents, feature(QStringLiteral("I/open"), eventLevelColor(QStringLiteral("I")), true), tr("Incident level I, not acknowledged")},
        {ResourceKind::Incidents, feature(QStringLiteral("II/open"), eventLevelColor(QStringLiteral("II"))), tr("Incident level II")},
        {ResourceKind::Incidents, feature(QStringLiteral("III/open"), eventLevelColor(QStringLiteral("III"))), tr("Incident level III")},
        {ResourceKind::Incidents, feature(QStringLiteral("IV/open"), eventLevelColor(QStringLiteral("IV"))), tr("Incident level IV")},
        {ResourceKind::Teams, feature(QStringLiteral("fire/available"), teamStatusColor(QStringLiteral("available"))), tr("Team available")},
        {ResourceKind::Teams, feature(QStringLiteral("fire/en_route"), teamStatusColor(QStringLiteral("en_route"))), tr("Team en route")},
        {ResourceKind::Teams, feature(QStringLiteral("fire/on_scene"), teamStatusColor(QStringLiteral("on_scene"))), tr("Team on scene")},
        {ResourceKind::RiskPoints, feature(QStringLiteral("major"), riskLevelColor(QStringLiteral("major"))), tr("Risk point, major")},
        {ResourceKind::RiskPoints, feature(QStringLiteral("medium"), riskLevelColor(QStringLiteral("medium"))), tr("Risk point, medium")},
        {ResourceKind::Targets, feature(QStringLiteral("school"), kindColor(ResourceKind::Targets)), tr("Protection target")},
        {ResourceKind::Shelters, feature(QStringLiteral("2"), kindColor(ResourceKind::Shelters)), tr("Shelter (fill = occupancy)")},
        {ResourceKind::Warehouses, feature({}, kindColor(ResourceKind::Warehouses)), tr("Warehouse")},
        {ResourceKind::Cameras, feature(QStringLiteral("online"), kindColor(ResourceKind::Cameras)), tr("Camera")},
        {ResourceKind::Sensors, feature(QStringLiteral("alarm"), sensorStateColor(QStringLiteral("alarm")), true), tr("Sensor in alarm")},
    };
}

QSize MapLegend::sizeHint() const
{
    return m_folded ? QSize(kWidth, kRowHeight + 6) : QSize(kWidth, int(entries().size() + 1) * kRowHeight + 6);
}

void MapLegend::mousePressEvent(QMouseEvent *event)
{
    m_folded = !m_folded;
    const QRect old = geometry();
    const QSize hint = sizeHint();
    setGeometry(old.right() - hint.width() + 1, old.bottom() - hint.height() + 1, hint.width(), hint.height());
    update();
    event->accept();
}

void MapLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(255, 255, 255, 215));
    painter.setPen(QColor(0x40, 0x40, 0x40));
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(QRect(8, 3, width() - 16, kRowHeight), Qt::AlignVCenter, m_folded ? tr("Legend ▸") : tr("Legend ▾"));
    if (m_folded) {
        return;
    }
    painter.setFont(font());
    int y = 3 + kRowHeight;
    for (const Entry &entry : entries()) {
        const QImage sprite = m_sprites->marker(entry.kind, entry.feature);
        const QSizeF size = sprite.deviceIndependentSize();
        const double scale = std::min(1.0, (kRowHeight - 2) / size.height());
        painter.drawImage(QRectF(QPointF(20 - size.width() * scale / 2, y + (kRowHeight - size.height() * scale) / 2),
                                 size * scale),
                          sprite);
        painter.drawText(QRect(38, y, width() - 42, kRowHeight), Qt::AlignVCenter, entry.text);
        y += kRowHeight;
    }
}

} // namespace tw
