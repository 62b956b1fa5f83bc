#pragma once

#include "mutation.h"

#include <QStringList>

#include <random>

namespace tw {

/// A reproducible stream of plausible mutations over a small city (incidents, teams, warehouses,
/// supplies, dispatch orders) at increasing times, as if pulled from another console. Some are
/// refused by the store on purpose (bad transitions, busy teams); callers apply each with
/// Store::applyRemote and skip refusals. Used by replay tests and `tidewatch-bench replay`.
class ReplayScenario {
public:
    struct Options {
        qint64 startMs = 1'700'000'000'000;
        int maxStepMs = 90'000;      ///< time between mutations: 0..maxStepMs (0 gives same-ms ties)
        double lateFraction = 0.0;   ///< share of mutations stamped earlier than the previous one
        int teams = 20;
        int incidents = 40;          ///< creations stop here; the stream goes on with updates
    };

    explicit ReplayScenario(quint32 seed);
    ReplayScenario(quint32 seed, Options options);

    /// The next mutation, with its HLC, actor, client id and client sequence set.
    Mutation next();

private:
    QString pick(const QStringList &ids);
    int uniform(int lo, int hi);
    QJsonObject incidentMutation(QString &name);
    QJsonObject teamMutation(QString &name);
    QJsonObject dispatchMutation(QString &name);

    Options m_options;
    std::mt19937 m_random;
    qint64 m_clockMs = 0;
    quint32 m_counter = 0;
    qint64 m_seq = 0;
    QStringList m_incidents;
    QStringList m_teams;
    QStringList m_orders;
    QStringList m_warehouses;
    QStringList m_items;
};

} // namespace tw
