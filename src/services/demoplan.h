#pragma once

// The demo generator's own vocabulary (services-internal): its random
// numbers, the calendar of time-zone offsets, and the plan of one debtor
// that the builder invents and the writer stores.

#include "domain/currencydecimals.h"
#include "domain/entities.h"
#include "services/demonames.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <optional>
#include <random>
#include <vector>

namespace libreta::services::demo {

using namespace domain;

// ---------------------------------------------------------------- randomness

inline quint64 mix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// A seeded generator with its own, portable ways of drawing numbers (the
// standard distributions differ between library implementations; these do not).
class Rng {
public:
    explicit Rng(quint64 seed) : m_engine(seed) {}

    int below(int n)
    {
        if (n <= 1)
            return 0;
        return int((static_cast<unsigned __int128>(m_engine()) * quint64(n)) >> 64);
    }
    int between(int lo, int hi) { return hi <= lo ? lo : lo + below(hi - lo + 1); }
    double unit() { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    const QString &pick(const QStringList &list) { return list.at(below(int(list.size()))); }
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int x = below(total);
        int i = 0;
        for (int w : weights) {
            if (x < w)
                return i;
            x -= w;
            ++i;
        }
        return 0;
    }

private:
    std::mt19937_64 m_engine;
};

// ---------------------------------------------------------------- time zones

// Offsets of the demo's zones for each day around `today`, so a call's local
// hour becomes UTC without a time-zone lookup per call.
class ZoneOffsets {
public:
    ZoneOffsets(const QDate &first, const QDate &last) : m_first(first), m_days(int(first.daysTo(last)) + 1)
    {
        const QStringList &ids = demo::timeZoneIds();
        for (int z = 0; z < ids.size(); ++z) {
            const QTimeZone tz(ids.at(z).toLatin1());
            std::vector<int> offsets(size_t(m_days), demo::fallbackOffsetSeconds(z));
            if (tz.isValid()) {
                for (int i = 0; i < m_days; ++i)
                    offsets[size_t(i)] = tz.offsetFromUtc(QDateTime(first.addDays(i), QTime(12, 0), Qt::UTC));
            }
            m_offsets.push_back(std::move(offsets));
        }
    }

    int offset(int zone, const QDate &date) const
    {
        const qint64 i = std::clamp<qint64>(m_first.daysTo(date), 0, m_days - 1);
        return m_offsets[size_t(zone)][size_t(i)];
    }

private:
    QDate m_first;
    int m_days;
    std::vector<std::vector<int>> m_offsets;
};

// ---------------------------------------------------------------- text helpers

// An amount as the notes of an office in that currency write it: "$1,234.56"
// in Mexican pesos (and dollars), "1.234,56 €" in euros, "$ 1.234.567,89" in
// Colombian and Argentine pesos (spaced, as the desk writes them there),
// "$1.234.567" in Chilean ones (no cents).
inline QString moneyText(qint64 minor, const QString &currencyCode = QString())
{
    const bool euro = currencyCode == QLatin1String("EUR");
    // Where the currency's home writes a decimal comma (CLDR's Spanish locales).
    static const QStringList kCommaHomes{QStringLiteral("ARS"), QStringLiteral("BOB"), QStringLiteral("CLP"),
                                         QStringLiteral("COP"), QStringLiteral("CRC"), QStringLiteral("PYG"),
                                         QStringLiteral("UYU"), QStringLiteral("VES")};
    const bool comma = euro || kCommaHomes.contains(currencyCode);
    const bool cents = domain::currencyDecimals(currencyCode) > 0;
    if (!cents)
        minor = (minor + 50) / 100 * 100;
    const QString whole = QString::number(minor / 100);
    QString grouped;
    grouped.reserve(whole.size() + whole.size() / 3 + 4);
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0)
            grouped += comma ? QLatin1Char('.') : QLatin1Char(',');
        grouped += whole.at(i);
    }
    if (cents)
        grouped += (comma ? QLatin1Char(',') : QLatin1Char('.'))
                   + QStringLiteral("%1").arg(minor % 100, 2, 10, QLatin1Char('0'));
    if (euro)
        return grouped + QStringLiteral("\u00a0€");
    static const QStringList kSpacedHomes{QStringLiteral("ARS"), QStringLiteral("COP"), QStringLiteral("UYU")};
    return (kSpacedHomes.contains(currencyCode) ? QStringLiteral("$\u00a0") : QStringLiteral("$")) + grouped;
}

inline QString dateText(const QDate &date) { return date.toString(QStringLiteral("dd/MM/yyyy")); }

inline QString digits(Rng &r, int count)
{
    QString out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out += QChar(u'0' + r.below(10));
    return out;
}

inline qint64 roundDown(qint64 minor, qint64 step) { return std::max<qint64>(step, minor / step * step); }

// ---------------------------------------------------------------- the plan of one debtor

enum class Behaviour { Good, Struggling, Evasive, Hopeless };
enum class Intent { Keep, Partial, Late, Break };

struct PlannedInvoice {
    QString number;
    QDate issue;
    QDate due;
    qint64 amount = 0;
    qint64 outstanding = 0;
    bool disputed = false;
    QString disputeReason;
};

struct PlannedCall {
    Call call;
    QDate day;  // the debtor's local day
    int contact = 0;
    int promise = -1;
    int plan = -1;
};

// A discount an agent agreed in a call for paying off what is overdue, as
// the negotiation's option builder works it out: the office's limit for
// the debtor's segment that day, and a supervisor's decision on one above
// it made in the week after the call (those of the last week still wait).
struct PlannedDiscount {
    enum class Decision { None, Approved, Rejected };
    int percent = 0;
    int limitPercent = 0;
    qint64 balance = 0;  // what it was agreed on
    qint64 agreedTotal = 0;
    Decision decision = Decision::None;
    // Libreta takes it off once its promise is kept (inside the limit, or approved).
    bool stands() const { return percent <= limitPercent || decision == Decision::Approved; }
};

struct PlannedPromise {
    int call = -1;
    int plan = -1;
    int sequence = 1;
    qint64 amount = 0;
    QDate due;
    PaymentMethod method = PaymentMethod::Transfer;
    QDate madeOn;
    PromiseStatus status = PromiseStatus::Pending;
    qint64 paid = 0;
    std::optional<QDate> resolvedOn;
    std::optional<PlannedDiscount> discount;
};

struct PlannedPlan {
    int call = -1;
    PlanFrequency frequency = PlanFrequency::Monthly;
    QList<int> instalments;
};

struct PlannedPayment {
    QDate paidOn;
    qint64 amount = 0;
    PaymentMethod method = PaymentMethod::Transfer;
    QString reference;
    QList<QPair<int, qint64>> allocations;  // invoice index, amount
    std::optional<Id> createdBy;
};

struct PlannedTask {
    FollowUpKind kind = FollowUpKind::Callback;
    QDate due;
    std::optional<QTime> time;
    int promise = -1;
    int call = -1;
    std::optional<Id> assignedTo;
    QString description;
    FollowUpStatus status = FollowUpStatus::Open;
    QString result;
    QDateTime doneAt;
    // The day it was due before its agent put it off, that same day, to
    // `due` (invalid: never moved).
    QDate putOffFrom;
};

struct PlannedNote {
    QDateTime at;
    QString body;
    std::optional<Id> author;
};

struct DebtorPlan {
    Debtor debtor;
    QList<Contact> contacts;
    QList<PlannedInvoice> invoices;
    QList<PlannedCall> calls;
    QList<PlannedPromise> promises;
    QList<PlannedPlan> plans;
    QList<PlannedPayment> payments;
    QList<PlannedTask> followUps;
    QList<PlannedNote> notes;
};

// The country of the office's debtors (services/demomarket.h).
enum class Market { MexicoAndSpain, Colombia, Argentina, Chile, Peru };

struct Context {
    QDate today;
    Market market = Market::MexicoAndSpain;
    double amountScale = 1.0;  // the currency's amounts against Mexican pesos'
    int graceDays = 2;
    OfficeSettings rules;  // the demo office's, as stored
    QTime reminderTime = QTime(9, 0);
    QList<Id> agentIds;
    QList<Id> supervisorIds;  // who reviews calls
    std::optional<Id> backOfficeId;  // who posts payments that arrive by bank
    Id scriptId = 0;
    int scriptVersion = 1;
    int refWidth = 6;
    QString currencyCode;  // the office's: how the notes write amounts
    QDateTime todayStartUtc;
    const ZoneOffsets *zones = nullptr;
};

// A payment the debtor will make, realised (allocated) when the simulation
// reaches its date.
struct Scheduled {
    QDate date;
    qint64 amount = 0;
    PaymentMethod method = PaymentMethod::Transfer;
    int preferredInvoice = -1;
    int promise = -1;
    std::optional<Id> by;
    int order = 0;
};

} // namespace libreta::services::demo
