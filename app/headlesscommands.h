#pragma once

#include "commandline.h"
#include "result.h"

#include <memory>

namespace tw {

class Store;

/// The subcommands that run without a display (import, export, tiles, report, --version, --help)
/// and the database choice shared with the console.
class HeadlessCommands {
    Q_DECLARE_TR_FUNCTIONS(tw::HeadlessCommands)

public:
    /// Runs a headless action; returns the process exit status. Needs a QCoreApplication (a
    /// QGuiApplication for CommandLine::needsGui()).
    static int run(const CommandLine &command);

    /// Opens what the command line asks for: --db PATH, --demo, or the user's own database.
    static Result<std::unique_ptr<Store>> openDatabase(const CommandLine &command);
    /// The user's database: $TW_DATA_HOME/tidewatch.sqlite when set, else in AppDataLocation.
    static QString defaultDatabasePath();

private:
    static int runImport(const CommandLine &command);
    static int runExport(const CommandLine &command);
    static int runTiles(const CommandLine &command);
    static int runReport(const CommandLine &command);
};

} // namespace tw
