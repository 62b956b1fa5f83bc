#pragma once

#include "lonlat.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <random>

namespace tw {

/// The demo generator's only source of randomness: a seeded std::mt19937, so that one seed always
/// gives the same city, ids included. Distributions are written out by hand because the standard
/// ones may differ between library implementations.
class DemoCityRandom {
public:
    explicit DemoCityRandom(quint32 seed) : m_engine(seed) {}

    quint32 next() { return static_cast<quint32>(m_engine()); }

    /// Uniform in [0, 1).
    double unit() { return next() / 4294967296.0; }
    /// Uniform in [low, high).
    double real(double low, double high) { return low + (high - low) * unit(); }
    /// Uniform in [low, high] (both included).
    int integer(int low, int high)
    {
        const quint64 span = quint64(high - low) + 1;
        return low + int((quint64(next()) * span) >> 32);
    }
    bool chance(double probability) { return unit() < probability; }
    /// Roughly normal (Irwin–Hall with 4 terms), mean 0 and standard deviation 1.
    double normal()
    {
        double sum = 0.0;
        for (int i = 0; i < 4; ++i) {
            sum += unit();
        }
        return (sum - 2.0) * 1.7320508075688772;
    }

    template<typename T>
    const T &pick(const QList<T> &items) { return items.at(integer(0, int(items.size()) - 1)); }

    /// A version-4 UUID made from the generator (never from the system's entropy).
    QString uuid();
    /// A Hangzhou landline number: "0571-8" and seven digits.
    QString phone();
    /// A plausible Chinese personal name.
    QString personName();

private:
    std::mt19937 m_engine;
};

} // namespace tw
