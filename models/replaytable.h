#pragma once

#include <QList>
#include <QSharedData>
#include <QSharedDataPointer>
#include <QString>
#include <iterator>
#include <vector>

namespace tw {

/// Id -> value table for replayed states, made of many small implicitly shared shards. A copy
/// costs one reference per table; changing a value afterwards copies only its shard (a handful of
/// values), so replay checkpoints share everything that did not change between them.
///
/// `T` has a public `QString id`. Iteration order is the shard order, not insertion order.
template <typename T> class ReplayTable {
    struct Shard : QSharedData {
        std::vector<T> items;
    };
    using ShardPtr = QSharedDataPointer<Shard>;

public:
    class const_iterator {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = T;
        using difference_type = std::ptrdiff_t;
        using pointer = const T *;
        using reference = const T &;

        const_iterator() = default;
        reference operator*() const { return m_table->m_shards.at(m_shard)->items[m_item]; }
        pointer operator->() const { return &**this; }
        const_iterator &operator++()
        {
            ++m_item;
            settle();
            return *this;
        }
        const_iterator operator++(int)
        {
            const_iterator before = *this;
            ++*this;
            return before;
        }
        friend bool operator==(const const_iterator &a, const const_iterator &b)
        {
            return a.m_shard == b.m_shard && a.m_item == b.m_item;
        }

    private:
        friend class ReplayTable;
        const_iterator(const ReplayTable *table, qsizetype shard)
            : m_table(table)
            , m_shard(shard)
        {
            settle();
        }
        void settle()
        {
            while (
                m_shard < m_table->m_shards.size() && m_item >= m_table->m_shards.at(m_shard)->items.size()) {
                ++m_shard;
                m_item = 0;
            }
        }
        const ReplayTable *m_table = nullptr;
        qsizetype m_shard = 0;
        std::size_t m_item = 0;
    };

    ReplayTable() { m_shards.resize(1, ShardPtr(new Shard)); }

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    /// True when `other` is a copy of this table and neither has changed since: a cheap "nothing
    /// changed" test for views that redraw only what did.
    bool isSharedWith(const ReplayTable &other) const { return m_shards.isSharedWith(other.m_shards); }
    const_iterator begin() const { return const_iterator(this, 0); }
    const_iterator end() const { return const_iterator(this, m_shards.size()); }

    /// The value with `id`, or nullptr.
    const T *find(const QString &id) const
    {
        const Shard &shard = *m_shards.at(shardOf(id));
        for (const T &item : shard.items) {
            if (sameId(item.id, id)) {
                return &item;
            }
        }
        return nullptr;
    }
    bool contains(const QString &id) const { return find(id) != nullptr; }

    /// The value with `id` for changing it in place (its shard stops being shared), or nullptr.
    T *findForWrite(const QString &id)
    {
        const qsizetype index = shardOf(id);
        if (!m_shards.at(index)->items.empty() && find(id)) {
            for (T &item : writableShard(index).items) {
                if (sameId(item.id, id)) {
                    return &item;
                }
            }
        }
        return nullptr;
    }

    /// Inserts or replaces the value with `value.id`; returns it.
    T &insert(T value)
    {
        if (T *existing = findForWrite(value.id)) {
            *existing = std::move(value);
            return *existing;
        }
        if (m_size + 1 > kGrowAt * m_shards.size()) {
            grow();
        }
        ++m_size;
        Shard &shard = writableShard(shardOf(value.id));
        shard.items.push_back(std::move(value));
        return shard.items.back();
    }

    bool remove(const QString &id)
    {
        const qsizetype index = shardOf(id);
        if (!find(id)) {
            return false;
        }
        std::vector<T> &items = writableShard(index).items;
        for (auto it = items.begin(); it != items.end(); ++it) {
            if (sameId(it->id, id)) {
                items.erase(it);
                --m_size;
                return true;
            }
        }
        return false;
    }

    /// Calls `change(T &)` for every value for which `wants(const T &)` holds, copying only the
    /// shards that hold one.
    template <typename Wants, typename Change> void updateWhere(Wants wants, Change change)
    {
        for (qsizetype index = 0; index < m_shards.size(); ++index) {
            bool any = false;
            for (const T &item : std::as_const(m_shards).at(index)->items) {
                any = any || wants(item);
            }
            if (any) {
                for (T &item : writableShard(index).items) {
                    if (wants(item)) {
                        change(item);
                    }
                }
            }
        }
    }

    QList<T> values() const
    {
        QList<T> all;
        all.reserve(m_size);
        for (const T &item : *this) {
            all.append(item);
        }
        return all;
    }

    /// The bytes copied from shared shards since the last call (what a checkpoint taken before
    /// them costs, shallowly); resets.
    qint64 takeCopiedBytes()
    {
        const qint64 copied = m_copiedBytes;
        m_copiedBytes = 0;
        return copied;
    }

    /// Equal ids; most lookups come with the very string stored (replay interns its texts), so
    /// the data pointers usually settle it.
    static bool sameId(const QString &a, const QString &b)
    {
        return a.size() == b.size() && (a.constData() == b.constData() || a == b);
    }

private:
    static constexpr qsizetype kGrowAt = 4; ///< values per shard on average before the table grows

    qsizetype shardOf(const QString &id) const
    {
        return qsizetype(qHash(id, 0) & size_t(m_shards.size() - 1));
    }

    Shard &writableShard(qsizetype index)
    {
        if (!m_shards.isDetached()) {
            m_copiedBytes += qint64(m_shards.size() * sizeof(ShardPtr));
        }
        ShardPtr &pointer = m_shards[index]; // detaches the shard list when it is shared
        if (pointer.constData()->ref.loadRelaxed() != 1) {
            m_copiedBytes += qint64(sizeof(Shard) + pointer.constData()->items.size() * sizeof(T));
        }
        return *pointer.data(); // detaches the shard when it is shared
    }

    void grow()
    {
        QList<ShardPtr> shards(m_shards.size() * 2);
        for (ShardPtr &shard : shards) {
            shard = ShardPtr(new Shard);
        }
        for (const T &item : *this) {
            shards[qsizetype(qHash(item.id, 0) & size_t(shards.size() - 1))].data()->items.push_back(item);
        }
        m_copiedBytes += qint64(m_size * sizeof(T) + shards.size() * (sizeof(ShardPtr) + sizeof(Shard)));
        m_shards = std::move(shards);
    }

    QList<ShardPtr> m_shards; ///< a power of two of them
    qsizetype m_size = 0;
    qint64 m_copiedBytes = 0;
};

} // namespace tw
