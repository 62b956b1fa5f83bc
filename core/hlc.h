#pragma once

#include <QString>

#include <compare>
#include <functional>

namespace tw {

/// A hybrid logical clock timestamp: physical ms, a counter for events in the same ms, the node.
/// Orders totally (wall, counter, node) and encodes to a string that sorts the same way.
struct Hlc {
    qint64 wallMs = 0;
    quint32 counter = 0;
    QString node;

    QString toString() const;
    static Hlc fromString(const QString &text, bool *ok = nullptr);
    bool isNull() const { return wallMs == 0 && counter == 0 && node.isEmpty(); }

    friend std::strong_ordering operator<=>(const Hlc &a, const Hlc &b);
    friend bool operator==(const Hlc &a, const Hlc &b)
    {
        return a.wallMs == b.wallMs && a.counter == b.counter && a.node == b.node;
    }
};

/// Issues monotonically increasing Hlc values for one node and folds in remote ones.
class HlcClock {
public:
    using WallClock = std::function<qint64()>;

    explicit HlcClock(QString node, WallClock wallClock = {});

    /// A timestamp for a local event, greater than every timestamp seen so far.
    Hlc now();
    /// Folds a received timestamp in, so later local events order after it; returns the new time.
    Hlc receive(const Hlc &remote);
    Hlc last() const { return m_last; }
    const QString &node() const { return m_node; }

private:
    QString m_node;
    WallClock m_wallClock;
    Hlc m_last;
};

} // namespace tw
