#include "commandline.h"
#include "consolerunner.h"
#include "headlesscommands.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <memory>

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
        // --version, --help, import, export, tiles and report must work without a display. A report
        // draws text and pictures, so it gets a QGuiApplication on the offscreen platform.
        if (command.needsGui()) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        std::unique_ptr<QCoreApplication> app = command.needsGui()
            ? std::make_unique<QGuiApplication>(argc, argv)
            : std::make_unique<QCoreApplication>(argc, argv);
        if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
            // Keep the output of scripts clean: progress notes only on request.
            QLoggingCategory::setFilterRules(QStringLiteral("tw.*.info=false\ntw.*.debug=false"));
        }
        return tw::HeadlessCommands::run(command);
    }
    return tw::ConsoleRunner::run(argc, argv, command);
}
