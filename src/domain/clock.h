#pragma once

#include <QDate>
#include <QDateTime>

namespace libreta::domain {

// Where "now" comes from, so services and tests agree on what today is.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // The office's calendar day: local time of the machine the office runs on.
    QDate today() const { return nowUtc().toLocalTime().date(); }
};

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime nowUtc) : m_now(nowUtc.toUTC()) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &nowUtc) { m_now = nowUtc.toUTC(); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

} // namespace libreta::domain
