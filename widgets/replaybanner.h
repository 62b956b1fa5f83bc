#pragma once

#include <QLabel>
#include <QPointer>

namespace tw {

/// The "REPLAY hh:mm:ss" badge laid over a view (the map, a list) while the console shows a
/// replayed moment. It follows its host's size, stays on top of it and lets clicks through.
class ReplayBanner : public QLabel {
    Q_OBJECT
public:
    enum class Placement { TopCentre, BottomCentre };

    /// A child of `host`, hidden until showMoment().
    explicit ReplayBanner(QWidget *host, Placement placement = Placement::TopCentre);

    /// Shows the badge for the moment `atMs` (UTC ms, shown in local time).
    void showMoment(qint64 atMs);
    /// Hides it (live again).
    void clearMoment();
    /// Keeps a top badge below `sibling` (another overlay of the host, such as a search box).
    void placeBelow(QWidget *sibling);
    /// The moment shown; 0 when hidden.
    qint64 moment() const { return m_atMs; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateText();
    void place();

    Placement m_placement;
    QPointer<QWidget> m_below;
    qint64 m_atMs = 0;
};

} // namespace tw
