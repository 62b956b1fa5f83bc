// A tile's frame written straight into the window's backing store must land where drawImage()
// would have put it, and only where the widget is being painted.

#include <catch2/catch.hpp>

#include "framescaler.h"
#include "testpicture.h"
#include "videotilepainter.h"

#include <QGuiApplication>
#include <QPainter>
#include <QScreen>
#include <QTest>
#include <QWidget>

using namespace tw;

namespace {

class FrameWidget : public QWidget {
public:
    using QWidget::QWidget;
    VideoFrame frame;
    VideoTilePainter tile;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        tile.paint(painter, rect(), frame);
    }
};

constexpr int kBelowTopBar = 30; // the tile's name bar is blended over the picture's top rows

QImage pictureRows(const QImage &image, const QRect &tile)
{
    return image.copy(tile.adjusted(0, kBelowTopBar, 0, 0)).convertToFormat(QImage::Format_RGB32);
}

} // namespace

TEST_CASE("a tile's frame is written straight into the window, in its place")
{
    const test::TestPicture picture = test::TestPicture::detailed(320, 240);
    FrameScaler scaler;
    QWidget window;
    window.resize(420, 300);
    window.setAutoFillBackground(true);
    window.setPalette(QPalette(Qt::blue));
    auto *tile = new FrameWidget(&window);
    tile->setGeometry(37, 23, 200, 120);
    tile->frame = scaler.scale(picture.view, QSize(200, 120) * tile->devicePixelRatioF());
    REQUIRE(tile->frame.size() == QSize(200, 120)); // the offscreen screen has no scaling
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    tile->repaint();

    CHECK(tile->tile.framesWrittenDirectly() > 0);
    const QImage shown = window.screen()->grabWindow(window.winId()).toImage();
    REQUIRE(shown.size() == window.size());
    CHECK(pictureRows(shown, tile->geometry()) == pictureRows(tile->frame.toImage(), QRect(QPoint(0, 0), QSize(200, 120))));
    CHECK(shown.pixelColor(36, 100) == QColor(Qt::blue)); // left of the tile
    CHECK(shown.pixelColor(237, 100) == QColor(Qt::blue)); // right of it

    SECTION("a widget over part of the tile keeps its pixels: the frame is drawn as an image there")
    {
        auto *over = new QWidget(&window); // opaque: it fills its background
        over->setAutoFillBackground(true);
        over->setPalette(QPalette(Qt::green));
        over->setGeometry(100, 80, 40, 30);
        over->show();
        over->repaint();
        const qint64 direct = tile->tile.framesWrittenDirectly();
        tile->repaint();
        CHECK(tile->tile.framesWrittenDirectly() == direct);
        const QImage covered = window.screen()->grabWindow(window.winId()).toImage();
        CHECK(covered.pixelColor(110, 90) == QColor(Qt::green));
        CHECK(pictureRows(covered, QRect(37, 23, 60, 120)) == pictureRows(tile->frame.toImage(), QRect(0, 0, 60, 120)));
    }
}

TEST_CASE("a frame painted where it cannot be written directly looks the same")
{
    const test::TestPicture picture = test::TestPicture::detailed(320, 240);
    FrameScaler scaler;
    const VideoFrame frame = scaler.scale(picture.view, QSize(200, 120));
    const auto paintInto = [&](bool clipped, VideoTilePainter &tile) {
        QImage image(300, 200, QImage::Format_RGB32);
        image.fill(Qt::blue);
        QPainter painter(&image);
        if (clipped) {
            painter.setClipRect(QRect(0, 0, 300, 200)); // a clip of our own: drawn as an image
        }
        tile.setName(QStringLiteral("Camera 1"));
        tile.paint(painter, QRect(50, 40, 200, 120), frame);
        return image;
    };
    VideoTilePainter direct;
    VideoTilePainter drawn;
    const QImage viaDirect = paintInto(false, direct);
    const QImage viaImage = paintInto(true, drawn);
    CHECK(direct.framesWrittenDirectly() == 1);
    CHECK(drawn.framesWrittenDirectly() == 0);
    CHECK(viaDirect == viaImage);
}
