#include "replayengine.h"

#include "replayreducer.h"
#include "store.h"

#include <algorithm>

namespace tw {

namespace {

constexpr int kPage = 4096;
constexpr qint64 kBeforeEverything = std::numeric_limits<qint64>::min();

} // namespace

ReplayEngine::ReplayEngine(const Store &store, int minCheckpointInterval)
    : m_store(store), m_minInterval(std::max(1, minCheckpointInterval))
{
    m_checkpoints.append(Checkpoint{kBeforeEverything, m_head});
}

Status ReplayEngine::refresh()
{
    for (;;) {
        const QList<LoggedMutation> page = m_store.mutationLog(m_head.lastLocalSeq, kPage);
        for (const LoggedMutation &logged : page) {
            if (m_head.mutationCount == 0) {
                m_firstMs = logged.mutation.hlc.wallMs;
            }
            m_headTimeMs = std::max(m_headTimeMs, logged.mutation.hlc.wallMs);
            ReplayReducer::apply(m_head, logged);
            m_head.atMs = m_headTimeMs;
            // Spacing checkpoints by the state's size keeps their memory below the log's.
            if (++m_sinceCheckpoint >= std::max<qint64>(m_minInterval, m_head.size())) {
                m_checkpoints.append(Checkpoint{m_headTimeMs, m_head});
                m_sinceCheckpoint = 0;
            }
        }
        if (page.size() < kPage) {
            return {};
        }
    }
}

Result<ReplayState> ReplayEngine::stateAt(qint64 atMs) const
{
    if (atMs >= m_headTimeMs) {
        ReplayState state = m_head;
        state.atMs = atMs;
        return state;
    }
    // The last checkpoint at or before the moment (the first one is before everything).
    const auto after = std::upper_bound(m_checkpoints.cbegin(), m_checkpoints.cend(), atMs,
                                        [](qint64 t, const Checkpoint &c) { return t < c.timeMs; });
    const Checkpoint &from = *(after - 1);
    ReplayState state = from.state;
    qint64 timeMs = from.timeMs;
    const qint64 stopSeq = after == m_checkpoints.cend() ? m_head.lastLocalSeq : after->state.lastLocalSeq;
    bool done = false;
    while (!done && state.lastLocalSeq < stopSeq) {
        const int limit = int(std::min<qint64>(kPage, stopSeq - state.lastLocalSeq));
        const QList<LoggedMutation> page = m_store.mutationLog(state.lastLocalSeq, limit);
        if (page.isEmpty()) {
            return Error{QObject::tr("the mutation log ends at %1, before the replayed moment").arg(state.lastLocalSeq),
                         {}, {}};
        }
        for (const LoggedMutation &logged : page) {
            timeMs = std::max(timeMs, logged.mutation.hlc.wallMs);
            if (timeMs > atMs || logged.localSeq > stopSeq) {
                done = true;
                break;
            }
            ReplayReducer::apply(state, logged);
        }
    }
    state.atMs = atMs;
    return state;
}

} // namespace tw
