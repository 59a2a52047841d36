#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace libreta::domain {

// How a file writes its dates. "03/04/2025" is the 3rd of April in Madrid
// and the 4th of March in Houston: only the file's other dates, or the
// person, can say which; nothing here guesses.
enum class DateOrder {
    Iso,           // 2025-04-03 (also with / or . between)
    DayMonthYear,  // 03/04/2025, 03-04-2025, 03.04.2025
    MonthDayYear,  // 04/03/2025
};

// Reads a date in `order`. Separators "/", "-", "." (one kind per date);
// one- or two-digit day and month; four-digit years, or two-digit ones read
// as 2000–2069 / 1970–1999; a time after the date ("2025-04-03 00:00:00",
// "03/04/2025 0:00", "2025-04-03T10:00") is ignored. Only ASCII digits.
std::optional<QDate> parseDate(QByteArrayView utf8, DateOrder order);
std::optional<QDate> parseDate(QStringView text, DateOrder order);
// `date` written in `order`, as a file of that order writes it
// (31/12/2025, 12/31/2025, 2025-12-31): what a message about a row quotes.
QString writtenAs(const QDate &date, DateOrder order);
// The first of the month a date written in `order` names, whether or not
// its day is in that month: "31/11/2026" names November 2026, so a refusal
// can say the day does not exist instead of blaming how it is written.
std::optional<QDate> monthNamed(QByteArrayView utf8, DateOrder order);

// "iso", "dmy", "mdy" for the command line and presets; fromName also takes
// the patterns people write ("dd/mm/yyyy", "mm/dd/yyyy", "yyyy-mm-dd",
// "dd.mm.yyyy").
QString dateOrderName(DateOrder order);
std::optional<DateOrder> dateOrderFromName(QStringView name);
// For people, with an example: "Day/month/year (31/12/2025)".
QString dateOrderLabel(DateOrder order);

// Reads a file's dates one by one and keeps the orders that can read all of
// them: a "25/12/2025" rules out month-first, a "12/25/2025" day-first. What
// is left at the end is the answer, or the question to ask.
class DateOrderDetector final {
public:
    void add(QByteArrayView utf8, qint64 line);
    // Exactly one order reads every date seen.
    std::optional<DateOrder> decided() const;
    // Dates were seen and more than one order reads them all: ask.
    bool ambiguous() const { return m_seen > 0 && candidates().size() > 1; }
    // Dates were seen and no single order reads them all (the file mixes them).
    bool conflicting() const { return m_seen > 0 && m_possible == 0; }
    QList<DateOrder> candidates() const;
    qint64 datesSeen() const { return m_seen; }
    // A date that could be read in every remaining order, for the question
    // ("03/04/2025 on line 7"), and the one that ruled the last order out.
    QString example() const { return m_example; }
    qint64 exampleLine() const { return m_exampleLine; }
    QString conflictExample() const { return m_conflict; }
    qint64 conflictLine() const { return m_conflictLine; }

private:
    unsigned m_possible = 0b111;  // one bit per DateOrder, in declaration order
    qint64 m_seen = 0;
    QString m_example;
    qint64 m_exampleLine = 0;
    QString m_conflict;
    qint64 m_conflictLine = 0;
};

} // namespace libreta::domain
