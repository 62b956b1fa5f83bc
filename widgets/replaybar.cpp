#include "replaybar.h"

#include "store.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QTimer>
#include <QtConcurrent>
#include <algorithm>

namespace tw {

namespace {

constexpr int kTickMs = 200;
// The slider counts seconds from the first mutation (an int holds ~68 years of them).
constexpr qint64 kSliderUnitMs = 1000;
// Changes made while live are folded in at most this often.
constexpr int kLiveRefreshMs = 500;

// What the worker hands back after reading the log: the engine, or why it could not.
struct Indexed {
    std::optional<ReplayEngine> engine;
    QString error;
};

bool isFile(const QString &path)
{
    return !path.isEmpty() && path != QLatin1String(":memory:");
}

} // namespace

ReplayBar::ReplayBar(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_engine(*store)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_play(new QPushButton(this))
    , m_speed(new QComboBox(this))
    , m_time(new QLabel(this))
    , m_liveButton(new QPushButton(this))
    , m_timer(new QTimer(this))
    , m_refreshTimer(new QTimer(this))
{
    m_pool.setMaxThreadCount(1); // one replay job at a time; the newest waiting one goes next
    for (int speed : { 1, 5, 10, 30, 60 }) {
        m_speed->addItem(QString(), speed);
    }
    m_slider->setMinimumWidth(160);
    m_play->setObjectName(QStringLiteral("replayPlay"));
    m_play->setCheckable(true);
    m_liveButton->setObjectName(QStringLiteral("replayLive"));
    m_timer->setInterval(kTickMs);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kLiveRefreshMs);
    connect(m_timer, &QTimer::timeout, this, [this] { advance(kTickMs); });
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_live && m_indexed) {
            refreshRange();
        }
    });
    connect(m_play, &QPushButton::toggled, this, &ReplayBar::setPlaying);
    connect(m_liveButton, &QPushButton::clicked, this, &ReplayBar::goLive);
    connect(m_slider, &QSlider::sliderPressed, this, [this] { setPlaying(false); });
    connect(m_slider, &QSlider::sliderMoved, this,
        [this](int seconds) { requestMoment(m_engine.firstMs() + qint64(seconds) * kSliderUnitMs); });
    connect(m_store, &Store::mutationApplied, this, [this] {
        if (m_live && m_indexed && !m_refreshTimer->isActive()) {
            m_refreshTimer->start();
        }
    });
    connect(&m_jobWatcher, &QFutureWatcher<Job>::finished, this, &ReplayBar::jobDone);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_play);
    layout->addWidget(m_speed);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_time);
    layout->addWidget(m_liveButton);
    retranslate();
    startIndexing();
}

ReplayBar::~ReplayBar()
{
    // Jobs hold copies of what they read; waiting only keeps their watchers from firing late.
    m_pool.clear();
    m_pool.waitForDone();
}

void ReplayBar::startIndexing()
{
    const QString path = m_store->path();
    if (!isFile(path)) {
        ensureIndexed(); // an in-memory database has no second connection to read it through
        return;
    }
    m_slider->setEnabled(false);
    m_time->setText(tr("Reading the log…"));
    auto *watcher = new QFutureWatcher<Indexed>(this);
    connect(watcher, &QFutureWatcher<Indexed>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Indexed result = watcher->result();
        if (m_indexed) {
            return; // read on this thread meanwhile
        }
        if (!result.engine) {
            m_time->setText(result.error);
            ensureIndexed();
            return;
        }
        m_engine = *result.engine;
        ensureIndexed(); // folds in what changed while the worker read
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [path, engine = m_engine]() mutable {
        Indexed result;
        Result<std::unique_ptr<Store>> connection = Store::open(path);
        if (!connection) {
            result.error = connection.errorString();
            return result;
        }
        if (Status read = engine.refresh(*connection.value()); !read) {
            result.error = read.errorString();
            return result;
        }
        result.engine = std::move(engine);
        return result;
    }));
}

void ReplayBar::ensureIndexed()
{
    const bool first = !m_indexed;
    m_indexed = true;
    m_slider->setEnabled(true);
    refreshRange();
    if (m_live) {
        m_time->setText(tr("Live"));
    }
    if (first) {
        Q_EMIT indexed();
    }
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
    if (!m_indexed || m_live) {
        ensureIndexed();
    }
    const qint64 clamped
        = std::clamp(atMs, m_engine.firstMs(), std::max(m_engine.firstMs(), m_engine.lastMs()));
    Result<ReplayState> state = m_live ? m_engine.stateAt(clamped) : m_engine.stateAfter(m_state, clamped);
    if (!state) {
        m_time->setText(state.errorString());
        return state.error();
    }
    ++m_jobSerial; // a slower worker result must not overwrite this one
    show(clamped, state.value());
    return {};
}

void ReplayBar::requestMoment(qint64 atMs)
{
    if (!m_indexed) {
        return;
    }
    if (m_live) {
        refreshRange();
    }
    m_pendingMs = std::clamp(atMs, m_engine.firstMs(), std::max(m_engine.firstMs(), m_engine.lastMs()));
    if (!m_jobWatcher.isRunning()) {
        startJob();
    }
}

void ReplayBar::startJob()
{
    const qint64 atMs = m_pendingMs;
    m_pendingMs = -1;
    const quint64 serial = ++m_jobSerial;
    const ReplayState from = m_live ? ReplayState() : m_state;
    m_jobWatcher.setFuture(QtConcurrent::run(&m_pool, [engine = m_engine, from, atMs, serial] {
        Job job { serial, atMs, {}, {} };
        Result<ReplayState> state = engine.stateAfter(from, atMs);
        if (state) {
            job.state = std::move(state).value();
        } else {
            job.error = state.errorString();
        }
        return job;
    }));
}

void ReplayBar::jobDone()
{
    const Job job = m_jobWatcher.result();
    if (job.serial == m_jobSerial) {
        if (job.error.isEmpty()) {
            show(job.atMs, job.state);
        } else {
            m_time->setText(job.error);
        }
    }
    if (m_pendingMs >= 0) {
        startJob();
    }
}

void ReplayBar::show(qint64 atMs, const ReplayState &state)
{
    m_live = false;
    m_viewMs = atMs;
    m_state = state;
    const QSignalBlocker blocker(m_slider);
    m_slider->setValue(int((m_viewMs - m_engine.firstMs()) / kSliderUnitMs));
    m_time->setText(QDateTime::fromMSecsSinceEpoch(m_viewMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    Q_EMIT viewTimeChanged(m_viewMs, m_state);
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
    ++m_jobSerial; // a result still on its way belongs to the replay just left
    m_pendingMs = -1;
    const bool wasLive = m_live;
    m_live = true;
    m_state = ReplayState();
    m_time->setText(m_indexed ? tr("Live") : tr("Reading the log…"));
    if (m_indexed) {
        refreshRange();
    }
    if (!wasLive) {
        Q_EMIT liveResumed();
    }
}

void ReplayBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ReplayBar::retranslate()
{
    for (int i = 0; i < m_speed->count(); ++i) {
        m_speed->setItemText(i, tr("×%1").arg(m_speed->itemData(i).toInt()));
    }
    m_play->setText(m_play->isChecked() ? tr("Pause") : tr("Play"));
    m_liveButton->setText(tr("Live"));
    m_liveButton->setToolTip(tr("Leave replay and show the live situation"));
    m_slider->setToolTip(tr("Drag to see the city as it was at that moment"));
    if (m_live) {
        m_time->setText(m_indexed ? tr("Live") : tr("Reading the log…"));
    }
}

} // namespace tw
