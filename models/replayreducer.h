#pragma once

#include "mutation.h"
#include "replaylog.h"
#include "replaystate.h"

namespace tw {

/// Folds logged mutations into a ReplayState with the same effects the store's mutations had on
/// its tables (records, dispatch orders, stock, last-writer-wins). Only mutations that were
/// applied are logged, so nothing is validated again; timeline-only mutations change nothing here.
class ReplayReducer {
public:
    /// Applies one decoded step of `log`; returns false when its name is unknown (counted in the
    /// state).
    static bool apply(ReplayState &state, const ReplayLog &log, const ReplayStep &step);
    /// Decodes and applies one logged mutation (for a single mutation; replay uses a ReplayLog).
    static bool apply(ReplayState &state, const LoggedMutation &logged);
    /// The mutation names apply() understands (record mutations of every kind included).
    static QStringList knownMutations();
};

} // namespace tw
