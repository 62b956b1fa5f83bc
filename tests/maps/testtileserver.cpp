#include "testtileserver.h"

#include <QBuffer>
#include <QPainter>
#include <QTcpSocket>

namespace tw::test {

TestTileServer::TestTileServer(QObject *parent) : QObject(parent)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                buffer->append(socket->readAll());
                while (buffer->contains("\r\n\r\n")) {
                    const int end = buffer->indexOf("\r\n\r\n");
                    const QList<QByteArray> line = buffer->left(buffer->indexOf("\r\n")).split(' ');
                    buffer->remove(0, end + 4);
                    const QString path = line.size() > 1 ? QString::fromLatin1(line.at(1)) : QString();
                    m_requests.append(path);
                    ++m_open;
                    m_maxConcurrent = std::max(m_maxConcurrent, m_open);
                    if (m_hold) {
                        m_held.append({socket, path});
                    } else {
                        answer(socket, path);
                    }
                }
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

QString TestTileServer::urlTemplate() const
{
    return QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(port());
}

void TestTileServer::release()
{
    m_hold = false;
    const auto held = m_held;
    m_held.clear();
    for (const auto &[socket, path] : held) {
        answer(socket, path);
    }
}

QColor TestTileServer::tileColor(int z, int x, int y)
{
    return QColor::fromHsv((z * 47 + x * 13 + y * 29) % 360, 160, 220);
}

QByteArray TestTileServer::tilePng(int z, int x, int y)
{
    QImage image(256, 256, QImage::Format_RGB32);
    image.fill(tileColor(z, x, y));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

void TestTileServer::answer(QTcpSocket *socket, const QString &path)
{
    --m_open;
    Behaviour behaviour = m_behaviours.value(path, m_default);
    if (behaviour == Behaviour::FailOnce) {
        behaviour = m_failedOnce.contains(path) ? Behaviour::Tile : Behaviour::ServerError;
        m_failedOnce.insert(path);
    }
    QByteArray status = "200 OK";
    QByteArray body;
    QByteArray type = "image/png";
    switch (behaviour) {
    case Behaviour::Tile: {
        const QStringList parts = path.mid(1).section(QLatin1Char('.'), 0, 0).split(QLatin1Char('/'));
        if (parts.size() != 3) {
            status = "404 Not Found";
            break;
        }
        body = tilePng(parts[0].toInt(), parts[1].toInt(), parts[2].toInt());
        break;
    }
    case Behaviour::NotFound:
        status = "404 Not Found";
        type = "text/plain";
        body = "no such tile";
        break;
    case Behaviour::ServerError:
    case Behaviour::FailOnce:
        status = "500 Internal Server Error";
        type = "text/plain";
        body = "boom";
        break;
    case Behaviour::Garbage:
        body = "this is not a PNG at all \x01\x02\x03";
        break;
    case Behaviour::Silent:
        return; // never answers: the client's timeout must fire
    }
    socket->write("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nCache-Control: " + cacheControl
                  + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: keep-alive\r\n\r\n" + body);
}

} // namespace tw::test
