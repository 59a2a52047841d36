// Times the running app from outside, as a person at the keyboard sees it:
// for each character of a text it presses the key through the X server
// (XTest), then reads a rectangle of the screen over and over until its
// pixels change (the table shows the search's rows) and until they stay
// still. No code of the app is involved: what it measures includes the
// event loop, any delay the view waits before searching, the query and
// the paint.
//
//   libreta-keystroke-to-paint --region X,Y,W,H [--settle-ms 400]
//                              [--timeout-ms 2000] TEXT...
//
// Each TEXT is typed one key at a time after Ctrl+A selects the search box's
// text (so each TEXT replaces the previous one). One line per key: the key,
// the milliseconds to the first change in the rectangle and to the last
// change before it stayed still for --settle-ms; "-" when nothing changed
// before --timeout-ms. A summary line gives the medians and the largest.
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/XTest.h>
#include <X11/keysym.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Region {
    int x = 0, y = 0;
    unsigned width = 0, height = 0;
};

struct Options {
    Region region;
    int settleMs = 400;
    int timeoutMs = 2000;
    std::vector<std::string> texts;
};

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

std::vector<char> grab(Display *display, const Region &r)
{
    XImage *image = XGetImage(display, DefaultRootWindow(display), r.x, r.y, r.width, r.height, AllPlanes, ZPixmap);
    if (!image) {
        std::fprintf(stderr, "could not read the screen's rectangle\n");
        std::exit(1);
    }
    std::vector<char> pixels(image->data, image->data + std::size_t(image->bytes_per_line) * image->height);
    XDestroyImage(image);
    return pixels;
}

void pressKey(Display *display, KeySym symbol, bool control = false)
{
    const KeyCode control_code = XKeysymToKeycode(display, XK_Control_L);
    const KeyCode code = XKeysymToKeycode(display, symbol);
    if (code == 0) {
        std::fprintf(stderr, "no key for symbol %lu on this keyboard\n", symbol);
        std::exit(2);
    }
    if (control)
        XTestFakeKeyEvent(display, control_code, True, CurrentTime);
    XTestFakeKeyEvent(display, code, True, CurrentTime);
    XTestFakeKeyEvent(display, code, False, CurrentTime);
    if (control)
        XTestFakeKeyEvent(display, control_code, False, CurrentTime);
    XSync(display, False);
}

KeySym symbolFor(char c)
{
    if (c == ' ')
        return XK_space;
    if (c == '-')
        return XK_minus;
    const char name[2] = {c, '\0'};
    return XStringToKeysym(name);
}

struct Timing {
    std::optional<double> first;
    std::optional<double> settled;
};

// Presses a key and watches the rectangle: when it first changes, and when
// it last changed before staying still for settleMs.
Timing timeKey(Display *display, const Options &options, KeySym symbol)
{
    std::vector<char> shown = grab(display, options.region);
    const Clock::time_point start = Clock::now();
    pressKey(display, symbol);
    Timing timing;
    Clock::time_point lastChange = start;
    while (true) {
        std::vector<char> now = grab(display, options.region);
        const double elapsed = msSince(start);
        if (now != shown) {
            shown.swap(now);
            lastChange = Clock::now();
            if (!timing.first)
                timing.first = elapsed;
            timing.settled = elapsed;
        }
        if (!timing.first && elapsed > options.timeoutMs)
            return timing;
        if (timing.first && msSince(lastChange) > options.settleMs)
            return timing;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));  // leaves the app its cores
    }
}

std::optional<Region> parseRegion(const char *text)
{
    Region r;
    if (std::sscanf(text, "%d,%d,%u,%u", &r.x, &r.y, &r.width, &r.height) != 4 || r.width == 0 || r.height == 0)
        return std::nullopt;
    return r;
}

std::optional<Options> parseArguments(int argc, char **argv)
{
    Options options;
    bool haveRegion = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--region" && hasValue) {
            const std::optional<Region> region = parseRegion(argv[++i]);
            if (!region)
                return std::nullopt;
            options.region = *region;
            haveRegion = true;
        } else if (arg == "--settle-ms" && hasValue) {
            options.settleMs = std::atoi(argv[++i]);
        } else if (arg == "--timeout-ms" && hasValue) {
            options.timeoutMs = std::atoi(argv[++i]);
        } else if (arg.rfind("--", 0) == 0) {
            return std::nullopt;
        } else {
            options.texts.push_back(arg);
        }
    }
    if (!haveRegion || options.texts.empty())
        return std::nullopt;
    return options;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

int main(int argc, char **argv)
{
    const std::optional<Options> options = parseArguments(argc, argv);
    if (!options) {
        std::fprintf(stderr, "usage: %s --region X,Y,W,H [--settle-ms N] [--timeout-ms N] TEXT...\n", argv[0]);
        return 2;
    }
    Display *display = XOpenDisplay(nullptr);
    if (!display) {
        std::fprintf(stderr, "cannot open the display (DISPLAY=%s)\n", std::getenv("DISPLAY") ? std::getenv("DISPLAY") : "");
        return 1;
    }
    int event = 0, error = 0, major = 0, minor = 0;
    if (!XTestQueryExtension(display, &event, &error, &major, &minor)) {
        std::fprintf(stderr, "the X server has no XTest extension\n");
        return 1;
    }
    std::vector<double> firsts, settled;
    int unchanged = 0;
    for (const std::string &text : options->texts) {
        // Select what the box holds, so the first key replaces it; then let
        // the app finish with it before the first timed key.
        pressKey(display, XK_a, true);
        std::this_thread::sleep_for(std::chrono::milliseconds(options->settleMs));
        std::string typed;
        for (const char c : text) {
            typed += c;
            const Timing timing = timeKey(display, *options, symbolFor(c));
            if (timing.first) {
                firsts.push_back(*timing.first);
                settled.push_back(*timing.settled);
                std::printf("%-16s first %7.1f ms  settled %7.1f ms\n", ("\"" + typed + "\"").c_str(), *timing.first,
                            *timing.settled);
            } else {
                ++unchanged;
                std::printf("%-16s -\n", ("\"" + typed + "\"").c_str());
            }
            std::fflush(stdout);
        }
    }
    if (!firsts.empty())
        std::printf("keys %zu (unchanged %d): first change median %.1f ms, largest %.1f ms; "
                    "settled median %.1f ms, largest %.1f ms\n",
                    firsts.size() + unchanged, unchanged, median(firsts),
                    *std::max_element(firsts.begin(), firsts.end()), median(settled),
                    *std::max_element(settled.begin(), settled.end()));
    XCloseDisplay(display);
    return 0;
}
