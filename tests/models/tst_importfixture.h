#pragma once

// Shared helpers of the import/export tests: the fixtures under tests/data/import/ (never
// modified), on top of the store tests' helpers (a fresh store, QString printing).

#include "tst_storefixture.h"

#include <QFile>

namespace tw::test {

inline QString importFixturePath(const char *name)
{
    return QStringLiteral(TW_TEST_DATA_DIR "/import/") + QLatin1String(name);
}

inline QByteArray importFixtureBytes(const char *name)
{
    QFile file(importFixturePath(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace tw::test
