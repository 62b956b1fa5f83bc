#include "commandline.h"

#include "datum.h"
#include "entityschema.h"
#include "incidentreport.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace tw {

namespace {

QString usage()
{
    return CommandLine::tr(
        "Usage:\n"
        "  tidewatch [--db PATH | --demo] [--lang zh_CN|en] [--basemap FILE.mbtiles] [--screenshot FILE]\n"
        "  tidewatch import FILE --kind KIND [--datum wgs84|gcj02|bd09] [--layer NAME] [--db PATH | --demo]\n"
        "  tidewatch export --kind KIND --format csv|geojson FILE [--datum wgs84|gcj02|bd09] [--db PATH | --demo]\n"
        "  tidewatch report --incident ID [--format pdf|html] [--kind initial|followup|final] [--lang zh_CN|en]\n"
        "                   [--unit NAME] [--author NAME] [--contact TEXT] [--db PATH | --demo] FILE\n"
        "  tidewatch tiles ...\n"
        "  tidewatch --version | --help\n"
        "\n"
        "Without --db or --demo the console opens your own database in the application data folder.\n"
        "Kinds: %1\n")
        .arg(kindNames());
}

CommandLine invalid(CommandLine command, const QString &error)
{
    command.action = CommandLine::Action::Invalid;
    command.error = error;
    command.helpText = usage();
    return command;
}

// report --incident ID [--format pdf|html] [--kind initial|followup|final] FILE
CommandLine parseReport(CommandLine command, const QStringList &positional)
{
    command.action = CommandLine::Action::Report;
    if (positional.size() != 1) {
        return invalid(command, CommandLine::tr("%1 needs exactly one FILE").arg(QStringLiteral("report")));
    }
    command.file = positional.first();
    if (command.incidentId.isEmpty()) {
        return invalid(command, CommandLine::tr("report needs --incident ID"));
    }
    if (command.format.isEmpty()) {
        const std::optional<ReportFormat> fromFile = reportFormatFromPath(command.file);
        if (!fromFile) {
            return invalid(command, CommandLine::tr("report needs --format pdf or --format html (or a FILE ending in "
                                                    ".pdf or .html)"));
        }
        command.format = reportFormatName(*fromFile);
    } else if (!reportFormatFromName(command.format)) {
        return invalid(command,
                       CommandLine::tr("unknown report format \"%1\"; formats are: pdf, html").arg(command.format));
    }
    if (!command.kind.isEmpty() && !reportKindFromName(command.kind)) {
        return invalid(command, CommandLine::tr("unknown report kind \"%1\"; kinds are: initial, followup, final")
                                    .arg(command.kind));
    }
    return command;
}

} // namespace

QString CommandLine::versionText()
{
    return QStringLiteral("tidewatch ") + QStringLiteral(TW_VERSION);
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine command;
    if (arguments.size() >= 2 && arguments.at(1) == QLatin1String("tiles")) {
        command.action = Action::Tiles;
        command.tilesArguments = arguments.mid(2);
        return command;
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, tr("Print the version."));
    const QCommandLineOption db(QStringLiteral("db"), tr("Open the database at PATH."), QStringLiteral("PATH"));
    const QCommandLineOption demo(QStringLiteral("demo"), tr("Open (or create) the demo database."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), tr("Save a picture of the window and quit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Language: zh_CN or en."), QStringLiteral("LANG"));
    const QCommandLineOption basemap(QStringLiteral("basemap"), tr("Show a raster MBTiles file as the basemap."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption kind(QStringLiteral("kind"), tr("Resource kind."), QStringLiteral("KIND"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Export format: csv or geojson."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption datum(QStringLiteral("datum"), tr("Coordinate datum of the file."),
                                   QStringLiteral("DATUM"), QStringLiteral("wgs84"));
    const QCommandLineOption layer(QStringLiteral("layer"), tr("Layer to import from a multi-layer file."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption incident(QStringLiteral("incident"), tr("The incident to report on."), QStringLiteral("ID"));
    const QCommandLineOption unit(QStringLiteral("unit"), tr("The reporting unit."), QStringLiteral("NAME"));
    const QCommandLineOption author(QStringLiteral("author"), tr("Who writes the report."), QStringLiteral("NAME"));
    const QCommandLineOption contact(QStringLiteral("contact"), tr("How to reach the reporter."), QStringLiteral("TEXT"));
    parser.addOptions({help, version, db, demo, screenshot, lang, basemap, kind, format, datum, layer, incident, unit,
                       author, contact});

    if (!parser.parse(arguments)) {
        return invalid(command, parser.errorText());
    }
    command.databasePath = parser.value(db);
    command.demo = parser.isSet(demo);
    command.screenshotPath = parser.value(screenshot);
    command.language = parser.value(lang);
    command.basemapPath = parser.value(basemap);
    command.kind = parser.value(kind);
    command.format = parser.value(format).toLower();
    command.datum = parser.value(datum);
    command.layer = parser.value(layer);
    command.incidentId = parser.value(incident);
    command.unit = parser.value(unit);
    command.author = parser.value(author);
    command.contact = parser.value(contact);

    if (parser.isSet(help)) {
        command.action = Action::Help;
        command.helpText = usage();
        return command;
    }
    if (parser.isSet(version)) {
        command.action = Action::Version;
        return command;
    }
    if (command.demo && !command.databasePath.isEmpty()) {
        return invalid(command, tr("use either --db or --demo, not both"));
    }
    if (!command.language.isEmpty() && command.language != QLatin1String("zh_CN")
        && command.language != QLatin1String("en")) {
        return invalid(command, tr("unknown language \"%1\"; languages are: zh_CN, en").arg(command.language));
    }

    QStringList positional = parser.positionalArguments();
    const QString subcommand = positional.isEmpty() ? QString() : positional.takeFirst();
    if (subcommand.isEmpty()) {
        command.action = Action::Console;
        return command;
    }
    if (subcommand == QLatin1String("report")) {
        return parseReport(command, positional);
    }
    if (subcommand != QLatin1String("import") && subcommand != QLatin1String("export")) {
        return invalid(command, tr("unknown command \"%1\"; commands are: import, export, report, tiles").arg(subcommand));
    }
    command.action = subcommand == QLatin1String("import") ? Action::Import : Action::Export;
    if (positional.size() != 1) {
        return invalid(command, tr("%1 needs exactly one FILE").arg(subcommand));
    }
    command.file = positional.first();
    if (command.kind.isEmpty()) {
        return invalid(command, tr("%1 needs --kind; kinds are: %2").arg(subcommand, kindNames()));
    }
    if (!kindByName(command.kind)) {
        return invalid(command, tr("unknown kind \"%1\"; kinds are: %2").arg(command.kind, kindNames()));
    }
    if (const Result<Datum> d = datumFromName(command.datum); !d) {
        return invalid(command, d.errorString());
    }
    if (command.action == Action::Export) {
        if (command.format.isEmpty()) {
            return invalid(command, tr("export needs --format csv or --format geojson"));
        }
        if (command.format != QLatin1String("csv") && command.format != QLatin1String("geojson")) {
            return invalid(command, tr("unknown format \"%1\"; formats are: csv, geojson").arg(command.format));
        }
    } else if (!QFileInfo(command.file).isFile()) {
        return invalid(command, tr("%1: no such file").arg(command.file));
    }
    return command;
}

} // namespace tw
