#include "camsimprocess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTcpServer>
#include <QTest>

#include <csignal>

namespace tw::test {

CamsimProcess::~CamsimProcess()
{
    stop();
}

bool CamsimProcess::start(int port, const QStringList &extraArguments)
{
    QStringList arguments{QStringLiteral("--port"), QString::number(port), QStringLiteral("--cameras"),
                          QStringLiteral("2"), QStringLiteral("--size"), QStringLiteral("320x180"),
                          QStringLiteral("--fps"), QStringLiteral("15")};
    arguments << extraArguments;
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral(TW_CAMSIM), arguments);
    if (!m_process.waitForStarted(10000)) {
        return false;
    }
    QByteArray output;
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (!m_process.canReadLine() && !m_process.waitForReadyRead(int(deadline.remainingTime()))) {
            return false;
        }
        while (m_process.canReadLine()) {
            const QByteArray line = m_process.readLine().trimmed();
            if (line.startsWith("listening on ")) {
                m_port = line.mid(13).toInt();
                return m_port > 0;
            }
        }
    }
    return false;
}

void CamsimProcess::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

void CamsimProcess::freeze()
{
    ::kill(pid_t(m_process.processId()), SIGSTOP);
}

void CamsimProcess::thaw()
{
    ::kill(pid_t(m_process.processId()), SIGCONT);
}

void CamsimProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        thaw();
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            kill();
        }
    }
}

bool CamsimProcess::setCameraUp(int camera, bool up)
{
    const QByteArray verb = up ? QByteArrayLiteral("up") : QByteArrayLiteral("down");
    const QByteArray acknowledgment = "camera " + QByteArray::number(camera) + ' ' + verb;
    if (m_process.write(verb + ' ' + QByteArray::number(camera) + '\n') < 0) {
        return false;
    }
    bool acknowledged = false;
    return QTest::qWaitFor(
        [&] {
            while (!acknowledged && m_process.canReadLine()) {
                acknowledged = m_process.readLine().trimmed() == acknowledgment;
            }
            return acknowledged || m_process.state() == QProcess::NotRunning;
        },
        15000)
        && acknowledged;
}

QString CamsimProcess::uri(int camera, bool sub) const
{
    return QStringLiteral("rtsp://127.0.0.1:%1/cam/%2%3").arg(m_port).arg(camera).arg(sub ? QStringLiteral("/sub") : QString());
}

int closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort(); // closed when `server` goes
}

int processThreadCount()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("Threads:")) {
            return line.mid(8).trimmed().toInt();
        }
    }
    return -1;
}

} // namespace tw::test
