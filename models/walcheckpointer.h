#pragma once

// Internal to the store: checkpoints of its write-ahead log, off the thread that writes.

#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace tw::Internal {

/// Copies the committed pages of a WAL database back into the database file from a thread of
/// its own, with a connection of its own, instead of inside the commit that fills the log.
///
/// SQLite normally does that copy at the end of the commit that takes the log past 1,000 pages,
/// on the committing thread: after an import of 100k records about 0.26 s of the import's time is
/// that copy. Installed on a connection, this takes over the connection's WAL hook (SQLite's own
/// automatic checkpoints stop there) and runs a passive checkpoint, which never blocks readers or
/// the writer, whenever a commit leaves the log at 1,000 pages or more.
class WalCheckpointer {
public:
    static constexpr int kPages = 1000; ///< SQLite's default automatic checkpoint size

    /// Takes over `connection`'s WAL hook; `path` is its database file.
    WalCheckpointer(sqlite3 *connection, const QString &path);
    /// Gives the hook back (SQLite's default automatic checkpoints again), waits for a
    /// checkpoint still running and closes its connection.
    ~WalCheckpointer();

    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    /// Checkpoints finished so far (for tests).
    int checkpointsDone() const { return m_done.load(); }
    /// Waits until no checkpoint is asked for or running (for tests).
    void waitUntilIdle();

private:
    static int walHook(void *self, sqlite3 *connection, const char *database, int pages);
    void run();

    sqlite3 *m_connection;
    QString m_path;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_wanted = false;  // guarded by m_mutex
    bool m_running = false; // guarded by m_mutex
    bool m_stop = false;    // guarded by m_mutex
    std::atomic<int> m_done{0};
    std::thread m_thread; // started at the first checkpoint asked for
};

} // namespace tw::Internal
