#include "app/paintwatchers.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <chrono>
#include <cstdio>

namespace libreta::app {

bool BenchStartupReport::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_seen) {
        m_seen = true;  // the rest of this frame paints before the timer fires
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
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

bool AfterFirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_work) {
        QTimer::singleShot(0, this, [work = std::move(m_work)] { work(); });
        m_work = nullptr;
        QCoreApplication::instance()->removeEventFilter(this);  // allowed from inside the filter
    }
    return QObject::eventFilter(watched, event);
}

} // namespace libreta::app
