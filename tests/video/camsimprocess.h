#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace tw::test {

/// The real tidewatch-camsim on 127.0.0.1, started for one test and stopped with it.
class CamsimProcess {
public:
    CamsimProcess() = default;
    ~CamsimProcess();

    /// Starts it (port 0: let it pick) and waits for "listening on PORT"; false on failure.
    bool start(int port = 0, const QStringList &extraArguments = {});
    /// SIGKILL: a camera that vanishes without a goodbye.
    void kill();
    /// SIGSTOP / SIGCONT: a camera that stops sending but keeps its connections.
    void freeze();
    void thaw();
    void stop();
    /// Needs "--control" among the start arguments. Takes one camera down (its paths answer 404,
    /// its viewers are disconnected, the server stays up) or brings it back, and waits for the
    /// simulator to acknowledge it while the event loop runs.
    bool setCameraUp(int camera, bool up);

    int port() const { return m_port; }
    QString uri(int camera, bool sub = false) const;

private:
    QProcess m_process;
    int m_port = 0;
};

/// A TCP port on 127.0.0.1 nobody listens on (bound, then closed).
int closedPort();

/// Threads of this process (Linux /proc).
int processThreadCount();

} // namespace tw::test
