// TimelineView: hit testing, hover details, zoom and pan, clicks and the note entry.

#include "timelineview.h"

#include "store.h"
#include "timelinemodel.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

#include <algorithm>

namespace tw {

namespace {
constexpr int kLabelWidth = 120;
constexpr int kHitPixels = 6;
} // namespace

int TimelineView::eventAt(const QPoint &position) const
{
    if (position.x() < kLabelWidth || m_laneKeys.isEmpty()) {
        return -1;
    }
    const int lane = (position.y() - laneTop(0)) / laneHeight();
    if (position.y() < laneTop(0) || lane >= m_laneKeys.size()) {
        return -1;
    }
    const qint64 fromMs = startMs() + qint64((position.x() - kLabelWidth - kHitPixels) * m_msPerPixel);
    const qint64 toMs = startMs() + qint64((position.x() - kLabelWidth + kHitPixels) * m_msPerPixel);
    auto it = std::lower_bound(m_items.cbegin(), m_items.cend(), fromMs,
                               [](const Item &item, qint64 atMs) { return item.atMs < atMs; });
    int best = -1;
    double bestDistance = kHitPixels + 1;
    for (; it != m_items.cend() && it->atMs <= toMs; ++it) {
        const double distance = std::abs(xOf(it->atMs) - position.x());
        if (it->lane == lane && distance <= bestDistance) { // ties: the newer one, drawn on top
            best = it->row;
            bestDistance = distance;
        }
    }
    return best;
}

QPoint TimelineView::positionOf(int row) const
{
    for (const Item &item : m_items) {
        if (item.row == row) {
            return {int(xOf(item.atMs)), laneTop(item.lane) + laneHeight() / 2};
        }
    }
    return {-1, -1};
}

QString TimelineView::detailsOf(int row) const
{
    if (!m_model || row < 0 || row >= m_model->rowCount()) {
        return {};
    }
    const TimelineEvent &event = m_model->event(row);
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> — %2")
                 .arg(timelineKindLabel(event.kind).toHtmlEscaped(),
                      QDateTime::fromMSecsSinceEpoch(event.atMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    lines << event.text.toHtmlEscaped();
    lines << tr("Incident: %1").arg(m_model->incidentTitle(event.incidentId).toHtmlEscaped());
    if (!event.actor.isEmpty()) {
        lines << tr("By: %1").arg(event.actor.toHtmlEscaped());
    }
    for (auto it = event.payload.constBegin(); it != event.payload.constEnd(); ++it) {
        const QString value = it.value().isObject() || it.value().isArray()
                                  ? tr("(details)")
                                  : it.value().toVariant().toString();
        lines << QStringLiteral("%1: %2").arg(it.key().toHtmlEscaped(), value.toHtmlEscaped());
    }
    if (!event.attachment.isEmpty()) {
        lines << tr("Attachment: %1").arg(event.attachment.toHtmlEscaped());
    }
    return lines.join(QStringLiteral("<br>"));
}

QString TimelineView::noteIncidentId() const
{
    if (m_model && !m_model->incidentId().isEmpty()) {
        return m_model->incidentId();
    }
    return m_activeIncidentId;
}

void TimelineView::openNoteEditor()
{
    const QString incidentId = noteIncidentId();
    if (incidentId.isEmpty()) {
        Q_EMIT noteFailed(tr("Click an event of the incident the note is for first"));
        return;
    }
    m_noteEditor->setPlaceholderText(
        tr("Note for %1 — Enter saves, Esc cancels").arg(m_model->incidentTitle(incidentId)));
    m_noteEditor->setGeometry(kLabelWidth, height() - m_noteEditor->sizeHint().height(), plotWidth(),
                              m_noteEditor->sizeHint().height());
    m_noteEditor->show();
    m_noteEditor->setFocus();
}

void TimelineView::applyNote()
{
    const QString text = m_noteEditor->text().trimmed();
    if (text.isEmpty()) {
        m_noteEditor->hide();
        setFocus();
        return;
    }
    const Result<MutationOutcome> applied = m_store->apply(
        QStringLiteral("timeline.note"), {{QStringLiteral("incident_id"), noteIncidentId()}, {QStringLiteral("text"), text}});
    if (!applied) {
        Q_EMIT noteFailed(applied.errorString());
        return;
    }
    m_noteEditor->clear();
    m_noteEditor->hide();
    setFocus();
}

bool TimelineView::exportCsv(const QString &path, QString *error) const
{
    const Status written = m_model->writeCsv(path, filteredEvents());
    if (!written && error) {
        *error = written.errorString();
    }
    return written.ok();
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = eventAt(help->pos());
        if (row >= 0) {
            QToolTip::showText(help->globalPos(), detailsOf(row), this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0.0) {
        zoom(std::pow(1.25, steps), int(event->position().x()));
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    setFocus();
    if (event->button() == Qt::LeftButton) {
        m_pressPosition = event->position().toPoint();
        m_pressEndMs = m_endMs;
        m_dragging = false;
    }
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton)) {
        return;
    }
    const int dx = event->position().toPoint().x() - m_pressPosition.x();
    if (!m_dragging && std::abs(dx) < 4) {
        return;
    }
    m_dragging = true;
    m_followNow = false;
    m_endMs = m_pressEndMs - qint64(dx * m_msPerPixel);
    update();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_dragging) {
        m_dragging = false;
        return;
    }
    const int row = eventAt(event->position().toPoint());
    if (row < 0) {
        return;
    }
    const TimelineEvent &activated = m_model->event(row);
    m_activeIncidentId = activated.incidentId;
    const auto [relatedKind, relatedId] = TimelineModel::relatedObject(activated);
    Q_EMIT eventActivated(activated.incidentId, activated.id, relatedKind, relatedId);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_N:
        openNoteEditor();
        break;
    case Qt::Key_Escape:
        m_noteEditor->clear();
        m_noteEditor->hide();
        setFocus();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoom(1.5, kLabelWidth + plotWidth() / 2);
        break;
    case Qt::Key_Minus:
        zoom(1 / 1.5, kLabelWidth + plotWidth() / 2);
        break;
    case Qt::Key_Home:
        setLive();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_noteEditor->isVisible()) {
        m_noteEditor->setGeometry(kLabelWidth, height() - m_noteEditor->height(), plotWidth(), m_noteEditor->height());
    }
}

} // namespace tw
