#include "attachmentstore.h"

#include "logging.h"
#include "store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <algorithm>

namespace tw {

namespace {

constexpr qint64 kChunkBytes = 1 << 20;

bool isLowerHex(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// Reads `source` to its end in chunks, feeding the hash and, when given, the copy. Returns the
// number of bytes read, or an Error naming the file.
Result<qint64> pump(QFile &source, QCryptographicHash &hash, QFile *copy, const QString &shownPath)
{
    qint64 total = 0;
    QByteArray chunk;
    for (;;) {
        chunk = source.read(kChunkBytes);
        if (chunk.isEmpty()) {
            if (source.error() != QFileDevice::NoError) {
                return Error{AttachmentStore::tr("%1 cannot be read: %2").arg(shownPath, source.errorString()), {},
                             shownPath};
            }
            return total;
        }
        total += chunk.size();
        if (total > AttachmentStore::kMaxBytes) {
            return Error{AttachmentStore::tr("%1 is too large to attach (more than %2 MB)")
                             .arg(shownPath, megabytes(AttachmentStore::kMaxBytes)),
                         {}, shownPath};
        }
        hash.addData(chunk);
        if (copy && copy->write(chunk) != chunk.size()) {
            return Error{AttachmentStore::tr("cannot store the attachment: %1").arg(copy->errorString()), {},
                         copy->fileName()};
        }
    }
}

} // namespace

QString attachmentHash(const QString &reference)
{
    static const QString prefix = QStringLiteral("sha256:");
    if (!reference.startsWith(prefix)) {
        return {};
    }
    const QString hex = reference.mid(prefix.size());
    return hex.size() == 64 && isLowerHex(hex) ? hex : QString();
}

QList<AttachmentEntry> attachmentEntries(const QList<TimelineEvent> &events)
{
    QList<AttachmentEntry> entries;
    for (const TimelineEvent &event : events) {
        const QString sha256 = attachmentHash(event.attachment);
        if (sha256.isEmpty()) {
            continue;
        }
        AttachmentEntry entry;
        entry.eventId = event.id;
        entry.incidentId = event.incidentId;
        entry.atMs = event.atMs;
        entry.actor = event.actor;
        entry.text = event.text;
        entry.sha256 = sha256;
        entry.name = event.payload.value(QStringLiteral("name")).toString();
        entry.mime = event.payload.value(QStringLiteral("mime")).toString();
        entry.size = event.payload.value(QStringLiteral("size")).toInteger();
        if (entry.name.isEmpty()) {
            entry.name = sha256.left(12);
        }
        entries.append(entry);
    }
    return entries;
}

AttachmentStore::AttachmentStore(const QString &folder) : m_folder(folder) {}

AttachmentStore AttachmentStore::forStore(const Store &store)
{
    const QString database = store.path();
    QString base;
    if (database.isEmpty() || database == QLatin1String(":memory:")) {
        base = qEnvironmentVariable("TW_DATA_HOME");
        if (base.isEmpty()) {
            base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        }
    } else {
        base = QFileInfo(database).absolutePath();
    }
    return AttachmentStore(QDir(base).filePath(QStringLiteral("attachments")));
}

QString AttachmentStore::pathForHash(const QString &sha256) const
{
    return QDir(m_folder).filePath(sha256.left(2) + QLatin1Char('/') + sha256);
}

Result<QString> AttachmentStore::pathOf(const QString &reference) const
{
    const QString sha256 = attachmentHash(reference);
    if (sha256.isEmpty()) {
        return Error{tr("\"%1\" is not a stored attachment").arg(reference), QStringLiteral("attachment"), {}};
    }
    const QString path = pathForHash(sha256);
    if (!QFileInfo(path).isFile()) {
        return Error{tr("the attachment %1 is not in %2").arg(sha256.left(12), m_folder), {}, path};
    }
    return path;
}

Result<StoredAttachment> AttachmentStore::add(const QString &filePath) const
{
    const QFileInfo info(filePath);
    if (!info.exists()) {
        return Error{tr("%1: no such file").arg(filePath), {}, filePath};
    }
    if (!info.isFile()) {
        return Error{tr("%1 is not a file").arg(filePath), {}, filePath};
    }
    if (info.size() > kMaxBytes) {
        return Error{tr("%1 is too large to attach (%2 MB; the limit is %3 MB)")
                         .arg(filePath, megabytes(info.size()), megabytes(kMaxBytes)),
                     {}, filePath};
    }
    if (info.size() == 0) {
        return Error{tr("%1 is empty").arg(filePath), {}, filePath};
    }
    QFile source(filePath);
    if (!source.open(QIODevice::ReadOnly)) {
        return Error{tr("%1 cannot be read: %2").arg(filePath, source.errorString()), {}, filePath};
    }

    // One pass: hash while copying into a temporary file, then rename it to its hash (or drop it
    // when that content is already stored). A read error removes the temporary file.
    if (!QDir().mkpath(m_folder)) {
        return Error{tr("cannot create the attachment folder %1").arg(m_folder), {}, m_folder};
    }
    QTemporaryFile copy(QDir(m_folder).filePath(QStringLiteral(".incoming-XXXXXX")));
    if (!copy.open()) {
        return Error{tr("cannot store the attachment in %1: %2").arg(m_folder, copy.errorString()), {}, m_folder};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const Result<qint64> size = pump(source, hash, &copy, filePath);
    if (!size) {
        return size.error();
    }
    if (size.value() == 0) {
        return Error{tr("%1 is empty").arg(filePath), {}, filePath};
    }
    if (!copy.flush()) {
        return Error{tr("cannot store the attachment in %1: %2").arg(m_folder, copy.errorString()), {}, m_folder};
    }

    StoredAttachment stored;
    stored.sha256 = QString::fromLatin1(hash.result().toHex());
    stored.name = info.fileName();
    stored.mime = QMimeDatabase().mimeTypeForFile(info).name();
    stored.size = size.value();
    stored.path = pathForHash(stored.sha256);
    if (QFileInfo(stored.path).isFile()) {
        return stored; // the same content is stored already; the copy goes
    }
    const QString folder = QFileInfo(stored.path).absolutePath();
    if (!QDir().mkpath(folder)) {
        return Error{tr("cannot create the attachment folder %1").arg(folder), {}, folder};
    }
    copy.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    if (!copy.rename(stored.path)) {
        if (QFileInfo(stored.path).isFile()) {
            return stored; // stored meanwhile by someone else: the same content
        }
        return Error{tr("cannot store the attachment in %1: %2").arg(folder, copy.errorString()), {}, folder};
    }
    copy.setAutoRemove(false);
    stored.added = true;
    qCInfo(lcModels) << "stored attachment" << stored.name << stored.sha256;
    return stored;
}

void AttachmentStore::discard(const StoredAttachment &attachment) const
{
    if (!attachment.added) {
        return;
    }
    QFile::setPermissions(attachment.path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile::remove(attachment.path);
    QDir().rmdir(QFileInfo(attachment.path).absolutePath()); // only when empty
}

Result<MutationOutcome> logAttachment(Store &store, const QString &incidentId, const StoredAttachment &attachment,
                                      const QString &text)
{
    const QJsonObject payload{{QStringLiteral("name"), attachment.name},
                              {QStringLiteral("mime"), attachment.mime},
                              {QStringLiteral("size"), attachment.size}};
    return store.apply(QStringLiteral("timeline.note"),
                       {{QStringLiteral("incident_id"), incidentId},
                        {QStringLiteral("text"),
                         text.trimmed().isEmpty() ? AttachmentStore::tr("Attached %1").arg(attachment.name) : text},
                        {QStringLiteral("attachment"), attachment.reference()},
                        {QStringLiteral("payload"), payload}});
}

Result<MutationOutcome> attachFile(Store &store, const QString &incidentId, const QString &filePath, const QString &text)
{
    if (const Result<Record> incident = store.record(ResourceKind::Incidents, incidentId); !incident) {
        return Error{incident.error().message, QStringLiteral("incident_id"), {}};
    }
    const AttachmentStore attachments = AttachmentStore::forStore(store);
    const Result<StoredAttachment> stored = attachments.add(filePath);
    if (!stored) {
        return stored.error();
    }
    Result<MutationOutcome> logged = logAttachment(store, incidentId, stored.value(), text);
    if (!logged) {
        attachments.discard(stored.value());
    }
    return logged;
}

} // namespace tw
