#pragma once

namespace tw {

/// The version of the console <-> server sync protocol spoken by this build.
constexpr int kSyncProtocolVersion = 1;

} // namespace tw
