#pragma once

#include <QHash>
#include <QImage>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QLineEdit;
class QTimer;

namespace tw {

class Store;
class TimelineModel;
struct TimelineEvent;

/// A painted timeline: a zoomable time axis (wheel, minutes to weeks; drag to pan), one lane per
/// event kind or per team, a sprite per kind, hover details, a live "now" line, kind and text
/// filters, and N for a note on the incident (Enter applies timeline.note).
class TimelineView : public QWidget {
    Q_OBJECT
public:
    enum class Lanes { ByKind, ByTeam };

    /// `store` and `model` must outlive the view.
    TimelineView(Store *store, TimelineModel *model, QWidget *parent = nullptr);

    void setLanes(Lanes lanes);
    Lanes lanes() const { return m_laneMode; }
    /// Hides events of these kinds.
    void setHiddenKinds(const QSet<QString> &kinds);
    QSet<QString> hiddenKinds() const { return m_hiddenKinds; }
    /// Shows only events whose text, actor, kind or incident contains `text` (any case).
    void setTextFilter(const QString &text);
    QString textFilter() const { return m_textFilter; }

    /// The visible time range [startMs, endMs].
    void setTimeRange(qint64 startMs, qint64 endMs);
    qint64 startMs() const { return m_endMs - qint64(m_msPerPixel * plotWidth()); }
    qint64 endMs() const { return m_endMs; }
    /// Fits the range to the filtered events.
    void fitAll();
    /// Zooms by `factor` (> 1 zooms in) around the x position `anchorX`.
    void zoom(double factor, int anchorX);
    static qint64 minimumSpanMs() { return 60'000; }
    static qint64 maximumSpanMs() { return 8LL * 7 * 24 * 3600'000; }

    /// Follows the wall clock (the default) or stays at a fixed view time (replay).
    void setViewTime(qint64 atMs);
    void setLive();
    qint64 nowMs() const { return m_nowMs; }

    /// The filtered events, newest first (what the view shows and exports).
    QList<TimelineEvent> filteredEvents() const;
    int filteredCount() const { return int(m_items.size()); }
    /// The event at a widget position (within a few pixels), -1 when none; a model row.
    int eventAt(const QPoint &position) const;
    /// The widget position of a model row's event, or (-1, -1) when it is not shown.
    QPoint positionOf(int row) const;
    /// The tooltip text for a model row.
    QString detailsOf(int row) const;
    /// The incident N writes notes to: the model's incident, else the last clicked event's.
    QString noteIncidentId() const;
    QLineEdit *noteEditor() const { return m_noteEditor; }
    void openNoteEditor();
    /// Writes the filtered events as CSV (QSaveFile); false with a message on failure.
    bool exportCsv(const QString &path, QString *error = nullptr) const;

    /// Paints the view into `painter` at its current size (the widget and the benchmark use it).
    void paintTimeline(QPainter &painter);

Q_SIGNALS:
    /// A click on an event: the related object is what the map should select.
    void eventActivated(const QString &incidentId, const QString &eventId, const QString &relatedKind,
                        const QString &relatedId);
    void noteFailed(const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Item {
        qint64 atMs;
        int row;  ///< model row
        int lane;
        int kind; ///< sprite index
    };
    void rebuild();
    void applyNote();
    int plotWidth() const;
    int laneTop(int lane) const;
    int laneHeight() const;
    double xOf(qint64 atMs) const;
    const QImage &sprite(int kind) const;
    QString laneKeyOf(const TimelineEvent &event) const;
    QString laneLabel(const QString &key) const;

    Store *m_store;
    QPointer<TimelineModel> m_model;
    Lanes m_laneMode = Lanes::ByKind;
    QSet<QString> m_hiddenKinds;
    QString m_textFilter;
    qint64 m_endMs = 0;
    double m_msPerPixel = 1000.0;
    qint64 m_nowMs = 0;
    bool m_live = true;
    bool m_followNow = true;
    QTimer *m_clock = nullptr;
    QList<Item> m_items; ///< oldest first
    QStringList m_laneKeys;
    QStringList m_kinds; ///< sprite index -> kind
    mutable QHash<int, QImage> m_sprites;
    QLineEdit *m_noteEditor = nullptr;
    QString m_activeIncidentId;
    QPoint m_pressPosition;
    qint64 m_pressEndMs = 0;
    bool m_dragging = false;
};

/// The colour of a timeline kind (also used by the incident panel).
QColor timelineKindColor(const QString &kind);

} // namespace tw
