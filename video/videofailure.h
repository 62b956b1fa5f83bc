#pragma once

#include "videostats.h"

#include <QString>
#include <QUrl>

namespace tw {

/// Translated one-line text for a state ("Live", "Reconnecting", ...).
QString videoStateText(VideoState state);
/// A state's stable name, not translated ("live", "reconnecting", ...): for logs, test timelines
/// and benchmark output.
QString videoStateKey(VideoState state);

/// Translated text for a failure reason ("Connection refused", ...).
QString videoFailureText(VideoFailure failure);

/// Whether trying again later can help (a camera that is down) or not (a file that is not video).
bool isRetryable(VideoFailure failure, bool networkSource);

/// An error as GStreamer reported it, copied out of the bus message.
struct PipelineError {
    QString domain; ///< GQuark name, e.g. "gst-resource-error-quark"
    int code = 0;
    QString message;
    QString debug;
    QString sourceFactory; ///< factory name of the element that posted it ("rtspsrc", ...)
};

/// Maps a GStreamer error to a reason. Sets *needsDiagnosis when GStreamer only says "could not
/// connect" and a socket-level look (diagnoseConnection) can tell unknown host from refused.
VideoFailure classifyPipelineError(const PipelineError &error, const QUrl &uri, bool *needsDiagnosis);

/// Blocking: resolves the URI's host and tries a TCP connection to its port. Returns UnknownHost,
/// Refused, Unreachable, or None when a connection could be made. Run it on a worker thread.
VideoFailure diagnoseConnection(const QUrl &uri, int timeoutMs);

/// The TCP port a network URI connects to (its own, else the scheme's: rtsp 554, http 80, ...).
int networkPort(const QUrl &uri);

/// Whether the URI goes over the network (rtsp, http, https, ...) rather than a local file.
bool isNetworkUri(const QUrl &uri);

} // namespace tw
