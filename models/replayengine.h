#pragma once

#include "replaystate.h"
#include "result.h"

#include <QList>

#include <limits>

namespace tw {

class Store;

/// Rebuilds the city as it was at any moment from the store's mutation log. Folds the whole log
/// once, keeping a copy of the state every few thousand mutations (a checkpoint); the state at a
/// moment is the nearest earlier checkpoint plus the mutations after it. Never writes.
///
/// A moment means the log's own order: a mutation counts from the time it was made (its HLC wall
/// clock), and one that arrives late with an older time counts from the latest time before it in
/// the log, so every replayed state is one the console really went through.
///
/// Reads through the store's connection: use it on the store's thread (a worker opens its own
/// Store on the same file).
class ReplayEngine {
public:
    /// `minCheckpointInterval`: mutations between checkpoints at least (more for big cities, so
    /// checkpoints never cost more memory than the log itself).
    explicit ReplayEngine(const Store &store, int minCheckpointInterval = 2048);

    /// Folds in the log rows added since the last call (the constructor reads nothing).
    Status refresh();
    /// The state after every mutation made at or before `atMs` (after refresh()).
    Result<ReplayState> stateAt(qint64 atMs) const;
    /// The latest state (the live one as of the last refresh()).
    const ReplayState &head() const { return m_head; }

    /// The time of the first and last mutation folded in; 0 when the log is empty.
    qint64 firstMs() const { return m_firstMs; }
    qint64 lastMs() const { return m_headTimeMs == std::numeric_limits<qint64>::min() ? 0 : m_headTimeMs; }
    int checkpointCount() const { return int(m_checkpoints.size()); }
    qint64 mutationCount() const { return m_head.mutationCount; }

private:
    struct Checkpoint {
        qint64 timeMs; ///< the log time of its last mutation
        ReplayState state;
    };

    const Store &m_store;
    int m_minInterval;
    QList<Checkpoint> m_checkpoints;
    ReplayState m_head;
    qint64 m_headTimeMs = std::numeric_limits<qint64>::min();
    qint64 m_firstMs = 0;
    qint64 m_sinceCheckpoint = 0;
};

} // namespace tw
