#include "videorecorder.h"

#include "logging.h"
#include "videoengine.h"
#include "videofailure.h"
#include "videopipeline.h"

#include <QDateTime>
#include <QDir>
#include <QMetaObject>
#include <QMutex>
#include <QThreadPool>
#include <QUrl>
#include <QWaitCondition>

#include <gst/gst.h>

#include <functional>

namespace tw {

struct VideoRecorder::Context {
    QMutex mutex;
    QObject *receiver = nullptr; // guarded by mutex; cleared when the recorder goes away
    std::weak_ptr<Context> self;
    GstElement *pipeline = nullptr;
    GstElement *parse = nullptr; // guarded by mutex; where EOS is pushed to close the segment
    QByteArray location;
    guint64 maxSizeTime = 0;
    QUrl uri;
    VideoSessionOptions options;
    QWaitCondition eosArrived;
    bool eos = false; // guarded by mutex

    // Any thread: runs `function` on the recorder in its thread, unless it is gone by then.
    void post(std::function<void(VideoRecorder *)> function)
    {
        QMutexLocker lock(&mutex);
        if (!receiver) {
            return;
        }
        auto *recorder = static_cast<VideoRecorder *>(receiver);
        // Runs only while the recorder exists (it is the context object of the call).
        QMetaObject::invokeMethod(receiver, [recorder, function = std::move(function)] { function(recorder); },
                                  Qt::QueuedConnection);
    }
};

namespace {

using Context = VideoRecorder::Context;

GstBusSyncReply onRecorderBus(GstBus *, GstMessage *message, gpointer data)
{
    auto *context = static_cast<Context *>(data);
    switch (GST_MESSAGE_TYPE(message)) {
    case GST_MESSAGE_ELEMENT: {
        const GstStructure *structure = gst_message_get_structure(message);
        if (structure && gst_structure_has_name(structure, "splitmuxsink-fragment-opened")) {
            const QString path = QString::fromUtf8(gst_structure_get_string(structure, "location"));
            context->post([path](VideoRecorder *recorder) { Q_EMIT recorder->segmentOpened(path); });
        }
        break;
    }
    case GST_MESSAGE_EOS: {
        QMutexLocker lock(&context->mutex);
        context->eos = true;
        context->eosArrived.wakeAll();
        break;
    }
    case GST_MESSAGE_ERROR: {
        GError *error = nullptr;
        gchar *debug = nullptr;
        gst_message_parse_error(message, &error, &debug);
        PipelineError copy{QString::fromUtf8(g_quark_to_string(error->domain)), error->code,
                           QString::fromUtf8(error->message), QString::fromUtf8(debug ? debug : ""), {}};
        g_clear_error(&error);
        g_free(debug);
        bool needsDiagnosis = false;
        const VideoFailure failure = classifyPipelineError(copy, context->uri, &needsDiagnosis);
        const QString reason = videoFailureText(failure) + QLatin1String(": ") + copy.message;
        {
            QMutexLocker lock(&context->mutex);
            context->eos = true; // nothing more will be written
            context->eosArrived.wakeAll();
        }
        context->post([reason](VideoRecorder *recorder) {
            if (recorder->isRecording()) {
                Q_EMIT recorder->failed(reason);
                recorder->stop();
            }
        });
        break;
    }
    default:
        break;
    }
    return GST_BUS_DROP;
}

gboolean skipAudio(GstElement *, GstPad *, GstCaps *caps, gpointer)
{
    return !g_str_has_prefix(gst_structure_get_name(gst_caps_get_structure(caps, 0)), "audio/");
}

// Streaming thread: builds parse ! splitmuxsink for the first H.264/H.265 stream.
void onRecorderPad(GstElement *, GstPad *pad, gpointer data)
{
    auto *context = static_cast<Context *>(data);
    GstCaps *caps = gst_pad_get_current_caps(pad);
    if (!caps) {
        caps = gst_pad_query_caps(pad, nullptr);
    }
    const char *name = gst_structure_get_name(gst_caps_get_structure(caps, 0));
    const char *parser = g_str_equal(name, "video/x-h264") ? "h264parse"
        : g_str_equal(name, "video/x-h265")                ? "h265parse" : nullptr;
    gst_caps_unref(caps);
    {
        QMutexLocker lock(&context->mutex);
        if (!parser || context->parse) {
            return;
        }
    }
    GstElement *parse = gst_element_factory_make(parser, nullptr);
    GstElement *mux = gst_element_factory_make("splitmuxsink", nullptr);
    if (!parse || !mux) {
        return;
    }
    g_object_set(mux, "location", context->location.constData(), "max-size-time", context->maxSizeTime,
                 "send-keyframe-requests", TRUE, nullptr);
    gst_bin_add_many(GST_BIN(context->pipeline), parse, mux, nullptr);
    GstPad *muxPad = gst_element_request_pad_simple(mux, "video");
    GstPad *parseSrc = gst_element_get_static_pad(parse, "src");
    GstPad *parseSink = gst_element_get_static_pad(parse, "sink");
    gst_pad_link(parseSrc, muxPad);
    gst_element_sync_state_with_parent(mux);
    gst_element_sync_state_with_parent(parse);
    gst_pad_link(pad, parseSink);
    gst_object_unref(parseSrc);
    gst_object_unref(parseSink);
    gst_object_unref(muxPad);
    QMutexLocker lock(&context->mutex);
    context->parse = GST_ELEMENT(gst_object_ref(parse));
}

} // namespace

VideoRecorder::VideoRecorder(QObject *parent) : QObject(parent)
{
    connect(this, &VideoRecorder::segmentOpened, this, [this](const QString &path) { m_files << path; });
}

VideoRecorder::~VideoRecorder()
{
    release(false);
}

Status VideoRecorder::start(const QString &uri, const QString &directory, const QString &prefix,
                            int segmentSeconds, const VideoSessionOptions &options)
{
    initVideo();
    if (m_recording) {
        return Error{tr("Already recording"), {}, uri};
    }
    if (uri.isEmpty()) {
        return Error{tr("No stream address (no URI) for this camera"), {}, {}};
    }
    if (!QDir().mkpath(directory)) {
        return Error{tr("Cannot create the folder"), {}, directory};
    }
    auto context = std::make_shared<Context>();
    context->self = context;
    context->receiver = this;
    context->uri = QUrl(uri);
    context->options = options;
    context->maxSizeTime = guint64(qMax(1, segmentSeconds)) * GST_SECOND;
    context->location = QDir(directory).filePath(prefix + QStringLiteral("-%05d.mp4")).toUtf8();

    GstElement *decode = gst_element_factory_make("uridecodebin", nullptr);
    if (!decode) {
        return Error{tr("GStreamer element uridecodebin is missing"), {}, uri};
    }
    GstElement *pipeline = gst_pipeline_new(nullptr);
    context->pipeline = pipeline;
    VideoPipeline::countPipeline(+1);
    GstCaps *stopAt = gst_caps_from_string("video/x-h264; video/x-h265");
    g_object_set(decode, "uri", uri.toUtf8().constData(), "caps", stopAt, nullptr);
    gst_caps_unref(stopAt);
    g_signal_connect(decode, "pad-added", G_CALLBACK(onRecorderPad), context.get());
    g_signal_connect(decode, "autoplug-continue", G_CALLBACK(skipAudio), nullptr);
    g_signal_connect(decode, "source-setup", G_CALLBACK(+[](GstElement *, GstElement *source, gpointer data) {
        const VideoSessionOptions *options = &static_cast<Context *>(data)->options;
        if (g_object_class_find_property(G_OBJECT_GET_CLASS(source), "protocols")) {
            g_object_set(source, "latency", guint(options->latencyMs), nullptr);
            gst_util_set_object_arg(G_OBJECT(source), "protocols",
                                    options->transport == RtspTransport::Udp ? "udp" : "tcp");
        }
    }), context.get());
    gst_bin_add(GST_BIN(pipeline), decode);
    GstBus *bus = gst_element_get_bus(pipeline);
    gst_bus_set_sync_handler(bus, onRecorderBus, context.get(), nullptr);
    gst_object_unref(bus);
    m_context = context;
    m_files.clear();
    gst_element_set_state(pipeline, GST_STATE_PLAYING);
    m_recording = true;
    Q_EMIT recordingChanged(true);
    return {};
}

void VideoRecorder::stop()
{
    release(true);
}

void VideoRecorder::release(bool notify)
{
    const std::shared_ptr<Context> context = std::move(m_context);
    if (!context) {
        return;
    }
    if (!notify) {
        QMutexLocker lock(&context->mutex);
        context->receiver = nullptr;
    }
    if (m_recording) {
        m_recording = false;
        if (notify) {
            Q_EMIT recordingChanged(false);
        }
    }
    // Closing a segment waits for the muxer to write its index: on a worker, never here.
    VideoPipeline::teardownPool()->start([context] {
        GstElement *parse = nullptr;
        {
            QMutexLocker lock(&context->mutex);
            parse = std::exchange(context->parse, nullptr);
        }
        if (parse) {
            GstPad *sink = gst_element_get_static_pad(parse, "sink");
            gst_pad_send_event(sink, gst_event_new_eos());
            gst_object_unref(sink);
            gst_object_unref(parse);
            QMutexLocker lock(&context->mutex);
            if (!context->eos) {
                context->eosArrived.wait(&context->mutex, 5000);
            }
        }
        gst_element_set_state(context->pipeline, GST_STATE_NULL);
        gst_object_unref(context->pipeline);
        context->pipeline = nullptr;
        VideoPipeline::countPipeline(-1);
        context->post([](VideoRecorder *recorder) { Q_EMIT recorder->finished(recorder->files()); });
    });
}

} // namespace tw
