// Streaming-thread side of VideoPipeline: everything here runs in GStreamer's threads and only
// copies values into the shared context or posts them to the session's thread.
#include "videopipelinecontext.h"

#include <gst/app/gstappsink.h>
#include <gst/video/video.h>

#include <cstring>

namespace tw {

namespace {

QString factoryName(GstObject *object)
{
    if (!object || !GST_IS_ELEMENT(object)) {
        return {};
    }
    GstElementFactory *factory = gst_element_get_factory(GST_ELEMENT(object));
    return factory ? QString::fromUtf8(gst_plugin_feature_get_name(GST_PLUGIN_FEATURE(factory))) : QString();
}

QString capsText(GstCaps *caps)
{
    if (!caps) {
        return {};
    }
    gchar *text = gst_caps_to_string(caps);
    QString result = QString::fromUtf8(text);
    g_free(text);
    return result;
}

bool hasProperty(gpointer object, const char *name)
{
    return g_object_class_find_property(G_OBJECT_GET_CLASS(object), name) != nullptr;
}

} // namespace

namespace {

using Context = VideoPipeline::Context;

GstBusSyncReply onBusMessage(GstBus *, GstMessage *message, gpointer data)
{
    auto *context = static_cast<Context *>(data);
    switch (GST_MESSAGE_TYPE(message)) {
    case GST_MESSAGE_ERROR: {
        GError *error = nullptr;
        gchar *debug = nullptr;
        gst_message_parse_error(message, &error, &debug);
        PipelineEvent event;
        event.kind = PipelineEvent::Error;
        event.error.domain = QString::fromUtf8(g_quark_to_string(error->domain));
        event.error.code = error->code;
        event.error.message = QString::fromUtf8(error->message);
        event.error.debug = QString::fromUtf8(debug ? debug : "");
        event.error.sourceFactory = factoryName(GST_MESSAGE_SRC(message));
        g_clear_error(&error);
        g_free(debug);
        context->post(std::move(event));
        break;
    }
    case GST_MESSAGE_EOS:
        context->post({PipelineEvent::EndOfStream, {}, {}});
        break;
    default:
        break;
    }
    return GST_BUS_DROP;
}

GstFlowReturn onNewSample(GstAppSink *sink, gpointer data)
{
    auto *context = static_cast<Context *>(data);
    GstSample *sample = gst_app_sink_pull_sample(sink);
    if (!sample) {
        return GST_FLOW_EOS;
    }
    QSize size;
    {
        QMutexLocker lock(&context->mutex);
        if (!context->receiver) {
            gst_sample_unref(sample);
            return GST_FLOW_OK;
        }
        size = context->outputSize;
    }
    GstVideoInfo info;
    GstVideoFrame frame;
    if (!gst_video_info_from_caps(&info, gst_sample_get_caps(sample))
        || !gst_video_frame_map(&frame, &info, gst_sample_get_buffer(sample), GST_MAP_READ)) {
        gst_sample_unref(sample);
        return GST_FLOW_OK;
    }
    YuvPicture picture;
    picture.y = static_cast<const uint8_t *>(GST_VIDEO_FRAME_COMP_DATA(&frame, GST_VIDEO_COMP_Y));
    picture.u = static_cast<const uint8_t *>(GST_VIDEO_FRAME_COMP_DATA(&frame, GST_VIDEO_COMP_U));
    picture.v = static_cast<const uint8_t *>(GST_VIDEO_FRAME_COMP_DATA(&frame, GST_VIDEO_COMP_V));
    picture.yStride = GST_VIDEO_FRAME_COMP_STRIDE(&frame, GST_VIDEO_COMP_Y);
    picture.uStride = GST_VIDEO_FRAME_COMP_STRIDE(&frame, GST_VIDEO_COMP_U);
    picture.vStride = GST_VIDEO_FRAME_COMP_STRIDE(&frame, GST_VIDEO_COMP_V);
    picture.width = GST_VIDEO_FRAME_WIDTH(&frame);
    picture.height = GST_VIDEO_FRAME_HEIGHT(&frame);
    if (GST_VIDEO_INFO_PAR_N(&info) > 0 && GST_VIDEO_INFO_PAR_D(&info) > 0) {
        picture.pixelAspect = double(GST_VIDEO_INFO_PAR_N(&info)) / double(GST_VIDEO_INFO_PAR_D(&info));
    }
    picture.fullRange = info.colorimetry.range == GST_VIDEO_COLOR_RANGE_0_255;
    picture.bt709 = info.colorimetry.matrix == GST_VIDEO_COLOR_MATRIX_BT709;
    // The picture scaled for the tile, in a recycled buffer; the decoded picture goes back at once.
    VideoFrame image = context->scaler.scale(picture, size);
    gst_video_frame_unmap(&frame);
    gst_sample_unref(sample);
    if (image.isNull()) {
        return GST_FLOW_OK;
    }
    bool notify = false;
    {
        QMutexLocker lock(&context->mutex);
        if (!context->receiver) {
            return GST_FLOW_OK; // image released on return
        }
        context->latest = std::move(image);
        notify = !context->framePending;
        context->framePending = true;
    }
    if (notify) {
        context->postFrame();
    }
    return GST_FLOW_OK;
}

void onSourceSetup(GstElement *, GstElement *source, gpointer data)
{
    auto *context = static_cast<Context *>(data);
    const VideoSessionOptions &options = context->options;
    if (hasProperty(source, "latency") && hasProperty(source, "protocols")) { // rtspsrc
        guint protocols = 0x7; // udp | udp-mcast | tcp
        if (options.transport == RtspTransport::Tcp) {
            protocols = 0x4;
        } else if (options.transport == RtspTransport::Udp) {
            protocols = 0x1;
        }
        g_object_set(source, "latency", guint(options.latencyMs), "drop-on-latency", TRUE, nullptr);
        gst_util_set_object_arg(G_OBJECT(source), "protocols",
                                protocols == 0x4 ? "tcp" : protocols == 0x1 ? "udp" : "udp+udp-mcast+tcp");
        if (hasProperty(source, "tcp-timeout")) {
            g_object_set(source, "tcp-timeout", guint64(options.firstFrameTimeoutSeconds) * G_USEC_PER_SEC, nullptr);
        }
    } else if (hasProperty(source, "user-agent") && hasProperty(source, "timeout")) { // souphttpsrc
        g_object_set(source, "timeout", guint(options.firstFrameTimeoutSeconds), nullptr);
    }
}

void onPadAdded(GstElement *, GstPad *pad, gpointer data)
{
    auto *context = static_cast<Context *>(data);
    GstCaps *caps = gst_pad_get_current_caps(pad);
    if (!caps) {
        caps = gst_pad_query_caps(pad, nullptr);
    }
    const QString text = capsText(caps);
    if (caps) {
        gst_caps_unref(caps);
    }
    if (!text.startsWith(QLatin1String("video/x-raw")) || context->videoLinked.exchange(true)) {
        return;
    }
    GstPad *sinkPad = gst_element_get_static_pad(context->convert, "sink");
    if (gst_pad_link(pad, sinkPad) != GST_PAD_LINK_OK) {
        context->videoLinked = false;
    }
    gst_object_unref(sinkPad);
}

void onUnknownType(GstElement *, GstPad *, GstCaps *caps, gpointer data)
{
    auto *context = static_cast<Context *>(data);
    PipelineEvent event;
    event.kind = PipelineEvent::UnknownType;
    event.caps = capsText(caps);
    context->post(std::move(event));
}

void onNoMorePads(GstElement *, gpointer data)
{
    auto *context = static_cast<Context *>(data);
    if (!context->videoLinked) {
        context->post({PipelineEvent::NoVideo, {}, {}});
    }
}

// Audio is never decoded: the wall shows pictures only.
gboolean onAutoplugContinue(GstElement *, GstPad *, GstCaps *caps, gpointer)
{
    const GstStructure *structure = gst_caps_get_structure(caps, 0);
    return !g_str_has_prefix(gst_structure_get_name(structure), "audio/");
}

GstPadProbeReturn countBytes(GstPad *, GstPadProbeInfo *info, gpointer data)
{
    if (GstBuffer *buffer = GST_PAD_PROBE_INFO_BUFFER(info)) {
        static_cast<Context *>(data)->bytes += qint64(gst_buffer_get_size(buffer));
    }
    return GST_PAD_PROBE_OK;
}

GstPadProbeReturn countFrames(GstPad *, GstPadProbeInfo *, gpointer data)
{
    ++static_cast<Context *>(data)->decoded;
    return GST_PAD_PROBE_OK;
}

void onDeepElementAdded(GstBin *, GstBin *, GstElement *element, gpointer data)
{
    auto *context = static_cast<Context *>(data);
    GstElementFactory *factory = gst_element_get_factory(element);
    const char *klass = factory ? gst_element_factory_get_metadata(factory, GST_ELEMENT_METADATA_KLASS) : nullptr;
    if (!klass || !strstr(klass, "Decoder") || !strstr(klass, "Video")) {
        return;
    }
    if (hasProperty(element, "max-threads")) {
        g_object_set(element, "max-threads", context->decoderThreads, nullptr);
    }
    if (GstPad *sink = gst_element_get_static_pad(element, "sink")) {
        gst_pad_add_probe(sink, GST_PAD_PROBE_TYPE_BUFFER, countBytes, context, nullptr);
        gst_object_unref(sink);
    }
    if (GstPad *src = gst_element_get_static_pad(element, "src")) {
        gst_pad_add_probe(src, GST_PAD_PROBE_TYPE_BUFFER, countFrames, context, nullptr);
        gst_object_unref(src);
    }
}

} // namespace

void installPipelineCallbacks(VideoPipeline::Context *context, GstElement *pipeline, GstElement *decode,
                              GstElement *sink)
{
    GstAppSinkCallbacks callbacks{};
    callbacks.new_sample = onNewSample;
    gst_app_sink_set_callbacks(GST_APP_SINK(sink), &callbacks, context, nullptr);
    g_signal_connect(decode, "source-setup", G_CALLBACK(onSourceSetup), context);
    g_signal_connect(decode, "pad-added", G_CALLBACK(onPadAdded), context);
    g_signal_connect(decode, "unknown-type", G_CALLBACK(onUnknownType), context);
    g_signal_connect(decode, "no-more-pads", G_CALLBACK(onNoMorePads), context);
    g_signal_connect(decode, "autoplug-continue", G_CALLBACK(onAutoplugContinue), context);
    g_signal_connect(pipeline, "deep-element-added", G_CALLBACK(onDeepElementAdded), context);
    GstBus *bus = gst_element_get_bus(pipeline);
    gst_bus_set_sync_handler(bus, onBusMessage, context, nullptr);
    gst_object_unref(bus);
}

} // namespace tw
