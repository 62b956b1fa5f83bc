#include "replaybanner.h"

#include <QDateTime>
#include <QEvent>

namespace tw {

namespace {
constexpr int kMarginPx = 8;
} // namespace

ReplayBanner::ReplayBanner(QWidget *host, Placement placement)
    : QLabel(host)
    , m_placement(placement)
{
    setObjectName(QStringLiteral("replayBanner"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAlignment(Qt::AlignCenter);
    // Amber on black reads as "not live" on both themes and on any basemap.
    setStyleSheet(QStringLiteral("QLabel#replayBanner { background: rgba(255, 179, 0, 235); color: #000000; "
                                 "font-weight: bold; padding: 3px 10px; border: 1px solid #000000; "
                                 "border-radius: 4px; }"));
    host->installEventFilter(this);
    hide();
}

void ReplayBanner::showMoment(qint64 atMs)
{
    m_atMs = atMs;
    updateText();
    show();
    raise();
    place();
}

void ReplayBanner::placeBelow(QWidget *sibling)
{
    m_below = sibling;
    place();
}

void ReplayBanner::clearMoment()
{
    m_atMs = 0;
    hide();
}

bool ReplayBanner::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget()
        && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest)) {
        place();
    } else if (watched == parentWidget() && event->type() == QEvent::ChildAdded && isVisible()) {
        raise(); // above overlays the host adds later
    }
    return QLabel::eventFilter(watched, event);
}

void ReplayBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateText();
    }
    QLabel::changeEvent(event);
}

void ReplayBanner::updateText()
{
    if (m_atMs == 0) {
        return;
    }
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(m_atMs);
    setText(tr("REPLAY %1").arg(at.toString(QStringLiteral("HH:mm:ss"))));
    setToolTip(
        tr("The console shows the city as it was at %1. Nothing can be changed until you return to live.")
            .arg(at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    adjustSize();
    place();
}

void ReplayBanner::place()
{
    const QWidget *host = parentWidget();
    if (!host) {
        return;
    }
    adjustSize();
    const int x = (host->width() - width()) / 2;
    const int top = m_below && m_below->isVisible() ? m_below->geometry().bottom() + kMarginPx : kMarginPx;
    const int y = m_placement == Placement::TopCentre ? top : host->height() - height() - kMarginPx;
    move(std::max(0, x), std::max(0, y));
}

} // namespace tw
