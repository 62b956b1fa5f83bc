#pragma once

#include "replayengine.h"

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
/// listen to viewTimeChanged() and show the state it carries.
class ReplayBar : public QWidget {
    Q_OBJECT
public:
    /// `store` must outlive the bar.
    explicit ReplayBar(Store *store, QWidget *parent = nullptr);

    bool isLive() const { return m_live; }
    qint64 viewTimeMs() const { return m_viewMs; }
    QSlider *slider() const { return m_slider; }
    QComboBox *speedBox() const { return m_speed; }
    /// Enters replay at `atMs` (clamped to the log) and announces the state then.
    Status showMoment(qint64 atMs);
    /// Advances the view time by `elapsedMs` of wall time at the chosen speed (the play timer).
    void advance(qint64 elapsedMs);
    void setPlaying(bool playing);
    void goLive();

Q_SIGNALS:
    void viewTimeChanged(qint64 atMs, const tw::ReplayState &state);
    void liveResumed();

private:
    void refreshRange();

    Store *m_store;
    ReplayEngine m_engine;
    QSlider *m_slider;
    QPushButton *m_play;
    QComboBox *m_speed;
    QLabel *m_time;
    QPushButton *m_liveButton;
    QTimer *m_timer;
    bool m_live = true;
    qint64 m_viewMs = 0;
};

} // namespace tw
