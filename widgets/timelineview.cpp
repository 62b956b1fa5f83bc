#include "timelineview.h"

#include "store.h"
#include "timelinemodel.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <QVarLengthArray>

#include <algorithm>
#include <limits>

namespace tw {

namespace {

constexpr int kLabelWidth = 120;
constexpr int kAxisHeight = 22;
constexpr int kSprite = 12;

const QStringList &knownKinds()
{
    using namespace TimelineKind;
    static const QStringList kinds{Report, Verification, LevelChange, WarningChange, StatusChange,
                                   CasualtyUpdate, Acknowledgement, Update, Note, Dispatch,
                                   Arrival, Media, SensorAlert, PlanStep};
    return kinds;
}

// Tick spacing: the first step at least 80 pixels wide.
qint64 tickStepMs(double msPerPixel)
{
    static const qint64 steps[] = {60'000, 300'000, 900'000, 1'800'000, 3'600'000, 3 * 3'600'000,
                                   6 * 3'600'000, 12 * 3'600'000, 86'400'000, 2 * 86'400'000, 7 * 86'400'000};
    for (qint64 step : steps) {
        if (double(step) / msPerPixel >= 80.0) {
            return step;
        }
    }
    return 14 * 86'400'000LL;
}

} // namespace

QColor timelineKindColor(const QString &kind)
{
    using namespace TimelineKind;
    static const QHash<QString, QColor> colors{
        {Report, QColor(0xe5, 0x39, 0x35)},       {Verification, QColor(0x43, 0xa0, 0x47)},
        {LevelChange, QColor(0x8e, 0x24, 0xaa)},  {WarningChange, QColor(0xfb, 0x8c, 0x00)},
        {StatusChange, QColor(0x1e, 0x88, 0xe5)}, {CasualtyUpdate, QColor(0xc6, 0x28, 0x28)},
        {Acknowledgement, QColor(0x00, 0x89, 0x7b)}, {Update, QColor(0x75, 0x75, 0x75)},
        {Note, QColor(0xfd, 0xd8, 0x35)},         {Dispatch, QColor(0x39, 0x49, 0xab)},
        {Arrival, QColor(0x7c, 0xb3, 0x42)},      {Media, QColor(0x00, 0xac, 0xc1)},
        {SensorAlert, QColor(0xff, 0x57, 0x22)},  {PlanStep, QColor(0x5e, 0x35, 0xb1)},
    };
    return colors.value(kind, QColor(0x90, 0xa4, 0xae));
}

TimelineView::TimelineView(Store *store, TimelineModel *model, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(model)
    , m_kinds(knownKinds())
{
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 120);
    m_nowMs = QDateTime::currentMSecsSinceEpoch();
    m_msPerPixel = 3'600'000.0 / 100.0; // an hour per 100 pixels to start
    m_endMs = m_nowMs;
    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, [this] {
        if (m_live) {
            m_nowMs = QDateTime::currentMSecsSinceEpoch();
            if (m_followNow) {
                m_endMs = m_nowMs + qint64(m_msPerPixel * plotWidth() * 0.05);
            }
            update();
        }
    });
    m_clock->start();
    m_noteEditor = new QLineEdit(this);
    m_noteEditor->hide();
    connect(m_noteEditor, &QLineEdit::returnPressed, this, &TimelineView::applyNote);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineView::rebuild);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TimelineView::rebuild);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TimelineView::rebuild);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TimelineView::rebuild);
    rebuild();
}

void TimelineView::setLanes(Lanes lanes)
{
    m_laneMode = lanes;
    rebuild();
}

void TimelineView::setHiddenKinds(const QSet<QString> &kinds)
{
    m_hiddenKinds = kinds;
    rebuild();
}

void TimelineView::setTextFilter(const QString &text)
{
    m_textFilter = text.trimmed();
    rebuild();
}

void TimelineView::setTimeRange(qint64 startMs, qint64 endMs)
{
    const qint64 span = std::clamp(endMs - startMs, minimumSpanMs(), maximumSpanMs());
    m_endMs = endMs;
    m_msPerPixel = double(span) / double(plotWidth());
    m_followNow = false;
    update();
}

void TimelineView::fitAll()
{
    if (m_items.isEmpty()) {
        return;
    }
    const qint64 first = m_items.first().atMs;
    const qint64 last = std::max(m_items.last().atMs, first + minimumSpanMs());
    const qint64 margin = (last - first) / 20 + 1;
    setTimeRange(first - margin, last + margin);
}

void TimelineView::zoom(double factor, int anchorX)
{
    const double anchorMs = double(startMs()) + double(anchorX - kLabelWidth) * m_msPerPixel;
    const double minimum = double(minimumSpanMs()) / plotWidth();
    const double maximum = double(maximumSpanMs()) / plotWidth();
    m_msPerPixel = std::clamp(m_msPerPixel / factor, minimum, maximum);
    m_endMs = m_followNow ? m_nowMs + qint64(m_msPerPixel * plotWidth() * 0.05)
                          : qint64(anchorMs + double(width() - anchorX) * m_msPerPixel);
    update();
}

void TimelineView::setViewTime(qint64 atMs)
{
    m_live = false;
    m_nowMs = atMs;
    update();
}

void TimelineView::setLive()
{
    m_live = true;
    m_followNow = true;
    m_nowMs = QDateTime::currentMSecsSinceEpoch();
    m_endMs = m_nowMs + qint64(m_msPerPixel * plotWidth() * 0.05);
    update();
}

QString TimelineView::laneKeyOf(const TimelineEvent &event) const
{
    return m_laneMode == Lanes::ByKind ? event.kind : event.payload.value(QStringLiteral("team_id")).toString();
}

QString TimelineView::laneLabel(const QString &key) const
{
    if (m_laneMode == Lanes::ByKind) {
        return timelineKindLabel(key);
    }
    if (key.isEmpty()) {
        return tr("No team");
    }
    const Result<Record> team = m_store->record(ResourceKind::Teams, key);
    return team ? team->text(QStringLiteral("name")) : key;
}

void TimelineView::rebuild()
{
    m_items.clear();
    m_laneKeys.clear();
    if (!m_model) {
        return;
    }
    const QList<TimelineEvent> &events = m_model->events();
    QHash<QString, int> laneIndex;
    QList<std::pair<QString, int>> pending; // lane key per kept row, indexed later
    for (int row = int(events.size()) - 1; row >= 0; --row) {
        const TimelineEvent &event = events.at(row);
        if (m_hiddenKinds.contains(event.kind)) {
            continue;
        }
        if (!m_textFilter.isEmpty()) {
            const bool matches = event.text.contains(m_textFilter, Qt::CaseInsensitive)
                                 || event.actor.contains(m_textFilter, Qt::CaseInsensitive)
                                 || timelineKindLabel(event.kind).contains(m_textFilter, Qt::CaseInsensitive)
                                 || m_model->incidentTitle(event.incidentId).contains(m_textFilter, Qt::CaseInsensitive);
            if (!matches) {
                continue;
            }
        }
        int kind = int(m_kinds.indexOf(event.kind));
        if (kind < 0) {
            m_kinds.append(event.kind);
            kind = int(m_kinds.size()) - 1;
        }
        const QString key = laneKeyOf(event);
        laneIndex.insert(key, 0);
        pending.append({key, row});
        m_items.append(Item{event.atMs, row, 0, kind});
    }
    m_laneKeys = laneIndex.keys();
    if (m_laneMode == Lanes::ByKind) {
        std::sort(m_laneKeys.begin(), m_laneKeys.end(), [this](const QString &a, const QString &b) {
            return m_kinds.indexOf(a) < m_kinds.indexOf(b);
        });
    } else {
        std::sort(m_laneKeys.begin(), m_laneKeys.end(), [this](const QString &a, const QString &b) {
            return a.isEmpty() != b.isEmpty() ? a.isEmpty() : laneLabel(a) < laneLabel(b);
        });
    }
    for (int lane = 0; lane < m_laneKeys.size(); ++lane) {
        laneIndex.insert(m_laneKeys.at(lane), lane);
    }
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        m_items[i].lane = laneIndex.value(pending.at(i).first);
    }
    // Notes may carry an earlier time than events already shown: keep the items in time order.
    std::stable_sort(m_items.begin(), m_items.end(), [](const Item &a, const Item &b) { return a.atMs < b.atMs; });
    update();
}

QList<TimelineEvent> TimelineView::filteredEvents() const
{
    QList<TimelineEvent> events;
    events.reserve(m_items.size());
    for (auto it = m_items.crbegin(); it != m_items.crend(); ++it) {
        events.append(m_model->event(it->row));
    }
    return events;
}

int TimelineView::plotWidth() const
{
    return std::max(1, width() - kLabelWidth);
}

int TimelineView::laneHeight() const
{
    const int lanes = std::max<int>(1, int(m_laneKeys.size()));
    const int available = height() - kAxisHeight - (m_noteEditor->isVisible() ? m_noteEditor->height() : 0);
    return std::clamp(available / lanes, 16, 40);
}

int TimelineView::laneTop(int lane) const
{
    return kAxisHeight + lane * laneHeight();
}

double TimelineView::xOf(qint64 atMs) const
{
    return kLabelWidth + double(atMs - startMs()) / m_msPerPixel;
}

const QImage &TimelineView::sprite(int kind) const
{
    auto it = m_sprites.find(kind);
    if (it == m_sprites.end()) {
        QImage image(kSprite, kSprite, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(Qt::black, 1));
        p.setBrush(timelineKindColor(m_kinds.value(kind)));
        const QRectF box(1, 1, kSprite - 2, kSprite - 2);
        switch (kind % 3) { // shape as well as colour, for colour-blind officers
        case 0:
            p.drawEllipse(box);
            break;
        case 1:
            p.drawPolygon(QPolygonF{{box.center().x(), box.top()}, {box.right(), box.center().y()},
                                    {box.center().x(), box.bottom()}, {box.left(), box.center().y()}});
            break;
        default:
            p.drawRect(box.adjusted(1, 1, -1, -1));
            break;
        }
        p.end();
        it = m_sprites.insert(kind, image);
    }
    return it.value();
}

void TimelineView::paintTimeline(QPainter &p)
{
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const int laneH = laneHeight();
    const qint64 start = startMs();
    // Lanes and their labels.
    for (int lane = 0; lane < m_laneKeys.size(); ++lane) {
        const QRect row(0, laneTop(lane), width(), laneH);
        if (lane % 2) {
            p.fillRect(row, pal.color(QPalette::AlternateBase));
        }
        p.setPen(pal.color(QPalette::Text));
        p.drawText(row.adjusted(4, 0, -(width() - kLabelWidth) - 4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   p.fontMetrics().elidedText(laneLabel(m_laneKeys.at(lane)), Qt::ElideRight, kLabelWidth - 8));
    }
    // The axis: ticks on local-time boundaries.
    const qint64 step = tickStepMs(m_msPerPixel);
    const qint64 offsetMs = qint64(QDateTime::fromMSecsSinceEpoch(start).offsetFromUtc()) * 1000;
    const QString format = step < 86'400'000 ? QStringLiteral("HH:mm") : QStringLiteral("MM-dd");
    p.setPen(pal.color(QPalette::Mid));
    for (qint64 tick = ((start + offsetMs) / step + 1) * step - offsetMs; tick <= m_endMs; tick += step) {
        const int x = int(xOf(tick));
        p.drawLine(x, kAxisHeight - 4, x, height());
        p.drawText(QRect(x - 40, 0, 80, kAxisHeight - 4), Qt::AlignCenter,
                   QDateTime::fromMSecsSinceEpoch(tick).toString(format));
    }
    // Events, oldest first so newer ones lie on top; one sprite per pixel column and lane.
    const auto first = std::lower_bound(m_items.cbegin(), m_items.cend(), start - qint64(kSprite * m_msPerPixel),
                                        [](const Item &item, qint64 atMs) { return item.atMs < atMs; });
    QVarLengthArray<int, 32> lastX(m_laneKeys.size());
    std::fill(lastX.begin(), lastX.end(), std::numeric_limits<int>::min());
    const int spriteTop = (laneH - kSprite) / 2;
    p.setClipRect(kLabelWidth, kAxisHeight, plotWidth(), height() - kAxisHeight);
    for (auto it = first; it != m_items.cend() && it->atMs <= m_endMs + qint64(kSprite * m_msPerPixel); ++it) {
        const int x = int(xOf(it->atMs));
        if (x == lastX[it->lane]) {
            continue;
        }
        lastX[it->lane] = x;
        p.drawImage(x - kSprite / 2, laneTop(it->lane) + spriteTop, sprite(it->kind));
    }
    // Now (or the replay's view time).
    const int nowX = int(xOf(m_nowMs));
    p.setPen(QPen(m_live ? QColor(0xe5, 0x39, 0x35) : QColor(0xfb, 0x8c, 0x00), 2));
    p.drawLine(nowX, kAxisHeight, nowX, height());
    p.setClipping(false);
    p.drawText(QPoint(nowX + 3, kAxisHeight + 12), m_live ? tr("now") : tr("view time"));
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(kLabelWidth, 0, kLabelWidth, height());
    if (m_items.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No events"));
    }
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    paintTimeline(p);
}

} // namespace tw
