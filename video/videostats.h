#pragma once

#include <QMetaType>
#include <QSize>
#include <QString>

namespace tw {

/// Where a video session is in its life; see docs/video.md for the transitions.
enum class VideoState {
    Idle,         ///< not started, or hidden (nothing decodes)
    Connecting,   ///< pipeline built, waiting for the first frame
    Live,         ///< frames arriving
    Stalled,      ///< was live, no frame for VideoSessionOptions::stallSeconds
    Reconnecting, ///< pipeline dropped, waiting for the next attempt (backoff 1 s .. 30 s)
    Failed,       ///< given up: the failure will not go away by retrying
    Ended,        ///< a file or recording played to its end
};

/// Why a session is not live, in terms a person understands.
enum class VideoFailure {
    None,
    NoUri,            ///< the camera has no stream address
    UnknownHost,      ///< the host name does not resolve
    Refused,          ///< nothing listens on that port
    Unreachable,      ///< no answer from the host (network down, firewall)
    Timeout,          ///< connected but no picture within the timeout
    NotFound,         ///< 404 / RTSP "not found" / no such file
    Unauthorized,     ///< 401: wrong or missing user name and password
    NoVideo,          ///< the stream has no video track
    UnsupportedCodec, ///< no decoder for the video codec
    NotMedia,         ///< a file or answer that is not audio/video at all
    WebPage,          ///< the address answered with a web page instead of video
    StreamEnded,      ///< the camera closed the stream
    DecodeError,      ///< the video data could not be decoded
    Other,            ///< anything else; details() has GStreamer's text
};

/// What started a new connection attempt of a session that was reconnecting.
enum class RetryCause {
    Backoff, ///< the backoff delay ran out
    Probe,   ///< a reachability probe found the camera serving again before the delay ran out
};

/// Which RTSP lower transport to use; Auto tries UDP and falls back to TCP after 5 s.
enum class RtspTransport { Auto, Tcp, Udp };

/// Tuning of one session. The defaults suit a live camera wall.
struct VideoSessionOptions {
    int latencyMs = 200;
    RtspTransport transport = RtspTransport::Auto;
    int firstFrameTimeoutSeconds = 8; ///< above rtspsrc's 5 s UDP->TCP fallback
    int stallSeconds = 3;             ///< no frame for this long: Stalled; twice as long: reconnect
    int minBackoffSeconds = 1;
    int maxBackoffSeconds = 30;
    /// While reconnecting with a backoff delay longer than this, a cheap reachability probe (TCP
    /// connect, RTSP DESCRIBE) runs this often; a camera that answers is reconnected at once
    /// instead of at the end of the delay. 0 turns probing off.
    int probeIntervalMs = 2500;
    /// How long a probe may take: an RTSP server may start the camera's encoder before it
    /// answers a DESCRIBE, which takes a while on a loaded machine.
    int probeTimeoutMs = 4000;
    int mainAboveWidth = 960; ///< switch to the main stream when the tile gets wider than this
    int subBelowWidth = 800;  ///< back to the sub-stream when it gets narrower than this
    bool syncToClock = false; ///< play at the stream's pace (files); live sources show at arrival
    bool loop = false;        ///< restart a file at its end instead of Ended
    int decoderThreads = 1;   ///< per decoder; 1 keeps latency and thread count low on a wall
};

/// Counters of one session, as values.
struct VideoStats {
    double fps = 0.0;             ///< frames shown per second, over the last two seconds
    qint64 framesDecoded = 0;     ///< frames out of the decoder since the pipeline started
    qint64 framesShown = 0;       ///< frames handed to the tile
    qint64 framesDropped = 0;     ///< decoded but never shown (newest-only delivery)
    double bitrateKbps = 0.0;     ///< compressed bits per second into the decoder
    qint64 msSinceLastFrame = -1; ///< -1 before the first frame
    QSize frameSize;
    bool mainStream = false;
    int reconnects = 0;
    int probes = 0;       ///< reachability probes sent while reconnecting
    int probeRetries = 0; ///< attempts started early because a probe found the camera serving
};

} // namespace tw

Q_DECLARE_METATYPE(tw::VideoState)
Q_DECLARE_METATYPE(tw::VideoFailure)
Q_DECLARE_METATYPE(tw::RetryCause)
