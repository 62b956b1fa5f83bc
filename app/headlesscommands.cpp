#include "headlesscommands.h"

#include "basemap.h"
#include "datum.h"
#include "entityschema.h"
#include "exporter.h"
#include "importer.h"
#include "incidentreportjob.h"
#include "languagemanager.h"
#include "store.h"

#if __has_include("democity.h")
#include "democity.h"
#define TW_HAVE_DEMOCITY 1
#endif
#if __has_include("tilescommand.h")
#include "tilescommand.h"
#define TW_HAVE_TILESCOMMAND 1
#endif

#include <QDir>
#include <QEventLoop>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QTextStream>

namespace tw {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &context, const QString &message)
{
    err() << QStringLiteral("tidewatch %1: error: %2").arg(context, message) << Qt::endl;
    return 1;
}

} // namespace

QString HeadlessCommands::defaultDatabasePath()
{
    QString folder = qEnvironmentVariable("TW_DATA_HOME");
    if (folder.isEmpty()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    }
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("tidewatch.sqlite"));
}

Result<std::unique_ptr<Store>> HeadlessCommands::openDatabase(const CommandLine &command)
{
    if (command.demo) {
#ifdef TW_HAVE_DEMOCITY
        return openDemoDatabase();
#else
        return Error{tr("the demo database is not available in this build"), {}, QStringLiteral("--demo")};
#endif
    }
    const QString path = command.databasePath.isEmpty() ? defaultDatabasePath() : command.databasePath;
    return Store::open(path);
}

int HeadlessCommands::run(const CommandLine &command)
{
    switch (command.action) {
    case CommandLine::Action::Version:
        out() << CommandLine::versionText() << Qt::endl;
        return 0;
    case CommandLine::Action::Help:
        out() << command.helpText << Qt::flush;
        return 0;
    case CommandLine::Action::Invalid:
        err() << QStringLiteral("tidewatch: error: ") << command.error << Qt::endl;
        err() << command.helpText << Qt::flush;
        return 2;
    case CommandLine::Action::Import:
        return runImport(command);
    case CommandLine::Action::Export:
        return runExport(command);
    case CommandLine::Action::Tiles:
        return runTiles(command);
    case CommandLine::Action::Report:
        return runReport(command);
    case CommandLine::Action::Console:
        break;
    }
    return fail(QStringLiteral("console"), tr("the console needs a display"));
}

int HeadlessCommands::runImport(const CommandLine &command)
{
    const QString context = QStringLiteral("import");
    Result<std::unique_ptr<Store>> store = openDatabase(command);
    if (!store) {
        return fail(context, store.errorString());
    }
    ImportOptions options;
    options.kind = kindByName(command.kind)->kind;
    options.datum = datumFromName(command.datum).value();
    options.layer = command.layer;
    const Result<ImportReport> report = importFile(*store.value(), command.file, options);
    if (!report) {
        return fail(context, report.errorString());
    }
    for (const QString &warning : report->warnings) {
        err() << QStringLiteral("tidewatch import: warning: ") << warning << Qt::endl;
    }
    out() << tr("Imported %1 %2 from %3 (%4 updated, %5 new) into %6")
                 .arg(report->imported)
                 .arg(command.kind, command.file)
                 .arg(report->updated)
                 .arg(report->imported - report->updated)
                 .arg(store.value()->path())
          << Qt::endl;
    return 0;
}

int HeadlessCommands::runExport(const CommandLine &command)
{
    const QString context = QStringLiteral("export");
    Result<std::unique_ptr<Store>> store = openDatabase(command);
    if (!store) {
        return fail(context, store.errorString());
    }
    const ResourceKind kind = kindByName(command.kind)->kind;
    const Status status = exportFile(*store.value(), kind, command.format, command.file,
                                     datumFromName(command.datum).value());
    if (!status) {
        return fail(context, status.errorString());
    }
    out() << tr("Exported %1 %2 to %3").arg(store.value()->count(kind)).arg(command.kind, command.file) << Qt::endl;
    return 0;
}

int HeadlessCommands::runTiles(const CommandLine &command)
{
#ifdef TW_HAVE_TILESCOMMAND
    return runTilesCommand(command.tilesArguments);
#else
    return fail(QStringLiteral("tiles"), tr("not available in this build"));
#endif
}

int HeadlessCommands::runReport(const CommandLine &command)
{
    const QString context = QStringLiteral("report");
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return fail(context, tr("needs a QGuiApplication"));
    }
    // The report is written in the console's language: --lang, else the system's.
    LanguageManager languages;
    languages.setLanguage(command.language);
    Result<std::unique_ptr<Store>> store = openDatabase(command);
    if (!store) {
        return fail(context, store.errorString());
    }
    ReportOptions options;
    options.kind = reportKindFromName(command.kind);
    options.language = languages.effectiveLanguage();
    options.unit = command.unit;
    options.author = command.author.isEmpty() ? qEnvironmentVariable("USER") : command.author;
    options.contact = command.contact;
    if (!command.basemapPath.isEmpty()) {
        const Result<TileSourceSpec> basemap = mbtilesSource(command.basemapPath);
        if (!basemap) {
            return fail(context, basemap.errorString());
        }
        const TileSourceSpec world = bundledBasemapSource();
        if (!world.path.isEmpty()) {
            options.tileSources << world;
        }
        options.tileSources << basemap.value();
    }
    const ReportFormat format = reportFormatFromName(command.format).value_or(ReportFormat::Pdf);

    IncidentReportJob job;
    QEventLoop loop;
    bool written = false;
    QObject::connect(&job, &IncidentReportJob::finished, &loop,
                     [&](bool ok, const QString &message, const QString &) {
                         written = ok;
                         if (!ok) {
                             fail(context, message);
                         }
                         loop.quit();
                     });
    if (Status started = job.start(*store.value(), command.incidentId, format, command.file, options); !started) {
        return fail(context, started.errorString());
    }
    loop.exec();
    if (!written) {
        return 1;
    }
    out() << tr("Wrote the %1 report of \"%2\" to %3")
                 .arg(reportKindName(job.kind()), store.value()->record(ResourceKind::Incidents, command.incidentId)
                                                       ->text(QStringLiteral("title")),
                      command.file)
          << Qt::endl;
    return 0;
}

} // namespace tw
