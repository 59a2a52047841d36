// Times the app from outside, as a person at the screen sees it: it reads a
// rectangle of the screen over and over through the X server until its
// pixels change, and until they stay still. No code of the app is involved,
// so what it measures includes the process start, the event loop, any delay
// a view waits, the queries and the paint.
//
//   libreta-outside-timer keys  --region X,Y,W,H [--settle-ms N] [--timeout-ms N] TEXT...
//   libreta-outside-timer start --region X,Y,W,H [--settle-ms N] [--timeout-ms N] [--runs N] -- COMMAND...
//
// keys: each TEXT is typed one key at a time (XTest) after Ctrl+A selects
// what the focused box holds, so each TEXT replaces the one before. A line
// per key gives the milliseconds from the key to the rectangle's first
// change and to its last change before it stayed still for --settle-ms;
// "-" when nothing changed before --timeout-ms.
// start: runs COMMAND and gives the same two times from its start; the
// program is then asked to end (SIGTERM), and the next run waits for the
// rectangle to show again what it showed before the first.
// Both end with a summary line: the medians and the largest.
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/XTest.h>
#include <X11/keysym.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
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

enum class Mode { Keys, Start };

struct Options {
    Mode mode = Mode::Keys;
    Region region;
    int settleMs = 400;
    int timeoutMs = 2000;
    int runs = 1;
    std::vector<std::string> arguments;  // the texts, or the command
};

struct Timing {
    std::optional<double> first;
    std::optional<double> settled;
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

// Watches the rectangle from `start`: when it first differs from `shown`,
// and when it last changed before staying still for settleMs.
Timing watch(Display *display, const Options &options, std::vector<char> shown, Clock::time_point start)
{
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

void pressKey(Display *display, KeySym symbol, bool control = false)
{
    const KeyCode controlCode = XKeysymToKeycode(display, XK_Control_L);
    const KeyCode code = XKeysymToKeycode(display, symbol);
    if (code == 0) {
        std::fprintf(stderr, "no key for symbol %lu on this keyboard\n", symbol);
        std::exit(2);
    }
    if (control)
        XTestFakeKeyEvent(display, controlCode, True, CurrentTime);
    XTestFakeKeyEvent(display, code, True, CurrentTime);
    XTestFakeKeyEvent(display, code, False, CurrentTime);
    if (control)
        XTestFakeKeyEvent(display, controlCode, False, CurrentTime);
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

void printTiming(const std::string &what, const Timing &timing)
{
    if (timing.first)
        std::printf("%-16s first %7.1f ms  settled %7.1f ms\n", what.c_str(), *timing.first, *timing.settled);
    else
        std::printf("%-16s -\n", what.c_str());
    std::fflush(stdout);
}

std::vector<Timing> timeKeys(Display *display, const Options &options)
{
    int event = 0, error = 0, major = 0, minor = 0;
    if (!XTestQueryExtension(display, &event, &error, &major, &minor)) {
        std::fprintf(stderr, "the X server has no XTest extension\n");
        std::exit(1);
    }
    std::vector<Timing> timings;
    for (const std::string &text : options.arguments) {
        // Select what the box holds, so the first key replaces it; then let
        // the app finish with it before the first timed key.
        pressKey(display, XK_a, true);
        std::this_thread::sleep_for(std::chrono::milliseconds(options.settleMs));
        std::string typed;
        for (const char c : text) {
            typed += c;
            std::vector<char> shown = grab(display, options.region);
            const Clock::time_point start = Clock::now();
            pressKey(display, symbolFor(c));
            timings.push_back(watch(display, options, std::move(shown), start));
            printTiming("\"" + typed + "\"", timings.back());
        }
    }
    return timings;
}

Timing startOnce(Display *display, const Options &options, const std::vector<char> &before)
{
    const Clock::time_point start = Clock::now();
    const pid_t child = fork();
    if (child < 0) {
        std::perror("fork");
        std::exit(1);
    }
    if (child == 0) {
        std::vector<char *> argv;
        for (const std::string &arg : options.arguments)
            argv.push_back(const_cast<char *>(arg.c_str()));
        argv.push_back(nullptr);
        execvp(argv[0], argv.data());
        std::perror("exec");
        _exit(127);
    }
    const Timing timing = watch(display, options, before, start);
    kill(child, SIGTERM);
    waitpid(child, nullptr, 0);
    return timing;
}

std::vector<Timing> timeStarts(Display *display, const Options &options)
{
    const std::vector<char> before = grab(display, options.region);
    std::vector<Timing> timings;
    for (int run = 1; run <= options.runs; ++run) {
        // The window of the run before has gone once the screen is as it was.
        const Clock::time_point waitFrom = Clock::now();
        while (grab(display, options.region) != before && msSince(waitFrom) < options.timeoutMs)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        timings.push_back(startOnce(display, options, before));
        printTiming("start " + std::to_string(run), timings.back());
    }
    return timings;
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
    if (argc < 2)
        return std::nullopt;
    Options options;
    const std::string mode = argv[1];
    if (mode == "start")
        options.mode = Mode::Start;
    else if (mode != "keys")
        return std::nullopt;
    bool haveRegion = false;
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--") {
            options.arguments.assign(argv + i + 1, argv + argc);
            break;
        }
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
        } else if (arg == "--runs" && hasValue) {
            options.runs = std::max(1, std::atoi(argv[++i]));
        } else if (arg.rfind("--", 0) == 0 || options.mode == Mode::Start) {
            return std::nullopt;  // a command comes after "--"
        } else {
            options.arguments.push_back(arg);
        }
    }
    if (!haveRegion || options.arguments.empty())
        return std::nullopt;
    return options;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

void printSummary(const std::vector<Timing> &timings)
{
    std::vector<double> firsts, settled;
    for (const Timing &t : timings)
        if (t.first) {
            firsts.push_back(*t.first);
            settled.push_back(*t.settled);
        }
    if (firsts.empty())
        return;
    std::printf("%zu timed (unchanged %zu): first change median %.1f ms, largest %.1f ms; "
                "settled median %.1f ms, largest %.1f ms\n",
                timings.size(), timings.size() - firsts.size(), median(firsts),
                *std::max_element(firsts.begin(), firsts.end()), median(settled),
                *std::max_element(settled.begin(), settled.end()));
}

} // namespace

int main(int argc, char **argv)
{
    const std::optional<Options> options = parseArguments(argc, argv);
    if (!options) {
        std::fprintf(stderr,
                     "usage: %s keys --region X,Y,W,H [--settle-ms N] [--timeout-ms N] TEXT...\n"
                     "       %s start --region X,Y,W,H [--settle-ms N] [--timeout-ms N] [--runs N] -- COMMAND...\n",
                     argv[0], argv[0]);
        return 2;
    }
    Display *display = XOpenDisplay(nullptr);
    if (!display) {
        std::fprintf(stderr, "cannot open the display (DISPLAY=%s)\n", std::getenv("DISPLAY") ? std::getenv("DISPLAY") : "");
        return 1;
    }
    printSummary(options->mode == Mode::Keys ? timeKeys(display, *options) : timeStarts(display, *options));
    XCloseDisplay(display);
    return 0;
}
