#include <catch2/catch.hpp>

#include "framescaler.h"
#include "testpicture.h"

#include <QRect>

#include <vector>

using namespace tw;

namespace {

using Picture = test::TestPicture;

bool near(int a, int b)
{
    return qAbs(a - b) <= 4;
}

} // namespace

TEST_CASE("a picture is scaled to the tile and converted to BGRx")
{
    Picture red(640, 360, 81, 90, 240); // BT.601 video-range red
    FrameScaler scaler;
    const QImage image = scaler.scale(red.view, QSize(480, 270)).toImage();
    REQUIRE(image.size() == QSize(480, 270));
    CHECK(image.format() == QImage::Format_RGB32);
    const QRgb pixel = image.pixel(240, 135);
    CHECK(near(qRed(pixel), 255));
    CHECK(near(qGreen(pixel), 0));
    CHECK(near(qBlue(pixel), 0));
    CHECK(qAlpha(image.pixel(0, 0)) == 255);
}

TEST_CASE("a picture of another shape is letterboxed in black")
{
    Picture grey(320, 240, 126, 128, 128); // 4:3 into 16:9
    FrameScaler scaler;
    const QImage image = scaler.scale(grey.view, QSize(480, 270)).toImage();
    REQUIRE(image.size() == QSize(480, 270));
    const QRect fit = FrameScaler::fitRect(320, 240, 1.0, QSize(480, 270));
    CHECK(fit.height() == 270);
    CHECK(fit.width() == 360);
    CHECK(fit.x() == 60);
    CHECK(image.pixel(10, 135) == qRgb(0, 0, 0));
    CHECK(image.pixel(470, 135) == qRgb(0, 0, 0));
    CHECK(near(qGreen(image.pixel(240, 135)), 128));

    // Non-square pixels count: 720x576 at 16:11 fills a 16:9-ish tile wider than 5:4.
    CHECK(FrameScaler::fitRect(720, 576, 16.0 / 11.0, QSize(480, 270)).width() > 337);
}

TEST_CASE("frame buffers are recycled and outlive the scaler")
{
    Picture grey(640, 360, 126, 128, 128);
    VideoFrame kept;
    {
        FrameScaler scaler;
        const uint8_t *first = nullptr;
        for (int i = 0; i < 5; ++i) {
            const VideoFrame frame = scaler.scale(grey.view, QSize(320, 180));
            REQUIRE(frame.size() == QSize(320, 180));
            if (i == 0) {
                first = frame.data()->y;
            } else {
                CHECK(frame.data()->y == first); // the released buffer comes back
            }
        }
        kept = scaler.scale(grey.view, QSize(320, 180));
        CHECK(scaler.scale(grey.view, QSize()).isNull());
    }
    CHECK(near(qGreen(kept.toImage().pixel(160, 90)), 128));
}

TEST_CASE("a frame drawn into a bigger image lands in its place with exactly its own pixels")
{
    // A 4:3 picture with detail, into a 5:3 tile: pillarboxed.
    const Picture detailed = Picture::detailed(320, 240);
    FrameScaler scaler;
    const VideoFrame frame = scaler.scale(detailed.view, QSize(200, 120));
    REQUIRE(frame.size() == QSize(200, 120));
    const QImage alone = frame.toImage();
    REQUIRE(alone.format() == QImage::Format_RGB32);
    CHECK(alone.pixel(2, 60) == qRgb(0, 0, 0)); // the pillarbox

    for (const QImage::Format format : {QImage::Format_RGB32, QImage::Format_ARGB32_Premultiplied}) {
        QImage wall(400, 300, format);
        wall.fill(QColor(Qt::blue));
        REQUIRE(frame.drawInto(wall, QPoint(37, 51)));
        CHECK(wall.copy(QRect(QPoint(37, 51), frame.size())).convertToFormat(QImage::Format_RGB32) == alone);
        CHECK(wall.pixel(36, 51) == QColor(Qt::blue).rgb());
        CHECK(wall.pixel(237, 170) == QColor(Qt::blue).rgb());
        CHECK(wall.pixel(100, 50) == QColor(Qt::blue).rgb());
        CHECK(wall.pixel(100, 171) == QColor(Qt::blue).rgb());
    }

    // Refused, writing nothing: a tile that does not fit, an image that is not 32-bit RGB.
    QImage small(300, 200, QImage::Format_RGB32);
    small.fill(Qt::white);
    CHECK_FALSE(frame.drawInto(small, QPoint(150, 0)));
    CHECK_FALSE(frame.drawInto(small, QPoint(0, -1)));
    CHECK(small.pixel(299, 0) == qRgb(255, 255, 255));
    QImage packed(400, 300, QImage::Format_RGB888);
    CHECK_FALSE(frame.drawInto(packed, QPoint(0, 0)));
    CHECK_FALSE(VideoFrame().drawInto(small, QPoint(0, 0)));
    CHECK(VideoFrame().toImage().isNull());
}
