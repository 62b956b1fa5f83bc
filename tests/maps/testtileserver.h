#pragma once

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QList>
#include <QSet>
#include <QString>
#include <QTcpServer>

class QTcpSocket;

namespace tw::test {

/// A tiny HTTP server on 127.0.0.1 that answers GET /z/x/y.png with generated PNG tiles, and can
/// be told to answer a path with 404, 500, garbage or nothing at all (a timeout).
class TestTileServer : public QObject {
    Q_OBJECT
public:
    enum class Behaviour { Tile, NotFound, ServerError, Garbage, Silent, FailOnce };

    explicit TestTileServer(QObject *parent = nullptr);
    quint16 port() const { return m_server.serverPort(); }
    /// "http://127.0.0.1:PORT/{z}/{x}/{y}.png"
    QString urlTemplate() const;
    void setBehaviour(const QString &path, Behaviour behaviour) { m_behaviours.insert(path, behaviour); }
    void setDefaultBehaviour(Behaviour behaviour) { m_default = behaviour; }
    /// Paths requested, in order.
    QList<QString> requests() const { return m_requests; }
    int maxConcurrent() const { return m_maxConcurrent; }
    /// Holds answers back until `release()`: lets a test see how many requests run at once.
    void setHoldAnswers(bool hold) { m_hold = hold; }
    void release();
    QByteArray cacheControl = "max-age=3600";

    /// A 256 px PNG tile whose colour depends on z/x/y.
    static QByteArray tilePng(int z, int x, int y);
    static QColor tileColor(int z, int x, int y);

private:
    void answer(QTcpSocket *socket, const QString &path);
    QTcpServer m_server;
    QHash<QString, Behaviour> m_behaviours;
    QSet<QString> m_failedOnce;
    Behaviour m_default = Behaviour::Tile;
    QList<QString> m_requests;
    QList<QPair<QTcpSocket *, QString>> m_held;
    bool m_hold = false;
    int m_open = 0;
    int m_maxConcurrent = 0;
};

} // namespace tw::test
