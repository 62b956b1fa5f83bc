#include "democityrandom.h"

#include "demodatatables.h"

#include <QUuid>

namespace tw {

QString DemoCityRandom::uuid()
{
    const quint32 a = next();
    const quint32 b = next();
    const quint32 c = next();
    const quint32 d = next();
    // Version 4 (random) in the high nibble of the third group, RFC 4122 variant in the fourth.
    const quint16 w1 = quint16(b >> 16);
    const quint16 w2 = quint16((b & 0x0fffu) | 0x4000u);
    const uchar b1 = uchar(((c >> 24) & 0x3fu) | 0x80u);
    const QUuid id(a, w1, w2, b1, uchar(c >> 16), uchar(c >> 8), uchar(c), uchar(d >> 24), uchar(d >> 16),
                   uchar(d >> 8), uchar(d));
    return id.toString(QUuid::WithoutBraces);
}

QString DemoCityRandom::phone()
{
    return QStringLiteral("0571-8%1").arg(integer(0, 9999999), 7, 10, QLatin1Char('0'));
}

QString DemoCityRandom::personName()
{
    QString name = pick(demoSurnames()) + pick(demoGivenNameCharacters());
    if (chance(0.7)) {
        name += pick(demoGivenNameCharacters());
    }
    return name;
}

} // namespace tw
