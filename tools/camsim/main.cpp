// tidewatch-camsim: an RTSP camera simulator for demos, drills and tests.
//
//   tidewatch-camsim [--port PORT] [--cameras N] [--size WxH] [--fps F] [--flap SECONDS]
//                    [--bind ADDRESS] [--control]
//
// Serves rtsp://ADDRESS:PORT/cam/<i> (main stream) and /cam/<i>/sub (sub-stream, a third of the
// size, at least 320x180) for i in 0..N-1: a moving test pattern with the camera name and a clock
// burnt in, H.264. Factories are shared and only build a pipeline when a client asks, so hundreds
// of mount points cost nothing until watched. --port 0 picks a free port. Prints
// "listening on PORT" on stdout once it accepts connections. --flap takes every camera down
// (mount points removed, sessions closed) and back up every SECONDS. --control reads commands
// from stdin, one per line: "down I" / "up I" take camera I (or "all") down and back up the same
// way while the server stays up; each is acknowledged with "camera I down" / "camera I up".

#include <gst/gst.h>
#include <gst/rtsp-server/rtsp-server.h>
#include <glib-unix.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

struct Options {
    int port = 8554;
    int cameras = 4;
    int width = 640;
    int height = 360;
    int fps = 25;
    int flapSeconds = 0;
    bool control = false;
    std::string bind = "127.0.0.1";
};

struct Simulator {
    Options options;
    GstRTSPServer *server = nullptr;
    GMainLoop *loop = nullptr;
    bool camerasUp = true; // for --flap
    std::vector<bool> up;  // per camera
    bool textOverlay = false;
};

// Moving patterns, one per camera in turn; all cheap to encode (no snow).
const char *const kPatterns[] = {"smpte", "ball", "circular", "pinwheel", "spokes",
                                 "gradient", "colors", "checkers-8", "smpte75", "bar"};

std::string cameraName(int index)
{
    return "CAM " + std::to_string(index);
}

std::string launchLine(const Simulator &sim, int index, int width, int height)
{
    const Options &o = sim.options;
    const int patternCount = int(sizeof(kPatterns) / sizeof(kPatterns[0]));
    const std::string pattern = kPatterns[index % patternCount];
    const std::string speed = pattern == "ball" ? "0" : "2";
    // Bitrate scaled to the picture: about 0.1 bit per pixel per frame, at least 200 kbit/s.
    const int kbps = std::max(200, width * height * o.fps / 10 / 1000);
    std::string line = "( videotestsrc is-live=true pattern=" + pattern + " horizontal-speed=" + speed
        + " ! video/x-raw,width=" + std::to_string(width) + ",height=" + std::to_string(height)
        + ",framerate=" + std::to_string(o.fps) + "/1";
    if (sim.textOverlay) {
        line += " ! textoverlay text=\"" + cameraName(index)
            + "\" valignment=top halignment=left font-desc=\"Sans 14\""
              " ! clockoverlay halignment=right valignment=bottom time-format=\"%H:%M:%S\""
              " font-desc=\"Sans 12\"";
    }
    line += " ! videoconvert ! x264enc tune=zerolatency speed-preset=ultrafast key-int-max="
        + std::to_string(2 * o.fps) + " bitrate=" + std::to_string(kbps)
        + " ! rtph264pay name=pay0 pt=96 config-interval=1 )";
    return line;
}

std::string cameraPath(int index, bool sub)
{
    return "/cam/" + std::to_string(index) + (sub ? "/sub" : "");
}

void addMount(Simulator &sim, int index)
{
    if (sim.up[size_t(index)]) {
        return;
    }
    GstRTSPMountPoints *mounts = gst_rtsp_server_get_mount_points(sim.server);
    const int subWidth = std::max(320, sim.options.width / 3) & ~1;
    const int subHeight = std::max(180, sim.options.height / 3) & ~1;
    for (int sub = 0; sub < 2; ++sub) {
        GstRTSPMediaFactory *factory = gst_rtsp_media_factory_new();
        const std::string line = sub ? launchLine(sim, index, subWidth, subHeight)
                                     : launchLine(sim, index, sim.options.width, sim.options.height);
        gst_rtsp_media_factory_set_launch(factory, line.c_str());
        gst_rtsp_media_factory_set_shared(factory, TRUE);
        gst_rtsp_mount_points_add_factory(mounts, cameraPath(index, sub).c_str(), factory); // takes ownership
    }
    g_object_unref(mounts);
    sim.up[size_t(index)] = true;
}

// Which camera's clients to close; -1 for all.
struct CloseFilter {
    int camera = -1;
    bool found = false;
};

GstRTSPFilterResult findCameraMedia(GstRTSPSession *, GstRTSPSessionMedia *media, gpointer data)
{
    auto *filter = static_cast<CloseFilter *>(data);
    for (int sub = 0; sub < 2; ++sub) {
        const std::string path = cameraPath(filter->camera, sub);
        gint matched = 0;
        // A media matches a path it is a prefix of; equal length means this very mount point.
        if (gst_rtsp_session_media_matches(media, path.c_str(), &matched) && matched == gint(path.size())) {
            filter->found = true;
        }
    }
    return GST_RTSP_FILTER_KEEP;
}

GstRTSPFilterResult findCameraSession(GstRTSPClient *, GstRTSPSession *session, gpointer data)
{
    gst_rtsp_session_filter(session, findCameraMedia, data);
    return GST_RTSP_FILTER_KEEP;
}

GstRTSPFilterResult closeClient(GstRTSPServer *, GstRTSPClient *client, gpointer data)
{
    auto *filter = static_cast<CloseFilter *>(data);
    if (filter->camera < 0) {
        return GST_RTSP_FILTER_REMOVE;
    }
    filter->found = false;
    gst_rtsp_client_session_filter(client, findCameraSession, filter);
    return filter->found ? GST_RTSP_FILTER_REMOVE : GST_RTSP_FILTER_KEEP;
}

// Like a camera that loses power: its paths answer 404 and its viewers are disconnected.
void removeMount(Simulator &sim, int index)
{
    if (!sim.up[size_t(index)]) {
        return;
    }
    GstRTSPMountPoints *mounts = gst_rtsp_server_get_mount_points(sim.server);
    gst_rtsp_mount_points_remove_factory(mounts, cameraPath(index, false).c_str());
    gst_rtsp_mount_points_remove_factory(mounts, cameraPath(index, true).c_str());
    g_object_unref(mounts);
    CloseFilter filter{index, false};
    gst_rtsp_server_client_filter(sim.server, closeClient, &filter);
    sim.up[size_t(index)] = false;
}

void addMounts(Simulator &sim)
{
    for (int i = 0; i < sim.options.cameras; ++i) {
        addMount(sim, i);
    }
}

void removeMounts(Simulator &sim)
{
    for (int i = 0; i < sim.options.cameras; ++i) {
        removeMount(sim, i);
    }
}

gboolean flap(gpointer data)
{
    auto *sim = static_cast<Simulator *>(data);
    if (sim->camerasUp) {
        removeMounts(*sim);
        std::printf("cameras down\n");
    } else {
        addMounts(*sim);
        std::printf("cameras up\n");
    }
    std::fflush(stdout);
    sim->camerasUp = !sim->camerasUp;
    return G_SOURCE_CONTINUE;
}

// --control: one command per line on stdin.
void runCommand(Simulator &sim, const std::string &line)
{
    char verb[16] = {};
    char which[16] = {};
    if (std::sscanf(line.c_str(), "%15s %15s", verb, which) != 2
        || (std::strcmp(verb, "down") != 0 && std::strcmp(verb, "up") != 0)) {
        std::fprintf(stderr, "tidewatch-camsim: unknown command \"%s\" (down I|all, up I|all)\n", line.c_str());
        return;
    }
    const bool down = verb[0] == 'd';
    const bool all = !std::strcmp(which, "all");
    char *end = nullptr;
    const long index = std::strtol(which, &end, 10);
    if (!all && (end == which || *end != '\0' || index < 0 || index >= sim.options.cameras)) {
        std::fprintf(stderr, "tidewatch-camsim: no camera \"%s\"\n", which);
        return;
    }
    for (int i = all ? 0 : int(index); i < (all ? sim.options.cameras : int(index) + 1); ++i) {
        if (down) {
            removeMount(sim, i);
        } else {
            addMount(sim, i);
        }
    }
    std::printf("camera %s %s\n", which, down ? "down" : "up");
    std::fflush(stdout);
}

gboolean readControl(GIOChannel *channel, GIOCondition condition, gpointer data)
{
    auto *sim = static_cast<Simulator *>(data);
    gchar *text = nullptr;
    gsize length = 0;
    const GIOStatus status = (condition & G_IO_IN) ? g_io_channel_read_line(channel, &text, &length, nullptr, nullptr)
                                                   : G_IO_STATUS_EOF;
    if (status == G_IO_STATUS_NORMAL && text) {
        std::string line(text, length);
        while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) {
            line.pop_back();
        }
        if (!line.empty()) {
            runCommand(*sim, line);
        }
    }
    g_free(text);
    if (status == G_IO_STATUS_EOF || status == G_IO_STATUS_ERROR) {
        g_main_loop_quit(sim->loop); // whoever controlled the cameras has gone
        return G_SOURCE_REMOVE;
    }
    return G_SOURCE_CONTINUE;
}

// Drops sessions of clients that went away without TEARDOWN.
gboolean cleanupSessions(gpointer data)
{
    auto *server = static_cast<GstRTSPServer *>(data);
    GstRTSPSessionPool *pool = gst_rtsp_server_get_session_pool(server);
    gst_rtsp_session_pool_cleanup(pool);
    g_object_unref(pool);
    return G_SOURCE_CONTINUE;
}

gboolean quit(gpointer data)
{
    g_main_loop_quit(static_cast<GMainLoop *>(data));
    return G_SOURCE_REMOVE;
}

bool parseSize(const char *text, int &width, int &height)
{
    return std::sscanf(text, "%dx%d", &width, &height) == 2 && width >= 16 && height >= 16
        && width <= 7680 && height <= 4320;
}

int usage(const char *message)
{
    if (message) {
        std::fprintf(stderr, "tidewatch-camsim: %s\n", message);
    }
    std::fprintf(stderr, "usage: tidewatch-camsim [--port PORT] [--cameras N] [--size WxH] [--fps F]"
                         " [--flap SECONDS] [--bind ADDRESS] [--control]\n");
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    gst_init(&argc, &argv);
    Simulator sim;
    Options &o = sim.options;
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        const char *value = i + 1 < argc ? argv[i + 1] : nullptr;
        auto needValue = [&] { return value != nullptr; };
        if (!std::strcmp(arg, "--help") || !std::strcmp(arg, "-h")) {
            usage(nullptr);
            return 0;
        } else if (!std::strcmp(arg, "--port") && needValue()) {
            o.port = std::atoi(value);
        } else if (!std::strcmp(arg, "--cameras") && needValue()) {
            o.cameras = std::atoi(value);
        } else if (!std::strcmp(arg, "--size") && needValue()) {
            if (!parseSize(value, o.width, o.height)) {
                return usage("--size wants WIDTHxHEIGHT, e.g. 640x360");
            }
        } else if (!std::strcmp(arg, "--fps") && needValue()) {
            o.fps = std::atoi(value);
        } else if (!std::strcmp(arg, "--flap") && needValue()) {
            o.flapSeconds = std::atoi(value);
        } else if (!std::strcmp(arg, "--bind") && needValue()) {
            o.bind = value;
        } else if (!std::strcmp(arg, "--control")) {
            o.control = true;
            continue; // takes no value
        } else {
            return usage((std::string("unknown or incomplete option ") + arg).c_str());
        }
        ++i;
    }
    if (o.port < 0 || o.port > 65535 || o.cameras < 1 || o.cameras > 1000 || o.fps < 1 || o.fps > 120
        || o.flapSeconds < 0) {
        return usage("an option is out of range");
    }

    // The pango elements come with gstreamer1.0-pango; without them the pattern still moves.
    for (const char *name : {"textoverlay", "clockoverlay"}) {
        GstElementFactory *factory = gst_element_factory_find(name);
        sim.textOverlay = factory != nullptr;
        if (factory) {
            gst_object_unref(factory);
        } else {
            std::fprintf(stderr, "tidewatch-camsim: %s not available (install gstreamer1.0-pango);"
                                 " streams carry no burnt-in text\n", name);
            break;
        }
    }

    sim.loop = g_main_loop_new(nullptr, FALSE);
    sim.server = gst_rtsp_server_new();
    gst_rtsp_server_set_address(sim.server, o.bind.c_str());
    gst_rtsp_server_set_service(sim.server, std::to_string(o.port).c_str());
    sim.up.assign(size_t(o.cameras), false);
    addMounts(sim);

    GError *error = nullptr;
    GSource *source = gst_rtsp_server_create_source(sim.server, nullptr, &error);
    if (!source) {
        std::fprintf(stderr, "tidewatch-camsim: cannot listen on %s:%d: %s\n", o.bind.c_str(), o.port,
                     error ? error->message : "unknown error");
        g_clear_error(&error);
        return 1;
    }
    g_source_attach(source, nullptr);
    g_source_unref(source);

    g_timeout_add_seconds(2, cleanupSessions, sim.server);
    if (o.flapSeconds > 0) {
        g_timeout_add_seconds(guint(o.flapSeconds), flap, &sim);
    }
    if (o.control) {
        GIOChannel *input = g_io_channel_unix_new(0);
        g_io_add_watch(input, GIOCondition(G_IO_IN | G_IO_HUP | G_IO_ERR), readControl, &sim);
        g_io_channel_unref(input);
    }
    g_unix_signal_add(SIGTERM, quit, sim.loop);
    g_unix_signal_add(SIGINT, quit, sim.loop);

    std::printf("listening on %d\n", gst_rtsp_server_get_bound_port(sim.server));
    std::fflush(stdout);
    g_main_loop_run(sim.loop);

    CloseFilter everyone;
    gst_rtsp_server_client_filter(sim.server, closeClient, &everyone);
    g_object_unref(sim.server);
    g_main_loop_unref(sim.loop);
    return 0;
}
