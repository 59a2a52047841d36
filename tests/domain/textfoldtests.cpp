#include "domain/textfold.h"

#include "domaintesthelpers.h"

using namespace libreta::domain;

namespace {
QString fold(const char *utf8) { return foldForSearch(QString::fromUtf8(utf8)); }
} // namespace

TEST_CASE("Search folding removes accents, case and punctuation")
{
    CHECK(fold("José  Pérez-Núñez, S.A.") == QStringLiteral("jose perez nunez s a"));
    CHECK(fold("MÜLLER") == QStringLiteral("muller"));
    CHECK(fold("Ñandú") == QStringLiteral("nandu"));
    CHECK(fold("Ça va") == QStringLiteral("ca va"));
}

TEST_CASE("Search folding treats composed and decomposed accents alike")
{
    const QString composed = QString::fromUtf8("Jos\u00e9");
    const QString decomposed = QString::fromUtf8("Jose\u0301");
    CHECK(foldForSearch(composed) == foldForSearch(decomposed));
    CHECK(foldForSearch(decomposed) == QStringLiteral("jose"));
}

TEST_CASE("Search folding turns every run of punctuation or space into one space and trims")
{
    CHECK(fold("  ¡Hola!  ") == QStringLiteral("hola"));
    CHECK(fold("a\t\n b") == QStringLiteral("a b"));
    CHECK(fold("López & Hijos, S. de R.L.") == QStringLiteral("lopez hijos s de r l"));
    CHECK(fold("Factura #123/2026") == QStringLiteral("factura 123 2026"));
    CHECK(fold("juan.perez@example.com") == QStringLiteral("juan perez example com"));
    CHECK(fold("«García»") == QStringLiteral("garcia"));
}

TEST_CASE("Search folding of nothing but punctuation is empty")
{
    CHECK(fold("").isEmpty());
    CHECK(fold(" ,.;- ").isEmpty());
}

TEST_CASE("Search folding drops invisible format marks inside words")
{
    CHECK(fold("Pé\u00adrez") == QStringLiteral("perez"));  // soft hyphen
}

TEST_CASE("Search folding keeps digits and is stable when applied twice")
{
    const QString once = fold("Calle 5 de Mayo Nº 27, 3ºB");
    CHECK(once.contains(QStringLiteral("5 de mayo")));
    CHECK(foldForSearch(once) == once);
}

TEST_CASE("Phone digits keep only ASCII digits")
{
    CHECK(phoneDigits(u"+52 55-1234-5678") == QStringLiteral("525512345678"));
    CHECK(phoneDigits(u"(55) 1234 5678 ext. 12") == QStringLiteral("551234567812"));
    CHECK(phoneDigits(u"") == QString());
    CHECK(phoneDigits(u"sin teléfono") == QString());
    CHECK(phoneDigits(QString::fromUtf8("\u0665\u0665 \uFF15")) == QString());  // Arabic-Indic and full-width
}

TEST_CASE("An invoice number's search key drops the usual separators and upper-cases ASCII letters only")
{
    CHECK(invoiceNumberKey(u"fac-0044 528") == QStringLiteral("FAC0044528"));
    CHECK(invoiceNumberKey(u"A.12/2026_b") == QStringLiteral("A122026B"));
    CHECK(invoiceNumberKey(u"Nº 15") == QString::fromUtf8("Nº15"));  // as SQLite's upper() leaves them
    CHECK(invoiceNumberKey(u"#15") == QStringLiteral("#15"));  // other marks stay, on both sides alike
    CHECK(invoiceNumberKey(invoiceNumberKey(u"fac-1")) == QStringLiteral("FAC1"));
}

TEST_CASE("An invoice number's tail starts after the letters its key starts with")
{
    CHECK(invoiceNumberTail(u"FAC0044528") == QStringLiteral("0044528"));
    CHECK(invoiceNumberTail(u"2026A12") == QStringLiteral("2026A12"));
    CHECK(invoiceNumberTail(u"ABC") == QString());
    CHECK(invoiceNumberTail(u"") == QString());
}

TEST_CASE("The tail written byte by byte is the one written from text", "[domain]")
{
    for (const QString &number : {QStringLiteral("fac-0044 528"), QStringLiteral("A.12/2026_b"), QStringLiteral("Nº 15"),
                                   QStringLiteral("ñ-77"), QStringLiteral("ABC"), QStringLiteral("#15"),
                                   QStringLiteral("fact.é-9"), QStringLiteral("b 2026-a.1")}) {
        const QByteArray utf8 = number.toUtf8();
        QByteArray out(utf8.size(), '\0');
        out.resize(invoiceNumberTailUtf8(utf8, out.data()));
        INFO(number.toStdString());
        CHECK(QString::fromUtf8(out) == invoiceNumberTail(invoiceNumberKey(number)));
    }
    char out[32];
    CHECK(QByteArrayView(out, invoiceNumberTailUtf8("fac-0044 528", out)) == "0044528");
    CHECK(QByteArrayView(out, invoiceNumberTailUtf8("b 2026-a.1", out)) == "2026A1");
    CHECK(QByteArrayView(out, invoiceNumberTailUtf8("Nº 15", out)) == QByteArrayView("\xC2\xBA" "15"));
    CHECK(invoiceNumberTailUtf8("ABC", out) == 0);
    CHECK(invoiceNumberTailUtf8(QByteArrayView(""), out) == 0);
}

TEST_CASE("A search text is an invoice number from four characters after its series, and finds numbers by their start")
{
    CHECK(invoiceNumberSearch(u"fac-4452").applies());
    CHECK(invoiceNumberSearch(u" 44528 ").applies());
    CHECK_FALSE(invoiceNumberSearch(u"445").applies());
    CHECK_FALSE(invoiceNumberSearch(u"CLI-000").applies());
    CHECK_FALSE(invoiceNumberSearch(u"garcia").applies());
    CHECK_FALSE(invoiceNumberSearch(u"#4452").applies());  // what follows the letters must start with a digit

    const InvoiceNumberSearch fac = invoiceNumberSearch(u"fac 4452");
    CHECK(fac.matches(u"FAC-44528"));
    CHECK_FALSE(fac.matches(u"B-44528"));
    CHECK_FALSE(fac.matches(u"FAC-14452"));
    const InvoiceNumberSearch digits = invoiceNumberSearch(u"4452");
    CHECK(digits.matches(u"FAC-44528"));
    CHECK(digits.matches(u"B 4452"));
    CHECK(digits.matches(u"4452/2026"));
    CHECK_FALSE(digits.matches(u"2026/4452"));  // the middle of a number
    CHECK_FALSE(invoiceNumberSearch(u"445").matches(u"445"));

    const InvoiceNumberSearch year = invoiceNumberSearch(u"2026");
    CHECK(year.isWhole(u"FAC-2026"));
    CHECK(year.isWhole(u"20.26"));
    CHECK_FALSE(year.isWhole(u"2026/00145"));  // matches(), not whole
    CHECK(year.matches(u"2026/00145"));
    CHECK_FALSE(invoiceNumberSearch(u"fac 2026").isWhole(u"B-2026"));
    CHECK_FALSE(invoiceNumberSearch(u"202").isWhole(u"202"));
}

TEST_CASE("A reference of digits with leading zeros is also its number without them")
{
    CHECK(referenceNumberWithoutZeros(u"0012") == QStringLiteral("12"));
    CHECK(referenceNumberWithoutZeros(u" 000123 ") == QStringLiteral("123"));
    // Not a number with zeros in front: nothing more to find it by.
    CHECK(referenceNumberWithoutZeros(u"120").isEmpty());
    CHECK(referenceNumberWithoutZeros(u"CLI-001287").isEmpty());
    CHECK(referenceNumberWithoutZeros(u"0012-A").isEmpty());
    CHECK(referenceNumberWithoutZeros(u"000").isEmpty());
    CHECK(referenceNumberWithoutZeros(u"").isEmpty());
}

TEST_CASE("A debtor is also found by a code's number and by a tax id without its dots", "[domain][search]")
{
    CHECK(extraSearchWords(u"0012", u"") == QStringList{QStringLiteral("12")});
    CHECK(extraSearchWords(u"CLI-000372", u"") == QStringList{QStringLiteral("372")});
    CHECK(extraSearchWords(u"A0057", u"") == QStringList{QStringLiteral("57")});
    CHECK(extraSearchWords(u"CLI 1287", u"") == QStringList{QStringLiteral("1287")}.mid(1));  // already a word
    CHECK(extraSearchWords(u"2024-0015", u"").isEmpty());  // two numbers, not one
    CHECK(extraSearchWords(u"CLI-000", u"") == QStringList{QStringLiteral("0")});
    CHECK(extraSearchWords(u"", u"1.020.345.678") == QStringList{QStringLiteral("1020345678")});
    CHECK(extraSearchWords(u"", u"B-08529448") == QStringList{QStringLiteral("b08529448")});
    CHECK(extraSearchWords(u"", u"PENJ800101AB1").isEmpty());
    CHECK(extraSearchWords(u"CLI-000372", u"12.345.678-Z") ==
          QStringList{QStringLiteral("372"), QStringLiteral("12345678z")});
}
