// The incident detail's report and attachment actions, offscreen, with the file dialogs replaced.

#include "../app/reportscenario.h"

#include "attachmentopener.h"
#include "incidentattachmentlist.h"
#include "incidentdetail.h"
#include "incidentreportbutton.h"
#include "incidentreportjob.h"
#include "languagemanager.h"
#include "timelinemodel.h"
#include "timelinepanel.h"
#include "timelineview.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace tw;
using namespace tw::test;

namespace {

std::unique_ptr<Store> openScenarioStore(const ReportScenario &scenario)
{
    Result<std::unique_ptr<Store>> opened = Store::open(scenario.databasePath);
    REQUIRE(opened.ok());
    opened.value()->setActor(QStringLiteral("值班员张伟"));
    return std::move(opened).value();
}

ReportOptions fixedOptions()
{
    ReportOptions options;
    options.unit = QStringLiteral("杭州市应急管理局指挥中心");
    options.author = QStringLiteral("张伟");
    options.contact = QStringLiteral("0571-87000119");
    options.generatedAtMs = 1'795'480'000'000;
    return options;
}

QStringList storedFiles(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << it.next();
    }
    return files;
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace

TEST_CASE("the report action of the incident detail writes the same report as the report job")
{
    ReportScenario scenario;
    auto store = openScenarioStore(scenario);
    LanguageManager languages;
    REQUIRE(languages.setLanguage(QStringLiteral("zh_CN")));
    IncidentDetail detail(store.get());
    detail.setIncident(scenario.incidentId);
    IncidentReportButton *button = detail.reportButton();
    REQUIRE(button->isEnabled());
    button->setBaseOptions(fixedOptions());
    const QString fromGui = scenario.path(QStringLiteral("gui.pdf"));
    QString suggested;
    button->setPathPicker([&](const QString &path) {
        suggested = path;
        return fromGui;
    });

    QSignalSpy finished(button, &IncidentReportButton::reportFinished);
    button->reportAction(ReportKind::FollowUp)->trigger();
    CHECK_FALSE(button->isEnabled()); // busy until the file is written
    REQUIRE(finished.wait(30000));
    INFO(finished.at(0).at(1).toString().toStdString());
    REQUIRE(finished.at(0).at(0).toBool());
    CHECK(button->isEnabled());
    CHECK(suggested.contains(QStringLiteral("-followup-")));
    CHECK(suggested.endsWith(QStringLiteral(".pdf")));
    CHECK(suggested.contains(scenario.title));

    // The same data through the job the command line uses.
    ReportOptions options = fixedOptions();
    options.kind = ReportKind::FollowUp;
    options.language = QStringLiteral("zh_CN");
    IncidentReportJob job;
    QSignalSpy jobFinished(&job, &IncidentReportJob::finished);
    const QString fromJob = scenario.path(QStringLiteral("job.pdf"));
    REQUIRE(job.start(*store, scenario.incidentId, ReportFormat::Pdf, fromJob, options).ok());
    REQUIRE(jobFinished.wait(30000));
    REQUIRE(jobFinished.at(0).at(0).toBool());

    const QString text = pdfText(fromGui);
    CHECK(text == pdfText(fromJob));
    CHECK(text.contains(QStringLiteral("突发事件信息报告（续报）")));
    CHECK(compact(text).contains(QStringLiteral("五、伤亡及损失")));
    CHECK(compact(text).contains(compact(scenario.teamName)));
    CHECK(compact(text).contains(compact(scenario.note)));
}

TEST_CASE("clicking the report button writes the report the incident's status calls for, as HTML when asked")
{
    ReportScenario scenario;
    auto store = openScenarioStore(scenario);
    IncidentDetail detail(store.get());
    detail.setIncident(scenario.closedIncidentId);
    IncidentReportButton *button = detail.reportButton();
    button->setBaseOptions(fixedOptions());
    const QString html = scenario.path(QStringLiteral("final.html"));
    QString suggested;
    button->setPathPicker([&](const QString &path) {
        suggested = path;
        return html;
    });
    QSignalSpy finished(button, &IncidentReportButton::reportFinished);
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(4, button->height() / 2));
    REQUIRE(finished.wait(30000));
    REQUIRE(finished.at(0).at(0).toBool());
    CHECK(suggested.contains(QStringLiteral("-final-")));
    const QString text = htmlText(html);
    CHECK(text.contains(QStringLiteral("Incident information report (final report)")));
    CHECK(text.contains(scenario.closeReason));
}

TEST_CASE("a report to a folder that does not exist is refused at once and writes nothing")
{
    ReportScenario scenario;
    auto store = openScenarioStore(scenario);
    IncidentDetail detail(store.get());
    detail.setIncident(scenario.incidentId);
    IncidentReportButton *button = detail.reportButton();
    const QString nowhere = scenario.path(QStringLiteral("no-folder/report.pdf"));
    button->setPathPicker([&](const QString &) { return nowhere; });
    QSignalSpy messages(button, &IncidentReportButton::statusMessage);
    QSignalSpy finished(button, &IncidentReportButton::reportFinished);
    CHECK_FALSE(button->exportReport(ReportKind::Initial));
    REQUIRE(messages.size() == 1);
    CHECK(messages.at(0).at(0).toString().contains(QStringLiteral("no-folder")));
    CHECK(finished.isEmpty());
    CHECK(button->isEnabled());
    CHECK_FALSE(QFileInfo::exists(scenario.path(QStringLiteral("no-folder"))));
}

TEST_CASE("files attached from the detail or dropped on it are stored and listed, a missing file writes nothing")
{
    ReportScenario scenario;
    auto store = openScenarioStore(scenario);
    IncidentDetail detail(store.get());
    detail.setIncident(scenario.incidentId);
    IncidentAttachmentList *attachments = detail.attachments();
    REQUIRE(attachments->list()->count() == 1); // the scenario's photo
    const QString folder = scenario.path(QStringLiteral("attachments"));
    REQUIRE(storedFiles(folder).size() == 1);

    const QString plan = scenario.path(QStringLiteral("疏散方案.txt"));
    {
        QFile file(plan);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("东侧楼道疏散，南门集合。\n");
    }
    attachments->setFilePicker([&] { return QStringList{plan}; });
    QSignalSpy finished(attachments, &IncidentAttachmentList::attachFinished);
    QTest::mouseClick(attachments->attachButton(), Qt::LeftButton);
    REQUIRE(finished.wait(10000));
    CHECK(finished.at(0).at(0).toBool());
    CHECK(attachments->list()->count() == 2);
    CHECK(attachments->list()->item(1)->text().contains(QStringLiteral("疏散方案.txt")));
    CHECK(storedFiles(folder).size() == 2);

    // A drop of the same file again: a second event, but the content is stored once.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(plan)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&detail, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&detail, &drop);
    REQUIRE(finished.wait(10000));
    CHECK(finished.at(1).at(0).toBool());
    CHECK(attachments->list()->count() == 3);
    CHECK(storedFiles(folder).size() == 2);

    const int events = int(store->timeline(scenario.incidentId).size());
    attachments->attachFiles({scenario.path(QStringLiteral("不存在.jpg"))});
    REQUIRE(finished.wait(10000));
    CHECK_FALSE(finished.at(2).at(0).toBool());
    CHECK(finished.at(2).at(1).toString().contains(QStringLiteral("不存在.jpg")));
    CHECK(store->timeline(scenario.incidentId).size() == events);
    CHECK(storedFiles(folder).size() == 2);
}

TEST_CASE("an attachment opens from the list and from a double-click on the timeline under its own name")
{
    ReportScenario scenario;
    auto store = openScenarioStore(scenario);
    QList<QUrl> opened;
    auto launcher = [&](const QUrl &url) {
        opened << url;
        return true;
    };

    IncidentDetail detail(store.get());
    detail.setIncident(scenario.incidentId);
    detail.attachments()->opener()->setLauncher(launcher);
    REQUIRE(detail.attachments()->openRow(0));
    REQUIRE(opened.size() == 1);
    CHECK(opened[0].isLocalFile());
    CHECK(QFileInfo(opened[0].toLocalFile()).fileName() == scenario.attachmentName);
    CHECK(sha256Of(opened[0].toLocalFile()) == scenario.attachmentSha.toLatin1());

    TimelinePanel panel(store.get());
    panel.setIncident(scenario.incidentId);
    panel.resize(1000, 400);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    panel.view()->fitAll();
    AttachmentOpener opener(store.get());
    opener.setLauncher(launcher);
    opener.watch(panel.view(), panel.model());
    int mediaRow = -1;
    for (int row = 0; row < panel.model()->rowCount(); ++row) {
        if (panel.model()->event(row).kind == TimelineKind::Media) {
            mediaRow = row;
        }
    }
    REQUIRE(mediaRow >= 0);
    const QPoint position = panel.view()->positionOf(mediaRow);
    REQUIRE(position.x() >= 0);
    QTest::mouseDClick(panel.view(), Qt::LeftButton, {}, position);
    REQUIRE(opened.size() == 2);
    CHECK(QFileInfo(opened[1].toLocalFile()).fileName() == scenario.attachmentName);

    // Content that is gone from the disk: a message, no launch.
    QSignalSpy messages(&opener, &AttachmentOpener::statusMessage);
    const QString stored = scenario.path(QStringLiteral("attachments/") + scenario.attachmentSha.left(2) + QLatin1Char('/')
                                         + scenario.attachmentSha);
    QFile::setPermissions(stored, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    REQUIRE(QFile::remove(stored));
    QTest::mouseDClick(panel.view(), Qt::LeftButton, {}, position);
    CHECK(opened.size() == 2);
    REQUIRE(messages.size() == 1);
    CHECK(messages.at(0).at(0).toString().contains(scenario.attachmentSha.left(12)));
    QDir(QFileInfo(opened[0].toLocalFile()).absolutePath()).removeRecursively(); // the link's temporary folder
}
