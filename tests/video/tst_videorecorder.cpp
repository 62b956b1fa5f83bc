#include <catch2/catch.hpp>

#include "camsimprocess.h"
#include "videoengine.h"
#include "videorecorder.h"
#include "videosession.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <gst/pbutils/pbutils.h>

using namespace tw;
using tw::test::CamsimProcess;

namespace {

// Duration of a media file as GstDiscoverer sees it, in ms; -1 when it cannot be read.
qint64 discoveredDurationMs(const QString &path)
{
    initVideo();
    GError *error = nullptr;
    GstDiscoverer *discoverer = gst_discoverer_new(10 * GST_SECOND, &error);
    if (!discoverer) {
        g_clear_error(&error);
        return -1;
    }
    const QByteArray uri = QUrl::fromLocalFile(path).toEncoded();
    GstDiscovererInfo *info = gst_discoverer_discover_uri(discoverer, uri.constData(), &error);
    qint64 duration = -1;
    if (info && gst_discoverer_info_get_result(info) == GST_DISCOVERER_OK) {
        GList *videos = gst_discoverer_info_get_video_streams(info);
        if (videos) {
            duration = qint64(gst_discoverer_info_get_duration(info) / GST_MSECOND);
        }
        gst_discoverer_stream_info_list_free(videos);
    }
    g_clear_error(&error);
    if (info) {
        g_object_unref(info);
    }
    g_object_unref(discoverer);
    return duration;
}

} // namespace

TEST_CASE("recording writes MP4 segments that are playable and can be sought in a session")
{
    CamsimProcess camsim;
    REQUIRE(camsim.start());
    const QTemporaryDir dir;
    VideoRecorder recorder;
    QSignalSpy finished(&recorder, &VideoRecorder::finished);
    VideoSessionOptions options;
    options.transport = RtspTransport::Tcp;
    REQUIRE(recorder.start(camsim.uri(0), dir.path(), QStringLiteral("cam0"), 2, options).ok());
    CHECK(recorder.isRecording());
    // Segments close on key frames (every 2 s from camsim): wait for the third to open.
    REQUIRE(QTest::qWaitFor([&] { return recorder.files().size() >= 3; }, 30000));
    recorder.stop();
    CHECK_FALSE(recorder.isRecording());
    REQUIRE(finished.wait(20000));
    const QStringList files = finished.first().first().toStringList();
    REQUIRE(files.size() >= 3);
    for (const QString &file : files) {
        INFO(file.toStdString());
        CHECK(QFileInfo(file).size() > 0);
        CHECK(discoveredDurationMs(file) > 0);
    }
    // A middle segment runs from one key frame to the next (2 s apart). The first one starts
    // wherever the recorder joined the stream, later on a loaded machine, so it may be shorter.
    CHECK(discoveredDurationMs(files.at(1)) >= 1500);
    REQUIRE(VideoSession::waitForTeardown(20000));
    CHECK(VideoSession::livePipelineCount() == 0);

    // Playback of the first segment in a session, with a seek.
    VideoSession player;
    VideoSessionOptions playback;
    playback.syncToClock = true;
    player.setOptions(playback);
    player.setUris(QUrl::fromLocalFile(files.first()).toString());
    player.start();
    REQUIRE(QTest::qWaitFor([&] { return player.state() == VideoState::Live; }, 20000));
    REQUIRE(QTest::qWaitFor([&] { return player.durationMs() > 0; }, 10000));
    const qint64 shownBefore = player.stats().framesShown;
    REQUIRE(player.seek(player.durationMs() / 2));
    REQUIRE(QTest::qWaitFor([&] { return player.stats().framesShown > shownBefore + 2; }, 10000));
    REQUIRE(QTest::qWaitFor([&] { return player.state() == VideoState::Ended; }, 20000));
    CHECK(player.positionMs() >= player.durationMs() / 2);
}

TEST_CASE("a recorder without a URI refuses to start")
{
    VideoRecorder recorder;
    const QTemporaryDir dir;
    const Status started = recorder.start(QString(), dir.path(), QStringLiteral("x"));
    CHECK_FALSE(started.ok());
    CHECK_FALSE(recorder.isRecording());
}
