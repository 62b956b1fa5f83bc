#pragma once

// Internal to the video engine: the state a pipeline shares with its streaming-thread callbacks.

#include "framescaler.h"
#include "videopipeline.h"

#include <QMetaObject>
#include <QMutex>

#include <gst/gst.h>

#include <atomic>

namespace tw {

class FrameBatcher;

struct VideoPipeline::Context {
    QMutex mutex;
    QObject *receiver = nullptr; // cleared when the owner lets go; guarded by mutex
    Deliver deliver;
    GstElement *pipeline = nullptr;
    GstElement *convert = nullptr;
    GstElement *capsfilter = nullptr;
    QSize outputSize;     // guarded by mutex
    VideoFrame latest;    // guarded by mutex
    bool framePending = false; // guarded by mutex
    std::atomic<qint64> decoded{0};
    std::atomic<qint64> bytes{0};
    std::atomic<bool> videoLinked{false};
    int decoderThreads = 1;
    VideoSessionOptions options;
    FrameScaler scaler; // streaming thread only
    std::weak_ptr<Context> self;
    FrameBatcher *batcher = nullptr; // the receiver thread's; set before the pipeline starts

    // Any thread. Tells the receiver a new frame is waiting, together with the other pipelines'
    // frames of the same moment (see FrameBatcher).
    void postFrame();

    // Any thread. Copies the event to the receiver's thread; dropped once the owner let go.
    void post(PipelineEvent event)
    {
        QMutexLocker lock(&mutex);
        if (!receiver) {
            return;
        }
        QMetaObject::invokeMethod(
            receiver,
            [weak = self, event = std::move(event)] {
                const auto context = weak.lock();
                if (!context) {
                    return;
                }
                {
                    QMutexLocker lock(&context->mutex);
                    if (!context->receiver) {
                        return;
                    }
                }
                context->deliver(event);
            },
            Qt::QueuedConnection);
    }
};

/// Connects the decodebin signals, the appsink callbacks and the bus sync handler; they only copy
/// values and post them through `context`.
void installPipelineCallbacks(VideoPipeline::Context *context, GstElement *pipeline, GstElement *decode,
                              GstElement *sink);

} // namespace tw
