// `tidewatch report` run as a process, the way a script or a duty officer's shell uses it.

#include "reportscenario.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

using namespace tw;
using namespace tw::test;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs tidewatch without a display: no DISPLAY, no platform chosen by the caller.
Run tidewatch(const ReportScenario &scenario, const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
        environment.remove(QLatin1String(name));
    }
    environment.insert(QStringLiteral("TW_DATA_HOME"), scenario.path(QStringLiteral("home")));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(scenario.dir.path());
    process.start(QStringLiteral(TW_TIDEWATCH), arguments);
    REQUIRE(process.waitForFinished(60000));
    Run run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    INFO("stdout: " << run.out.toStdString() << "\nstderr: " << run.err.toStdString());
    return run;
}

QStringList reportArguments(const ReportScenario &scenario, const QString &file, const QStringList &more = {})
{
    return QStringList{QStringLiteral("report"), QStringLiteral("--db"), scenario.databasePath,
                       QStringLiteral("--incident"), scenario.incidentId, QStringLiteral("--unit"),
                       QStringLiteral("杭州市应急管理局指挥中心"), QStringLiteral("--author"), QStringLiteral("张伟"),
                       QStringLiteral("--contact"), QStringLiteral("0571-87000119")}
        + more + QStringList{file};
}

// The facts every report of the house fire states, whatever its language.
void checkFacts(const ReportScenario &scenario, const QString &text)
{
    const QString flat = compact(text);
    CHECK(flat.contains(compact(scenario.title)));
    CHECK(flat.contains(compact(scenario.address)));
    CHECK(flat.contains(compact(scenario.teamName)));
    CHECK(flat.contains(compact(scenario.note)));
    CHECK(flat.contains(compact(scenario.attachmentName)));
    CHECK(flat.contains(scenario.attachmentSha));
    CHECK(flat.contains(QStringLiteral("杭州市应急管理局指挥中心")));
    CHECK(flat.contains(QStringLiteral("0571-87000119")));
}

// Only files the test made itself: a failed run leaves neither the report nor a temporary file.
QStringList strayFiles(const ReportScenario &scenario)
{
    QStringList files = QDir(scenario.dir.path()).entryList(QDir::Files | QDir::Hidden);
    files.removeIf([&](const QString &name) {
        return name.startsWith(QLatin1String("demo.sqlite")) || name == scenario.attachmentName;
    });
    return files;
}

} // namespace

TEST_CASE("report writes a Chinese PDF whose text has the report's sections and the incident's figures")
{
    ReportScenario scenario;
    const QString pdf = scenario.path(QStringLiteral("续报.pdf"));
    const Run run = tidewatch(scenario, reportArguments(scenario, pdf, {QStringLiteral("--lang"), QStringLiteral("zh_CN")}));
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(pdf));
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    // The incident is being responded to: a follow-up report by default.
    CHECK(text.contains(QStringLiteral("突发事件信息报告（续报）")));
    for (const char *heading : {"一、时间", "二、地点", "三、事件类别和级别", "四、基本经过", "五、伤亡及损失",
                                "六、已采取的措施", "七、投入的力量（队伍、物资）", "八、发展趋势和下一步工作",
                                "九、报告单位、报告人及联系方式"}) {
        CHECK(compact(text).contains(compact(QString::fromUtf8(heading))));
    }
    checkFacts(scenario, text);
    // Deaths, serious injuries, missing, trapped and the direct loss, in the casualty table's order.
    CHECK(compact(text).contains(QStringLiteral("直接经济损失（元）07041,250,000")));
    CHECK(compact(text).contains(QStringLiteral("报告人张伟")));
}

TEST_CASE("report writes an English PDF with the same facts when the language is English")
{
    ReportScenario scenario;
    const QString pdf = scenario.path(QStringLiteral("report-en.pdf"));
    const Run run = tidewatch(scenario, reportArguments(scenario, pdf, {QStringLiteral("--lang"), QStringLiteral("en"),
                                                                        QStringLiteral("--kind"), QStringLiteral("initial")}));
    REQUIRE(run.exitCode == 0);
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(compact(text).contains(QStringLiteral("Incidentinformationreport(initialreport)")));
    for (const char *heading : {"1. Time", "2. Place", "3. Category and level", "4. What happened",
                                "5. Casualties and losses", "6. Measures taken", "7. Resources committed (teams, supplies)",
                                "8. Outlook and next steps", "9. Reporting unit, reporter and contact"}) {
        CHECK(compact(text).contains(compact(QString::fromUtf8(heading))));
    }
    checkFacts(scenario, text);
    CHECK(compact(text).contains(QStringLiteral("Directloss(CNY)07041,250,000")));
    CHECK_FALSE(text.contains(QStringLiteral("伤亡及损失")));
}

TEST_CASE("report writes an HTML page with the map and thumbnail inline in both languages")
{
    ReportScenario scenario;
    for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        const QString html = scenario.path(QStringLiteral("report-%1.html").arg(language));
        const Run run = tidewatch(scenario, reportArguments(scenario, html, {QStringLiteral("--lang"), language}));
        REQUIRE(run.exitCode == 0);
        QFile file(html);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString source = QString::fromUtf8(file.readAll());
        // Two pictures, both inside the file: the map and the photo's thumbnail.
        CHECK(source.count(QStringLiteral("src=\"data:image/")) == 2);
        const QString text = htmlText(html);
        INFO(text.toStdString());
        checkFacts(scenario, text);
        CHECK(text.contains(language == QLatin1String("en") ? QStringLiteral("Casualties and losses")
                                                            : QStringLiteral("伤亡及损失")));
    }
}

TEST_CASE("a closed incident gets the final report with its closing reason")
{
    ReportScenario scenario;
    const QString pdf = scenario.path(QStringLiteral("终报.pdf"));
    const Run run = tidewatch(scenario, {QStringLiteral("report"), QStringLiteral("--db"), scenario.databasePath,
                                         QStringLiteral("--incident"), scenario.closedIncidentId,
                                         QStringLiteral("--lang"), QStringLiteral("zh_CN"), pdf});
    REQUIRE(run.exitCode == 0);
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("突发事件信息报告（终报）")));
    CHECK(compact(text).contains(compact(scenario.closeReason)));
    CHECK(compact(text).contains(QStringLiteral("龙井村山体边坡落石")));
}

TEST_CASE("report refuses an unknown incident, a missing folder and a bad format, leaving no file")
{
    ReportScenario scenario;
    const QString target = scenario.path(QStringLiteral("report.pdf"));

    Run run = tidewatch(scenario, {QStringLiteral("report"), QStringLiteral("--db"), scenario.databasePath,
                                   QStringLiteral("--incident"), QStringLiteral("no-such-incident"), target});
    CHECK(run.exitCode != 0);
    CHECK(run.err.contains(QStringLiteral("no-such-incident")));

    const QString nowhere = scenario.path(QStringLiteral("missing-folder/report.pdf"));
    run = tidewatch(scenario, reportArguments(scenario, nowhere));
    CHECK(run.exitCode != 0);
    CHECK(run.err.contains(QStringLiteral("missing-folder")));
    CHECK_FALSE(QFileInfo::exists(scenario.path(QStringLiteral("missing-folder"))));

    run = tidewatch(scenario, reportArguments(scenario, target, {QStringLiteral("--format"), QStringLiteral("docx")}));
    CHECK(run.exitCode != 0);
    CHECK(run.err.contains(QStringLiteral("docx")));
    CHECK(run.err.contains(QStringLiteral("pdf, html")));

    run = tidewatch(scenario, reportArguments(scenario, scenario.path(QStringLiteral("report.txt"))));
    CHECK(run.exitCode != 0);
    CHECK(run.err.contains(QStringLiteral("--format")));

    run = tidewatch(scenario, reportArguments(scenario, target, {QStringLiteral("--kind"), QStringLiteral("interim")}));
    CHECK(run.exitCode != 0);
    CHECK(run.err.contains(QStringLiteral("initial, followup, final")));

    // A folder where the file should go.
    QDir(scenario.dir.path()).mkdir(QStringLiteral("taken.pdf"));
    run = tidewatch(scenario, reportArguments(scenario, scenario.path(QStringLiteral("taken.pdf"))));
    CHECK(run.exitCode != 0);
    CHECK(run.err.contains(QStringLiteral("taken.pdf")));
    QDir(scenario.dir.path()).rmdir(QStringLiteral("taken.pdf"));

    INFO("left behind: " << strayFiles(scenario).join(QStringLiteral(", ")).toStdString());
    CHECK(strayFiles(scenario).isEmpty());
}
