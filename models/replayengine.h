#pragma once

#include "replaylog.h"
#include "replaystate.h"
#include "result.h"

#include <QList>

namespace tw {

class Store;

/// Rebuilds the city as it was at any moment from the store's mutation log. Reads and decodes the
/// log once (ReplayLog), folds it, and keeps a copy of the state every so many mutations (a
/// checkpoint); the state at a moment is the nearest earlier checkpoint plus the mutations after
/// it. Checkpoints share every value that did not change between them, and their spacing grows
/// with the log so that they stay within a memory budget. Never writes.
///
/// A moment means the log's own order: a mutation counts from the time it was made (its HLC wall
/// clock), and one that arrives late with an older time counts from the latest time before it in
/// the log, so every replayed state is one the console really went through.
///
/// refresh() reads through a store's connection: call it on that store's thread. The other
/// functions only read memory; a copy of the engine is a cheap snapshot that another thread may
/// query while this one refreshes.
class ReplayEngine {
public:
    struct Options {
        /// Mutations between checkpoints; 0 spaces them by the memory budget.
        int checkpointInterval = 0;
        /// What checkpoints may cost in memory (an estimate of the values they do not share).
        qint64 checkpointBudgetBytes = qint64(96) << 20;
    };

    ReplayEngine(const Store &store, Options options);
    explicit ReplayEngine(const Store &store, int checkpointInterval = 0)
        : ReplayEngine(store, Options { checkpointInterval, Options().checkpointBudgetBytes })
    {
    }

    /// Reads and folds in the log rows added since the last call (the constructor reads nothing).
    Status refresh();
    /// The same through another connection to the same database (a worker's own Store).
    Status refresh(const Store &connection);
    /// The state after every mutation made at or before `atMs` (after refresh()).
    Result<ReplayState> stateAt(qint64 atMs) const;
    /// The same, folding on from `from` (a state this engine made earlier) when that is quicker
    /// than starting at a checkpoint: for playing and scrubbing forward.
    Result<ReplayState> stateAfter(const ReplayState &from, qint64 atMs) const;
    /// The latest state (the live one as of the last refresh()).
    const ReplayState &head() const { return m_head; }
    const ReplayLog &log() const { return m_log; }

    /// The time of the first and last mutation folded in; 0 when the log is empty.
    qint64 firstMs() const { return m_log.size() == 0 ? 0 : m_log.at(0).wallMs; }
    qint64 lastMs() const { return m_log.size() == 0 ? 0 : m_log.at(m_log.size() - 1).logMs; }
    int checkpointCount() const { return int(m_checkpoints.size()); }
    /// Mutations between checkpoints now.
    qsizetype checkpointInterval() const { return m_interval; }
    /// The estimated memory the checkpoints hold beyond the head state.
    qint64 checkpointBytes() const;
    qint64 mutationCount() const { return m_head.mutationCount; }

private:
    struct Checkpoint {
        qsizetype steps = 0; ///< log steps folded into it
        ReplayState state;
    };

    void fold(ReplayState &state, qsizetype to) const;
    void addCheckpoint();
    void thinCheckpoints();

    const Store *m_store;
    Options m_options;
    ReplayLog m_log;
    QList<Checkpoint> m_checkpoints;
    ReplayState m_head;
    qsizetype m_interval = 0;
    qint64 m_bytesPerCheckpoint = 0; ///< estimated, at the current spacing
};

} // namespace tw
