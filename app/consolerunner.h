#pragma once

#include "commandline.h"

namespace tw {

/// Starts the console (QApplication, translations, theme, database, main window) and, with
/// --screenshot, saves a picture of the painted window and quits.
class ConsoleRunner {
    Q_DECLARE_TR_FUNCTIONS(tw::ConsoleRunner)

public:
    static int run(int &argc, char **argv, const CommandLine &command);
};

} // namespace tw
