#include "datum.h"

#include <QCoreApplication>

#include <cmath>
#include <numbers>

namespace tw {

namespace {

constexpr double kPi = std::numbers::pi;
constexpr double kKrasovskyA = 6378245.0;              // semi-major axis
constexpr double kKrasovskyEe = 0.00669342162296594323; // eccentricity squared
constexpr double kBdXPi = kPi * 3000.0 / 180.0;
constexpr double kInverseToleranceDeg = 1e-9;
constexpr int kMaxIterations = 50;

double offsetLat(double x, double y)
{
    double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::abs(x));
    ret += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    ret += (20.0 * std::sin(y * kPi) + 40.0 * std::sin(y / 3.0 * kPi)) * 2.0 / 3.0;
    ret += (160.0 * std::sin(y / 12.0 * kPi) + 320.0 * std::sin(y * kPi / 30.0)) * 2.0 / 3.0;
    return ret;
}

double offsetLon(double x, double y)
{
    double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x));
    ret += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    ret += (20.0 * std::sin(x * kPi) + 40.0 * std::sin(x / 3.0 * kPi)) * 2.0 / 3.0;
    ret += (150.0 * std::sin(x / 12.0 * kPi) + 300.0 * std::sin(x / 30.0 * kPi)) * 2.0 / 3.0;
    return ret;
}

// Inverts `forward` by fixed-point iteration: the offsets vary slowly, so the correction
// converges to the tolerance in a handful of steps.
template<typename Forward>
LonLat invert(LonLat target, LonLat guess, Forward forward)
{
    for (int i = 0; i < kMaxIterations; ++i) {
        const LonLat mapped = forward(guess);
        const double dLon = mapped.lon - target.lon;
        const double dLat = mapped.lat - target.lat;
        guess.lon -= dLon;
        guess.lat -= dLat;
        if (std::abs(dLon) < kInverseToleranceDeg && std::abs(dLat) < kInverseToleranceDeg) {
            break;
        }
    }
    return guess;
}

} // namespace

Result<Datum> datumFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("wgs84")) {
        return Datum::Wgs84;
    }
    if (lower == QLatin1String("gcj02")) {
        return Datum::Gcj02;
    }
    if (lower == QLatin1String("bd09")) {
        return Datum::Bd09;
    }
    return fieldError(QStringLiteral("datum"),
                      QCoreApplication::translate("tw::datum", "\"%1\" is not one of wgs84, gcj02, bd09").arg(name));
}

QString datumName(Datum d)
{
    switch (d) {
    case Datum::Wgs84:
        return QStringLiteral("wgs84");
    case Datum::Gcj02:
        return QStringLiteral("gcj02");
    case Datum::Bd09:
        return QStringLiteral("bd09");
    }
    return QString();
}

bool isInsideChina(LonLat p)
{
    return p.lon >= 72.004 && p.lon <= 137.8347 && p.lat >= 0.8293 && p.lat <= 55.8271;
}

LonLat wgs84ToGcj02(LonLat p)
{
    if (!isInsideChina(p)) {
        return p;
    }
    double dLat = offsetLat(p.lon - 105.0, p.lat - 35.0);
    double dLon = offsetLon(p.lon - 105.0, p.lat - 35.0);
    const double radLat = p.lat / 180.0 * kPi;
    double magic = std::sin(radLat);
    magic = 1.0 - kKrasovskyEe * magic * magic;
    const double sqrtMagic = std::sqrt(magic);
    dLat = (dLat * 180.0) / ((kKrasovskyA * (1.0 - kKrasovskyEe)) / (magic * sqrtMagic) * kPi);
    dLon = (dLon * 180.0) / (kKrasovskyA / sqrtMagic * std::cos(radLat) * kPi);
    return {p.lon + dLon, p.lat + dLat};
}

LonLat gcj02ToWgs84(LonLat p)
{
    if (!isInsideChina(p)) {
        return p;
    }
    return invert(p, p, wgs84ToGcj02);
}

LonLat gcj02ToBd09(LonLat p)
{
    const double x = p.lon;
    const double y = p.lat;
    const double z = std::sqrt(x * x + y * y) + 0.00002 * std::sin(y * kBdXPi);
    const double theta = std::atan2(y, x) + 0.000003 * std::cos(x * kBdXPi);
    return {z * std::cos(theta) + 0.0065, z * std::sin(theta) + 0.006};
}

LonLat bd09ToGcj02(LonLat p)
{
    // The published closed-form inverse is only approximate; it seeds the iteration.
    const double x = p.lon - 0.0065;
    const double y = p.lat - 0.006;
    const double z = std::sqrt(x * x + y * y) - 0.00002 * std::sin(y * kBdXPi);
    const double theta = std::atan2(y, x) - 0.000003 * std::cos(x * kBdXPi);
    return invert(p, LonLat{z * std::cos(theta), z * std::sin(theta)}, gcj02ToBd09);
}

LonLat wgs84ToBd09(LonLat p)
{
    if (!isInsideChina(p)) {
        return p;
    }
    return gcj02ToBd09(wgs84ToGcj02(p));
}

LonLat bd09ToWgs84(LonLat p)
{
    if (!isInsideChina(p)) {
        return p;
    }
    return invert(p, p, wgs84ToBd09);
}

LonLat toWgs84(LonLat p, Datum from)
{
    switch (from) {
    case Datum::Wgs84:
        return p;
    case Datum::Gcj02:
        return gcj02ToWgs84(p);
    case Datum::Bd09:
        return bd09ToWgs84(p);
    }
    return p;
}

LonLat fromWgs84(LonLat p, Datum to)
{
    switch (to) {
    case Datum::Wgs84:
        return p;
    case Datum::Gcj02:
        return wgs84ToGcj02(p);
    case Datum::Bd09:
        return wgs84ToBd09(p);
    }
    return p;
}

} // namespace tw
