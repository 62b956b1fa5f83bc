#include "tst_storefixture.h"

#include "attachmentstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

using namespace tw;
using namespace tw::test;

namespace {

// SHA-256 of the three bytes "abc" (FIPS 180-2, appendix B.1).
const QString kAbcSha256 = QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");

QString writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(content) == content.size());
    return path;
}

// Every file under `folder`, relative to it (empty when the folder does not exist).
QStringList filesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << QDir(folder).relativeFilePath(it.next());
    }
    files.sort();
    return files;
}

struct AttachmentFixture {
    QTemporaryDir dir;
    std::unique_ptr<Store> store = openStore(dir.filePath(QStringLiteral("tidewatch.sqlite")));
    QString incidentId = makeIncident(*store);
    QString attachments = dir.filePath(QStringLiteral("attachments"));
};

} // namespace

TEST_CASE("an attached file is stored under its SHA-256 and logged as a media event")
{
    AttachmentFixture f;
    const QString photo = writeFile(f.dir.filePath(QStringLiteral("现场.jpg")), "abc");
    const Result<MutationOutcome> attached = attachFile(*f.store, f.incidentId, photo);
    INFO(attached.errorString().toStdString());
    REQUIRE(attached.ok());

    CHECK(AttachmentStore::forStore(*f.store).folder() == f.attachments);
    CHECK(filesUnder(f.attachments) == QStringList{QStringLiteral("ba/") + kAbcSha256});
    QFile stored(f.attachments + QStringLiteral("/ba/") + kAbcSha256);
    REQUIRE(stored.open(QIODevice::ReadOnly));
    CHECK(stored.readAll() == QByteArray("abc"));

    const TimelineEvent event = f.store->timeline(f.incidentId).first();
    CHECK(event.kind == TimelineKind::Media);
    CHECK(event.attachment == QStringLiteral("sha256:") + kAbcSha256);
    CHECK(event.payload.value("name").toString() == QStringLiteral("现场.jpg"));
    CHECK(event.payload.value("size").toInteger() == 3);
    CHECK(event.payload.value("mime").toString() == QStringLiteral("image/jpeg"));
    CHECK(event.text.contains(QStringLiteral("现场.jpg")));

    const QList<AttachmentEntry> entries = attachmentEntries(f.store->timeline(f.incidentId));
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].sha256 == kAbcSha256);
    CHECK(entries[0].name == QStringLiteral("现场.jpg"));
    CHECK(entries[0].isImage());
    const Result<QString> path = AttachmentStore::forStore(*f.store).pathOf(event.attachment);
    REQUIRE(path.ok());
    CHECK(QFileInfo(path.value()).size() == 3);
}

TEST_CASE("the same content attached twice is stored once and logged twice")
{
    AttachmentFixture f;
    const QString first = writeFile(f.dir.filePath(QStringLiteral("a.txt")), "same bytes");
    const QString second = writeFile(f.dir.filePath(QStringLiteral("copy of a.txt")), "same bytes");
    const AttachmentStore attachments = AttachmentStore::forStore(*f.store);

    const Result<StoredAttachment> one = attachments.add(first);
    REQUIRE(one.ok());
    CHECK(one->added);
    const Result<StoredAttachment> two = attachments.add(second);
    REQUIRE(two.ok());
    CHECK_FALSE(two->added);
    CHECK(two->sha256 == one->sha256);
    CHECK(two->name == QStringLiteral("copy of a.txt"));

    REQUIRE(logAttachment(*f.store, f.incidentId, one.value()).ok());
    REQUIRE(logAttachment(*f.store, f.incidentId, two.value(), QStringLiteral("再次上传")).ok());
    CHECK(filesUnder(f.attachments).size() == 1);
    const QList<AttachmentEntry> entries = attachmentEntries(f.store->timeline(f.incidentId));
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].sha256 == entries[1].sha256);
    CHECK(f.store->timeline(f.incidentId).first().text == QStringLiteral("再次上传"));
}

TEST_CASE("a missing, empty, folder or too large file is refused with a message and nothing is written")
{
    AttachmentFixture f;
    const auto before = rowCounts(*f.store);

    const QString missing = f.dir.filePath(QStringLiteral("nowhere.pdf"));
    Result<MutationOutcome> attached = attachFile(*f.store, f.incidentId, missing);
    REQUIRE_FALSE(attached.ok());
    CHECK(attached.errorString().contains(QStringLiteral("nowhere.pdf")));

    const QString empty = writeFile(f.dir.filePath(QStringLiteral("empty.txt")), {});
    attached = attachFile(*f.store, f.incidentId, empty);
    REQUIRE_FALSE(attached.ok());
    CHECK(attached.errorString().contains(QStringLiteral("empty.txt")));

    attached = attachFile(*f.store, f.incidentId, f.dir.path());
    REQUIRE_FALSE(attached.ok());
    CHECK(attached.errorString().contains(QStringLiteral("not a file")));

    // A sparse file just over the limit: refused before a byte is read.
    const QString huge = f.dir.filePath(QStringLiteral("huge.bin"));
    {
        QFile file(huge);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(AttachmentStore::kMaxBytes + 1));
    }
    attached = attachFile(*f.store, f.incidentId, huge);
    REQUIRE_FALSE(attached.ok());
    CHECK(attached.errorString().contains(QStringLiteral("huge.bin")));
    CHECK(attached.errorString().contains(QStringLiteral("too large")));

    CHECK(rowCounts(*f.store) == before);
    CHECK_FALSE(QFileInfo::exists(f.attachments));
}

TEST_CASE("attaching to an unknown incident stores nothing")
{
    AttachmentFixture f;
    const QString photo = writeFile(f.dir.filePath(QStringLiteral("photo.png")), "abc");
    const Result<MutationOutcome> attached = attachFile(*f.store, QStringLiteral("ghost"), photo);
    REQUIRE_FALSE(attached.ok());
    CHECK(attached.error().field == QStringLiteral("incident_id"));
    CHECK(filesUnder(f.attachments).isEmpty());
}

TEST_CASE("content stored for a note that is then refused is removed again")
{
    AttachmentFixture f;
    const QString photo = writeFile(f.dir.filePath(QStringLiteral("photo.png")), "abc");
    const AttachmentStore attachments = AttachmentStore::forStore(*f.store);
    const Result<StoredAttachment> stored = attachments.add(photo);
    REQUIRE(stored.ok());
    REQUIRE(stored->added);
    CHECK(filesUnder(f.attachments).size() == 1);
    // The incident disappears between storing and logging.
    const Result<MutationOutcome> logged = logAttachment(*f.store, QStringLiteral("ghost"), stored.value());
    REQUIRE_FALSE(logged.ok());
    attachments.discard(stored.value());
    CHECK(filesUnder(f.attachments).isEmpty());
}

TEST_CASE("timeline.note checks a content reference and its payload")
{
    auto store = openStore();
    const QString id = makeIncident(*store);
    const QString reference = QStringLiteral("sha256:") + kAbcSha256;
    const QJsonObject payload{{"name", "现场.jpg"}, {"mime", "image/jpeg"}, {"size", 3}};
    const auto before = rowCounts(*store);
    CHECK(mustFail(*store, "timeline.note", {{"incident_id", id}, {"text", "x"}, {"attachment", "sha256:abc"}, {"payload", payload}})
              .field == QStringLiteral("attachment"));
    CHECK(mustFail(*store, "timeline.note",
                   {{"incident_id", id}, {"text", "x"}, {"attachment", QString(QStringLiteral("sha256:") + kAbcSha256.toUpper())}, {"payload", payload}})
              .field == QStringLiteral("attachment"));
    CHECK(mustFail(*store, "timeline.note", {{"incident_id", id}, {"text", "x"}, {"attachment", reference}}).field
          == QStringLiteral("payload.name"));
    CHECK(mustFail(*store, "timeline.note", {{"incident_id", id}, {"text", "x"}, {"attachment", reference}, {"payload", "a.jpg"}})
              .field == QStringLiteral("payload"));
    CHECK(mustFail(*store, "timeline.note",
                   {{"incident_id", id}, {"text", "x"}, {"attachment", reference}, {"payload", QJsonObject{{"name", "a"}, {"size", -1}}}})
              .field == QStringLiteral("payload.size"));
    CHECK(rowCounts(*store) == before);

    mustApply(*store, "timeline.note", {{"incident_id", id}, {"text", "现场照片"}, {"attachment", reference}, {"payload", payload}});
    const TimelineEvent event = store->timeline(id).first();
    CHECK(event.kind == TimelineKind::Media);
    CHECK(event.payload == payload);
    // Plain attachments (a path or URI) keep working without a payload.
    mustApply(*store, "timeline.note", {{"incident_id", id}, {"text", "无人机画面"}, {"attachment", "snapshots/1.jpg"}});
    CHECK(attachmentEntries(store->timeline(id)).size() == 1);
}

TEST_CASE("a reference to content that is not stored names the attachment")
{
    QTemporaryDir dir;
    const AttachmentStore attachments(dir.filePath(QStringLiteral("attachments")));
    const Result<QString> path = attachments.pathOf(QStringLiteral("sha256:") + kAbcSha256);
    REQUIRE_FALSE(path.ok());
    CHECK(path.errorString().contains(kAbcSha256.left(12)));
    CHECK_FALSE(attachments.pathOf(QStringLiteral("photos/1.jpg")).ok());
    CHECK(attachmentHash(QStringLiteral("sha256:") + kAbcSha256) == kAbcSha256);
    CHECK(attachmentHash(QStringLiteral("md5:") + kAbcSha256).isEmpty());
}
