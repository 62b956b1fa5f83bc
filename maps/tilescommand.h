#pragma once

#include <QStringList>

namespace tw {

/// `tidewatch tiles download --source URL_TEMPLATE --bbox W,S,E,N --zoom MIN-MAX FILE.mbtiles`
/// (args after "tiles"; a leading "tiles" is accepted too). Prints the size estimate and progress
/// on stderr; Ctrl-C stops cleanly and running it again resumes. Needs a Q(Core)Application.
/// Returns the exit code: 0 done, 1 failed, 2 bad usage, 130 cancelled.
int runTilesCommand(const QStringList &args);

/// Asks a running tiles command to stop as after Ctrl-C (tests, embedding).
void cancelTilesCommand();

} // namespace tw
