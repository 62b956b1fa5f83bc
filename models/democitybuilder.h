#pragma once

#include "democity.h"
#include "democityrandom.h"
#include "lonlat.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace tw {

/// Named mutations, in the shape Store::applyBatch() takes.
using DemoMutations = QList<QPair<QString, QJsonObject>>;

/// Turns the demo tables into named mutations for one seed. The methods must be called in a fixed
/// order (generateDemoCity's), because every one of them draws from the same random sequence.
class DemoCityBuilder {
public:
    explicit DemoCityBuilder(const DemoOptions &options);

    qint64 nowMs() const { return m_nowMs; }

    DemoMutations realisticTeams();
    /// `count` teams spread uniformly over the city's land, numbered from `firstNumber`.
    DemoMutations scaleTeams(int firstNumber, int count);
    DemoMutations suppliesAndWarehouses();
    DemoMutations riskPoints();
    DemoMutations targets();
    DemoMutations shelters();
    DemoMutations cameras();
    DemoMutations sensors();
    /// The demo incidents (an underpass flooding, a chemical leak, a building fire...) and their
    /// timelines, placed at the matching risk points made by riskPoints().
    DemoMutations incidents();
    /// `count` incidents for scale mode; their ids are remembered for scaleTimeline().
    DemoMutations scaleIncidents(int count);
    /// `count` timeline notes over the scale incidents, the n-th of them numbered from `firstNumber`.
    DemoMutations scaleTimeline(int firstNumber, int count);

    /// Mutation arguments of "<prefix>.create": {"id", "lon", "lat", field...}.
    static QPair<QString, QJsonObject> create(const QString &mutationPrefix, const QString &id,
                                              const LonLat *point, QJsonObject values);
    /// Arguments of "timeline.note". The store derives the event's id from the mutation itself.
    static QPair<QString, QJsonObject> note(const QString &incidentId, qint64 atMs, const QString &text);

private:
    LonLat pointIn(int district);
    LonLat pointNear(int district, LonLat centre, double sigmaMeters);
    LonLat pointOnRiverBank(int district);
    LonLat anyLandPoint();
    QString street(int district);
    QString road(int district);
    QString address(int district);
    /// Replaces %D, %S and %R in a name template.
    QString expand(const QString &pattern, int district);
    QString capabilities(const QStringList &pool);
    QJsonObject teamValues(const QString &kind, const QString &name, int district, LonLat base);
    QJsonObject contact();

    DemoOptions m_options;
    DemoCityRandom m_random;
    qint64 m_nowMs = 0;
    QHash<QString, LonLat> m_riskPoints; ///< risk point name -> position, for incidents and cameras
    QStringList m_scaleIncidentIds;
};

} // namespace tw
