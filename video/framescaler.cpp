#include "framescaler.h"

#include <QRect>

#include <libyuv/planar_functions.h>
#include <libyuv/scale.h>

#include <cmath>

namespace tw {

// Output buffers of one size, handed out to images and taken back when they are released.
struct FrameScaler::Pool {
    static constexpr size_t kKeep = 4; // the newest frame, the one on screen, one in flight, spare

    QMutex mutex;
    size_t bytes = 0; // guarded by mutex
    std::vector<uint8_t *> idle; // guarded by mutex

    ~Pool()
    {
        for (uint8_t *buffer : idle) {
            delete[] buffer;
        }
    }

    uint8_t *take(size_t size)
    {
        {
            QMutexLocker lock(&mutex);
            if (size != bytes) {
                for (uint8_t *buffer : idle) {
                    delete[] buffer;
                }
                idle.clear();
                bytes = size;
            } else if (!idle.empty()) {
                uint8_t *buffer = idle.back();
                idle.pop_back();
                return buffer;
            }
        }
        return new uint8_t[size];
    }

    void give(uint8_t *buffer, size_t size)
    {
        {
            QMutexLocker lock(&mutex);
            if (size == bytes && idle.size() < kKeep) {
                idle.push_back(buffer);
                return;
            }
        }
        delete[] buffer;
    }
};

namespace {

int matrixCode(const YuvPicture &picture)
{
    return (picture.bt709 ? 1 : 0) + (picture.fullRange ? 2 : 0);
}

} // namespace

FrameScaler::FrameScaler()
    : m_pool(std::make_shared<Pool>())
{
}

FrameScaler::~FrameScaler() = default;

QRect FrameScaler::fitRect(int width, int height, double pixelAspect, QSize size)
{
    if (width <= 0 || height <= 0 || size.isEmpty()) {
        return {};
    }
    const double aspect = double(width) * (pixelAspect > 0.0 ? pixelAspect : 1.0) / double(height);
    int w = size.width();
    int h = int(std::lround(w / aspect));
    if (h > size.height()) {
        h = size.height();
        w = int(std::lround(h * aspect));
    }
    // Even sizes and offsets keep the 2×2 chroma blocks whole.
    w = qBound(2, w & ~1, size.width() & ~1);
    h = qBound(2, h & ~1, size.height() & ~1);
    const int x = ((size.width() - w) / 2) & ~1;
    const int y = ((size.height() - h) / 2) & ~1;
    return QRect(x, y, w, h);
}

VideoFrame FrameScaler::scale(const YuvPicture &picture, QSize size)
{
    const QSize out(size.width() & ~1, size.height() & ~1);
    const QRect fit = fitRect(picture.width, picture.height, picture.pixelAspect, out);
    if (fit.isEmpty() || !picture.y || !picture.u || !picture.v) {
        return {};
    }
    // The picture at the size it is shown, still I420 (1.5 bytes a pixel): it is turned into
    // pixels only where it is drawn (VideoFrame::drawInto()).
    const int w = fit.width();
    const int h = fit.height();
    const int cw = w / 2;
    const int ch = h / 2;
    const size_t bytes = size_t(w) * h + 2 * size_t(cw) * ch;
    uint8_t *y = m_pool->take(bytes);
    uint8_t *u = y + size_t(w) * h;
    uint8_t *v = u + size_t(cw) * ch;
    if (w == picture.width && h == picture.height) {
        libyuv::I420Copy(picture.y, picture.yStride, picture.u, picture.uStride, picture.v, picture.vStride, y, w, u, cw,
                         v, cw, w, h);
    } else {
        // Box filtering only where it matters (shrinking to half or less); bilinear otherwise.
        const bool shrinkMuch = picture.width >= 2 * w || picture.height >= 2 * h;
        libyuv::I420Scale(picture.y, picture.yStride, picture.u, picture.uStride, picture.v, picture.vStride,
                          picture.width, picture.height, y, w, u, cw, v, cw, w, h,
                          shrinkMuch ? libyuv::kFilterBox : libyuv::kFilterBilinear);
    }
    auto data = std::make_shared<VideoFrame::Data>();
    data->storage = std::shared_ptr<void>(y, [pool = m_pool, bytes](void *buffer) {
        pool->give(static_cast<uint8_t *>(buffer), bytes);
    });
    data->y = y;
    data->u = u;
    data->v = v;
    data->yStride = w;
    data->uvStride = cw;
    data->size = out;
    data->picture = fit;
    data->matrix = matrixCode(picture);
    return VideoFrame(std::move(data));
}

} // namespace tw
