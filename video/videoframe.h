#pragma once

#include <QImage>
#include <QPoint>
#include <QRect>
#include <QSize>

#include <cstdint>
#include <memory>

namespace tw {

/// A decoded picture made ready for one tile: already scaled (on the streaming thread) to fit the
/// tile's size, centred, but still YUV 4:2:0. It becomes BGRx pixels where it is drawn, straight
/// into the image being painted (drawInto()), so a frame's pixels are written once instead of
/// converted into a frame image and then copied into the window. Immutable and cheap to copy; the
/// planes go back to the scaler's pool when the last copy is gone, from any thread.
class VideoFrame {
public:
    /// The planes and where they go. Made by FrameScaler.
    struct Data {
        const uint8_t *y = nullptr;
        const uint8_t *u = nullptr;
        const uint8_t *v = nullptr;
        int yStride = 0;
        int uvStride = 0;
        QSize size;       ///< the whole tile
        QRect picture;    ///< the part the picture covers (even offsets and sizes); the rest is black
        int matrix = 0;   ///< 0 BT.601 video range, 1 BT.709 video range, 2 BT.601 full range, 3 BT.709 full range
        std::shared_ptr<void> storage; ///< owns the planes
    };

    VideoFrame() = default;
    explicit VideoFrame(std::shared_ptr<const Data> data) : d(std::move(data)) {}

    bool isNull() const { return !d; }
    const Data *data() const { return d.get(); }
    /// The tile size the frame was made for.
    QSize size() const { return d ? d->size : QSize(); }

    /// The frame as a tile-sized QImage::Format_RGB32 image (converted on each call).
    QImage toImage() const;
    /// Writes the frame's pixels into `target` with its top-left corner at `topLeft`. `target`
    /// must be a 32-bit RGB image (Format_RGB32, ARGB32 or ARGB32_Premultiplied; every pixel
    /// written is opaque) containing the whole frame there; returns false, writing nothing,
    /// otherwise.
    bool drawInto(QImage &target, QPoint topLeft) const;

private:
    std::shared_ptr<const Data> d;
};

} // namespace tw
