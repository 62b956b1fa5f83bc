#pragma once

#include "classification.h"
#include "incidentstatus.h"
#include "lonlat.h"
#include "record.h"
#include "result.h"

#include <QList>
#include <QString>

namespace tw {

/// The human toll of an incident as last reported.
struct Casualties {
    int deaths = 0;
    int seriousInjuries = 0;
    int missing = 0;
    int trapped = 0;

    friend bool operator==(const Casualties &, const Casualties &) = default;
};

/// An incident as a typed value, built from the generic incidents Record and back.
/// toRecord() leaves out empty text and zero times; counts and the loss are always written.
struct Incident {
    QString id;
    QString title;
    QString category;     ///< an IncidentCategory value
    QString typeCode;     ///< an IncidentType code, may be empty
    QString eventLevel;   ///< "I".."IV" or empty while ungraded
    QString warningLevel; ///< "red".."blue" or empty; separate from the event level
    QString status = IncidentStatus::Reported;
    QString description;
    QString address;
    LonLat position;
    QList<LonLat> area; ///< outer ring without the closing point; empty when none
    Casualties casualties;
    double directLossCny = 0.0;
    QString reporter;
    QString reporterPhone;
    qint64 reportedAtMs = 0;
    QString exerciseId; ///< empty for a real incident
    QString acknowledgedBy;
    qint64 acknowledgedAtMs = 0;

    static Incident fromRecord(const Record &record);
    Record toRecord() const;

    /// Created inside a drill: never to be mixed with real incidents.
    bool isExercise() const { return !exerciseId.isEmpty(); }
    bool isAcknowledged() const { return !acknowledgedBy.isEmpty(); }
    bool isOpen() const { return isIncidentOpen(status); }
    /// The incident's type, or nullptr when the code is empty or unknown.
    const IncidentType *type() const { return incidentTypeByCode(typeCode); }
    /// The level the casualty and loss figures call for.
    LevelSuggestion suggestedLevel() const
    {
        return suggestEventLevel(casualties.deaths, casualties.seriousInjuries, directLossCny);
    }

    friend bool operator==(const Incident &, const Incident &) = default;
};

/// Reads the outer ring of a GeoJSON Polygon (or a Feature holding one) as stored in the
/// incidents "area" field. The closing point is dropped; the Error names the "area" field.
Result<QList<LonLat>> parseAreaGeoJson(const QString &json);
/// A compact GeoJSON Polygon with a closed ring; empty for fewer than three points.
QString areaToGeoJson(const QList<LonLat> &ring);

} // namespace tw
