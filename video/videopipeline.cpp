#include "videopipelinecontext.h"

#include "logging.h"
#include "videoengine.h"

#include <QThreadPool>

#include <gst/app/gstappsink.h>

namespace tw {

namespace {
std::atomic<int> s_liveCount{0};
}

QString frameCapsFor(QSize size)
{
    const int width = qMax(16, size.width()) & ~1;
    const int height = qMax(16, size.height()) & ~1;
    return QStringLiteral("video/x-raw,format=BGRx,width=%1,height=%2,pixel-aspect-ratio=1/1").arg(width).arg(height);
}

VideoPipeline::VideoPipeline(QObject *receiver, Deliver deliver)
    : m_context(std::make_shared<Context>())
{
    m_context->receiver = receiver;
    m_context->deliver = std::move(deliver);
    m_context->self = m_context;
}

VideoPipeline::~VideoPipeline()
{
    {
        QMutexLocker lock(&m_context->mutex);
        m_context->receiver = nullptr;
        m_context->latest = QImage();
    }
    if (!m_context->pipeline) {
        return;
    }
    // set_state(NULL) joins streaming threads and may wait for an RTSP TEARDOWN: never here.
    teardownPool()->start([context = m_context] {
        gst_element_set_state(context->pipeline, GST_STATE_NULL);
        if (GstBus *bus = gst_element_get_bus(context->pipeline)) {
            gst_bus_set_sync_handler(bus, nullptr, nullptr, nullptr);
            gst_object_unref(bus);
        }
        gst_object_unref(context->pipeline);
        context->pipeline = nullptr;
        --s_liveCount;
    });
}

Status VideoPipeline::start(const QString &uri, QSize outputSize, const VideoSessionOptions &options)
{
    initVideo();
    Context *context = m_context.get();
    if (context->pipeline) {
        return Error{QStringLiteral("pipeline already started"), {}, uri};
    }
    context->options = options;
    context->decoderThreads = options.decoderThreads;
    m_outputSize = outputSize;

    GstElement *decode = gst_element_factory_make("uridecodebin", nullptr);
    GstElement *convert = gst_element_factory_make("videoconvertscale", nullptr);
    GstElement *capsfilter = gst_element_factory_make("capsfilter", nullptr);
    GstElement *sink = gst_element_factory_make("appsink", nullptr);
    if (!decode || !convert || !capsfilter || !sink) {
        for (GstElement *element : {decode, convert, capsfilter, sink}) {
            if (element) {
                gst_object_unref(gst_object_ref_sink(element));
            }
        }
        return Error{QStringLiteral("GStreamer elements missing (uridecodebin, videoconvertscale, appsink)"), {}, uri};
    }
    GstElement *pipeline = gst_pipeline_new(nullptr);
    ++s_liveCount;
    context->pipeline = pipeline;
    context->convert = convert;
    context->capsfilter = capsfilter;

    GstCaps *caps = gst_caps_from_string(frameCapsFor(outputSize).toUtf8().constData());
    g_object_set(capsfilter, "caps", caps, nullptr);
    gst_caps_unref(caps);
    g_object_set(sink, "max-buffers", 1u, "drop", TRUE, "sync", options.syncToClock ? TRUE : FALSE,
                 "enable-last-sample", FALSE, "qos", FALSE, nullptr);
    gst_bin_add_many(GST_BIN(pipeline), decode, convert, capsfilter, sink, nullptr);
    gst_element_link_many(convert, capsfilter, sink, nullptr);

    g_object_set(decode, "uri", uri.toUtf8().constData(), nullptr);
    installPipelineCallbacks(context, pipeline, decode, sink);

    // Sources connect in their own threads: this returns at once (errors arrive on the bus).
    gst_element_set_state(pipeline, GST_STATE_PLAYING);
    qCDebug(lcVideo) << "pipeline started" << uri << outputSize;
    return {};
}

void VideoPipeline::setOutputSize(QSize size)
{
    if (size == m_outputSize || !m_context->capsfilter) {
        m_outputSize = size;
        return;
    }
    m_outputSize = size;
    GstCaps *caps = gst_caps_from_string(frameCapsFor(size).toUtf8().constData());
    g_object_set(m_context->capsfilter, "caps", caps, nullptr);
    gst_caps_unref(caps);
}

QImage VideoPipeline::takeFrame()
{
    QMutexLocker lock(&m_context->mutex);
    m_context->framePending = false;
    return std::exchange(m_context->latest, QImage());
}

qint64 VideoPipeline::decodedFrames() const
{
    return m_context->decoded;
}

qint64 VideoPipeline::compressedBytes() const
{
    return m_context->bytes;
}

bool VideoPipeline::seek(qint64 positionMs)
{
    if (!m_context->pipeline) {
        return false;
    }
    return gst_element_seek_simple(m_context->pipeline, GST_FORMAT_TIME,
                                   GstSeekFlags(GST_SEEK_FLAG_FLUSH | GST_SEEK_FLAG_KEY_UNIT),
                                   qMax<qint64>(0, positionMs) * GST_MSECOND);
}

qint64 VideoPipeline::positionMs() const
{
    gint64 position = 0;
    if (m_context->pipeline && gst_element_query_position(m_context->pipeline, GST_FORMAT_TIME, &position)) {
        return position / GST_MSECOND;
    }
    return -1;
}

qint64 VideoPipeline::durationMs() const
{
    gint64 duration = 0;
    if (m_context->pipeline && gst_element_query_duration(m_context->pipeline, GST_FORMAT_TIME, &duration)) {
        return duration / GST_MSECOND;
    }
    return -1;
}

int VideoPipeline::liveCount()
{
    return s_liveCount;
}

void VideoPipeline::countPipeline(int delta)
{
    s_liveCount += delta;
}

QThreadPool *VideoPipeline::teardownPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(4);
        p->setExpiryTimeout(2000);
        return p;
    }();
    return pool;
}

bool VideoPipeline::waitForTeardown(int timeoutMs)
{
    return teardownPool()->waitForDone(timeoutMs);
}

} // namespace tw
