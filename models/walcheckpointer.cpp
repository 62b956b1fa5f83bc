#include "walcheckpointer.h"

#include "logging.h"

#include <sqlite3.h>

namespace tw::Internal {

WalCheckpointer::WalCheckpointer(sqlite3 *connection, const QString &path)
    : m_connection(connection), m_path(path)
{
    sqlite3_wal_hook(m_connection, &WalCheckpointer::walHook, this);
}

WalCheckpointer::~WalCheckpointer()
{
    sqlite3_wal_autocheckpoint(m_connection, kPages); // removes our hook
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

int WalCheckpointer::walHook(void *self, sqlite3 *, const char *, int pages)
{
    auto *checkpointer = static_cast<WalCheckpointer *>(self);
    if (pages >= kPages) {
        std::lock_guard lock(checkpointer->m_mutex);
        if (!checkpointer->m_stop) {
            checkpointer->m_wanted = true;
            if (!checkpointer->m_thread.joinable()) {
                checkpointer->m_thread = std::thread(&WalCheckpointer::run, checkpointer);
            }
            checkpointer->m_changed.notify_all();
        }
    }
    return SQLITE_OK;
}

void WalCheckpointer::waitUntilIdle()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_stop || (!m_wanted && !m_running); });
}

void WalCheckpointer::run()
{
    sqlite3 *db = nullptr;
    const QByteArray path = m_path.toUtf8();
    if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        qCWarning(lcModels) << "cannot open" << m_path << "to checkpoint it:" << (db ? sqlite3_errmsg(db) : "");
        sqlite3_close(db);
        db = nullptr;
    }
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [&] { return m_stop || m_wanted; });
        if (m_stop) {
            break;
        }
        m_wanted = false;
        m_running = true;
        lock.unlock();
        if (db) {
            int logPages = 0;
            int copied = 0;
            const int rc = sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logPages, &copied);
            if (rc != SQLITE_OK && rc != SQLITE_BUSY) {
                qCWarning(lcModels) << "checkpoint of" << m_path << "failed:" << sqlite3_errmsg(db);
            }
        }
        m_done.fetch_add(1);
        lock.lock();
        m_running = false;
        m_changed.notify_all();
    }
    lock.unlock();
    sqlite3_close(db);
}

} // namespace tw::Internal
