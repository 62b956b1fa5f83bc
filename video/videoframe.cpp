#include "videoframe.h"

#include <libyuv/convert_argb.h>
#include <libyuv/planar_functions.h>

namespace tw {

namespace {

constexpr uint32_t kBlack = 0xff000000u;

const libyuv::YuvConstants *yuvMatrix(int matrix)
{
    switch (matrix) {
    case 1:
        return &libyuv::kYuvH709Constants;
    case 2:
        return &libyuv::kYuvJPEGConstants;
    case 3:
        return &libyuv::kYuvF709Constants;
    default:
        return &libyuv::kYuvI601Constants;
    }
}

bool thirtyTwoBitRgb(QImage::Format format)
{
    return format == QImage::Format_RGB32 || format == QImage::Format_ARGB32
        || format == QImage::Format_ARGB32_Premultiplied;
}

} // namespace

QImage VideoFrame::toImage() const
{
    if (!d) {
        return {};
    }
    QImage image(d->size, QImage::Format_RGB32);
    if (image.isNull() || !drawInto(image, QPoint(0, 0))) {
        return {};
    }
    return image;
}

bool VideoFrame::drawInto(QImage &target, QPoint topLeft) const
{
    if (!d || !thirtyTwoBitRgb(target.format()) || !target.rect().contains(QRect(topLeft, d->size))) {
        return false;
    }
    const int stride = int(target.bytesPerLine());
    uint8_t *origin = target.bits() + qsizetype(topLeft.y()) * stride + qsizetype(topLeft.x()) * 4;
    const QRect &fit = d->picture;
    libyuv::I420ToARGBMatrix(d->y, d->yStride, d->u, d->uvStride, d->v, d->uvStride,
                             origin + qsizetype(fit.y()) * stride + qsizetype(fit.x()) * 4, stride,
                             yuvMatrix(d->matrix), fit.width(), fit.height());
    // Letterbox borders (none when the picture has the tile's shape).
    const int width = d->size.width();
    const int height = d->size.height();
    if (fit.y() > 0) {
        libyuv::ARGBRect(origin, stride, 0, 0, width, fit.y(), kBlack);
    }
    if (fit.bottom() + 1 < height) {
        libyuv::ARGBRect(origin, stride, 0, fit.bottom() + 1, width, height - fit.bottom() - 1, kBlack);
    }
    if (fit.x() > 0) {
        libyuv::ARGBRect(origin, stride, 0, fit.y(), fit.x(), fit.height(), kBlack);
    }
    if (fit.right() + 1 < width) {
        libyuv::ARGBRect(origin, stride, fit.right() + 1, fit.y(), width - fit.right() - 1, fit.height(), kBlack);
    }
    return true;
}

} // namespace tw
