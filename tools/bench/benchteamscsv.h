#pragma once

#include "result.h"

#include <QString>

namespace tw::bench {

/// Writes a CSV of `count` scale-mode demo teams in the importer's column names (quoted fields,
/// written in bounded chunks), the input of the import benchmarks.
Status writeTeamsCsv(const QString &path, int count);

} // namespace tw::bench
