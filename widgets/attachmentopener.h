#pragma once

#include "result.h"
#include "timelineevent.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace tw {

class Store;
class TimelineModel;
class TimelineView;

/// Opens attachments with the desktop's application for their type. Stored content has no file
/// name of its own, so it is opened through a link named like the original file in a temporary
/// folder (the application then knows the type, and cannot change the stored content by saving).
/// Watching a TimelineView, a double-click on an event with an attachment opens it.
class AttachmentOpener : public QObject {
    Q_OBJECT
public:
    using Launcher = std::function<bool(const QUrl &url)>;

    /// `store` must outlive the opener.
    explicit AttachmentOpener(const Store *store, QObject *parent = nullptr);

    /// Replaces QDesktopServices::openUrl (tests, or a viewer of our own).
    void setLauncher(Launcher launcher) { m_launcher = std::move(launcher); }
    /// Opens "sha256:<hex>" content (shown under `name`), a URL, or an existing local path.
    Status open(const QString &attachment, const QString &name = {});
    /// Opens the attachment of a timeline event; an Error when it has none.
    Status openEvent(const TimelineEvent &event);
    /// Opens attachments on double-clicks in `view`, whose events come from `model`.
    void watch(TimelineView *view, TimelineModel *model);

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Result<QString> linkFor(const QString &storedPath, const QString &sha256, const QString &name) const;

    const Store *m_store;
    Launcher m_launcher;
    QPointer<TimelineView> m_view;
    QPointer<TimelineModel> m_model;
};

} // namespace tw
