#include "geo.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace tw {

namespace {
constexpr double kDegToRad = std::numbers::pi / 180.0;
constexpr double kRadToDeg = 180.0 / std::numbers::pi;

double normalizedLon(double lon)
{
    return std::fmod(std::fmod(lon + 180.0, 360.0) + 360.0, 360.0) - 180.0;
}
} // namespace

double distanceMeters(LonLat a, LonLat b)
{
    const double dLat = (b.lat - a.lat) * kDegToRad;
    const double dLon = (b.lon - a.lon) * kDegToRad;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(a.lat * kDegToRad) * std::cos(b.lat * kDegToRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2.0 * kEarthRadiusMeters * std::asin(std::min(1.0, std::sqrt(h)));
}

double bearingDegrees(LonLat from, LonLat to)
{
    const double lat1 = from.lat * kDegToRad;
    const double lat2 = to.lat * kDegToRad;
    const double dLon = (to.lon - from.lon) * kDegToRad;
    const double y = std::sin(dLon) * std::cos(lat2);
    const double x = std::cos(lat1) * std::sin(lat2) - std::sin(lat1) * std::cos(lat2) * std::cos(dLon);
    const double bearing = std::atan2(y, x) * kRadToDeg;
    return std::fmod(bearing + 360.0, 360.0);
}

bool sectorContains(LonLat apex, double headingDeg, double fovDeg, double rangeMeters, LonLat target)
{
    const double distance = distanceMeters(apex, target);
    if (distance > rangeMeters) {
        return false;
    }
    if (distance < 1e-6 || fovDeg >= 360.0) {
        return true;
    }
    double offset = std::fmod(bearingDegrees(apex, target) - headingDeg + 540.0, 360.0) - 180.0;
    return std::abs(offset) <= fovDeg / 2.0;
}

LonLat destinationPoint(LonLat from, double bearingDeg, double distanceMeters)
{
    const double angular = distanceMeters / kEarthRadiusMeters;
    const double bearing = bearingDeg * kDegToRad;
    const double lat1 = from.lat * kDegToRad;
    const double lon1 = from.lon * kDegToRad;
    const double sinLat2 = std::sin(lat1) * std::cos(angular) + std::cos(lat1) * std::sin(angular) * std::cos(bearing);
    const double lat2 = std::asin(std::clamp(sinLat2, -1.0, 1.0));
    const double lon2 = lon1
        + std::atan2(std::sin(bearing) * std::sin(angular) * std::cos(lat1), std::cos(angular) - std::sin(lat1) * sinLat2);
    return {normalizedLon(lon2 * kRadToDeg), lat2 * kRadToDeg};
}

bool BoundingBox::contains(LonLat p) const
{
    return p.lon >= west && p.lon <= east && p.lat >= south && p.lat <= north;
}

bool BoundingBox::intersects(const BoundingBox &other) const
{
    return isValid() && other.isValid() && west <= other.east && other.west <= east && south <= other.north
        && other.south <= north;
}

void BoundingBox::extend(LonLat p)
{
    west = std::min(west, p.lon);
    east = std::max(east, p.lon);
    south = std::min(south, p.lat);
    north = std::max(north, p.lat);
}

bool BoundingBox::isValid() const
{
    return std::isfinite(west) && std::isfinite(south) && std::isfinite(east) && std::isfinite(north)
        && west <= east && south <= north;
}

BoundingBox BoundingBox::around(LonLat center, double radiusMeters)
{
    const double angular = std::max(0.0, radiusMeters) / kEarthRadiusMeters;
    const double dLat = angular * kRadToDeg;
    BoundingBox box{center.lon, std::max(-90.0, center.lat - dLat), center.lon, std::min(90.0, center.lat + dLat)};
    // The widest point of a spherical cap is not at its centre's latitude; asin(sin r / cos lat)
    // gives the exact longitude extent. A cap over a pole spans every longitude.
    const double ratio = std::sin(angular) / std::cos(center.lat * kDegToRad);
    if (box.north >= 90.0 || box.south <= -90.0 || !std::isfinite(ratio) || ratio >= 1.0) {
        box.west = -180.0;
        box.east = 180.0;
        return box;
    }
    const double dLon = std::asin(ratio) * kRadToDeg;
    box.west = std::max(-180.0, center.lon - dLon);
    box.east = std::min(180.0, center.lon + dLon);
    return box;
}

bool polygonContains(const QList<LonLat> &ring, LonLat p)
{
    if (ring.size() < 3) {
        return false;
    }
    bool inside = false;
    // A closing point equal to the first adds a zero-length edge, which never crosses the ray.
    for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const LonLat &a = ring[i];
        const LonLat &b = ring[j];
        if ((a.lat > p.lat) != (b.lat > p.lat)) {
            const double crossLon = a.lon + (p.lat - a.lat) / (b.lat - a.lat) * (b.lon - a.lon);
            if (p.lon < crossLon) {
                inside = !inside;
            }
        }
    }
    return inside;
}

double polygonAreaSquareMeters(const QList<LonLat> &ring)
{
    if (ring.size() < 3) {
        return 0.0;
    }
    // Chamberlain & Duquette, "Some algorithms for polygons on a sphere" (JPL, 2007).
    double sum = 0.0;
    for (qsizetype i = 0; i < ring.size(); ++i) {
        const LonLat &a = ring[i];
        const LonLat &b = ring[(i + 1) % ring.size()];
        sum += (b.lon - a.lon) * kDegToRad * (2.0 + std::sin(a.lat * kDegToRad) + std::sin(b.lat * kDegToRad));
    }
    return std::abs(sum * kEarthRadiusMeters * kEarthRadiusMeters / 2.0);
}

namespace {

enum class Axis { Unknown, Lon, Lat };

struct ParsedPart {
    double value = 0.0;
    Axis axis = Axis::Unknown;
};

QString normalizedCoordinateText(QString text)
{
    static const QList<std::pair<QString, QString>> replacements{
        {QStringLiteral("东经"), QStringLiteral("E")}, {QStringLiteral("西经"), QStringLiteral("W")},
        {QStringLiteral("北纬"), QStringLiteral("N")}, {QStringLiteral("南纬"), QStringLiteral("S")},
        {QStringLiteral("，"), QStringLiteral(",")},   {QStringLiteral("；"), QStringLiteral(",")},
        {QStringLiteral(";"), QStringLiteral(",")},    {QStringLiteral("度"), QStringLiteral("°")},
        {QStringLiteral("º"), QStringLiteral("°")},    {QStringLiteral("分"), QStringLiteral("'")},
        {QStringLiteral("秒"), QStringLiteral("\"")},  {QStringLiteral("″"), QStringLiteral("\"")},
        {QStringLiteral("“"), QStringLiteral("\"")},   {QStringLiteral("”"), QStringLiteral("\"")},
        {QStringLiteral("''"), QStringLiteral("\"")},  {QStringLiteral("′"), QStringLiteral("'")},
        {QStringLiteral("’"), QStringLiteral("'")},    {QStringLiteral("‘"), QStringLiteral("'")},
    };
    for (const auto &[from, to] : replacements) {
        text.replace(from, to);
    }
    return text.trimmed();
}

// One value: optional hemisphere prefix, degrees, optional minutes and seconds, optional suffix.
const QRegularExpression &partPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(\s*([NSEW])?\s*([+-]?[0-9]+(?:\.[0-9]+)?)\s*(°)?\s*(?:([0-9]+(?:\.[0-9]+)?)\s*')?)"
                       R"(\s*(?:([0-9]+(?:\.[0-9]+)?)\s*")?\s*([NSEW])?\s*)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// Parses one value starting at `pos` and moves `pos` past it.
Result<ParsedPart> parsePart(const QString &text, qsizetype &pos)
{
    const QRegularExpressionMatch m = partPattern().match(text, pos, QRegularExpression::NormalMatch,
                                                          QRegularExpression::AnchorAtOffsetMatchOption);
    if (!m.hasMatch()) {
        return Error{QCoreApplication::translate("tw::geo", "expected a number at \"%1\"").arg(text.mid(pos)), {}, {}};
    }
    QString letter = m.captured(1).toUpper();
    pos = m.capturedEnd(0);
    if (!letter.isEmpty() && m.capturedLength(6) > 0) {
        // "N30.28 E120.15": the letter after the number opens the next value.
        pos = m.capturedStart(6);
    } else if (letter.isEmpty()) {
        letter = m.captured(6).toUpper();
    }
    const QString degreesText = m.captured(2);
    double value = degreesText.toDouble();
    const bool negative = degreesText.startsWith(QLatin1Char('-'));
    if (m.capturedLength(4) > 0 || m.capturedLength(5) > 0) {
        if (degreesText.contains(QLatin1Char('.'))) {
            return Error{QCoreApplication::translate("tw::geo", "degrees must be whole when minutes or seconds follow (\"%1\")").arg(m.captured(0).trimmed()), {}, {}};
        }
        const double minutes = m.captured(4).toDouble();
        const double seconds = m.captured(5).toDouble();
        if (minutes >= 60.0 || seconds >= 60.0) {
            return Error{QCoreApplication::translate("tw::geo", "minutes and seconds must be below 60 (\"%1\")").arg(m.captured(0).trimmed()), {}, {}};
        }
        value = std::abs(value) + minutes / 60.0 + seconds / 3600.0;
        value = negative ? -value : value;
    }
    ParsedPart part{value, Axis::Unknown};
    if (!letter.isEmpty()) {
        if (negative) {
            return Error{QCoreApplication::translate("tw::geo", "a negative value cannot also have a hemisphere letter (\"%1\")").arg(m.captured(0).trimmed()), {}, {}};
        }
        part.axis = (letter == QLatin1String("N") || letter == QLatin1String("S")) ? Axis::Lat : Axis::Lon;
        if (letter == QLatin1String("S") || letter == QLatin1String("W")) {
            part.value = -part.value;
        }
    }
    return part;
}

} // namespace

Result<LonLat> parseCoordinate(const QString &input)
{
    const QString text = normalizedCoordinateText(input);
    const auto failure = [&input](const QString &reason) {
        return Error{QCoreApplication::translate("tw::geo", "\"%1\" is not a coordinate: %2. Write longitude, latitude (120.15, 30.28) "
                        "or degrees with hemispheres (30°16'48\"N, 120°09'00\"E)")
                         .arg(input.trimmed(), reason),
                     {}, {}};
    };
    if (text.isEmpty()) {
        return failure(QCoreApplication::translate("tw::geo", "nothing was entered"));
    }
    qsizetype pos = 0;
    const Result<ParsedPart> first = parsePart(text, pos);
    if (!first) {
        return failure(first.error().message);
    }
    if (pos < text.size() && text.at(pos) == QLatin1Char(',')) {
        ++pos;
    }
    if (pos >= text.size()) {
        return failure(QCoreApplication::translate("tw::geo", "a second value is missing"));
    }
    const Result<ParsedPart> second = parsePart(text, pos);
    if (!second) {
        return failure(second.error().message);
    }
    if (pos < text.size()) {
        return failure(QCoreApplication::translate("tw::geo", "unexpected \"%1\" at the end").arg(text.mid(pos)));
    }
    Axis firstAxis = first->axis;
    Axis secondAxis = second->axis;
    if (firstAxis == Axis::Unknown && secondAxis == Axis::Unknown) {
        firstAxis = Axis::Lon; // without hemisphere letters the order is longitude, latitude
    } else if (firstAxis == secondAxis) {
        return failure(firstAxis == Axis::Lat ? QCoreApplication::translate("tw::geo", "both values are latitudes (N/S)") : QCoreApplication::translate("tw::geo", "both values are longitudes (E/W)"));
    } else if (firstAxis == Axis::Unknown) {
        firstAxis = secondAxis == Axis::Lat ? Axis::Lon : Axis::Lat;
    }
    const LonLat result = firstAxis == Axis::Lon ? LonLat{first->value, second->value} : LonLat{second->value, first->value};
    if (result.lat < -90.0 || result.lat > 90.0) {
        const bool swapped = first->axis == Axis::Unknown && second->axis == Axis::Unknown
            && std::abs(result.lon) <= 90.0 && std::abs(result.lat) <= 180.0;
        return fieldError(QStringLiteral("lat"), swapped ? QCoreApplication::translate("tw::geo", "latitude %1 is outside -90 to 90; write the longitude first").arg(result.lat)
                                                         : QCoreApplication::translate("tw::geo", "latitude %1 is outside -90 to 90").arg(result.lat));
    }
    if (result.lon < -180.0 || result.lon > 180.0) {
        return fieldError(QStringLiteral("lon"), QCoreApplication::translate("tw::geo", "longitude %1 is outside -180 to 180").arg(result.lon));
    }
    return result;
}

} // namespace tw
