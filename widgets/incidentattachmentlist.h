#pragma once

#include "attachmentstore.h"

#include <QFutureWatcher>
#include <QGroupBox>
#include <QStringList>

#include <functional>

class QListWidget;
class QPushButton;

namespace tw {

class AttachmentOpener;
class Store;

/// The attachments of one incident, read from its timeline (name, size, time; the hash in the
/// tooltip). "Attach file…" or dropping files on the incident adds them: each file is read and
/// hashed on a worker thread, then logged as a media event; a file that cannot be attached gets a
/// message and leaves nothing behind. A double-click (or "Open") opens an attachment.
class IncidentAttachmentList : public QGroupBox {
    Q_OBJECT
public:
    using FilePicker = std::function<QStringList()>;

    /// `store` must outlive the list.
    explicit IncidentAttachmentList(Store *store, QWidget *parent = nullptr);
    ~IncidentAttachmentList() override;

    void setIncident(const QString &incidentId);
    QString incidentId() const { return m_incidentId; }

    QListWidget *list() const { return m_list; }
    QPushButton *attachButton() const { return m_attach; }
    QPushButton *openButton() const { return m_open; }
    AttachmentOpener *opener() const { return m_opener; }
    /// Replaces the file dialog of "Attach file…".
    void setFilePicker(FilePicker picker) { m_picker = std::move(picker); }

    /// Attaches the files one after another in the background; `attachFinished` follows per file.
    void attachFiles(const QStringList &paths);
    bool isBusy() const { return m_watcher.isRunning() || !m_queue.isEmpty(); }
    /// Opens the attachment shown in `row`; false (with statusMessage) when it cannot be opened.
    bool openRow(int row);

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// One file was attached (`ok`) or refused; `message` says which and why.
    void attachFinished(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// What the worker returns: the stored content or why not.
    struct Outcome {
        bool ok = false;
        StoredAttachment stored;
        QString error;
    };

    void reload();
    void attachNext();
    void onStored();
    void retranslate();

    Store *m_store;
    QString m_incidentId;
    QListWidget *m_list;
    QPushButton *m_attach;
    QPushButton *m_open;
    AttachmentOpener *m_opener;
    FilePicker m_picker;
    QStringList m_queue;
    QString m_queueIncidentId;
    QFutureWatcher<Outcome> m_watcher;
    QList<AttachmentEntry> m_entries;
};

} // namespace tw
