// libreta-bench-floor-window FILE: the start-up floor of libreta-bench. A
// bare Qt Widgets window the size of Libreta's first window opens the same
// SQLite file (reading its schema, as any first query must), shows one line
// and paints once, then reports like `libreta --bench-startup`: the steady
// clock at its first paint and its resident memory. Whatever Libreta does
// at start beyond this is its own cost.

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

#include <sqlite3.h>

#include <chrono>
#include <cstdio>

namespace {

class FirstPaintReport final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, this, [] {
                const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                    std::chrono::steady_clock::now().time_since_epoch());
                QFile status(QStringLiteral("/proc/self/status"));
                QByteArray rss;
                if (status.open(QIODevice::ReadOnly))
                    for (const QByteArray &line : status.readAll().split('\n'))
                        if (line.startsWith("VmRSS:"))
                            rss = line.mid(6).trimmed().split(' ').value(0);
                std::printf("libreta-bench-startup painted_ns=%lld rss_kib=%s\n", static_cast<long long>(ns.count()),
                            rss.isEmpty() ? "0" : rss.constData());
                std::fflush(stdout);
                QApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

int tableCount(const char *path)
{
    sqlite3 *db = nullptr;
    int tables = -1;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table'", -1, &statement,
                               nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW)
            tables = sqlite3_column_int(statement, 0);
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return tables;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: libreta-bench-floor-window FILE\n");
        return 2;
    }
    const int tables = tableCount(argv[1]);
    if (tables < 0) {
        std::fprintf(stderr, "libreta-bench-floor-window: cannot read %s\n", argv[1]);
        return 1;
    }
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("floor"));
    window.setCentralWidget(new QLabel(QStringLiteral("%1 tables").arg(tables), &window));
    window.resize(1280, 800);
    app.installEventFilter(new FirstPaintReport(&window));
    window.show();
    return QApplication::exec();
}
