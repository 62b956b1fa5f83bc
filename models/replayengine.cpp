#include "replayengine.h"

#include "replayreducer.h"
#include "store.h"

#include <algorithm>

namespace tw {

namespace {

// Automatic spacing: folding this many steps takes a few milliseconds, so denser checkpoints
// would cost memory for nothing; the spacing doubles whenever they outgrow the budget.
constexpr qsizetype kFirstAutoInterval = 16384;

} // namespace

ReplayEngine::ReplayEngine(const Store &store, Options options)
    : m_store(&store)
    , m_options(options)
    , m_interval(options.checkpointInterval > 0 ? options.checkpointInterval : kFirstAutoInterval)
{
    m_checkpoints.append(Checkpoint { 0, m_head });
}

Status ReplayEngine::refresh()
{
    return refresh(*m_store);
}

Status ReplayEngine::refresh(const Store &connection)
{
    if (Status read = m_log.readFrom(connection); !read) {
        return read;
    }
    while (m_head.mutationCount < m_log.size()) {
        const qsizetype next = m_checkpoints.last().steps + m_interval;
        fold(m_head, std::min<qsizetype>(next, m_log.size()));
        if (m_head.mutationCount == next) {
            addCheckpoint();
        }
    }
    m_head.atMs = lastMs();
    return {};
}

void ReplayEngine::fold(ReplayState &state, qsizetype to) const
{
    for (qsizetype i = state.mutationCount; i < to; ++i) {
        ReplayReducer::apply(state, m_log, m_log.at(i));
    }
}

void ReplayEngine::addCheckpoint()
{
    // What the head copied since the last checkpoint is what that checkpoint holds alone: the
    // cost of one checkpoint at the current spacing.
    m_bytesPerCheckpoint = m_head.takeCopiedBytes();
    ReplayState state = m_head;
    state.atMs = m_log.at(m_head.mutationCount - 1).logMs;
    m_checkpoints.append(Checkpoint { m_head.mutationCount, state });
    if (m_options.checkpointInterval <= 0 && checkpointBytes() > m_options.checkpointBudgetBytes) {
        thinCheckpoints();
    }
}

// Drops every other checkpoint and doubles the spacing; a checkpoint costs less than twice as
// much at twice the spacing (values changed twice count once), so the total shrinks.
void ReplayEngine::thinCheckpoints()
{
    QList<Checkpoint> kept;
    for (qsizetype i = 0; i < m_checkpoints.size(); ++i) {
        if (i % 2 == 0 || i + 1 == m_checkpoints.size()) {
            kept.append(m_checkpoints.at(i));
        }
    }
    m_checkpoints = kept;
    m_interval *= 2;
    m_bytesPerCheckpoint *= 2;
}

qint64 ReplayEngine::checkpointBytes() const
{
    // Every checkpoint but the empty first one, at the cost measured for the latest.
    return qint64(m_checkpoints.size() - 1) * m_bytesPerCheckpoint;
}

Result<ReplayState> ReplayEngine::stateAt(qint64 atMs) const
{
    return stateAfter(ReplayState(), atMs);
}

Result<ReplayState> ReplayEngine::stateAfter(const ReplayState &from, qint64 atMs) const
{
    const qsizetype target = m_log.countAt(atMs);
    if (target == m_head.mutationCount) {
        ReplayState state = m_head;
        state.atMs = atMs;
        return state;
    }
    // The last checkpoint at or before the moment (the first one is the empty city).
    const auto after = std::upper_bound(m_checkpoints.cbegin(), m_checkpoints.cend(), target,
        [](qsizetype steps, const Checkpoint &c) { return steps < c.steps; });
    const Checkpoint &checkpoint = *(after - 1);
    // `from` is usable when it is a state of this log before the moment and nearer than the
    // checkpoint.
    const qsizetype fromSteps = from.mutationCount;
    const bool fromUsable = fromSteps > checkpoint.steps && fromSteps <= target && fromSteps <= m_log.size()
        && m_log.at(fromSteps - 1).localSeq == from.lastLocalSeq;
    ReplayState state = fromUsable ? from : checkpoint.state;
    if (state.mutationCount > target || state.mutationCount > m_log.size()) {
        return Error {
            QObject::tr("the replay log ends at %1, before the replayed moment").arg(m_log.lastLocalSeq()),
            {}, {}
        };
    }
    fold(state, target);
    state.takeCopiedBytes();
    state.atMs = atMs;
    return state;
}

} // namespace tw
