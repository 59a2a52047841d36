#include "domain/money.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <atomic>
#include <limits>

namespace libreta::domain {
namespace {

// Set by the desk and the CLI before any other thread starts; read by all.
std::atomic<int> g_currencyDecimals{2};

// An amount to show as an example, in the currency's own form.
Money exampleAmount() { return Money::fromMinor(123456).roundedToUnit(); }

// The number as typed, split into what the reader recognised. Every path
// through parse() either fills this or says in words why it cannot.
struct Cleaned {
    QString body;       // digits and separators only
    bool negative = false;
    QString error;
};

bool isAsciiDigit(QChar c) { return c >= u'0' && c <= u'9'; }

// Spaces people and spreadsheets put between thousands: plain, no-break,
// narrow no-break, thin; and the Swiss apostrophe.
bool isSpaceGroup(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009)
        || c == u'\'' || c == QChar(0x2019);
}

bool isMinus(QChar c) { return c == u'-' || c == QChar(0x2212); }

bool isIsoCode(QStringView s)
{
    if (s.size() != 3)
        return false;
    for (QChar c : s)
        if (c < u'A' || c > u'Z')
            return false;
    return true;
}

// Splits one currency mark from the start or the end: a symbol ("$", "€",
// "US$") or an ISO code ("MXN"), with the spaces around it.
struct MarkSplit {
    QString mark;  // as written, empty when there is none
    QString rest;
};

MarkSplit splitCurrency(QString s)
{
    s = s.trimmed();
    // Marks written with letters, as accounting systems print them: Peru's
    // sol ("S/ 2,340.00", "S/."), Panama's balboa, the bolívar and the
    // boliviano, the guaraní; the quetzal's and the lempira's one letter
    // only before a space or a digit; the dollar as Argentina and Uruguay
    // write it ("U$S 1.250,00").
    static const QStringList lettered = {QStringLiteral("U$S"), QStringLiteral("U$D"), QStringLiteral("u$s"),
                                         QStringLiteral("S/."), QStringLiteral("S/"), QStringLiteral("B/."),
                                         QStringLiteral("Bs."), QStringLiteral("Bs"),  QStringLiteral("Gs."),
                                         QStringLiteral("Gs"),  QStringLiteral("Q"),   QStringLiteral("L")};
    for (const QString &mark : lettered) {
        const bool oneLetter = mark.size() == 1;
        if (s.startsWith(mark) && s.size() > mark.size() &&
            (!oneLetter || s.at(mark.size()).isSpace() || s.at(mark.size()).isDigit()))
            return {mark, s.mid(mark.size()).trimmed()};
        if (s.endsWith(mark) && s.size() > mark.size() && (!oneLetter || s.at(s.size() - 2).isSpace()))
            return {mark, s.chopped(mark.size()).trimmed()};
    }
    // Symbol at the start, possibly preceded by capital letters ("US$", "R$").
    qsizetype i = 0;
    while (i < s.size() && i < 3 && s.at(i) >= u'A' && s.at(i) <= u'Z')
        ++i;
    if (i < s.size() && s.at(i).category() == QChar::Symbol_Currency)
        return {s.left(i + 1), s.mid(i + 1).trimmed()};
    if (!s.isEmpty() && s.back().category() == QChar::Symbol_Currency)
        return {s.right(1), s.chopped(1).trimmed()};
    if (s.size() > 3 && isIsoCode(QStringView(s).left(3)) && !s.at(3).isLetter())
        return {s.left(3), s.mid(3).trimmed()};
    if (s.size() > 3 && isIsoCode(QStringView(s).right(3)) && !s.at(s.size() - 4).isLetter())
        return {s.right(3), s.chopped(3).trimmed()};
    return {QString(), s};
}

QString stripCurrency(const QString &s) { return splitCurrency(s).rest; }

// Sign and currency come in many orders: "-$12", "$-12", "($12.50)", "MXN -1".
Cleaned clean(const QString &text, DecimalHint hint)
{
    Cleaned out;
    QString s = text.trimmed();
    int signs = 0;
    // Accountants write negatives in parentheses: "(12,50)".
    if (s.startsWith(u'(') && s.endsWith(u')') && s.size() >= 2) {
        out.negative = true;
        ++signs;
        s = s.mid(1, s.size() - 2).trimmed();
    }
    auto takeSign = [&] {
        if (!s.isEmpty() && (isMinus(s.front()) || s.front() == u'+')) {
            ++signs;
            out.negative = out.negative || isMinus(s.front());
            s = s.mid(1).trimmed();
        }
    };
    takeSign();
    s = stripCurrency(s);
    takeSign();
    if (signs > 1) {
        out.error = QCoreApplication::translate("Money", "«%1» has more than one sign.").arg(text);
        return out;
    }
    for (QChar c : std::as_const(s)) {
        if (isAsciiDigit(c) || c == u'.' || c == u',' || isSpaceGroup(c))
            continue;
        if (c.isLetter())
            // The example in the convention the amount is read by: a file's
            // decimal mark when one was chosen, else the desk's own
            // (1,234.56 in Mexico, 1.234,56 in Spain).
            out.error = QCoreApplication::translate("Money", "«%1» contains letters; type only the amount, for example %2.")
                            .arg(text, hint == DecimalHint::Comma   ? QStringLiteral("1.234,56")
                                       : hint == DecimalHint::Point ? QStringLiteral("1,234.56")
                                                                    : exampleAmount().format(QLocale()));
        else
            out.error = QCoreApplication::translate("Money", "«%1» contains «%2», which is not part of an amount.").arg(text, QString(c));
        return out;
    }
    out.body = s;
    return out;
}

// Thousands groups: the first has one to three digits, every other exactly three.
bool validGroups(const QStringList &groups)
{
    if (groups.isEmpty() || groups.front().isEmpty() || groups.front().size() > 3)
        return false;
    for (qsizetype i = 1; i < groups.size(); ++i)
        if (groups.at(i).size() != 3)
            return false;
    return true;
}

bool accumulate(qint64 &value, QStringView digits)
{
    for (QChar c : digits) {
        const int d = c.unicode() - u'0';
        if (value > (std::numeric_limits<qint64>::max() - d) / 10)
            return false;
        value = value * 10 + d;
    }
    return true;
}

MoneyParse fail(QString error)
{
    MoneyParse p;
    p.error = std::move(error);
    return p;
}

} // namespace

MoneyParse Money::parse(const QString &text, DecimalHint hint)
{
    if (text.trimmed().isEmpty())
        return fail(QCoreApplication::translate("Money", "The amount is empty."));

    const Cleaned c = clean(text, hint);
    if (!c.error.isEmpty())
        return fail(c.error);
    const QString &body = c.body;
    if (body.isEmpty() || std::none_of(body.begin(), body.end(), isAsciiDigit))
        return fail(QCoreApplication::translate("Money", "«%1» has no digits.").arg(text));

    const qsizetype points = body.count(u'.');
    const qsizetype commas = body.count(u',');
    const bool spaced = std::any_of(body.begin(), body.end(), isSpaceGroup);

    // Which character separates the decimals, if any.
    QChar decimal;
    if (points > 0 && commas > 0) {
        // Both present: the last one written is the decimal separator.
        const qsizetype lastPoint = body.lastIndexOf(u'.');
        const qsizetype lastComma = body.lastIndexOf(u',');
        decimal = lastPoint > lastComma ? QChar(u'.') : QChar(u',');
        if (body.count(decimal) > 1)
            return fail(QCoreApplication::translate(
                            "Money", "«%1» has two decimal separators; use «%2» only once, before the cents.")
                            .arg(text, QString(decimal)));
        if (spaced)
            return fail(QCoreApplication::translate(
                            "Money", "«%1» mixes spaces and marks between thousands.").arg(text));
    } else if (points + commas == 1) {
        const QChar sep = points ? QChar(u'.') : QChar(u',');
        const qsizetype at = body.indexOf(sep);
        const QString before = body.left(at);
        const qsizetype after = body.size() - at - 1;
        const bool allDigits = std::all_of(before.begin(), before.end(), isAsciiDigit);
        // "1.234" is one thousand two hundred and thirty-four in Madrid and
        // one and a bit in Houston: only the office's hint may decide.
        // A leading zero or more than three digits before it rule thousands out.
        const bool couldBeThousands = after == 3 && !spaced && allDigits && !before.isEmpty()
                                      && before.size() <= 3 && before.front() != u'0';
        if (couldBeThousands && Money::currencyDecimals() == 0) {
            // A currency without cents has only thousands to separate.
            decimal = QChar();
        } else if (couldBeThousands) {
            const DecimalHint sepAsDecimal = sep == u'.' ? DecimalHint::Point : DecimalHint::Comma;
            if (hint == DecimalHint::Unknown) {
                const QString example = body + (sep == u'.' ? u',' : u'.') + QStringLiteral("00");
                return fail(QCoreApplication::translate(
                                "Money",
                                "«%1» is ambiguous: «%2» could separate thousands or decimals; "
                                "write the cents too (for example %3) or choose the decimal separator.")
                                .arg(text, QString(sep), example));
            }
            decimal = hint == sepAsDecimal ? sep : QChar();
        } else {
            decimal = sep;
        }
    } else if (points + commas > 1) {
        // The same mark more than once can only separate thousands: "1.234.567".
        decimal = QChar();
        if (spaced)
            return fail(QCoreApplication::translate(
                            "Money", "«%1» mixes spaces and marks between thousands.").arg(text));
    }

    QString integerPart = body;
    QString fraction;
    if (!decimal.isNull()) {
        const qsizetype at = body.indexOf(decimal);
        integerPart = body.left(at);
        fraction = body.mid(at + 1);
        if (fraction.isEmpty())
            return fail(QCoreApplication::translate(
                            "Money", "«%1» ends with a decimal separator; add the cents or remove it.")
                            .arg(text));
        for (QChar ch : std::as_const(fraction))
            if (!isAsciiDigit(ch))
                return fail(QCoreApplication::translate(
                                "Money", "«%1» has separators after the decimal separator.").arg(text));
        if (fraction.size() > 2)
            return fail(QCoreApplication::translate(
                            "Money", "«%1» has %2 decimals; an amount has at most two (cents).")
                            .arg(text).arg(fraction.size()));
    }

    // What is left of the integer part may carry one kind of thousands mark.
    QChar group;
    for (QChar ch : std::as_const(integerPart))
        if (!isAsciiDigit(ch)) {
            const QChar kind = isSpaceGroup(ch) ? QChar(u' ') : ch;
            if (!group.isNull() && group != kind)
                return fail(QCoreApplication::translate(
                                "Money", "«%1» mixes different marks between thousands.").arg(text));
            group = kind;
        }
    QString digits = integerPart;
    if (!group.isNull()) {
        QString normalised = integerPart;
        for (QChar &ch : normalised)
            if (isSpaceGroup(ch))
                ch = u' ';
        if (!validGroups(normalised.split(group)))
            return fail(QCoreApplication::translate(
                            "Money",
                            "«%1» has a misplaced thousands separator; thousands go in groups of three digits, "
                            "as in 1,234,567.")
                            .arg(text));
        digits = normalised.remove(group);
    }

    const bool cents = std::any_of(fraction.cbegin(), fraction.cend(), [](QChar ch) { return ch != u'0'; });
    if (Money::currencyDecimals() == 0 && cents)
        return fail(QCoreApplication::translate(
                        "Money", "«%1» has cents, and the office's currency has none: type whole amounts, "
                                 "for example %2.")
                        .arg(text, exampleAmount().format(QLocale())));
    while (fraction.size() < 2)
        fraction.append(u'0');
    qint64 minor = 0;
    if (!accumulate(minor, digits) || !accumulate(minor, fraction) || minor > kMaxMinor)
        return fail(QCoreApplication::translate("Money", "«%1» is too large to be an amount: at most %2.")
                        .arg(text, Money::fromMinor(kMaxMinor).format(QLocale())));

    MoneyParse p;
    p.m_ok = true;
    p.m_minor = c.negative ? -minor : minor;
    return p;
}

void Money::setCurrencyDecimals(int decimals) { g_currencyDecimals = decimals == 0 ? 0 : 2; }

int Money::currencyDecimals() { return g_currencyDecimals; }

qint64 Money::unit() { return g_currencyDecimals == 0 ? 100 : 1; }

Money Money::roundedToUnit() const
{
    const qint64 u = unit();
    const qint64 rest = m_minor % u;  // same sign as the amount
    if (rest == 0)
        return *this;
    const qint64 toward = m_minor - rest;
    const bool up = (rest < 0 ? -rest : rest) * 2 >= u;
    return Money(up ? toward + (rest < 0 ? -u : u) : toward);
}

QString Money::format(const QLocale &locale, const QString &currencySymbol) const
{
    // Magnitude in unsigned arithmetic so the most negative value still works.
    const qint64 shown = roundedToUnit().m_minor;
    const bool negative = shown < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(shown) : quint64(shown);
    const QString plain = QString::number(magnitude / 100);
    const quint64 cents = magnitude % 100;

    // The locale's own digits (an Arabic locale writes ١٢٣), one per ASCII digit.
    QString digits[10];
    for (int d = 0; d < 10; ++d)
        digits[d] = locale.toString(d);

    // Thousands in groups of three with the locale's separator, built here
    // rather than by QLocale::toString (Qt 6.4 writes "1234.567" in Spanish).
    // Four-digit amounts are grouped too, though Spain's prose leaves them
    // alone ("1234"): amounts stand in columns and letters beside larger
    // ones, and "9591,00 €" under "16.493,61 €" read ragged; Spanish banks
    // and spreadsheets write "9.591,00 €". Other grouping schemes (Indian
    // lakh) are not reproduced.
    const QString group = locale.groupSeparator();
    const bool grouping = !(locale.numberOptions() & QLocale::OmitGroupSeparator);
    QString number;
    const qsizetype n = plain.size();
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype fromEnd = n - i;
        if (grouping && i > 0 && fromEnd % 3 == 0)
            number += group;
        number += digits[plain.at(i).unicode() - u'0'];
    }
    if (currencyDecimals() > 0)
        number += locale.decimalPoint() + digits[cents / 10] + digits[cents % 10];

    if (currencySymbol.isEmpty())
        return negative ? locale.negativeSign() + number : number;

    // Let the locale place symbol and sign around a stand-in "1", then put
    // the real number where the "1" was.
    QString pattern = locale.toCurrencyString(qlonglong(negative ? -1 : 1), currencySymbol);
    const QString one = locale.toString(1);
    // A mark that ends in "/" or "." is written apart from the number, as
    // Peru's accounting writes "S/ 1,234.56" and Venezuela "Bs. 1.234,56"
    // (Qt 6.4 runs them together: "S/1,234.56").
    if (currencySymbol.endsWith(u'/') || currencySymbol.endsWith(u'.')) {
        const qsizetype after = pattern.indexOf(currencySymbol) + currencySymbol.size();
        if (after < pattern.size() && !pattern.at(after).isSpace())
            pattern.insert(after, QChar(0x00A0));
    }
    const qsizetype symbolAt = pattern.indexOf(currencySymbol);
    qsizetype at = -1;
    for (qsizetype from = 0; (at = pattern.indexOf(one, from)) >= 0; from = at + 1)
        if (symbolAt < 0 || at < symbolAt || at >= symbolAt + currencySymbol.size())
            break;
    if (at < 0)  // no stand-in found: never lose the number
        return (negative ? locale.negativeSign() : QString()) + currencySymbol + number;
    return QString(pattern).replace(at, one.size(), number);
}

QString currencyMarkOf(const QString &amount)
{
    QString s = amount.trimmed();
    if (s.startsWith(u'(') && s.endsWith(u')') && s.size() >= 2)
        s = s.mid(1, s.size() - 2).trimmed();
    if (!s.isEmpty() && (isMinus(s.front()) || s.front() == u'+'))
        s = s.mid(1).trimmed();
    return splitCurrency(s).mark;
}

QString Money::toPlainString() const
{
    const qint64 shown = roundedToUnit().m_minor;
    const bool negative = shown < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(shown) : quint64(shown);
    const quint64 cents = magnitude % 100;
    const QString whole = (negative ? QStringLiteral("-") : QString()) + QString::number(magnitude / 100);
    if (currencyDecimals() == 0)
        return whole;
    return whole + u'.' + (cents < 10 ? QStringLiteral("0") : QString()) + QString::number(cents);
}

} // namespace libreta::domain
