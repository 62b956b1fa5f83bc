#include "syncprotocol.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tidewatch-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TW_VERSION));
    QTextStream(stdout) << "tidewatch-server " << TW_VERSION << " (protocol " << tw::kSyncProtocolVersion << ")\n";
    return 0;
}
