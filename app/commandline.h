#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tw {

/// What `tidewatch` was asked to do, parsed from its arguments without needing a QApplication:
/// the console (GUI) or one of the headless subcommands (import, export, tiles, report).
struct CommandLine {
    Q_DECLARE_TR_FUNCTIONS(tw::CommandLine)

public:
    enum class Action { Console, Version, Help, Import, Export, Tiles, Report, Invalid };

    Action action = Action::Console;
    QString databasePath;   ///< --db
    bool demo = false;      ///< --demo
    QString screenshotPath; ///< --screenshot
    QString language;       ///< --lang: "zh_CN", "en" or empty
    QString basemapPath;    ///< --basemap: a raster MBTiles file shown over the world basemap
    QString file;           ///< import/export: the file
    QString kind;           ///< --kind: a KindDef name; for report: initial | followup | final (may be empty)
    QString format;         ///< export --format: csv | geojson; report: pdf | html (from FILE when not given)
    QString datum = QStringLiteral("wgs84"); ///< --datum
    QString layer;          ///< import --layer
    QStringList tilesArguments; ///< everything after "tiles"
    QString incidentId;     ///< report --incident
    QString unit;           ///< report --unit: the reporting unit
    QString author;         ///< report --author: who writes the report
    QString contact;        ///< report --contact: how to reach them
    QString error;          ///< for Invalid: what is wrong, one line
    QString helpText;       ///< for Help and Invalid

    /// Headless actions run with a QCoreApplication and never touch a display.
    bool isHeadless() const { return action != Action::Console; }
    /// A report draws text and pictures (fonts, the map, PDF): it needs a QGuiApplication, though
    /// never a display.
    bool needsGui() const { return action == Action::Report; }

    /// Parses argv (the program name first).
    static CommandLine parse(const QStringList &arguments);
    /// "tidewatch 0.1.0"
    static QString versionText();
};

} // namespace tw
