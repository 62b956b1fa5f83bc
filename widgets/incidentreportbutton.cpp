#include "incidentreportbutton.h"

#include "incidentreportjob.h"
#include "languagemanager.h"
#include "store.h"
#include "tilesourcestore.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>

namespace tw {

namespace {

// A title as part of a file name: no folder separators or characters file systems refuse.
QString fileNamePart(const QString &text)
{
    QString part = text.trimmed();
    for (QChar &c : part) {
        if (c.unicode() < 0x20 || QStringLiteral("/\\:*?\"<>|").contains(c)) {
            c = QLatin1Char('_');
        }
    }
    return part.left(60);
}

} // namespace

IncidentReportButton::IncidentReportButton(Store *store, QWidget *parent)
    : QToolButton(parent), m_store(store), m_job(new IncidentReportJob(this))
{
    setObjectName(QStringLiteral("incidentReport"));
    setPopupMode(QToolButton::MenuButtonPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(this);
    for (ReportKind kind : {ReportKind::Initial, ReportKind::FollowUp, ReportKind::Final}) {
        QAction *action = menu->addAction(QString());
        action->setObjectName(QStringLiteral("report_") + reportKindName(kind));
        connect(action, &QAction::triggered, this, [this, kind] { exportReport(kind); });
        m_actions.insert(int(kind), action);
    }
    setMenu(menu);
    connect(this, &QToolButton::clicked, this, [this] { exportReport(defaultReportKind(m_incident.status)); });

    m_picker = [this](const QString &suggested) {
        QString filter;
        const QString pdf = tr("PDF document (*.pdf)");
        const QString html = tr("Web page (*.html)");
        QString path = QFileDialog::getSaveFileName(this, tr("Save the report"), suggested,
                                                    pdf + QStringLiteral(";;") + html, &filter);
        if (!path.isEmpty() && !reportFormatFromPath(path)) {
            path += filter == html ? QStringLiteral(".html") : QStringLiteral(".pdf");
        }
        return path;
    };
    connect(m_job, &IncidentReportJob::finished, this, [this](bool ok, const QString &message, const QString &path) {
        setEnabled(!m_incident.id.isEmpty());
        Q_EMIT statusMessage(ok ? tr("Report saved to %1").arg(path) : tr("The report was not saved: %1").arg(message));
        Q_EMIT reportFinished(ok, message, path);
    });
    setEnabled(false);
    retranslate();
}

void IncidentReportButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QToolButton::changeEvent(event);
}

void IncidentReportButton::retranslate()
{
    setText(tr("Report"));
    setToolTip(tr("Write the incident information report (PDF or HTML)"));
    m_actions.value(int(ReportKind::Initial))->setText(tr("Initial report…"));
    m_actions.value(int(ReportKind::FollowUp))->setText(tr("Follow-up report…"));
    m_actions.value(int(ReportKind::Final))->setText(tr("Final report…"));
}

void IncidentReportButton::setIncident(const Incident &incident)
{
    m_incident = incident;
    setEnabled(!incident.id.isEmpty() && !m_job->isRunning());
    const ReportKind preferred = defaultReportKind(incident.status);
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        QFont font = it.value()->font();
        font.setBold(it.key() == int(preferred));
        it.value()->setFont(font);
    }
}

void IncidentReportButton::setBaseOptions(const ReportOptions &options)
{
    m_baseOptions = options;
}

ReportOptions IncidentReportButton::baseOptions() const
{
    if (m_baseOptions) {
        return *m_baseOptions;
    }
    QSettings settings;
    ReportOptions options;
    options.unit = settings.value(QStringLiteral("report/unit")).toString();
    options.author = settings.value(QStringLiteral("report/author"), m_store->actor()).toString();
    options.contact = settings.value(QStringLiteral("report/contact")).toString();
    options.tileSources = TileSourceStore::load(settings).value_or(QList<TileSourceSpec>());
    return options;
}

QString IncidentReportButton::suggestedPath(ReportKind kind) const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty()) {
        folder = QDir::homePath();
    }
    const QString name = QStringLiteral("%1-%2-%3.pdf")
                             .arg(fileNamePart(m_incident.title), reportKindName(kind),
                                  QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    return QDir(folder).filePath(name);
}

bool IncidentReportButton::exportReport(ReportKind kind)
{
    if (m_incident.id.isEmpty()) {
        return false;
    }
    if (m_job->isRunning()) {
        Q_EMIT statusMessage(tr("A report is already being written"));
        return false;
    }
    const QString path = m_picker ? m_picker(suggestedPath(kind)) : QString();
    if (path.isEmpty()) {
        return false;
    }
    ReportOptions options = baseOptions();
    options.kind = kind;
    options.language = LanguageManager::installedLanguage();
    const ReportFormat format = reportFormatFromPath(path).value_or(ReportFormat::Pdf);
    if (Status started = m_job->start(*m_store, m_incident.id, format, path, options); !started) {
        Q_EMIT statusMessage(tr("The report was not saved: %1").arg(started.errorString()));
        return false;
    }
    setEnabled(false);
    Q_EMIT statusMessage(tr("Writing the report to %1…").arg(path));
    return true;
}

} // namespace tw
