#include "commandline.h"
#include "consolerunner.h"
#include "headlesscommands.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Tidewatch"));
    QCoreApplication::setApplicationName(QStringLiteral("tidewatch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TW_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    setApplicationNames();
    const tw::CommandLine command = tw::CommandLine::parse(arguments);
    if (command.isHeadless()) {
        // --version, --help, import, export and tiles must work without a display.
        QCoreApplication app(argc, argv);
        if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
            // Keep the output of scripts clean: progress notes only on request.
            QLoggingCategory::setFilterRules(QStringLiteral("tw.*.info=false\ntw.*.debug=false"));
        }
        return tw::HeadlessCommands::run(command);
    }
    return tw::ConsoleRunner::run(argc, argv, command);
}
