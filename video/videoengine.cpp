#include "videoengine.h"

#include <gst/gst.h>

namespace tw {

QString initVideo()
{
    static const bool initialised = [] {
        gst_init(nullptr, nullptr);
        return true;
    }();
    Q_UNUSED(initialised);
    gchar *version = gst_version_string();
    const QString text = QString::fromUtf8(version);
    g_free(version);
    return text;
}

} // namespace tw
