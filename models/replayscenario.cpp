#include "replayscenario.h"

#include <QJsonArray>
#include <QUuid>

namespace tw {

namespace {

const QStringList &categories()
{
    static const QStringList values{QStringLiteral("natural_disaster"), QStringLiteral("accident"),
                                    QStringLiteral("public_health"), QStringLiteral("social_security")};
    return values;
}

QString scenarioId(std::mt19937 &random)
{
    // Ids from the seeded generator, so a seed always gives the same stream.
    QUuid id(random(), quint16(random()), quint16(random()), uchar(random()), uchar(random()), uchar(random()),
             uchar(random()), uchar(random()), uchar(random()), uchar(random()), uchar(random()));
    return id.toString(QUuid::WithoutBraces);
}

} // namespace

ReplayScenario::ReplayScenario(quint32 seed) : ReplayScenario(seed, Options{}) {}

ReplayScenario::ReplayScenario(quint32 seed, Options options)
    : m_options(options), m_random(seed), m_clockMs(options.startMs)
{
}

int ReplayScenario::uniform(int lo, int hi)
{
    return std::uniform_int_distribution<int>(lo, hi)(m_random);
}

QString ReplayScenario::pick(const QStringList &ids)
{
    return ids.isEmpty() ? QStringLiteral("missing") : ids.at(uniform(0, int(ids.size()) - 1));
}

Mutation ReplayScenario::next()
{
    Mutation mutation;
    QJsonObject args;
    if (m_warehouses.isEmpty()) {
        mutation.name = QStringLiteral("warehouse.create");
        m_warehouses << scenarioId(m_random);
        args = {{QStringLiteral("id"), m_warehouses.last()}, {QStringLiteral("name"), QStringLiteral("城西物资储备库")},
                {QStringLiteral("lon"), 120.10}, {QStringLiteral("lat"), 30.28}};
    } else if (m_items.size() < 2) {
        mutation.name = QStringLiteral("supply.create");
        m_items << scenarioId(m_random);
        args = {{QStringLiteral("id"), m_items.last()},
                {QStringLiteral("name"), m_items.size() == 1 ? QStringLiteral("沙袋") : QStringLiteral("救生衣")},
                {QStringLiteral("category"), QStringLiteral("flood_control")}, {QStringLiteral("unit"), QStringLiteral("个")}};
    } else {
        const int roll = uniform(0, 99);
        if (roll < 45) {
            args = incidentMutation(mutation.name);
        } else if (roll < 75) {
            args = teamMutation(mutation.name);
        } else if (roll < 80) {
            mutation.name = QStringLiteral("stock.adjust");
            args = {{QStringLiteral("warehouse_id"), pick(m_warehouses)}, {QStringLiteral("item_id"), pick(m_items)},
                    {QStringLiteral("delta"), double(uniform(-20, 200))}};
        } else {
            args = dispatchMutation(mutation.name);
        }
    }
    const bool late = m_options.lateFraction > 0.0
                      && std::uniform_real_distribution<double>(0.0, 1.0)(m_random) < m_options.lateFraction;
    if (late) {
        mutation.hlc = Hlc{m_clockMs - uniform(1, 600'000), 0, QStringLiteral("late-console")};
    } else {
        const int step = uniform(0, m_options.maxStepMs);
        m_clockMs += step;
        m_counter = step == 0 ? m_counter + 1 : 0;
        mutation.hlc = Hlc{m_clockMs, m_counter, QStringLiteral("scenario")};
    }
    mutation.args = args;
    mutation.actor = uniform(0, 1) ? QStringLiteral("值班员张伟") : QStringLiteral("dispatcher.li");
    mutation.clientId = QStringLiteral("scenario-console");
    mutation.clientSeq = ++m_seq;
    return mutation;
}

QJsonObject ReplayScenario::incidentMutation(QString &name)
{
    if (m_incidents.size() < m_options.incidents && (m_incidents.isEmpty() || uniform(0, 5) == 0)) {
        name = QStringLiteral("incident.create");
        m_incidents << scenarioId(m_random);
        return {{QStringLiteral("id"), m_incidents.last()},
                {QStringLiteral("title"), QStringLiteral("事件 %1").arg(m_incidents.size())},
                {QStringLiteral("category"), categories().at(uniform(0, 3))},
                {QStringLiteral("lon"), 120.0 + uniform(0, 3000) / 10000.0},
                {QStringLiteral("lat"), 30.15 + uniform(0, 2000) / 10000.0}};
    }
    const QString id = pick(m_incidents);
    switch (uniform(0, 6)) {
    case 0:
        name = QStringLiteral("incident.update");
        return {{QStringLiteral("id"), id}, {QStringLiteral("description"), QStringLiteral("现场情况更新 %1").arg(uniform(1, 999))},
                {QStringLiteral("lon"), 120.0 + uniform(0, 3000) / 10000.0}};
    case 1: {
        static const QStringList levels{QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("III"), QStringLiteral("IV")};
        name = QStringLiteral("incident.setLevel");
        return {{QStringLiteral("id"), id}, {QStringLiteral("event_level"), levels.at(uniform(0, 3))}};
    }
    case 2: {
        static const QStringList levels{QStringLiteral("red"), QStringLiteral("orange"), QStringLiteral("yellow"),
                                        QStringLiteral("blue"), QString()};
        name = QStringLiteral("incident.setWarningLevel");
        const QString level = levels.at(uniform(0, 4));
        return {{QStringLiteral("id"), id}, {QStringLiteral("warning_level"), level.isEmpty() ? QJsonValue() : QJsonValue(level)}};
    }
    case 3: {
        static const QStringList statuses{QStringLiteral("verified"), QStringLiteral("responding"), QStringLiteral("contained"),
                                          QStringLiteral("closed"), QStringLiteral("false_alarm")};
        name = QStringLiteral("incident.setStatus");
        return {{QStringLiteral("id"), id}, {QStringLiteral("status"), statuses.at(uniform(0, 4))},
                {QStringLiteral("reason"), QStringLiteral("现场核实")}};
    }
    case 4:
        name = QStringLiteral("incident.setCasualties");
        return {{QStringLiteral("id"), id}, {QStringLiteral("deaths"), uniform(0, 12)},
                {QStringLiteral("serious_injuries"), uniform(0, 60)}, {QStringLiteral("direct_loss_cny"), uniform(0, 90) * 1e6}};
    case 5:
        name = QStringLiteral("incident.acknowledge");
        return {{QStringLiteral("id"), id}};
    default:
        name = QStringLiteral("timeline.note");
        return {{QStringLiteral("incident_id"), id}, {QStringLiteral("text"), QStringLiteral("现场反馈 %1").arg(uniform(1, 999))}};
    }
}

QJsonObject ReplayScenario::teamMutation(QString &name)
{
    if (m_teams.size() < m_options.teams && (m_teams.isEmpty() || uniform(0, 3) == 0)) {
        static const QStringList kinds{QStringLiteral("fire"), QStringLiteral("medical"), QStringLiteral("hazmat"),
                                       QStringLiteral("flood")};
        name = QStringLiteral("team.create");
        m_teams << scenarioId(m_random);
        return {{QStringLiteral("id"), m_teams.last()}, {QStringLiteral("name"), QStringLiteral("救援队 %1").arg(m_teams.size())},
                {QStringLiteral("team_kind"), kinds.at(uniform(0, 3))}, {QStringLiteral("headcount"), uniform(5, 60)},
                {QStringLiteral("lon"), 120.1}, {QStringLiteral("lat"), 30.25}};
    }
    const QString id = pick(m_teams);
    switch (uniform(0, 3)) {
    case 0:
        name = QStringLiteral("team.update");
        return {{QStringLiteral("id"), id}, {QStringLiteral("headcount"), uniform(5, 60)}};
    case 1: {
        static const QStringList statuses{QStringLiteral("available"), QStringLiteral("off_duty"), QStringLiteral("returning")};
        name = QStringLiteral("team.setStatus");
        return {{QStringLiteral("id"), id}, {QStringLiteral("status"), statuses.at(uniform(0, 2))}};
    }
    default:
        name = QStringLiteral("team.setPosition");
        return {{QStringLiteral("id"), id}, {QStringLiteral("lon"), 120.0 + uniform(0, 3000) / 10000.0},
                {QStringLiteral("lat"), 30.15 + uniform(0, 2000) / 10000.0}, {QStringLiteral("heading_deg"), uniform(0, 359)},
                {QStringLiteral("at_ms"), m_clockMs}};
    }
}

QJsonObject ReplayScenario::dispatchMutation(QString &name)
{
    if (m_orders.isEmpty() || uniform(0, 3) == 0) {
        name = QStringLiteral("dispatch.propose");
        m_orders << scenarioId(m_random);
        QJsonObject args{{QStringLiteral("id"), m_orders.last()}, {QStringLiteral("incident_id"), pick(m_incidents)},
                         {QStringLiteral("team_id"), pick(m_teams)}};
        if (uniform(0, 1)) {
            args.insert(QStringLiteral("lines"),
                        QJsonArray{QJsonObject{{QStringLiteral("warehouse_id"), pick(m_warehouses)},
                                               {QStringLiteral("item_id"), pick(m_items)},
                                               {QStringLiteral("quantity"), double(uniform(1, 30))}}});
        }
        return args;
    }
    static const QStringList steps{QStringLiteral("dispatch.issue"),   QStringLiteral("dispatch.acknowledge"),
                                   QStringLiteral("dispatch.enRoute"), QStringLiteral("dispatch.onScene"),
                                   QStringLiteral("dispatch.complete"), QStringLiteral("dispatch.cancel"),
                                   QStringLiteral("dispatch.reject")};
    name = steps.at(uniform(0, int(steps.size()) - 1));
    QJsonObject args{{QStringLiteral("id"), pick(m_orders)}};
    if (name == QLatin1String("dispatch.cancel") || name == QLatin1String("dispatch.reject")) {
        args.insert(QStringLiteral("reason"), QStringLiteral("另有任务"));
    }
    return args;
}

} // namespace tw
