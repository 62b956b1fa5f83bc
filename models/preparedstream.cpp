#include "preparedstream.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace tw {

namespace {

constexpr int kPartSize = 512;
constexpr size_t kPartsAhead = 16; // bounds the memory of prepared but unwritten mutations

// Prepared parts from the worker to the writer, at most kPartsAhead waiting.
class PartQueue {
public:
    void push(Result<QList<PreparedMutation>> part)
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [&] { return m_cancelled || m_parts.size() < kPartsAhead; });
        if (m_cancelled) {
            return;
        }
        m_parts.push_back(std::move(part));
        m_ready.notify_one();
    }
    Result<QList<PreparedMutation>> pop()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [&] { return !m_parts.empty(); });
        Result<QList<PreparedMutation>> part = std::move(m_parts.front());
        m_parts.pop_front();
        m_space.notify_one();
        return part;
    }
    /// A part the writer is done with, released by the worker.
    void giveBack(QList<PreparedMutation> &&written)
    {
        if (written.isEmpty()) {
            return;
        }
        std::lock_guard lock(m_mutex);
        m_spent.push_back(std::move(written));
    }
    /// Releases the parts given back (on the worker).
    void releaseSpent()
    {
        std::deque<QList<PreparedMutation>> spent;
        {
            std::lock_guard lock(m_mutex);
            spent.swap(m_spent);
        }
    }
    /// The writer stopped: the worker's next push() returns at once, and it stops.
    void cancel()
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_space.notify_all();
    }
    bool cancelled()
    {
        std::lock_guard lock(m_mutex);
        return m_cancelled;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_space;
    std::deque<Result<QList<PreparedMutation>>> m_parts;
    std::deque<QList<PreparedMutation>> m_spent;
    bool m_cancelled = false;
};

} // namespace

Result<QList<MutationOutcome>> applyPrepared(Store &store, int count,
                                             const std::function<Result<PreparedMutation>(int index)> &prepareOne)
{
    PartQueue queue;
    std::thread worker([&] {
        for (int first = 0; first < count && !queue.cancelled(); first += kPartSize) {
            QList<PreparedMutation> part;
            part.reserve(std::min(kPartSize, count - first));
            for (int i = first; i < std::min(first + kPartSize, count); ++i) {
                Result<PreparedMutation> prepared = prepareOne(i);
                if (!prepared) {
                    queue.push(prepared.error());
                    return;
                }
                part.append(std::move(prepared.value()));
            }
            queue.push(std::move(part));
            queue.releaseSpent();
        }
        queue.push(QList<PreparedMutation>()); // the end
    });
    bool ended = false;
    Result<QList<MutationOutcome>> applied =
        store.applyStream([&](QList<PreparedMutation> &&written) -> Result<QList<PreparedMutation>> {
        queue.giveBack(std::move(written));
        if (ended) {
            return QList<PreparedMutation>();
        }
        Result<QList<PreparedMutation>> part = queue.pop();
        ended = !part || part->isEmpty();
        return part;
    });
    queue.cancel();
    worker.join();
    return applied;
}

} // namespace tw
