#pragma once

#include "result.h"
#include "videostats.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace tw {

/// Records a camera's compressed stream (H.264/H.265, no re-encoding) into MP4 segments of a
/// fixed length, on its own pipeline beside the tile's. Lives in the GUI thread; never blocks it.
class VideoRecorder : public QObject {
    Q_OBJECT
public:
    explicit VideoRecorder(QObject *parent = nullptr);
    /// Returns at once; an open segment is finished and closed on a worker thread.
    ~VideoRecorder() override;

    /// Starts writing `directory`/`prefix`-NNNNN.mp4 files of about `segmentSeconds` each.
    Status start(const QString &uri, const QString &directory, const QString &prefix,
                 int segmentSeconds = 300, const VideoSessionOptions &options = {});
    /// Closes the open segment (the MP4 gets its index) and emits finished().
    void stop();
    bool isRecording() const { return m_recording; }
    /// Segments opened so far, oldest first.
    QStringList files() const { return m_files; }

Q_SIGNALS:
    void recordingChanged(bool recording);
    void segmentOpened(const QString &path);
    /// All segments closed; `files` are complete MP4 files.
    void finished(const QStringList &files);
    /// The source failed; recording stopped. `reason` is translated.
    void failed(const QString &reason);

public:
    struct Context;

private:
    void release(bool notify);

    std::shared_ptr<Context> m_context;
    QStringList m_files;
    bool m_recording = false;
};

} // namespace tw
