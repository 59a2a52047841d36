#pragma once

#include <QObject>

#include <functional>

namespace libreta::app {

// Application-wide event filters that wait for the window's first paint.

// --bench-startup, for libreta-bench: once the window has painted, prints
// when (the steady clock, which the parent process shares) and the resident
// memory; two seconds later the resident memory again, then quits. The
// bare-window floor in bench/ reports the first line the same way.
class BenchStartupReport final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_seen = false;
};

// Runs `work` once the window has painted for the first time, so whatever
// it starts never delays the window (the day roll-over, the log's checkpoints).
class AfterFirstPaint final : public QObject {
public:
    AfterFirstPaint(QObject *parent, std::function<void()> work) : QObject(parent), m_work(std::move(work)) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void()> m_work;
};

} // namespace libreta::app
