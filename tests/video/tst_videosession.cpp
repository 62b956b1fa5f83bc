#include <catch2/catch.hpp>

#include "cameraprobe.h"
#include "camsimprocess.h"
#include "videosession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tw;
using tw::test::CamsimProcess;

namespace {

constexpr int kLiveTimeoutMs = 30000;

bool waitForState(const VideoSession &session, VideoState state, int timeoutMs = kLiveTimeoutMs)
{
    return QTest::qWaitFor([&] { return session.state() == state; }, timeoutMs);
}

VideoSessionOptions quickOptions()
{
    VideoSessionOptions options;
    options.stallSeconds = 2;
    options.latencyMs = 50;
    return options;
}

} // namespace

TEST_CASE("a session shows live frames from a camera, scaled to its tile")
{
    CamsimProcess camsim;
    REQUIRE(camsim.start());
    VideoSession session;
    session.setOptions(quickOptions());
    session.setTileSize(QSize(320, 180));
    session.setUris(camsim.uri(0), camsim.uri(0, true));
    QSignalSpy frames(&session, &VideoSession::frameChanged);
    session.start();
    CHECK(session.state() == VideoState::Connecting);
    REQUIRE(waitForState(session, VideoState::Live));
    REQUIRE(QTest::qWaitFor([&] { return frames.count() >= 10; }, kLiveTimeoutMs));
    CHECK(session.frame().size() == QSize(320, 180));
    CHECK(session.frame().format() == QImage::Format_RGB32);
    REQUIRE(QTest::qWaitFor([&] { return session.stats().bitrateKbps > 0.0; }, 10000));
    REQUIRE(frames.wait(10000)); // the rate covers the last two seconds: read it right after a frame
    const VideoStats stats = session.stats();
    CHECK(stats.fps > 0.0);
    CHECK(stats.framesShown >= 10);
    CHECK(stats.framesDecoded >= stats.framesShown);
    CHECK(stats.msSinceLastFrame >= 0);
    CHECK_FALSE(stats.mainStream);

    session.stop();
    CHECK(session.state() == VideoState::Idle);
}

TEST_CASE("a tile resize changes the frame size without rebuilding the pipeline")
{
    CamsimProcess camsim;
    REQUIRE(camsim.start());
    VideoSession session;
    VideoSessionOptions options = quickOptions();
    options.stallSeconds = 10; // a loaded machine may pause the stream a moment; that is not this test
    session.setOptions(options);
    session.setTileSize(QSize(320, 180));
    session.setUris(camsim.uri(0), camsim.uri(0, true));
    session.start();
    REQUIRE(waitForState(session, VideoState::Live));
    QSignalSpy states(&session, &VideoSession::stateChanged);
    const int reconnects = session.stats().reconnects;
    session.setTileSize(QSize(400, 226));
    REQUIRE(QTest::qWaitFor([&] { return session.frame().size() == QSize(400, 226); }, 10000));
    for (const QList<QVariant> &change : std::as_const(states)) {
        CHECK(change.first().value<VideoState>() != VideoState::Connecting); // no rebuild
    }
    CHECK(session.stats().reconnects == reconnects);
}

TEST_CASE("a session takes the sub-stream for small tiles and the main stream for big ones, with hysteresis")
{
    CamsimProcess camsim;
    REQUIRE(camsim.start(0, {QStringLiteral("--size"), QStringLiteral("960x540")}));
    VideoSession session;
    session.setOptions(quickOptions());
    session.setTileSize(QSize(480, 270));
    session.setUris(camsim.uri(1), camsim.uri(1, true));
    QSignalSpy switches(&session, &VideoSession::streamChanged);
    session.start();
    CHECK_FALSE(session.isMainStream());
    CHECK(session.currentUri() == camsim.uri(1, true));
    REQUIRE(waitForState(session, VideoState::Live));

    session.setTileSize(QSize(1000, 562)); // above 960: main
    CHECK(session.isMainStream());
    CHECK(session.currentUri() == camsim.uri(1));
    REQUIRE(waitForState(session, VideoState::Live));
    REQUIRE(QTest::qWaitFor([&] { return session.frame().size() == QSize(1000, 562); }, 10000));

    session.setTileSize(QSize(900, 506)); // between 800 and 960: stays main
    CHECK(session.isMainStream());
    session.setTileSize(QSize(700, 394)); // below 800: back to sub
    CHECK_FALSE(session.isMainStream());
    REQUIRE(waitForState(session, VideoState::Live));
    CHECK(switches.count() == 2);

    session.setPreferMainStream(true); // maximised
    CHECK(session.isMainStream());
    session.setPreferMainStream(false);
    CHECK_FALSE(session.isMainStream());
}

TEST_CASE("a camera that stops sending is reported as stalled, then reconnected")
{
    CamsimProcess camsim;
    REQUIRE(camsim.start());
    VideoSession session;
    VideoSessionOptions options = quickOptions();
    options.transport = RtspTransport::Tcp;
    session.setOptions(options);
    session.setUris(camsim.uri(0));
    session.start();
    REQUIRE(waitForState(session, VideoState::Live));
    camsim.freeze();
    REQUIRE(waitForState(session, VideoState::Stalled, 20000));
    REQUIRE(waitForState(session, VideoState::Reconnecting, 20000));
    camsim.thaw();
    REQUIRE(waitForState(session, VideoState::Live));
    CHECK(session.stats().reconnects >= 1);
}

TEST_CASE("a session reconnects after the camera goes away and is live again when it returns")
{
    auto camsim = std::make_unique<CamsimProcess>();
    REQUIRE(camsim->start());
    const int port = camsim->port();
    VideoSession session;
    session.setOptions(quickOptions());
    session.setUris(camsim->uri(0), camsim->uri(0, true));
    session.start();
    REQUIRE(waitForState(session, VideoState::Live));

    camsim->kill();
    REQUIRE(waitForState(session, VideoState::Reconnecting, 20000));
    REQUIRE(QTest::qWaitFor([&] { return session.failure() == VideoFailure::Refused; }, 30000));

    camsim = std::make_unique<CamsimProcess>();
    REQUIRE(camsim->start(port));
    REQUIRE(waitForState(session, VideoState::Live, 45000));
    CHECK(session.failure() == VideoFailure::None);
    CHECK(session.stats().reconnects >= 1);
}

TEST_CASE("a snapshot writes the current frame as a PNG file")
{
    CamsimProcess camsim;
    REQUIRE(camsim.start());
    VideoSession session;
    session.setOptions(quickOptions());
    session.setUris(camsim.uri(0));
    const QTemporaryDir dir;
    CHECK_FALSE(session.saveSnapshot(dir.path()).ok()); // nothing to save before the first frame
    session.start();
    REQUIRE(waitForState(session, VideoState::Live));
    const Result<QString> path = session.saveSnapshot(dir.filePath(QStringLiteral("snapshots")));
    REQUIRE(path.ok());
    const QImage saved(path.value());
    CHECK(saved.size() == session.frame().size());
    CHECK(path.value().endsWith(QLatin1String(".png")));
}

TEST_CASE("hidden sessions decode nothing and show again when visible")
{
    CamsimProcess camsim;
    REQUIRE(camsim.start());
    VideoSession session;
    session.setOptions(quickOptions());
    session.setUris(camsim.uri(0));
    session.start();
    REQUIRE(waitForState(session, VideoState::Live));
    session.setVisible(false);
    CHECK(session.state() == VideoState::Idle);
    REQUIRE(VideoSession::waitForTeardown(20000));
    CHECK(VideoSession::livePipelineCount() == 0);
    session.setVisible(true);
    REQUIRE(waitForState(session, VideoState::Live));
    // Exactly one once settled: a first attempt that timed out on a loaded machine is still
    // being torn down for a moment after its successor went live.
    CHECK(QTest::qWaitFor([] { return VideoSession::livePipelineCount() == 1; }, 20000));
}

TEST_CASE("destroying many live sessions returns at once and leaks no pipeline or thread")
{
    CamsimProcess camsim;
    REQUIRE(camsim.start());
    auto cycle = [&] {
        std::vector<std::unique_ptr<VideoSession>> sessions;
        for (int i = 0; i < 6; ++i) {
            auto session = std::make_unique<VideoSession>();
            session->setOptions(quickOptions());
            session->setTileSize(QSize(160, 90));
            session->setUris(camsim.uri(i % 2, true));
            session->start();
            sessions.push_back(std::move(session));
        }
        for (const auto &session : sessions) {
            REQUIRE(waitForState(*session, VideoState::Live));
        }
        CHECK(QTest::qWaitFor([] { return VideoSession::livePipelineCount() == 6; }, 20000)); // see above
        sessions.clear(); // teardown is queued, not done here
        REQUIRE(VideoSession::waitForTeardown(30000));
        CHECK(VideoSession::livePipelineCount() == 0);
    };
    cycle();
    const int threadsAfterFirst = tw::test::processThreadCount();
    cycle();
    cycle();
    const int threadsAfterThird = tw::test::processThreadCount();
    INFO("threads after the first cycle " << threadsAfterFirst << ", after the third " << threadsAfterThird);
    // Idle pool workers come and go (they expire after 2 s); a leak would add several streaming
    // threads per session per cycle, i.e. dozens here.
    CHECK(threadsAfterThird <= threadsAfterFirst + 6);
}

TEST_CASE("a camera that goes away and comes back is reconnected each time")
{
    // Outages under the test's control: with --flap the camera is up for a fixed few seconds,
    // and on a loaded machine a reconnection can take longer than that window.
    CamsimProcess camsim;
    REQUIRE(camsim.start(0, {QStringLiteral("--control")}));
    VideoSession session;
    session.setOptions(quickOptions());
    session.setUris(camsim.uri(0));
    session.start();
    REQUIRE(waitForState(session, VideoState::Live));
    for (int outage = 1; outage <= 2; ++outage) {
        INFO("outage " << outage);
        REQUIRE(camsim.setCameraUp(0, false));
        REQUIRE(QTest::qWaitFor([&] { return session.state() == VideoState::Reconnecting; }, 30000));
        REQUIRE(camsim.setCameraUp(0, true));
        REQUIRE(waitForState(session, VideoState::Live, 45000));
        CHECK(session.stats().reconnects >= outage);
    }
}

TEST_CASE("the simulator's flap mode takes its cameras down and brings them back")
{
    CamsimProcess camsim;
    REQUIRE(camsim.start(0, {QStringLiteral("--flap"), QStringLiteral("2")}));
    // Asked over and over: a 404 while down, a 200 once back.
    auto answerBecomes = [&](const QString &wanted) {
        return QTest::qWaitFor(
            [&] {
                CameraProbe probe;
                QSignalSpy finished(&probe, &CameraProbe::finished);
                probe.start(QUrl(camsim.uri(1)), 15000); // the first DESCRIBE starts the encoder
                return finished.wait(20000) && finished.first().at(1).toString() == wanted;
            },
            60000);
    };
    CHECK(answerBecomes(QStringLiteral("RTSP 404")));
    CHECK(answerBecomes(QStringLiteral("RTSP 200")));
    CHECK(answerBecomes(QStringLiteral("RTSP 404")));
}
