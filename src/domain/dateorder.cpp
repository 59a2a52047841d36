#include "domain/dateorder.h"

#include <QCoreApplication>

namespace libreta::domain {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

struct Parts {
    int value[3] = {0, 0, 0};
    int digits[3] = {0, 0, 0};
};

// Three runs of digits with one separator kind between them; whatever
// follows a space or 'T' after the third run (a time) is ignored.
std::optional<Parts> split(QByteArrayView s)
{
    qsizetype i = 0;
    while (i < s.size() && s[i] == ' ')
        ++i;
    Parts p;
    char separator = 0;
    for (int part = 0; part < 3; ++part) {
        const qsizetype start = i;
        int v = 0;
        while (i < s.size() && isDigit(s[i]) && i - start < 4) {
            v = v * 10 + (s[i] - '0');
            ++i;
        }
        p.digits[part] = int(i - start);
        p.value[part] = v;
        if (p.digits[part] == 0)
            return std::nullopt;
        if (part < 2) {
            if (i >= s.size())
                return std::nullopt;
            const char c = s[i];
            if (c != '/' && c != '-' && c != '.')
                return std::nullopt;
            if (separator && c != separator)
                return std::nullopt;
            separator = c;
            ++i;
        }
    }
    if (i < s.size()) {
        // "31.12.2025." (a trailing dot, as some write it), then a time.
        if (s[i] == '.' && separator == '.')
            ++i;
        if (i < s.size() && s[i] != ' ' && s[i] != 'T')
            return std::nullopt;
    }
    return p;
}

int fullYear(int value, int digits)
{
    if (digits == 4)
        return value;
    if (digits == 2)
        return value < 70 ? 2000 + value : 1900 + value;
    return -1;
}

std::optional<QDate> make(int y, int m, int d)
{
    if (y < 1900 || y > 2999)
        return std::nullopt;
    const QDate date(y, m, d);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace

std::optional<QDate> parseDate(QByteArrayView utf8, DateOrder order)
{
    const auto p = split(utf8);
    if (!p)
        return std::nullopt;
    const bool yearFirst = p->digits[0] == 4;
    if (order == DateOrder::Iso) {
        if (!yearFirst || p->digits[1] > 2 || p->digits[2] > 2)
            return std::nullopt;
        return make(p->value[0], p->value[1], p->value[2]);
    }
    if (yearFirst || p->digits[0] > 2 || p->digits[1] > 2)
        return std::nullopt;
    const int year = fullYear(p->value[2], p->digits[2]);
    if (year < 0)
        return std::nullopt;
    return order == DateOrder::DayMonthYear ? make(year, p->value[1], p->value[0])
                                            : make(year, p->value[0], p->value[1]);
}

QString writtenAs(const QDate &date, DateOrder order)
{
    switch (order) {
    case DateOrder::DayMonthYear: return date.toString(QStringLiteral("dd/MM/yyyy"));
    case DateOrder::MonthDayYear: return date.toString(QStringLiteral("MM/dd/yyyy"));
    case DateOrder::Iso: break;
    }
    return date.toString(Qt::ISODate);
}

std::optional<QDate> monthNamed(QByteArrayView utf8, DateOrder order)
{
    const auto p = split(utf8);
    if (!p)
        return std::nullopt;
    const bool yearFirst = p->digits[0] == 4;
    int year = 0;
    int month = 0;
    if (order == DateOrder::Iso) {
        if (!yearFirst || p->digits[1] > 2 || p->digits[2] > 2)
            return std::nullopt;
        year = p->value[0];
        month = p->value[1];
    } else {
        if (yearFirst || p->digits[0] > 2 || p->digits[1] > 2)
            return std::nullopt;
        year = fullYear(p->value[2], p->digits[2]);
        month = order == DateOrder::DayMonthYear ? p->value[1] : p->value[0];
    }
    return make(year, month, 1);
}

std::optional<QDate> parseDate(QStringView text, DateOrder order)
{
    const QByteArray latin = text.toLatin1();
    return parseDate(QByteArrayView(latin), order);
}

QString dateOrderName(DateOrder order)
{
    switch (order) {
    case DateOrder::Iso: return QStringLiteral("iso");
    case DateOrder::DayMonthYear: return QStringLiteral("dmy");
    case DateOrder::MonthDayYear: return QStringLiteral("mdy");
    }
    return {};
}

std::optional<DateOrder> dateOrderFromName(QStringView name)
{
    QString n = name.trimmed().toString().toLower();
    if (n == u"iso" || n == u"ymd" || n == u"yyyy-mm-dd" || n == u"yyyy/mm/dd" || n == u"aaaa-mm-dd")
        return DateOrder::Iso;
    if (n == u"dmy" || n == u"dd/mm/yyyy" || n == u"dd-mm-yyyy" || n == u"dd.mm.yyyy" || n == u"dd/mm/aaaa"
        || n == u"d/m/y")
        return DateOrder::DayMonthYear;
    if (n == u"mdy" || n == u"mm/dd/yyyy" || n == u"mm-dd-yyyy" || n == u"mm.dd.yyyy" || n == u"m/d/y")
        return DateOrder::MonthDayYear;
    return std::nullopt;
}

QString dateOrderLabel(DateOrder order)
{
    switch (order) {
    case DateOrder::Iso: return QCoreApplication::translate("DateOrder", "Year-month-day (2025-12-31)");
    case DateOrder::DayMonthYear: return QCoreApplication::translate("DateOrder", "Day/month/year (31/12/2025)");
    case DateOrder::MonthDayYear: return QCoreApplication::translate("DateOrder", "Month/day/year (12/31/2025)");
    }
    return {};
}

namespace {
constexpr DateOrder kOrders[] = {DateOrder::Iso, DateOrder::DayMonthYear, DateOrder::MonthDayYear};
unsigned bit(DateOrder o) { return 1u << unsigned(o); }
} // namespace

QList<DateOrder> DateOrderDetector::candidates() const
{
    QList<DateOrder> out;
    for (DateOrder o : kOrders)
        if (m_possible & bit(o))
            out.append(o);
    return out;
}

void DateOrderDetector::add(QByteArrayView utf8, qint64 line)
{
    unsigned reads = 0;
    for (DateOrder o : kOrders)
        if (parseDate(utf8, o))
            reads |= bit(o);
    if (reads == 0)
        return;  // not a date in any order: the row is refused on its own
    ++m_seen;
    const unsigned kept = m_possible & reads;
    if (kept == 0 && m_possible != 0) {
        m_conflict = QString::fromUtf8(utf8).trimmed();
        m_conflictLine = line;
    }
    if ((kept & (kept - 1)) != 0 && m_example.isEmpty()) {  // more than one bit
        m_example = QString::fromUtf8(utf8).trimmed();
        m_exampleLine = line;
    }
    m_possible = kept;
}

std::optional<DateOrder> DateOrderDetector::decided() const
{
    const QList<DateOrder> left = candidates();
    if (left.size() == 1 && m_seen > 0)
        return left.first();
    return std::nullopt;
}

} // namespace libreta::domain
