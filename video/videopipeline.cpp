#include "videopipelinecontext.h"

#include "logging.h"
#include "videoengine.h"

#include <QHash>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <vector>

#include <gst/app/gstappsink.h>

namespace tw {

namespace {
std::atomic<int> s_liveCount{0};
}

// "Frame ready" notifications of all pipelines whose receivers live in one thread, delivered
// together at most every kBatchMs: with 16 tiles at 25 fps, one wake-up of the GUI thread per
// batch instead of one per frame (the wall repaints at most every 16 ms anyway). The timer runs
// only while frames arrive; the first frame after a pause is announced by one queued call.
class FrameBatcher : public QObject {
public:
    static constexpr int kBatchMs = 10;

    // The calling thread's batcher, created on first use. Never freed: streaming threads may
    // still hold it after the thread ended (one small object per thread that ever showed video).
    static FrameBatcher *forCurrentThread()
    {
        static QMutex mutex;
        static QHash<QThread *, FrameBatcher *> batchers;
        QThread *thread = QThread::currentThread();
        QMutexLocker lock(&mutex);
        FrameBatcher *&batcher = batchers[thread];
        if (!batcher || batcher->thread() != thread) { // a new thread at an ended one's address
            batcher = new FrameBatcher;
        }
        return batcher;
    }

    // Any thread.
    void enqueue(std::weak_ptr<VideoPipeline::Context> context)
    {
        QMutexLocker lock(&m_mutex);
        m_pending.push_back(std::move(context));
        if (!m_armed) {
            m_armed = true;
            QMetaObject::invokeMethod(this, [this] { m_timer.start(); }, Qt::QueuedConnection);
        }
    }

private:
    FrameBatcher()
    {
        m_timer.setInterval(kBatchMs);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { flush(); });
    }

    void flush()
    {
        std::vector<std::weak_ptr<VideoPipeline::Context>> batch;
        {
            QMutexLocker lock(&m_mutex);
            batch.swap(m_pending);
            if (batch.empty()) {
                m_armed = false;
                m_timer.stop();
                return;
            }
        }
        for (const auto &weak : batch) {
            const auto context = weak.lock();
            if (!context) {
                continue;
            }
            {
                QMutexLocker lock(&context->mutex);
                if (!context->receiver) {
                    continue;
                }
            }
            context->deliver({PipelineEvent::FrameReady, {}, {}});
        }
    }

    QMutex m_mutex;
    std::vector<std::weak_ptr<VideoPipeline::Context>> m_pending; // guarded by m_mutex
    bool m_armed = false;                                         // guarded by m_mutex
    QTimer m_timer;
};

void VideoPipeline::Context::postFrame()
{
    batcher->enqueue(self);
}

QString decodedCapsString()
{
    return QStringLiteral("video/x-raw,format=I420");
}

namespace {

QSize evenSize(QSize size)
{
    return QSize(qMax(16, size.width()) & ~1, qMax(16, size.height()) & ~1);
}

} // namespace

VideoPipeline::VideoPipeline(QObject *receiver, Deliver deliver)
    : m_context(std::make_shared<Context>())
{
    m_context->receiver = receiver;
    m_context->deliver = std::move(deliver);
    m_context->batcher = FrameBatcher::forCurrentThread();
    m_context->self = m_context;
}

VideoPipeline::~VideoPipeline()
{
    {
        QMutexLocker lock(&m_context->mutex);
        m_context->receiver = nullptr;
        m_context->latest = VideoFrame();
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
    {
        QMutexLocker lock(&context->mutex);
        context->outputSize = evenSize(outputSize);
    }

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

    // Only a format: videoconvertscale passes the decoder's I420 through untouched and converts
    // other decoders' output (NV12, 10-bit) at their own size. Scaling to the tile and the BGRx
    // conversion happen once per picture in the appsink callback, with SIMD routines: GStreamer's
    // generic scale-and-convert path costs several times the decode of a small stream.
    GstCaps *caps = gst_caps_from_string(decodedCapsString().toUtf8().constData());
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
    m_outputSize = size;
    QMutexLocker lock(&m_context->mutex);
    m_context->outputSize = evenSize(size);
}

VideoFrame VideoPipeline::takeFrame()
{
    QMutexLocker lock(&m_context->mutex);
    m_context->framePending = false;
    return std::exchange(m_context->latest, VideoFrame());
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
