#pragma once

#include <QString>

namespace tw {

/// Initialises GStreamer once per process; returns its version text.
QString initVideo();

} // namespace tw
