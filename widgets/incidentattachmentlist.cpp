#include "incidentattachmentlist.h"

#include "attachmentopener.h"
#include "store.h"

#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace tw {

IncidentAttachmentList::IncidentAttachmentList(Store *store, QWidget *parent)
    : QGroupBox(parent)
    , m_store(store)
    , m_list(new QListWidget(this))
    , m_attach(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_opener(new AttachmentOpener(store, this))
{
    m_list->setObjectName(QStringLiteral("attachmentList"));
    m_list->setMaximumHeight(120);
    m_attach->setObjectName(QStringLiteral("attachFile"));
    m_open->setObjectName(QStringLiteral("openAttachment"));
    m_open->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_attach);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    m_picker = [this] {
        return QFileDialog::getOpenFileNames(this, tr("Attach files to the incident"));
    };
    connect(m_attach, &QPushButton::clicked, this, [this] {
        const QStringList paths = m_picker ? m_picker() : QStringList();
        if (!paths.isEmpty()) {
            attachFiles(paths);
        }
    });
    connect(m_open, &QPushButton::clicked, this, [this] { openRow(m_list->currentRow()); });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { openRow(m_list->row(item)); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_open->setEnabled(row >= 0); });
    connect(m_opener, &AttachmentOpener::statusMessage, this, &IncidentAttachmentList::statusMessage);
    connect(m_store, &Store::timelineChanged, this, [this](const QString &incidentId) {
        if (incidentId == m_incidentId || incidentId.isEmpty()) {
            reload();
        }
    });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &IncidentAttachmentList::onStored);
    retranslate();
}

IncidentAttachmentList::~IncidentAttachmentList()
{
    m_queue.clear();
    m_watcher.waitForFinished();
}

void IncidentAttachmentList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QGroupBox::changeEvent(event);
}

void IncidentAttachmentList::retranslate()
{
    setTitle(tr("Attachments"));
    m_attach->setText(tr("Attach file…"));
    m_attach->setToolTip(tr("Add photos or documents to the incident (or drop files on it)"));
    m_open->setText(tr("Open"));
    reload();
}

void IncidentAttachmentList::setIncident(const QString &incidentId)
{
    m_incidentId = incidentId;
    m_attach->setEnabled(!incidentId.isEmpty());
    reload();
}

void IncidentAttachmentList::reload()
{
    m_entries.clear();
    if (!m_incidentId.isEmpty()) {
        QList<TimelineEvent> events = m_store->timeline(m_incidentId, 20000);
        std::reverse(events.begin(), events.end()); // oldest first
        m_entries = attachmentEntries(events);
    }
    const QLocale locale;
    m_list->clear();
    for (const AttachmentEntry &entry : std::as_const(m_entries)) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2 — %3")
                .arg(entry.name, locale.formattedDataSize(entry.size),
                     QDateTime::fromMSecsSinceEpoch(entry.atMs).toString(QStringLiteral("MM-dd HH:mm"))),
            m_list);
        item->setToolTip(QStringLiteral("SHA-256 %1\n%2").arg(entry.sha256, entry.mime));
    }
    if (m_entries.isEmpty() && !m_incidentId.isEmpty()) {
        auto *hint = new QListWidgetItem(tr("No attachments. Drop files here or use “Attach file…”."), m_list);
        hint->setFlags(Qt::NoItemFlags);
    }
    m_open->setEnabled(false);
}

bool IncidentAttachmentList::openRow(int row)
{
    if (row < 0 || row >= m_entries.size()) {
        return false;
    }
    const AttachmentEntry &entry = m_entries.at(row);
    const Status opened = m_opener->open(QStringLiteral("sha256:") + entry.sha256, entry.name);
    if (!opened) {
        Q_EMIT statusMessage(opened.errorString());
        return false;
    }
    return true;
}

void IncidentAttachmentList::attachFiles(const QStringList &paths)
{
    if (m_incidentId.isEmpty()) {
        Q_EMIT statusMessage(tr("Select an incident before attaching files"));
        return;
    }
    if (!m_queue.isEmpty() && m_queueIncidentId != m_incidentId) {
        Q_EMIT statusMessage(tr("Wait until the files of the other incident are attached"));
        return;
    }
    m_queueIncidentId = m_incidentId;
    m_queue += paths;
    if (!m_watcher.isRunning()) {
        attachNext();
    }
}

void IncidentAttachmentList::attachNext()
{
    if (m_queue.isEmpty()) {
        return;
    }
    const QString path = m_queue.takeFirst();
    Q_EMIT statusMessage(tr("Attaching %1…").arg(QFileInfo(path).fileName()));
    const AttachmentStore attachments = AttachmentStore::forStore(*m_store);
    m_watcher.setFuture(QtConcurrent::run([attachments, path] {
        Result<StoredAttachment> stored = attachments.add(path);
        return stored ? Outcome{true, stored.value(), {}} : Outcome{false, {}, stored.errorString()};
    }));
}

void IncidentAttachmentList::onStored()
{
    const Outcome outcome = m_watcher.result();
    QString message;
    bool ok = outcome.ok;
    if (!ok) {
        message = tr("Not attached: %1").arg(outcome.error);
    } else if (const Result<MutationOutcome> logged = logAttachment(*m_store, m_queueIncidentId, outcome.stored); !logged) {
        AttachmentStore::forStore(*m_store).discard(outcome.stored);
        ok = false;
        message = tr("Not attached: %1").arg(logged.errorString());
    } else {
        message = tr("Attached %1").arg(outcome.stored.name);
    }
    Q_EMIT statusMessage(message);
    Q_EMIT attachFinished(ok, message);
    attachNext();
}

} // namespace tw
