#pragma once

// Internal to the video engine: turns a decoded I420 picture into the tile's frame.

#include "videoframe.h"

#include <QMutex>
#include <QSize>

#include <cstdint>
#include <memory>
#include <vector>

namespace tw {

/// One decoded 8-bit 4:2:0 picture (I420 or YV12 planes), borrowed for the duration of a call.
struct YuvPicture {
    const uint8_t *y = nullptr;
    const uint8_t *u = nullptr;
    const uint8_t *v = nullptr;
    int yStride = 0;
    int uStride = 0;
    int vStride = 0;
    int width = 0;
    int height = 0;
    double pixelAspect = 1.0; ///< width / height of one source pixel
    bool fullRange = false;   ///< JPEG (0-255) levels instead of video (16-235)
    bool bt709 = false;       ///< BT.709 matrix instead of BT.601
};

/// Scales a picture to an output size (letterboxed, square pixels) with SIMD routines (libyuv),
/// keeping it YUV: a VideoFrame, turned into BGRx (the layout of QImage::Format_RGB32) where it
/// is drawn. Used from one streaming thread at a time; the frames it returns may outlive it and be
/// released from any thread. Their buffers are recycled once released, so a running stream
/// allocates nothing.
class FrameScaler {
public:
    FrameScaler();
    ~FrameScaler();

    FrameScaler(const FrameScaler &) = delete;
    FrameScaler &operator=(const FrameScaler &) = delete;

    /// A `size` frame holding `picture` scaled to fit, centred, with black borders; null if the
    /// picture or the size is empty.
    VideoFrame scale(const YuvPicture &picture, QSize size);

    /// The part of a `size` output that a `width`×`height` picture of `pixelAspect` covers.
    static QRect fitRect(int width, int height, double pixelAspect, QSize size);

    struct Pool;

private:
    std::shared_ptr<Pool> m_pool;
};

} // namespace tw
