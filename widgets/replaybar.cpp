#include "replaybar.h"

#include "store.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QTimer>

#include <algorithm>
#include <tuple>

namespace tw {

namespace {
constexpr int kTickMs = 200;
// The slider counts seconds from the first mutation (an int holds ~68 years of them).
constexpr qint64 kSliderUnitMs = 1000;
} // namespace

ReplayBar::ReplayBar(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_engine(*store)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_play(new QPushButton(tr("Play"), this))
    , m_speed(new QComboBox(this))
    , m_time(new QLabel(tr("Live"), this))
    , m_liveButton(new QPushButton(tr("Live"), this))
    , m_timer(new QTimer(this))
{
    for (int speed : {1, 5, 10, 30, 60}) {
        m_speed->addItem(tr("×%1").arg(speed), speed);
    }
    m_play->setCheckable(true);
    m_timer->setInterval(kTickMs);
    connect(m_timer, &QTimer::timeout, this, [this] { advance(kTickMs); });
    connect(m_play, &QPushButton::toggled, this, &ReplayBar::setPlaying);
    connect(m_liveButton, &QPushButton::clicked, this, &ReplayBar::goLive);
    connect(m_slider, &QSlider::sliderMoved, this, [this](int seconds) {
        std::ignore = showMoment(m_engine.firstMs() + qint64(seconds) * kSliderUnitMs); // the label shows errors
    });
    connect(m_store, &Store::mutationApplied, this, [this] {
        if (m_live) {
            refreshRange();
        }
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_play);
    layout->addWidget(m_speed);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_time);
    layout->addWidget(m_liveButton);
    refreshRange();
}

void ReplayBar::refreshRange()
{
    if (Status ok = m_engine.refresh(); !ok) {
        m_time->setText(ok.errorString());
        return;
    }
    const qint64 span = std::max<qint64>(0, m_engine.lastMs() - m_engine.firstMs());
    const QSignalBlocker blocker(m_slider);
    m_slider->setRange(0, int(span / kSliderUnitMs) + 1);
    if (m_live) {
        m_slider->setValue(m_slider->maximum());
    }
}

Status ReplayBar::showMoment(qint64 atMs)
{
    if (m_live) {
        refreshRange();
    }
    m_live = false;
    m_viewMs = std::clamp(atMs, m_engine.firstMs(), std::max(m_engine.firstMs(), m_engine.lastMs()));
    Result<ReplayState> state = m_engine.stateAt(m_viewMs);
    if (!state) {
        m_time->setText(state.errorString());
        return state.error();
    }
    const QSignalBlocker blocker(m_slider);
    m_slider->setValue(int((m_viewMs - m_engine.firstMs()) / kSliderUnitMs));
    m_time->setText(QDateTime::fromMSecsSinceEpoch(m_viewMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    Q_EMIT viewTimeChanged(m_viewMs, state.value());
    return {};
}

void ReplayBar::advance(qint64 elapsedMs)
{
    if (m_live) {
        return;
    }
    const qint64 next = m_viewMs + elapsedMs * m_speed->currentData().toInt();
    if (next >= m_engine.lastMs()) {
        goLive();
        return;
    }
    std::ignore = showMoment(next); // the label shows errors
}

void ReplayBar::setPlaying(bool playing)
{
    if (playing && m_live) {
        std::ignore = showMoment(m_engine.firstMs()); // play from the start of the log
    }
    const QSignalBlocker blocker(m_play);
    m_play->setChecked(playing);
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    if (playing) {
        m_timer->start();
    } else {
        m_timer->stop();
    }
}

void ReplayBar::goLive()
{
    setPlaying(false);
    m_live = true;
    m_time->setText(tr("Live"));
    refreshRange();
    Q_EMIT liveResumed();
}

} // namespace tw
