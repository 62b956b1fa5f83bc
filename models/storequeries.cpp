// Resource queries: filters, R*Tree radius/box/nearest searches and full-text search.

#include "store.h"

#include "geo.h"
#include "logging.h"
#include "storeengine.h"
#include "storeschema.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace tw {

using namespace Internal;

namespace {

struct SqlCondition {
    QStringList clauses;
    QVariantList values;
    bool matchesNothing = false;

    QString where() const { return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND ")); }
    QString andWhere() const { return clauses.isEmpty() ? QString() : QStringLiteral(" AND ") + clauses.join(QStringLiteral(" AND ")); }
};

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// The capabilities column as ",token,token," with separators unified and spaces removed.
QString capabilityList(const QString &column)
{
    return QStringLiteral("(',' || lower(replace(replace(replace(replace(replace(coalesce(%1, ''), ' ', ''), "
                          "'，', ','), '、', ','), '；', ','), ';', ',')) || ',')")
        .arg(column);
}

SqlCondition filterCondition(const KindDef &kind, const RecordFilter &filter, const QString &alias)
{
    SqlCondition condition;
    const QString p = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    auto column = [&](const QString &key) -> QString {
        if (key == QLatin1String("id")) {
            return p + key;
        }
        return kind.field(key) ? p + key : QString();
    };
    for (auto it = filter.equals.cbegin(); it != filter.equals.cend(); ++it) {
        const QString name = column(it.key());
        if (name.isEmpty()) {
            qCWarning(lcModels) << "filter on unknown field" << it.key() << "of" << kind.name;
            condition.matchesNothing = true;
            return condition;
        }
        QVariant value = it.value();
        if (const FieldDef *field = kind.field(it.key())) {
            Result<QVariant> converted = convertFieldValue(*field, value);
            value = converted ? converted.value() : value;
        }
        if (!value.isValid()) {
            condition.clauses << name + QStringLiteral(" IS NULL");
        } else {
            condition.clauses << name + QStringLiteral(" = ?");
            condition.values << toSqlValue(value);
        }
    }
    for (auto it = filter.anyOf.cbegin(); it != filter.anyOf.cend(); ++it) {
        const QString name = column(it.key());
        const QVariantList allowed = it.value().toList();
        if (name.isEmpty() || allowed.isEmpty()) {
            condition.matchesNothing = true;
            return condition;
        }
        QStringList marks;
        for (const QVariant &value : allowed) {
            marks << QStringLiteral("?");
            condition.values << value;
        }
        condition.clauses << name + QStringLiteral(" IN (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    if (!filter.capability.trimmed().isEmpty()) {
        if (!kind.field(QStringLiteral("capabilities"))) {
            condition.matchesNothing = true;
            return condition;
        }
        condition.clauses << QStringLiteral("instr(%1, ?) > 0").arg(capabilityList(p + QStringLiteral("capabilities")));
        QString token = filter.capability.trimmed().toLower();
        token.remove(QLatin1Char(' '));
        condition.values << QString(QLatin1Char(',') + token + QLatin1Char(','));
    }
    if (!filter.text.isEmpty() && !kind.nameField().isEmpty()) {
        condition.clauses << p + kind.nameField() + QStringLiteral(" LIKE ? ESCAPE '\\'");
        condition.values << QVariant(likePattern(filter.text));
    }
    if (!filter.includeExercise && kind.kind == ResourceKind::Incidents) {
        condition.clauses << QStringLiteral("(%1exercise_id IS NULL OR %1exercise_id = '')").arg(p);
    }
    return condition;
}

QList<Record> runRecordQuery(StoreEngine &e, const KindDef &kind, const QString &sql, const QVariantList &values)
{
    QList<Record> records;
    Result<QSqlQuery *> query = e.statement(sql);
    if (!query) {
        return records;
    }
    QSqlQuery &q = **query;
    for (int i = 0; i < values.size(); ++i) {
        q.bindValue(i, values[i]);
    }
    if (!q.exec()) {
        sqlFailure(q, {});
        return records;
    }
    while (q.next()) {
        records.append(e.recordFromRow(kind, q));
    }
    q.finish();
    return records;
}

constexpr double kMetersPerDegree = kEarthRadiusMeters * std::numbers::pi / 180.0;

struct Box {
    double west, south, east, north;
    bool wholeWorld = false;
};

// A lon/lat box holding the circle of `radiusMeters` around `center`.
Box boxAround(LonLat center, double radiusMeters)
{
    const double dLat = radiusMeters / kMetersPerDegree;
    const double south = center.lat - dLat;
    const double north = center.lat + dLat;
    if (south <= -90.0 || north >= 90.0 || radiusMeters >= kEarthRadiusMeters * std::numbers::pi) {
        const bool whole = radiusMeters >= kEarthRadiusMeters * std::numbers::pi;
        return Box{-180.0, std::max(-90.0, south), 180.0, std::min(90.0, north), whole};
    }
    const double widestLat = std::max(std::abs(south), std::abs(north));
    const double dLon = dLat / std::cos(widestLat * std::numbers::pi / 180.0);
    if (dLon >= 180.0) {
        return Box{-180.0, south, 180.0, north, false};
    }
    // Boxes crossing the antimeridian are clamped: the city and province use no such data.
    return Box{std::max(-180.0, center.lon - dLon), south, std::min(180.0, center.lon + dLon), north, false};
}

QString boxSql(const KindDef &kind, const QString &columns, const SqlCondition &condition)
{
    // CROSS JOIN keeps the R*Tree as the outer loop whatever indexes the filter columns have.
    return QStringLiteral("SELECT %1 FROM %2 r CROSS JOIN %3 t ON t.rid = r.rid "
                          "WHERE r.max_lon >= ? AND r.min_lon <= ? AND r.max_lat >= ? AND r.min_lat <= ? "
                          "AND t.lon BETWEEN ? AND ? AND t.lat BETWEEN ? AND ?%4")
        .arg(columns, StoreSchema::rtreeTable(kind), kind.table, condition.andWhere());
}

QVariantList boxValues(const Box &box, const SqlCondition &condition)
{
    QVariantList values{box.west, box.east, box.south, box.north, box.west, box.east, box.south, box.north};
    return values + condition.values;
}

QString displayNameOf(StoreEngine &e, const KindDef &kind, const QString &id)
{
    const QString nameField = kind.nameField();
    if (nameField.isEmpty()) {
        return id;
    }
    Result<QSqlQuery *> query =
        e.statement(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(nameField, kind.table));
    if (!query) {
        return id;
    }
    QSqlQuery &q = **query;
    q.bindValue(0, id);
    QString name = id;
    if (q.exec() && q.next()) {
        name = q.value(0).toString();
    }
    q.finish();
    return name;
}

// "...text [match] text..." around the first occurrence of `term`, for short (LIKE) searches.
QString markedSnippet(const QString &text, const QString &term)
{
    const int at = text.indexOf(term, 0, Qt::CaseInsensitive);
    if (at < 0) {
        return text.left(40);
    }
    const int from = std::max(0, at - 12);
    const int to = std::min(int(text.size()), at + int(term.size()) + 12);
    return (from > 0 ? QStringLiteral("…") : QString()) + text.mid(from, at - from) + QLatin1Char('[')
        + text.mid(at, term.size()) + QLatin1Char(']') + text.mid(at + term.size(), to - at - term.size())
        + (to < text.size() ? QStringLiteral("…") : QString());
}

} // namespace

Result<Record> Store::record(ResourceKind kind, const QString &id) const
{
    return d->readRecord(kindDef(kind), id);
}

int Store::count(ResourceKind kind) const
{
    Result<qint64> n = d->countWhere(QStringLiteral("SELECT count(*) FROM %1").arg(kindDef(kind).table), {});
    return n ? int(n.value()) : 0;
}

QList<Record> Store::records(ResourceKind kind, const RecordFilter &filter) const
{
    const KindDef &k = kindDef(kind);
    const SqlCondition condition = filterCondition(k, filter, {});
    if (condition.matchesNothing || filter.limit == 0) {
        return {};
    }
    const QString sql = QStringLiteral("SELECT %1 FROM %2%3 ORDER BY rid LIMIT ?")
                            .arg(d->selectColumns(k), k.table, condition.where());
    return runRecordQuery(*d, k, sql, condition.values + QVariantList{filter.limit < 0 ? -1 : filter.limit});
}

QList<Record> Store::withinBox(ResourceKind kind, double west, double south, double east, double north,
                               const RecordFilter &filter) const
{
    const KindDef &k = kindDef(kind);
    const SqlCondition condition = filterCondition(k, filter, QStringLiteral("t"));
    if (!k.hasPoint || condition.matchesNothing || filter.limit == 0) {
        return {};
    }
    const QString sql = boxSql(k, d->selectColumns(k, QStringLiteral("t")), condition) + QStringLiteral(" LIMIT ?");
    return runRecordQuery(*d, k, sql,
                          boxValues(Box{west, south, east, north}, condition)
                              + QVariantList{filter.limit < 0 ? -1 : filter.limit});
}

QList<Record> Store::withinRadius(ResourceKind kind, LonLat center, double radiusMeters,
                                  const RecordFilter &filter) const
{
    const KindDef &k = kindDef(kind);
    const SqlCondition condition = filterCondition(k, filter, QStringLiteral("t"));
    if (!k.hasPoint || condition.matchesNothing || filter.limit == 0 || !(radiusMeters >= 0.0)) {
        return {};
    }
    const Box box = boxAround(center, radiusMeters);
    const QList<Record> inBox = runRecordQuery(*d, k, boxSql(k, d->selectColumns(k, QStringLiteral("t")), condition),
                                               boxValues(box, condition));
    QList<QPair<double, Record>> inside;
    for (const Record &record : inBox) {
        const double distance = distanceMeters(center, *record.point);
        if (distance <= radiusMeters) {
            inside.append({distance, record});
        }
    }
    std::stable_sort(inside.begin(), inside.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Record> result;
    for (const auto &[distance, record] : inside) {
        if (filter.limit >= 0 && result.size() >= filter.limit) {
            break;
        }
        result.append(record);
    }
    return result;
}

QList<Neighbor> Store::nearest(ResourceKind kind, LonLat from, int k, const RecordFilter &filter) const
{
    const KindDef &def = kindDef(kind);
    const SqlCondition condition = filterCondition(def, filter, QStringLiteral("t"));
    if (!def.hasPoint || condition.matchesNothing || k <= 0) {
        return {};
    }
    const QString sql = boxSql(def, QStringLiteral("t.rid, t.lon, t.lat"), condition);
    struct Candidate {
        double distance;
        qint64 rid;
    };
    QList<Candidate> candidates;
    // Grow a box around the point until it holds k matches that are nearer than the box's
    // inscribed circle: nothing outside the box can then be nearer.
    double radius = 1000.0;
    for (;;) {
        const Box box = boxAround(from, radius);
        candidates.clear();
        Result<QSqlQuery *> query = d->statement(sql);
        if (!query) {
            return {};
        }
        QSqlQuery &q = **query;
        const QVariantList values = boxValues(box, condition);
        for (int i = 0; i < values.size(); ++i) {
            q.bindValue(i, values[i]);
        }
        if (!q.exec()) {
            sqlFailure(q, {});
            return {};
        }
        while (q.next()) {
            candidates.append({distanceMeters(from, LonLat(q.value(1).toDouble(), q.value(2).toDouble())),
                               q.value(0).toLongLong()});
        }
        q.finish();
        const int enough = std::min(k, int(candidates.size()));
        std::partial_sort(candidates.begin(), candidates.begin() + enough, candidates.end(),
                          [](const Candidate &a, const Candidate &b) { return a.distance < b.distance; });
        if (box.wholeWorld || (candidates.size() >= k && candidates[k - 1].distance <= radius)) {
            candidates.resize(enough);
            break;
        }
        // Aim for about 2k candidates next time, assuming an even density; grow at least 2x.
        const double growth = candidates.isEmpty() ? 8.0 : std::sqrt(2.0 * k / candidates.size());
        radius *= std::clamp(growth, 2.0, 8.0);
        if (candidates.size() >= k) {
            radius = std::max(radius, candidates[k - 1].distance * 1.0001);
        }
    }
    QList<Neighbor> neighbors;
    const QString one = QStringLiteral("SELECT %1 FROM %2 WHERE rid = ?").arg(d->selectColumns(def), def.table);
    for (const Candidate &candidate : std::as_const(candidates)) {
        const QList<Record> records = runRecordQuery(*d, def, one, {candidate.rid});
        if (!records.isEmpty()) {
            neighbors.append(Neighbor{records.first(), candidate.distance});
        }
    }
    return neighbors;
}

QList<SearchHit> Store::search(const QString &text, int limit) const
{
    const QStringList terms = text.toLower().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (terms.isEmpty() || limit == 0) {
        return {};
    }
    // The trigram index matches substrings of 3 or more characters; shorter terms (common in
    // Chinese: "西湖") are scanned.
    const bool indexed = std::all_of(terms.cbegin(), terms.cend(), [](const QString &t) { return t.size() >= 3; });
    QStringList likeClauses;
    QVariantList values;
    if (indexed) {
        QStringList quoted;
        for (QString term : terms) {
            quoted << QLatin1Char('"') + term.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        }
        values << quoted.join(QStringLiteral(" AND "));
    } else {
        for (const QString &term : terms) {
            likeClauses << QStringLiteral("instr(lower(text), ?) > 0");
            values << term;
        }
    }
    auto sqlFor = [&](const char *table, const char *keys) {
        const QString t = QLatin1String(table);
        if (indexed) {
            return QStringLiteral("SELECT %1, text, snippet(%2, 2, '[', ']', '…', 12), bm25(%2) AS score FROM %2 "
                                  "WHERE %2 MATCH ? ORDER BY score LIMIT ?")
                .arg(QLatin1String(keys), t);
        }
        return QStringLiteral("SELECT %1, text, '', 0 FROM %2 WHERE %3 LIMIT ?")
            .arg(QLatin1String(keys), t, likeClauses.join(QStringLiteral(" AND ")));
    };
    QList<SearchHit> hits;
    // bm25 first counts every row holding each term (its inverse document frequency): for a term
    // in a sixth of a million timeline events that alone takes tens of milliseconds. A term
    // matching more than kRankedWindow rows of a table is answered from its newest matches instead,
    // scored by how much of the text the terms cover, without bm25 or snippet().
    constexpr int kRankedWindow = 1000;
    constexpr int kNewestShown = 200;
    auto manyMatches = [&](const char *table) {
        Result<QSqlQuery *> query = d->statement(
            QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET %2")
                .arg(QLatin1String(table))
                .arg(kRankedWindow - 1));
        if (!query) {
            return false;
        }
        QSqlQuery &q = **query;
        q.bindValue(0, values.constFirst());
        const bool many = q.exec() && q.next();
        q.finish();
        return many;
    };
    auto run = [&](const QString &sql, bool incidentTable, bool newest) {
        Result<QSqlQuery *> query = d->statement(sql);
        if (!query) {
            return;
        }
        QSqlQuery &q = **query;
        const int rows = newest ? (limit < 0 ? kRankedWindow : std::max(limit, kNewestShown)) : (limit < 0 ? -1 : limit);
        const QVariantList bound = values + QVariantList{rows};
        for (int i = 0; i < bound.size(); ++i) {
            q.bindValue(i, bound[i]);
        }
        if (!q.exec()) {
            sqlFailure(q, {});
            return;
        }
        while (q.next()) {
            SearchHit hit;
            const QString textValue = q.value(2).toString();
            if (newest) {
                hit.snippet = markedSnippet(textValue, terms.first());
                qsizetype covered = 0;
                for (const QString &term : terms) {
                    covered += textValue.count(term, Qt::CaseInsensitive) * term.size();
                }
                hit.rank = -double(covered) / double(std::max<qsizetype>(1, textValue.size()));
            } else {
                hit.snippet = indexed ? q.value(3).toString() : markedSnippet(textValue, terms.first());
                hit.rank = q.value(4).toDouble();
            }
            if (incidentTable) {
                hit.kind = ResourceKind::Incidents;
                hit.incidentId = q.value(0).toString();
                hit.isTimelineEvent = !q.value(1).isNull();
                hit.id = hit.isTimelineEvent ? q.value(1).toString() : hit.incidentId;
                hit.title = hit.isTimelineEvent ? textValue : QString();
            } else {
                const KindDef *kind = kindByName(q.value(0).toString());
                if (!kind) {
                    continue;
                }
                hit.kind = kind->kind;
                hit.id = q.value(1).toString();
            }
            hits.append(hit);
        }
        q.finish();
    };
    auto search = [&](const char *table, const char *keys, bool incidentTable) {
        if (indexed && manyMatches(table)) {
            run(QStringLiteral("SELECT %1, text FROM %2 WHERE %2 MATCH ? ORDER BY rowid DESC LIMIT ?")
                    .arg(QLatin1String(keys), QLatin1String(table)),
                incidentTable, true);
        } else {
            run(sqlFor(table, keys), incidentTable, false);
        }
    };
    search(StoreSchema::kResourceFts, "kind, id", false);
    search(StoreSchema::kIncidentFts, "incident_id, event_id", true);
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) { return a.rank < b.rank; });
    if (limit >= 0 && hits.size() > limit) {
        hits.resize(limit);
    }
    for (SearchHit &hit : hits) {
        if (hit.title.isEmpty()) {
            hit.title = displayNameOf(*d, kindDef(hit.kind), hit.isTimelineEvent ? hit.incidentId : hit.id);
        }
    }
    return hits;
}

} // namespace tw
