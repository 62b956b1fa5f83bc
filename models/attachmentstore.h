#pragma once

#include "result.h"
#include "timelineevent.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tw {

class Store;
struct MutationOutcome;

/// A file kept by its content: what AttachmentStore::add() stored and the timeline records.
struct StoredAttachment {
    QString sha256;     ///< 64 lower-case hexadecimal digits
    QString name;       ///< the original file name, without its folder
    QString mime;       ///< e.g. "image/jpeg"
    qint64 size = 0;    ///< bytes
    QString path;       ///< where the content is stored
    bool added = false; ///< false when the same content was stored before

    /// "sha256:<hex>", the value of a timeline event's `attachment`.
    QString reference() const { return QStringLiteral("sha256:") + sha256; }
};

/// An attachment as a timeline event names it (a media event whose attachment is "sha256:<hex>").
struct AttachmentEntry {
    QString eventId;
    QString incidentId;
    qint64 atMs = 0;
    QString actor;
    QString text;
    QString sha256;
    QString name;
    QString mime;
    qint64 size = 0;

    bool isImage() const { return mime.startsWith(QLatin1String("image/")); }
};

/// The content-addressed attachments of the events, in the order given; events without a
/// "sha256:" attachment are skipped.
QList<AttachmentEntry> attachmentEntries(const QList<TimelineEvent> &events);

/// The hexadecimal hash of a "sha256:<hex>" reference; empty when `reference` is not one.
QString attachmentHash(const QString &reference);

/// Files stored by content under one folder: `<folder>/<first two hex digits>/<sha256>`. The same
/// content is stored once however often it is attached. Only touches files, so add() may run on
/// a worker thread.
class AttachmentStore {
    Q_DECLARE_TR_FUNCTIONS(tw::AttachmentStore)

public:
    /// Larger files are refused: attachments are photos, scans and documents, not video archives.
    static constexpr qint64 kMaxBytes = 200LL * 1024 * 1024;

    explicit AttachmentStore(const QString &folder);
    /// The attachments of a database live beside it, in `<database folder>/attachments`; an
    /// in-memory database uses `$TW_DATA_HOME/attachments` (or the application data folder).
    static AttachmentStore forStore(const Store &store);

    QString folder() const { return m_folder; }

    /// Reads `filePath`, hashes it with SHA-256 and copies it in unless that content is already
    /// stored. A missing, unreadable, empty or too large file is refused with a message naming it,
    /// and then nothing is written.
    Result<StoredAttachment> add(const QString &filePath) const;
    /// The stored file of a "sha256:<hex>" reference; an Error when it is not (or no longer) here.
    Result<QString> pathOf(const QString &reference) const;
    /// Where content with this hash is (or would be) stored.
    QString pathForHash(const QString &sha256) const;
    /// Removes content that add() has just stored (`added`), when it could not be logged.
    void discard(const StoredAttachment &attachment) const;

private:
    QString m_folder;
};

/// Records a stored attachment on an incident's timeline: a `media` event through `timeline.note`
/// with attachment "sha256:<hex>" and payload {name, mime, size}. `text` defaults to "Attached <name>".
Result<MutationOutcome> logAttachment(Store &store, const QString &incidentId, const StoredAttachment &attachment,
                                      const QString &text = {});

/// Stores `filePath` and logs it on the incident's timeline. The incident is checked before
/// anything is stored, and content stored by this call is removed again when logging fails.
Result<MutationOutcome> attachFile(Store &store, const QString &incidentId, const QString &filePath,
                                   const QString &text = {});

} // namespace tw
