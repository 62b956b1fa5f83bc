#pragma once

#include "replayengine.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QTimer;

namespace tw {

class Store;

/// The replay scrubber: sets the console's view time between the first and the last mutation,
/// plays at ×1 to ×60, and returns to live. It only reads (ReplayEngine never writes); views
/// listen to viewTimeChanged() and show the state it carries (ReplayConsole wires the console).
///
/// The log is read on a worker (with its own connection) when the database is a file, so a long
/// log never holds up the console; dragging the slider rebuilds states on the worker too, newest
/// position first. Playing folds forward from the state shown, which costs next to nothing.
class ReplayBar : public QWidget {
    Q_OBJECT
public:
    /// `store` must outlive the bar.
    explicit ReplayBar(Store *store, QWidget *parent = nullptr);
    ~ReplayBar() override;

    bool isLive() const { return m_live; }
    qint64 viewTimeMs() const { return m_viewMs; }
    /// The state shown while replaying (the live head otherwise, as of the last refresh).
    const ReplayState &shownState() const { return m_live ? m_engine.head() : m_state; }
    /// Whether the log has been read (replay is possible).
    bool isIndexed() const { return m_indexed; }
    const ReplayEngine &engine() const { return m_engine; }
    QSlider *slider() const { return m_slider; }
    QComboBox *speedBox() const { return m_speed; }
    QPushButton *playButton() const { return m_play; }
    QPushButton *liveButton() const { return m_liveButton; }

    /// Enters replay at `atMs` (clamped to the log) and announces the state then, before
    /// returning (reads the log first if the worker has not yet).
    Status showMoment(qint64 atMs);
    /// The same, with the state built on the worker (slider drags): the newest request wins.
    void requestMoment(qint64 atMs);
    /// Advances the view time by `elapsedMs` of wall time at the chosen speed (the play timer).
    void advance(qint64 elapsedMs);
    void setPlaying(bool playing);
    void goLive();

Q_SIGNALS:
    void viewTimeChanged(qint64 atMs, const tw::ReplayState &state);
    void liveResumed();
    /// The log has been read: the slider covers it.
    void indexed();

private:
    struct Job {
        quint64 serial = 0;
        qint64 atMs = 0;
        ReplayState state;
        QString error;
    };

    void startIndexing();
    void ensureIndexed();
    void refreshRange();
    void show(qint64 atMs, const ReplayState &state);
    void startJob();
    void jobDone();
    void retranslate();

    Store *m_store;
    ReplayEngine m_engine;
    ReplayState m_state;
    QThreadPool m_pool;
    QFutureWatcher<ReplayEngine> m_indexWatcher;
    QFutureWatcher<Job> m_jobWatcher;
    quint64 m_jobSerial = 0;
    qint64 m_pendingMs = -1; ///< a requested moment waiting for the running job; -1 for none
    bool m_indexed = false;
    QSlider *m_slider;
    QPushButton *m_play;
    QComboBox *m_speed;
    QLabel *m_time;
    QPushButton *m_liveButton;
    QTimer *m_timer;
    QTimer *m_refreshTimer;
    bool m_live = true;
    qint64 m_viewMs = 0;

protected:
    void changeEvent(QEvent *event) override;
};

} // namespace tw
