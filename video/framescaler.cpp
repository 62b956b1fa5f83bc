#include "framescaler.h"

#include <QRect>

#include <libyuv/convert_argb.h>
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

struct Lease {
    std::shared_ptr<FrameScaler::Pool> pool;
    uint8_t *buffer;
    size_t bytes;
};

void releaseLease(void *data)
{
    auto *lease = static_cast<Lease *>(data);
    lease->pool->give(lease->buffer, lease->bytes);
    delete lease;
}

constexpr uint32_t kBlack = 0xff000000u;

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

QImage FrameScaler::convert(const YuvPicture &picture, QSize size)
{
    const int outWidth = size.width() & ~1;
    const int outHeight = size.height() & ~1;
    const QRect fit = fitRect(picture.width, picture.height, picture.pixelAspect, QSize(outWidth, outHeight));
    if (fit.isEmpty() || !picture.y || !picture.u || !picture.v) {
        return {};
    }
    const int stride = outWidth * 4;
    const size_t bytes = size_t(stride) * size_t(outHeight);
    uint8_t *out = m_pool->take(bytes);

    // Scale in YUV first (a 4:2:0 picture is 1.5 bytes per pixel, the output 4), then convert
    // only the pixels that are shown.
    const uint8_t *y = picture.y;
    const uint8_t *u = picture.u;
    const uint8_t *v = picture.v;
    int yStride = picture.yStride;
    int uStride = picture.uStride;
    int vStride = picture.vStride;
    if (fit.width() != picture.width || fit.height() != picture.height) {
        const int w = fit.width();
        const int h = fit.height();
        const int cw = (w + 1) / 2;
        const int ch = (h + 1) / 2;
        m_scaled.resize(size_t(w) * h + 2 * size_t(cw) * ch);
        uint8_t *sy = m_scaled.data();
        uint8_t *su = sy + size_t(w) * h;
        uint8_t *sv = su + size_t(cw) * ch;
        // Box filtering only where it matters (shrinking to half or less); bilinear otherwise.
        const bool shrinkMuch = picture.width >= 2 * w || picture.height >= 2 * h;
        libyuv::I420Scale(y, yStride, u, uStride, v, vStride, picture.width, picture.height, sy, w, su, cw, sv, cw,
                          w, h, shrinkMuch ? libyuv::kFilterBox : libyuv::kFilterBilinear);
        y = sy;
        u = su;
        v = sv;
        yStride = w;
        uStride = cw;
        vStride = cw;
    }
    const libyuv::YuvConstants *matrix = picture.bt709
        ? (picture.fullRange ? &libyuv::kYuvF709Constants : &libyuv::kYuvH709Constants)
        : (picture.fullRange ? &libyuv::kYuvJPEGConstants : &libyuv::kYuvI601Constants);
    uint8_t *target = out + size_t(fit.y()) * stride + size_t(fit.x()) * 4;
    libyuv::I420ToARGBMatrix(y, yStride, u, uStride, v, vStride, target, stride, matrix, fit.width(),
                             fit.height());

    // Letterbox borders (none when the picture has the tile's shape).
    if (fit.y() > 0) {
        libyuv::ARGBRect(out, stride, 0, 0, outWidth, fit.y(), kBlack);
    }
    if (fit.bottom() + 1 < outHeight) {
        libyuv::ARGBRect(out, stride, 0, fit.bottom() + 1, outWidth, outHeight - fit.bottom() - 1, kBlack);
    }
    if (fit.x() > 0) {
        libyuv::ARGBRect(out, stride, 0, fit.y(), fit.x(), fit.height(), kBlack);
    }
    if (fit.right() + 1 < outWidth) {
        libyuv::ARGBRect(out, stride, fit.right() + 1, fit.y(), outWidth - fit.right() - 1, fit.height(), kBlack);
    }
    return QImage(out, outWidth, outHeight, stride, QImage::Format_RGB32, releaseLease,
                  new Lease{m_pool, out, bytes});
}

} // namespace tw
