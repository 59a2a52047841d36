#include "domain/currencymark.h"
#include "domain/money.h"

#include "domaintesthelpers.h"

#include <QLocale>

#include <limits>

using libreta::domain::DecimalHint;
using libreta::domain::Money;
using libreta::tests::MarkingTranslator;

namespace {

qint64 minorOf(const QString &text, DecimalHint hint = DecimalHint::Unknown)
{
    const auto parsed = Money::parse(text, hint);
    INFO("text: " << text.toStdString() << " error: " << parsed.error.toStdString());
    REQUIRE(parsed.ok());
    REQUIRE(parsed.value().has_value());
    return parsed.value()->minor();
}

QString errorOf(const QString &text, DecimalHint hint = DecimalHint::Unknown)
{
    const auto parsed = Money::parse(text, hint);
    INFO("text: " << text.toStdString());
    REQUIRE_FALSE(parsed.ok());
    REQUIRE_FALSE(parsed.value().has_value());
    REQUIRE_FALSE(parsed.error.isEmpty());
    return parsed.error;
}

} // namespace

TEST_CASE("Money reads whole numbers as whole units")
{
    CHECK(minorOf(QStringLiteral("1234")) == 123400);
    CHECK(minorOf(QStringLiteral("0")) == 0);
    CHECK(minorOf(QStringLiteral("-12")) == -1200);
    CHECK(minorOf(QStringLiteral("+7")) == 700);
    CHECK(minorOf(QStringLiteral("  42  ")) == 4200);
}

TEST_CASE("Money reads a point as decimal when commas group thousands")
{
    CHECK(minorOf(QStringLiteral("1,234.56")) == 123456);
    CHECK(minorOf(QStringLiteral("1,234,567.89")) == 123456789);
    CHECK(minorOf(QStringLiteral("$1,234.56")) == 123456);
    CHECK(minorOf(QStringLiteral("MXN 1,000.00")) == 100000);
}

TEST_CASE("Money reads a comma as decimal when points group thousands")
{
    CHECK(minorOf(QStringLiteral("1.234,56")) == 123456);
    CHECK(minorOf(QStringLiteral("1.234.567,89")) == 123456789);
    CHECK(minorOf(QStringLiteral("1.234,5")) == 123450);
}

TEST_CASE("Money reads one or two decimals after either separator")
{
    CHECK(minorOf(QStringLiteral("12,5")) == 1250);
    CHECK(minorOf(QStringLiteral("12.5")) == 1250);
    CHECK(minorOf(QStringLiteral("12,05")) == 1205);
    CHECK(minorOf(QStringLiteral("0.01")) == 1);
    CHECK(minorOf(QStringLiteral(",5")) == 50);
}

TEST_CASE("Money reads thousands grouped by spaces")
{
    CHECK(minorOf(QStringLiteral("1 234,56")) == 123456);
    CHECK(minorOf(QStringLiteral("1 234 567")) == 123456700);
    CHECK(minorOf(QString::fromUtf8("1\u00A0234,56")) == 123456);  // no-break space
    CHECK(minorOf(QString::fromUtf8("1\u202F234.56")) == 123456);  // narrow no-break space
    // With spaces grouping, a lone separator can only be the decimal one.
    CHECK(errorOf(QStringLiteral("1 234,567")).contains(QStringLiteral("decimals")));
}

TEST_CASE("Money reads parentheses as a negative amount")
{
    CHECK(minorOf(QStringLiteral("(12,50)")) == -1250);
    CHECK(minorOf(QStringLiteral("($1,234.56)")) == -123456);
    CHECK(minorOf(QStringLiteral("-$12")) == -1200);
    CHECK(minorOf(QStringLiteral("$-12")) == -1200);
    CHECK(minorOf(QString::fromUtf8("\u221212")) == -1200);  // the typographic minus
}

TEST_CASE("Money reads a currency symbol or code on either side")
{
    CHECK(minorOf(QString::fromUtf8("€ 12")) == 1200);
    CHECK(minorOf(QString::fromUtf8("12 €")) == 1200);
    CHECK(minorOf(QString::fromUtf8("1.234,56 €")) == 123456);
    CHECK(minorOf(QStringLiteral("12 USD")) == 1200);
    CHECK(minorOf(QStringLiteral("US$ 5")) == 500);
    CHECK(minorOf(QStringLiteral("MXN -3")) == -300);
    // Marks written with letters: the sol, the boliviano, the quetzal.
    CHECK(minorOf(QStringLiteral("S/ 2,340.00")) == 234000);
    CHECK(minorOf(QStringLiteral("S/.2,340.00")) == 234000);
    CHECK(minorOf(QStringLiteral("S/2,340.00")) == 234000);
    CHECK(minorOf(QStringLiteral("Bs. 150,50")) == 15050);
    CHECK(minorOf(QStringLiteral("Q 75.25")) == 7525);
    CHECK_FALSE(errorOf(QStringLiteral("QX 75")).isEmpty());
}

TEST_CASE("Money refuses ambiguous 1,234 without a hint")
{
    const QString comma = errorOf(QStringLiteral("1,234"));
    CHECK(comma.startsWith(QString::fromUtf8("«1,234» is ambiguous:")));
    CHECK(comma.contains(QStringLiteral("1,234.00")));  // shows how to write it

    const QString point = errorOf(QStringLiteral("1.234"));
    CHECK(point.startsWith(QString::fromUtf8("«1.234» is ambiguous:")));
    CHECK(errorOf(QStringLiteral("$12.345")).contains(QStringLiteral("ambiguous")));
    CHECK(errorOf(QStringLiteral("-999,000")).contains(QStringLiteral("ambiguous")));
}

TEST_CASE("Money reads the ambiguous separator as thousands when the hint names the other one")
{
    CHECK(minorOf(QStringLiteral("1.234"), DecimalHint::Comma) == 123400);
    CHECK(minorOf(QStringLiteral("1,234"), DecimalHint::Point) == 123400);
    CHECK(minorOf(QStringLiteral("-12.500"), DecimalHint::Comma) == -1250000);
}

TEST_CASE("Money refuses three decimals when the hint makes the separator decimal")
{
    CHECK(errorOf(QStringLiteral("1.234"), DecimalHint::Point).contains(QStringLiteral("3 decimals")));
    CHECK(errorOf(QStringLiteral("1,234"), DecimalHint::Comma).contains(QStringLiteral("3 decimals")));
}

TEST_CASE("Money ignores the hint when the text is not ambiguous")
{
    CHECK(minorOf(QStringLiteral("12,5"), DecimalHint::Point) == 1250);
    CHECK(minorOf(QStringLiteral("12.50"), DecimalHint::Comma) == 1250);
    CHECK(minorOf(QStringLiteral("1.234,56"), DecimalHint::Point) == 123456);
    CHECK(minorOf(QStringLiteral("1,234.56"), DecimalHint::Comma) == 123456);
}

TEST_CASE("Money does not call text ambiguous when thousands are impossible")
{
    // A leading zero or four digits before the separator cannot be a thousands group.
    CHECK(errorOf(QStringLiteral("0,123")).contains(QStringLiteral("3 decimals")));
    CHECK(errorOf(QStringLiteral("1234.567")).contains(QStringLiteral("3 decimals")));
}

TEST_CASE("Money refuses empty text")
{
    CHECK_FALSE(Money::parse(QString()).ok());
    CHECK_FALSE(Money::parse(QStringLiteral("   ")).ok());
    CHECK_FALSE(errorOf(QStringLiteral("")).isEmpty());
    CHECK_FALSE(Money::parse(QStringLiteral("$")).ok());
    CHECK_FALSE(Money::parse(QStringLiteral("-")).ok());
    CHECK_FALSE(Money::parse(QStringLiteral(".")).ok());
}

TEST_CASE("Money refuses letters")
{
    CHECK(errorOf(QStringLiteral("12abc")).contains(QStringLiteral("letters")));
    CHECK(errorOf(QStringLiteral("abc")).contains(QStringLiteral("letters")));
    CHECK(errorOf(QStringLiteral("1O0")).contains(QStringLiteral("letters")));  // letter O
    CHECK(errorOf(QStringLiteral("1e5")).contains(QStringLiteral("letters")));
    CHECK(errorOf(QStringLiteral("twelve")).contains(QStringLiteral("letters")));
}

TEST_CASE("Money refuses characters that are not part of an amount")
{
    CHECK(errorOf(QStringLiteral("12#3")).contains(QStringLiteral("#")));
    CHECK_FALSE(Money::parse(QStringLiteral("12-")).ok());
    CHECK_FALSE(Money::parse(QStringLiteral("1/2")).ok());
}

TEST_CASE("Money refuses two decimal separators")
{
    CHECK(errorOf(QStringLiteral("1.234,56,7")).contains(QStringLiteral("two decimal separators")));
    CHECK(errorOf(QStringLiteral("1,2.3.4")).contains(QStringLiteral("two decimal separators")));
}

TEST_CASE("Money refuses more than two decimals")
{
    CHECK(errorOf(QStringLiteral("12.5678")).contains(QStringLiteral("4 decimals")));
    CHECK(errorOf(QStringLiteral("1.234,567")).contains(QStringLiteral("3 decimals")));
    CHECK(errorOf(QStringLiteral(",123")).contains(QStringLiteral("3 decimals")));
}

TEST_CASE("Money refuses misplaced thousands groups")
{
    for (const char *text : {"1,23,4", "12.34.567", "1 23", "1,2345.00", "1234,567.00", "1.23,45",
                             "1,234,56"}) {
        INFO(text);
        CHECK(errorOf(QString::fromLatin1(text)).contains(QStringLiteral("thousands")));
    }
}

TEST_CASE("Money refuses a trailing decimal separator and a second sign")
{
    CHECK_FALSE(Money::parse(QStringLiteral("12.")).ok());
    CHECK_FALSE(Money::parse(QStringLiteral("12,")).ok());
    CHECK(errorOf(QStringLiteral("--12")).contains(QStringLiteral("sign")));
    CHECK(errorOf(QStringLiteral("(-12)")).contains(QStringLiteral("sign")));
    CHECK(errorOf(QStringLiteral("-$-12")).contains(QStringLiteral("sign")));
}

TEST_CASE("Money refuses amounts above a hundred thousand million, so sums of them stay in 64 bits")
{
    CHECK(minorOf(QStringLiteral("100,000,000,000.00")) == Money::kMaxMinor);
    CHECK(minorOf(QStringLiteral("-100.000.000.000,00")) == -Money::kMaxMinor);
    CHECK(errorOf(QStringLiteral("100,000,000,000.01")).contains(QStringLiteral("too large")));
    // Two invoices of the amount that once overflowed a debtor's total.
    CHECK(errorOf(QStringLiteral("90000000000000000.00")).contains(QStringLiteral("too large")));
    CHECK(errorOf(QStringLiteral("92233720368547758.08")).contains(QStringLiteral("too large")));
    CHECK(errorOf(QStringLiteral("99999999999999999999")).contains(QStringLiteral("too large")));
}

TEST_CASE("Money parse errors quote the text typed")
{
    for (const char *text : {"12abc", "1,23,4", "12.5678", "1,234", "--12"}) {
        INFO(text);
        CHECK(errorOf(QString::fromLatin1(text)).contains(QString::fromLatin1(text)));
    }
}

TEST_CASE("Money parse errors go through translation in the Money context")
{
    MarkingTranslator translator("Money");
    CHECK(errorOf(QStringLiteral("1,234")).startsWith(QStringLiteral("ES:")));
    CHECK(errorOf(QStringLiteral("12abc")).startsWith(QStringLiteral("ES:")));
    CHECK(errorOf(QString()).startsWith(QStringLiteral("ES:")));
}

TEST_CASE("Money formats through the locale's separators")
{
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    CHECK(Money::fromMinor(123456).format(us, QStringLiteral("$")) == QStringLiteral("$1,234.56"));
    CHECK(Money::fromMinor(123456).format(us) == QStringLiteral("1,234.56"));
    CHECK(Money::fromMinor(123456789).format(us) == QStringLiteral("1,234,567.89"));
    CHECK(Money::fromMinor(5).format(us) == QStringLiteral("0.05"));
    CHECK(Money::fromMinor(0).format(us) == QStringLiteral("0.00"));
    CHECK(Money::fromMinor(100).format(us) == QStringLiteral("1.00"));

    const QLocale mx(QLocale::Spanish, QLocale::Mexico);
    CHECK(Money::fromMinor(123456).format(mx, QStringLiteral("$")) == QStringLiteral("$1,234.56"));

    const QLocale es(QLocale::Spanish, QLocale::Spain);
    // Four digits grouped too, as a column of amounts and a Spanish bank
    // write them (prose leaves "1234" alone).
    CHECK(Money::fromMinor(123456).format(es, QString::fromUtf8("€"))
          == QString::fromUtf8("1.234,56\u00A0€"));  // a no-break space
    CHECK(Money::fromMinor(959100).format(es) == QStringLiteral("9.591,00"));
    CHECK(Money::fromMinor(99900).format(es) == QStringLiteral("999,00"));
    CHECK(Money::fromMinor(1234567).format(es) == QStringLiteral("12.345,67"));
    CHECK(Money::fromMinor(123456789).format(es) == QStringLiteral("1.234.567,89"));
}

TEST_CASE("Money formats negatives as the locale does")
{
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    CHECK(Money::fromMinor(-123456).format(us) == QStringLiteral("-1,234.56"));
    CHECK(Money::fromMinor(-5).format(us) == QStringLiteral("-0.05"));
    // Below one unit the sign must not vanish with the symbol either.
    const QString cents = Money::fromMinor(-5).format(us, QStringLiteral("$"));
    CHECK((cents == QStringLiteral("($0.05)") || cents == QStringLiteral("-$0.05")));

    const QLocale es(QLocale::Spanish, QLocale::Spain);
    CHECK(Money::fromMinor(-123456).format(es, QString::fromUtf8("€"))
          == QString::fromUtf8("-1.234,56\u00A0€"));
}

TEST_CASE("Money formats the extremes exactly, without going through double")
{
    const QLocale c = QLocale::c();
    CHECK(Money::fromMinor(std::numeric_limits<qint64>::max()).format(c)
          == QStringLiteral("92233720368547758.07"));
    CHECK(Money::fromMinor(std::numeric_limits<qint64>::min()).format(c)
          == QStringLiteral("-92233720368547758.08"));
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    CHECK(Money::fromMinor(9007199254740993).format(us)  // 2^53 + 1: a double rounds it
          == QStringLiteral("90,071,992,547,409.93"));
}

TEST_CASE("Money formats in the locale's own digits")
{
    const QLocale arabic(QLocale::Arabic, QLocale::Egypt);
    const QString text = Money::fromMinor(123456).format(arabic);
    CHECK(text.contains(arabic.toString(4)));
    CHECK_FALSE(text.contains(QLatin1Char('4')));
}

TEST_CASE("Money formatted text reads back to the same amount")
{
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale es(QLocale::Spanish, QLocale::Spain);
    for (qint64 minor : {qint64(0), qint64(5), qint64(-5), qint64(123456), qint64(-123456),
                         qint64(100000000), qint64(1234567)}) {
        INFO(minor);
        CHECK(minorOf(Money::fromMinor(minor).format(us, QStringLiteral("$"))) == minor);
        CHECK(minorOf(Money::fromMinor(minor).format(es, QString::fromUtf8("€"))) == minor);
    }
}

TEST_CASE("Money plain text has a point and always two decimals")
{
    CHECK(Money::fromMinor(-123456).toPlainString() == QStringLiteral("-1234.56"));
    CHECK(Money::fromMinor(123456789).toPlainString() == QStringLiteral("1234567.89"));
    CHECK(Money::fromMinor(5).toPlainString() == QStringLiteral("0.05"));
    CHECK(Money::fromMinor(-5).toPlainString() == QStringLiteral("-0.05"));
    CHECK(Money::fromMinor(0).toPlainString() == QStringLiteral("0.00"));
    CHECK(Money::fromMinor(1000).toPlainString() == QStringLiteral("10.00"));
    CHECK(Money::fromMinor(std::numeric_limits<qint64>::min()).toPlainString()
          == QStringLiteral("-92233720368547758.08"));
}

TEST_CASE("Money plain text reads back to the same amount")
{
    for (qint64 minor : {qint64(0), qint64(1), qint64(-1), qint64(99), qint64(100), qint64(-123456),
                         Money::kMaxMinor, -Money::kMaxMinor}) {
        INFO(minor);
        CHECK(minorOf(Money::fromMinor(minor).toPlainString()) == minor);
    }
}

TEST_CASE("Money arithmetic and comparisons work on minor units")
{
    const Money a = Money::fromMinor(150);
    const Money b = Money::fromMinor(-50);
    CHECK((a + b).minor() == 100);
    CHECK((a - b).minor() == 200);
    CHECK((-a).minor() == -150);
    CHECK(b < a);
    CHECK(Money::min(a, b) == b);
    CHECK(Money::max(a, b) == a);
    CHECK(b.isNegative());
    CHECK(a.isPositive());
    CHECK(Money().isZero());
}

TEST_CASE("Money's example for letters follows the decimal mark it reads by")
{
    // A file whose amounts are written 5.000,00 is told 1.234,56, not the
    // desk's convention.
    CHECK(Money::parse(QStringLiteral("abc"), DecimalHint::Comma).error.contains(QStringLiteral("1.234,56")));
    CHECK(Money::parse(QStringLiteral("abc"), DecimalHint::Point).error.contains(QStringLiteral("1,234.56")));
}

TEST_CASE("The currency mark written on an amount is found as written", "[money]")
{
    using libreta::domain::currencyMarkOf;
    CHECK(currencyMarkOf(QStringLiteral("US$ 500.00")) == QStringLiteral("US$"));
    CHECK(currencyMarkOf(QStringLiteral("S/ 2,340.00")) == QStringLiteral("S/"));
    CHECK(currencyMarkOf(QStringLiteral("-MXN 12")) == QStringLiteral("MXN"));
    CHECK(currencyMarkOf(QStringLiteral("(12,50 €)")) == QStringLiteral("€"));
    CHECK(currencyMarkOf(QStringLiteral("1,234.56")).isEmpty());
    // Argentina's and Uruguay's dollar: the S is part of the mark.
    CHECK(currencyMarkOf(QStringLiteral("U$S 1.250,00")) == QStringLiteral("U$S"));
    CHECK(libreta::domain::judgeCurrency(QStringLiteral("U$S"), QStringLiteral("ARS")) ==
          libreta::domain::CurrencyVerdict::Foreign);
}

TEST_CASE("A sol or a bolívar is written apart from its number", "[money]")
{
    using libreta::domain::Money;
    const QLocale peru(QLocale::Spanish, QLocale::Peru);
    const QString sol = Money::fromMinor(3690266).format(peru, QStringLiteral("S/"));
    CHECK(sol == QStringLiteral("S/\u00a036,902.66"));
    CHECK(Money::fromMinor(-500).format(peru, QStringLiteral("S/")) == QStringLiteral("S/\u00a0-5.00"));
    // A dollar sign stays against its number.
    CHECK(Money::fromMinor(123456).format(QLocale(QLocale::Spanish, QLocale::Mexico), QStringLiteral("$")) ==
          QStringLiteral("$1,234.56"));
}
