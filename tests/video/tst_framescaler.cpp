#include <catch2/catch.hpp>

#include "framescaler.h"

#include <QRect>

#include <vector>

using namespace tw;

namespace {

// A flat-coloured I420 picture.
struct Picture {
    std::vector<uint8_t> y, u, v;
    YuvPicture view;

    Picture(int width, int height, uint8_t luma, uint8_t cb, uint8_t cr)
        : y(size_t(width) * height, luma), u(size_t(width / 2) * (height / 2), cb),
          v(size_t(width / 2) * (height / 2), cr)
    {
        view.y = y.data();
        view.u = u.data();
        view.v = v.data();
        view.yStride = width;
        view.uStride = width / 2;
        view.vStride = width / 2;
        view.width = width;
        view.height = height;
    }
};

bool near(int a, int b)
{
    return qAbs(a - b) <= 4;
}

} // namespace

TEST_CASE("a picture is scaled to the tile and converted to BGRx")
{
    Picture red(640, 360, 81, 90, 240); // BT.601 video-range red
    FrameScaler scaler;
    const QImage image = scaler.convert(red.view, QSize(480, 270));
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
    const QImage image = scaler.convert(grey.view, QSize(480, 270));
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

TEST_CASE("output buffers are recycled and outlive the scaler")
{
    Picture grey(640, 360, 126, 128, 128);
    QImage kept;
    {
        FrameScaler scaler;
        const uchar *first = nullptr;
        for (int i = 0; i < 5; ++i) {
            QImage image = scaler.convert(grey.view, QSize(320, 180));
            REQUIRE(image.size() == QSize(320, 180));
            if (i == 0) {
                first = image.constBits();
            } else {
                CHECK(image.constBits() == first); // the released buffer comes back
            }
        }
        kept = scaler.convert(grey.view, QSize(320, 180));
        CHECK(scaler.convert(grey.view, QSize()).isNull());
    }
    CHECK(near(qGreen(kept.pixel(160, 90)), 128));
}
