#include <catch2/catch.hpp>

#include "cameralist.h"
#include "geo.h"
#include "videosession.h"
#include "videotile.h"
#include "videowall.h"

#include <QCoreApplication>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace tw;

namespace {

const LonLat kCentre{120.1551, 30.2741};

Record cameraRecord(const QString &id, const QString &mainUri = {}, const QString &subUri = {},
                    LonLat at = kCentre, double headingDeg = 0.0)
{
    Record r;
    r.kind = ResourceKind::Cameras;
    r.id = id;
    r.point = at;
    r.values = {{QStringLiteral("name"), QString(QStringLiteral("Camera ") + id)},
                {QStringLiteral("heading_deg"), headingDeg},
                {QStringLiteral("fov_deg"), 60.0},
                {QStringLiteral("range_m"), 300.0},
                {QStringLiteral("main_uri"), mainUri},
                {QStringLiteral("sub_uri"), subUri}};
    return r;
}

// tidewatch-camsim on loopback for the tests that need live tiles.
class Camsim {
public:
    bool start()
    {
        const QString program = QStringLiteral(TW_BINARY_DIR "/tools/camsim/tidewatch-camsim");
        if (!QFileInfo::exists(program)) {
            return false;
        }
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(program, {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--cameras"),
                                  QStringLiteral("4"), QStringLiteral("--size"), QStringLiteral("320x180"),
                                  QStringLiteral("--fps"), QStringLiteral("15")});
        if (!QTest::qWaitFor([&] { return m_process.canReadLine(); }, 15000)) {
            return false;
        }
        const QByteArray line = m_process.readLine().trimmed();
        m_port = line.startsWith("listening on ") ? line.mid(13).toInt() : 0;
        return m_port > 0;
    }
    ~Camsim()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    QString uri(int camera, bool sub = false) const
    {
        return QStringLiteral("rtsp://127.0.0.1:%1/cam/%2%3").arg(m_port).arg(camera).arg(sub ? "/sub" : "");
    }

private:
    QProcess m_process;
    int m_port = 0;
};

QList<Record> camerasWithoutUri(int count)
{
    QList<Record> cameras;
    for (int i = 0; i < count; ++i) {
        cameras << cameraRecord(QString::number(i));
    }
    return cameras;
}

} // namespace

TEST_CASE("every wall layout covers the wall exactly, big tile first")
{
    const QRect area(0, 0, 1917, 1079); // not divisible: no gaps from rounding
    for (WallLayout layout : {WallLayout::Single, WallLayout::Grid2x2, WallLayout::Grid3x3, WallLayout::Grid4x4,
                              WallLayout::OnePlusFive, WallLayout::OnePlusSeven}) {
        const QList<QRect> rects = VideoWall::tileRects(layout, area);
        REQUIRE(rects.size() == VideoWall::tileCount(layout));
        qint64 covered = 0;
        for (int i = 0; i < rects.size(); ++i) {
            covered += qint64(rects[i].width()) * rects[i].height();
            CHECK(area.contains(rects[i]));
            for (int j = i + 1; j < rects.size(); ++j) {
                CHECK_FALSE(rects[i].intersects(rects[j]));
            }
        }
        CHECK(covered == qint64(area.width()) * area.height());
        CHECK(rects.first().width() >= rects.last().width() - 1); // grids differ by rounding only
    }
    CHECK(VideoWall::tileRects(WallLayout::OnePlusFive, area).first().width() == 1278);
}

TEST_CASE("showing more cameras than tiles enlarges the layout and cameras without URI say so")
{
    VideoWall wall;
    wall.resize(640, 360);
    wall.setCameras(camerasWithoutUri(10));
    wall.show();
    wall.showCameras({"0", "1", "2", "3", "4"});
    CHECK(wall.wallLayout() == WallLayout::OnePlusFive);
    CHECK(wall.shownCameraIds() == QStringList({"0", "1", "2", "3", "4", ""}));
    VideoSession *session = wall.tile(0)->session();
    CHECK(session->state() == VideoState::Failed);
    CHECK(session->failure() == VideoFailure::NoUri);
    CHECK(VideoSession::livePipelineCount() == 0);
    wall.showCameras(camerasWithoutUri(10).isEmpty() ? QStringList() : QStringList({"0", "1", "2", "3", "4", "5", "6", "7", "8"}));
    CHECK(wall.wallLayout() == WallLayout::Grid3x3);
}

TEST_CASE("a camera dropped on a tile is shown in that tile")
{
    VideoWall wall;
    wall.resize(640, 360);
    wall.setCameras(camerasWithoutUri(3));
    wall.show();
    VideoTile *target = wall.tile(2);
    std::unique_ptr<QMimeData> mime(CameraList::createMimeData(QStringLiteral("1")));
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    // Straight to the tile: QApplication only routes drops while a real drag is in progress.
    static_cast<QObject *>(target)->event(&drop);
    CHECK(drop.isAccepted());
    CHECK(target->cameraId() == QStringLiteral("1"));
    CHECK(CameraList::cameraIdFrom(mime.get()) == QStringLiteral("1"));
}

TEST_CASE("a tour cycles the camera list with its dwell time")
{
    VideoWall wall;
    wall.setCameras(camerasWithoutUri(3));
    wall.setWallLayout(WallLayout::Single);
    wall.show();
    wall.startTour({"0", "1", "2"}, 1);
    CHECK(wall.isTouring());
    CHECK(wall.tile(0)->cameraId() == QStringLiteral("0"));
    REQUIRE(QTest::qWaitFor([&] { return wall.tile(0)->cameraId() == QStringLiteral("1"); }, 10000));
    REQUIRE(QTest::qWaitFor([&] { return wall.tile(0)->cameraId() == QStringLiteral("2"); }, 10000));
    REQUIRE(QTest::qWaitFor([&] { return wall.tile(0)->cameraId() == QStringLiteral("0"); }, 10000));
    wall.stopTour();
    CHECK_FALSE(wall.isTouring());
}

TEST_CASE("an alarm pops the best camera into the first tile and covering cameras fill the wall nearest first")
{
    const LonLat incident = destinationPoint(kCentre, 90.0, 500.0);
    QList<Record> cameras{
        cameraRecord("far", {}, {}, destinationPoint(incident, 270.0, 250.0), 90.0),
        cameraRecord("near", {}, {}, destinationPoint(incident, 270.0, 60.0), 90.0),
        cameraRecord("away", {}, {}, destinationPoint(incident, 270.0, 30.0), 270.0),
    };
    VideoWall wall;
    wall.setCameras(cameras);
    wall.show();
    CHECK(wall.showAlarmAt(incident) == QStringLiteral("near"));
    CHECK(wall.tile(0)->cameraId() == QStringLiteral("near"));
    CHECK(wall.tile(0)->isAlarm());
    CHECK(wall.showAlarmAt(destinationPoint(kCentre, 0.0, 20000.0)).isEmpty());

    CHECK(wall.fillWithCamerasCovering(incident) == 2);
    CHECK(wall.shownCameraIds().mid(0, 2) == QStringList({"near", "far"}));
    CHECK_FALSE(wall.tile(0)->isAlarm());
}

TEST_CASE("exercise mode paints a red watermark across every tile")
{
    VideoWall wall;
    wall.resize(640, 360);
    wall.setWallLayout(WallLayout::Single);
    wall.show();
    auto reddish = [&] {
        const QImage image = wall.tile(0)->grab().toImage();
        int count = 0;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2) {
                const QColor c = image.pixelColor(x, y);
                count += c.red() > 60 && c.green() < 40 && c.blue() < 40 ? 1 : 0;
            }
        }
        return count;
    };
    const int before = reddish();
    wall.setExerciseMode(true);
    CHECK(reddish() > before + 200);
}

TEST_CASE("a preset saves the layout and cameras and brings them back")
{
    QTemporaryDir dir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("tidewatch-tests"));
    VideoWall wall;
    wall.setCameras(camerasWithoutUri(8));
    wall.showCameras({"0", "1", "2", "3", "4", "5", "6"});
    CHECK(wall.wallLayout() == WallLayout::OnePlusSeven);
    wall.savePreset(QStringLiteral("river"));
    wall.setWallLayout(WallLayout::Grid2x2);
    wall.showCameras({"7"});
    CHECK(VideoWall::presetNames().contains(QStringLiteral("river")));
    REQUIRE(wall.loadPreset(QStringLiteral("river")));
    CHECK(wall.wallLayout() == WallLayout::OnePlusSeven);
    CHECK(wall.shownCameraIds() == QStringList({"0", "1", "2", "3", "4", "5", "6", ""}));
    CHECK_FALSE(wall.loadPreset(QStringLiteral("missing")));
    wall.removePreset(QStringLiteral("river"));
    CHECK_FALSE(VideoWall::presetNames().contains(QStringLiteral("river")));
}

TEST_CASE("the wall detaches into its own window and comes back")
{
    QWidget main;
    auto *wall = new VideoWall(&main);
    main.resize(800, 450);
    wall->resize(800, 450);
    main.show();
    CHECK(wall->tile(0)->window() == &main);
    wall->setDetached(true);
    CHECK(wall->isDetached());
    CHECK(wall->tile(0)->window() != &main);
    CHECK(wall->tile(0)->window()->isWindow());
    wall->setDetached(false);
    CHECK_FALSE(wall->isDetached());
    CHECK(wall->tile(0)->window() == &main);
}

TEST_CASE("a live wall paints frames, maximises to the main stream and leaves no pipeline behind")
{
    Camsim camsim;
    REQUIRE(camsim.start());
    QList<Record> cameras;
    for (int i = 0; i < 3; ++i) {
        cameras << cameraRecord(QString::number(i), camsim.uri(i), camsim.uri(i, true));
    }
    cameras << cameraRecord(QStringLiteral("broken")); // no URI: the rest keeps playing
    auto wall = std::make_unique<VideoWall>();
    wall->resize(640, 360);
    wall->setCameras(cameras);
    wall->show();
    wall->showCameras({"0", "1", "2", "broken"});
    for (int i = 0; i < 3; ++i) {
        REQUIRE(QTest::qWaitFor([&] { return wall->tile(i)->session()->state() == VideoState::Live; }, 30000));
        REQUIRE(QTest::qWaitFor([&] { return wall->tile(i)->framesPainted() > 3; }, 30000));
        CHECK_FALSE(wall->tile(i)->session()->isMainStream());
    }
    CHECK(wall->tile(3)->session()->failure() == VideoFailure::NoUri);
    // Once settled: an attempt that timed out on a loaded machine is torn down after its
    // successor went live.
    CHECK(QTest::qWaitFor([] { return VideoSession::livePipelineCount() == 3; }, 20000));

    QTest::mouseDClick(wall->tile(1), Qt::LeftButton);
    CHECK(wall->maximisedTile() == 1);
    CHECK(wall->tile(1)->session()->isMainStream());
    CHECK_FALSE(wall->tile(0)->isVisible());
    CHECK(wall->tile(0)->session()->state() == VideoState::Idle); // hidden: decodes nothing
    REQUIRE(QTest::qWaitFor([&] { return wall->tile(1)->session()->state() == VideoState::Live; }, 30000));
    QTest::mouseDClick(wall->tile(1), Qt::LeftButton);
    CHECK(wall->maximisedTile() == -1);
    CHECK_FALSE(wall->tile(1)->session()->isMainStream());

    QTemporaryDir dir;
    const Result<QString> snapshot = wall->saveSnapshot(0, dir.path());
    REQUIRE(QTest::qWaitFor([&] { return wall->tile(0)->session()->state() == VideoState::Live; }, 30000));
    const Result<QString> again = wall->saveSnapshot(0, dir.path());
    CHECK(again.ok());

    wall.reset(); // returns at once; pipelines go on worker threads
    REQUIRE(VideoSession::waitForTeardown(30000));
    CHECK(VideoSession::livePipelineCount() == 0);
}
