#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

class QLocale;

namespace libreta::domain {

// How to read a lone separator followed by exactly three digits ("1.234",
// "1,234"): without a hint that text is ambiguous and is refused.
enum class DecimalHint { Unknown, Point, Comma };

class Money;

struct MoneyParse {
    std::optional<Money> value() const;
    bool ok() const { return m_ok; }
    QString error;  // translated reason when !ok()

    bool m_ok = false;
    qint64 m_minor = 0;
};

// An amount in hundredths (cents) of the database's currency. Never a double.
class Money final {
public:
    // How many decimals the office's currency is written with: 2 (the peso,
    // the euro) or 0 (the Chilean peso, the guaraní; domain::currencyDecimals).
    // Amounts are kept in hundredths whatever the currency, so every file
    // and rule reads them alike; in a currency without decimals they are
    // whole units (multiples of unit()), written without cents, and cents
    // typed or imported are refused. Set once the office's file is open
    // (the desk, the CLI); 2 until then.
    static void setCurrencyDecimals(int decimals);
    static int currencyDecimals();
    // The currency's smallest amount in hundredths: 1, or 100 without decimals.
    static qint64 unit();
    // To the currency's smallest amount, half away from zero.
    Money roundedToUnit() const;

    constexpr Money() = default;
    static constexpr Money fromMinor(qint64 minor) { return Money(minor); }

    constexpr qint64 minor() const { return m_minor; }
    constexpr bool isZero() const { return m_minor == 0; }
    constexpr bool isNegative() const { return m_minor < 0; }
    constexpr bool isPositive() const { return m_minor > 0; }

    constexpr Money operator+(Money o) const { return Money(m_minor + o.m_minor); }
    constexpr Money operator-(Money o) const { return Money(m_minor - o.m_minor); }
    constexpr Money operator-() const { return Money(-m_minor); }
    Money &operator+=(Money o) { m_minor += o.m_minor; return *this; }
    Money &operator-=(Money o) { m_minor -= o.m_minor; return *this; }
    constexpr auto operator<=>(const Money &) const = default;

    static constexpr Money min(Money a, Money b) { return a < b ? a : b; }
    static constexpr Money max(Money a, Money b) { return a < b ? b : a; }

    // The largest amount typed or imported: a hundred thousand million
    // (10^13 cents), far above any debt an office collects by phone, and
    // low enough that a debtor's invoices, or an office's month, added
    // together stay far inside 64 bits (two such amounts once overflowed a
    // debtor's total, and `check` could not add them up again).
    static constexpr qint64 kMaxMinor = 10'000'000'000'000;

    // Reads what people type in either convention: "1.234,56", "1,234.56",
    // "$1,234.56", "1234", "-12", "(12,50)", "1 234,56". Refuses ambiguous,
    // malformed or too large text (kMaxMinor) with a translated reason.
    static MoneyParse parse(const QString &text, DecimalHint hint = DecimalHint::Unknown);

    // Formatted for people, through the locale: "$1,234.56" / "1234,56 €"
    // ("$1.234" in Chile: the currency's decimals). An empty symbol formats
    // the number alone.
    QString format(const QLocale &locale, const QString &currencySymbol = {}) const;
    // Machine text for files and the CLI: "-1234.56" ("-1234" without decimals).
    QString toPlainString() const;

private:
    constexpr explicit Money(qint64 minor) : m_minor(minor) {}
    qint64 m_minor = 0;
};

inline std::optional<Money> MoneyParse::value() const
{
    if (!m_ok)
        return std::nullopt;
    return Money::fromMinor(m_minor);
}

// The currency mark written on an amount, as written: "US$" for
// "US$ 500.00", "S/" for "S/ 2,340.00", "MXN" for "-MXN 12"; empty for a
// bare number. Money::parse drops it; an import asks whose it is
// (currencymark.h).
QString currencyMarkOf(const QString &amount);

} // namespace libreta::domain
