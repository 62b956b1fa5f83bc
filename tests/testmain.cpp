#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#if defined(TW_TEST_WIDGETS)
#include <QApplication>
#elif defined(TW_TEST_GUI)
#include <QGuiApplication>
#endif
#include <QLoggingCategory>

#include <cstdio>
#include <cstdlib>

namespace {

// A critical log message is a test failure: it means something that should never happen did.
void failOnCritical(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray text = message.toLocal8Bit();
    std::fprintf(stderr, "%s\n", text.constData());
    if (type == QtCriticalMsg || type == QtFatalMsg) {
        std::fprintf(stderr, "critical message from %s: failing\n", context.category ? context.category : "?");
        std::abort();
    }
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    qInstallMessageHandler(failOnCritical);
#if defined(TW_TEST_WIDGETS)
    QApplication app(argc, argv);
#elif defined(TW_TEST_GUI)
    QGuiApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    return Catch::Session().run(argc, argv);
}
