#include "hlc.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>

namespace tw {

QString Hlc::toString() const
{
    // Fixed-width numbers make the text sort the same way as the value. Every logged mutation
    // writes one, so the usual case is formatted by hand.
    constexpr qint64 kWallLimit = 9999999999999; // 13 digits
    if (wallMs >= 0 && wallMs <= kWallLimit && counter <= 999999) {
        char text[21];
        qint64 wall = wallMs;
        for (int i = 12; i >= 0; --i, wall /= 10) {
            text[i] = char('0' + wall % 10);
        }
        text[13] = '-';
        qint64 count = counter;
        for (int i = 19; i >= 14; --i, count /= 10) {
            text[i] = char('0' + count % 10);
        }
        text[20] = '-';
        QString result;
        result.reserve(int(sizeof text) + node.size());
        result.append(QLatin1String(text, int(sizeof text)));
        result.append(node);
        return result;
    }
    return QStringLiteral("%1-%2-%3")
        .arg(wallMs, 13, 10, QLatin1Char('0'))
        .arg(counter, 6, 10, QLatin1Char('0'))
        .arg(node);
}

Hlc Hlc::fromString(const QString &text, bool *ok)
{
    Hlc result;
    const int first = text.indexOf(QLatin1Char('-'));
    const int second = first < 0 ? -1 : text.indexOf(QLatin1Char('-'), first + 1);
    bool wallOk = false;
    bool counterOk = false;
    if (second > 0) {
        result.wallMs = text.left(first).toLongLong(&wallOk);
        result.counter = text.mid(first + 1, second - first - 1).toUInt(&counterOk);
        result.node = text.mid(second + 1);
    }
    const bool valid = wallOk && counterOk;
    if (ok) {
        *ok = valid;
    }
    return valid ? result : Hlc{};
}

std::strong_ordering operator<=>(const Hlc &a, const Hlc &b)
{
    if (auto c = a.wallMs <=> b.wallMs; c != 0) {
        return c;
    }
    if (auto c = a.counter <=> b.counter; c != 0) {
        return c;
    }
    const int n = a.node.compare(b.node);
    return n < 0 ? std::strong_ordering::less
                 : (n > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
}

HlcClock::HlcClock(QString node, WallClock wallClock)
    : m_node(std::move(node))
    , m_wallClock(wallClock ? std::move(wallClock) : [] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_last.node = m_node;
}

Hlc HlcClock::now()
{
    const qint64 wall = m_wallClock();
    if (wall > m_last.wallMs) {
        m_last.wallMs = wall;
        m_last.counter = 0;
    } else {
        ++m_last.counter;
    }
    m_last.node = m_node;
    return m_last;
}

Hlc HlcClock::receive(const Hlc &remote)
{
    const qint64 wall = m_wallClock();
    const qint64 maxWall = std::max({wall, m_last.wallMs, remote.wallMs});
    if (maxWall == m_last.wallMs && maxWall == remote.wallMs) {
        m_last.counter = std::max(m_last.counter, remote.counter) + 1;
    } else if (maxWall == m_last.wallMs) {
        ++m_last.counter;
    } else if (maxWall == remote.wallMs) {
        m_last.counter = remote.counter + 1;
    } else {
        m_last.counter = 0;
    }
    m_last.wallMs = maxWall;
    m_last.node = m_node;
    return m_last;
}

} // namespace tw
