#include "replaylog.h"

#include "store.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace tw {

namespace {

constexpr int kPage = 8192;
constexpr qsizetype kRecentMaps = 1 << 16;

// A map's content as bytes, so equal maps decoded from different rows are stored once; empty
// for values that are not plain numbers or texts (those maps are not shared).
QByteArray contentKey(const QVariantMap &values)
{
    QByteArray key;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const int type = it.value().typeId();
        if (type == QMetaType::QVariantMap || type == QMetaType::QVariantList
            || type == QMetaType::QStringList) {
            return {};
        }
        key += it.key().toUtf8();
        key += '\x1f';
        key += QByteArray::number(it.value().typeId());
        key += '\x1f';
        key += it.value().toString().toUtf8();
        key += '\x1e';
    }
    return key;
}

} // namespace

ReplayLog::ReplayLog()
{
    m_strings.append(QString()); // index 0: the empty text
    m_stringIndex.insert(QString(), 0);
}

Status ReplayLog::readFrom(const Store &store)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT local_seq, name, args, hlc, actor FROM mutation_log "
                                      "WHERE local_seq > ? ORDER BY local_seq LIMIT ?"))) {
        return Error { query.lastError().text(), {}, QStringLiteral("mutation_log") };
    }
    for (;;) {
        query.bindValue(0, lastLocalSeq());
        query.bindValue(1, kPage);
        if (!query.exec()) {
            return Error { query.lastError().text(), {}, QStringLiteral("mutation_log") };
        }
        int rows = 0;
        while (query.next()) {
            LoggedMutation logged;
            logged.localSeq = query.value(0).toLongLong();
            logged.mutation.name = query.value(1).toString();
            logged.mutation.args = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
            logged.mutation.hlc = Hlc::fromString(query.value(3).toString());
            logged.mutation.actor = query.value(4).toString();
            append(logged);
            ++rows;
        }
        query.finish();
        if (rows < kPage) {
            return {};
        }
    }
}

void ReplayLog::append(const LoggedMutation &logged)
{
    ReplayStep step;
    step.localSeq = logged.localSeq;
    step.wallMs = logged.mutation.hlc.wallMs;
    step.counter = logged.mutation.hlc.counter;
    step.node = intern(logged.mutation.hlc.node);
    step.logMs = m_size == 0 ? step.wallMs : std::max(at(m_size - 1).logMs, step.wallMs);
    decode(step, logged);
    if ((m_size & kChunkMask) == 0) {
        m_chunks.append(QList<ReplayStep>());
        m_chunks.last().reserve(kChunkMask + 1);
    }
    m_chunks.last().append(step);
    ++m_size;
}

qsizetype ReplayLog::countAt(qint64 atMs) const
{
    qsizetype lo = 0;
    qsizetype hi = m_size;
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (at(mid).logMs <= atMs) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo;
}

quint32 ReplayLog::intern(const QString &text)
{
    const auto it = m_stringIndex.constFind(text);
    if (it != m_stringIndex.cend()) {
        return it.value();
    }
    const auto index = quint32(m_strings.size());
    m_strings.append(text);
    m_stringIndex.insert(text, index);
    return index;
}

quint32 ReplayLog::addMap(const QVariantMap &values)
{
    const QByteArray key = contentKey(values);
    const auto it = key.isEmpty() ? m_mapIndex.cend() : m_mapIndex.constFind(key);
    if (it != m_mapIndex.cend()) {
        return it.value();
    }
    if (m_mapIndex.size() >= kRecentMaps) {
        m_mapIndex.clear();
    }
    const auto index = quint32(m_maps.size());
    m_maps.append(values);
    if (!key.isEmpty()) {
        m_mapIndex.insert(key, index);
    }
    return index;
}

const QStringList &ReplayLog::dispatchSteps()
{
    using namespace DispatchStatus;
    static const QStringList steps { Issued, Acknowledged, EnRoute, OnScene, Completed, Cancelled, Rejected };
    return steps;
}

} // namespace tw
