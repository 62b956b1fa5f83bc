#include "attachmentopener.h"

#include "attachmentstore.h"
#include "timelinemodel.h"
#include "timelineview.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMouseEvent>
#include <QStandardPaths>

namespace tw {

namespace {

// The original name without folders or characters file systems refuse; the hash when nothing is left.
QString safeFileName(const QString &name, const QString &sha256)
{
    QString file = QFileInfo(name).fileName();
    for (QChar &c : file) {
        if (c.unicode() < 0x20 || QStringLiteral("/\\:*?\"<>|").contains(c)) {
            c = QLatin1Char('_');
        }
    }
    file = file.trimmed();
    return file.isEmpty() || file.startsWith(QLatin1Char('.')) ? sha256 + file : file;
}

} // namespace

AttachmentOpener::AttachmentOpener(const Store *store, QObject *parent)
    : QObject(parent), m_store(store), m_launcher([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
}

Result<QString> AttachmentOpener::linkFor(const QString &storedPath, const QString &sha256, const QString &name) const
{
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                               .filePath(QStringLiteral("tidewatch-attachments/") + sha256.left(16));
    if (!QDir().mkpath(folder)) {
        return Error{tr("cannot create the folder %1").arg(folder), {}, folder};
    }
    const QString link = QDir(folder).filePath(safeFileName(name, sha256));
    const QFileInfo existing(link);
    if (existing.isSymLink() && existing.symLinkTarget() == QFileInfo(storedPath).absoluteFilePath()) {
        return link;
    }
    QFile::remove(link);
    if (QFile::link(storedPath, link) || QFile::copy(storedPath, link)) {
        return link;
    }
    return Error{tr("cannot prepare %1 for opening").arg(name), {}, link};
}

Status AttachmentOpener::open(const QString &attachment, const QString &name)
{
    QUrl url;
    const QString sha256 = attachmentHash(attachment);
    if (!sha256.isEmpty()) {
        const Result<QString> stored = AttachmentStore::forStore(*m_store).pathOf(attachment);
        if (!stored) {
            return stored.error();
        }
        const Result<QString> link = linkFor(stored.value(), sha256, name.isEmpty() ? sha256 : name);
        if (!link) {
            return link.error();
        }
        url = QUrl::fromLocalFile(link.value());
    } else if (QFileInfo(attachment).isFile()) {
        url = QUrl::fromLocalFile(QFileInfo(attachment).absoluteFilePath());
    } else {
        const QUrl given(attachment);
        if (!given.isValid() || given.scheme().size() < 2) { // a drive letter is no scheme
            return Error{tr("the attachment %1 cannot be found").arg(attachment), {}, attachment};
        }
        url = given;
    }
    if (!m_launcher(url)) {
        return Error{tr("no application could open %1").arg(name.isEmpty() ? attachment : name), {}, url.toString()};
    }
    return {};
}

Status AttachmentOpener::openEvent(const TimelineEvent &event)
{
    if (event.attachment.isEmpty()) {
        return Error{tr("this event has no attachment"), {}, {}};
    }
    return open(event.attachment, event.payload.value(QStringLiteral("name")).toString());
}

void AttachmentOpener::watch(TimelineView *view, TimelineModel *model)
{
    if (m_view) {
        m_view->removeEventFilter(this);
    }
    m_view = view;
    m_model = model;
    view->installEventFilter(this);
}

bool AttachmentOpener::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && m_model && event->type() == QEvent::MouseButtonDblClick) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const int row = m_view->eventAt(mouse->position().toPoint());
        if (row >= 0 && !m_model->event(row).attachment.isEmpty()) {
            if (Status opened = openEvent(m_model->event(row)); !opened) {
                Q_EMIT statusMessage(opened.errorString());
            }
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tw
