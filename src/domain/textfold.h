#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace libreta::domain {

// Folds text for search: accents removed (NFD, combining marks dropped),
// case folded, every run of punctuation or space becomes one space, trimmed.
// "José  Pérez-Núñez, S.A." -> "jose perez nunez s a".
QString foldForSearch(QStringView text);

// Only the digits of a phone number: "+52 55-1234-5678" -> "525512345678".
QString phoneDigits(QStringView text);

// A reference that is all digits with leading zeros, without them ("0012"
// -> "12"), so a debtor numbered 0012 is found by "12", as said on the
// phone; empty for any other reference ("CLI-001287", "123", "000").
// Written in SQL by resources/migrations/0043_reference_numbers.sql.
QString referenceNumberWithoutZeros(QStringView reference);

// Words a debtor is also found by, beyond those of its name, reference and
// tax id (folded, each once, none already among them):
// - a reference's number as said on the phone: "0012" -> "12", and a
//   code's number after its letters, "CLI-000372" -> "372", "A0057" ->
//   "57" (only a reference of letters, then one run of digits);
// - a tax id written with dots or dashes, as one word: "1.020.345.678" ->
//   "1020345678", "B-08529448" -> "b08529448", so it is found typed with
//   them or without.
// Written for stored debtors by schema 44 through libreta_search_text.
QStringList extraSearchWords(QStringView reference, QStringView taxId);

// An invoice number as search compares it: the separators people type or
// leave out ('-', ' ', '.', '/', '_') dropped and ASCII letters upper-cased,
// "fac-0044 528" -> "FAC0044528". Written in SQL by store::PortfolioConditions::invoiceNumberKeySql
// (an index holds it); the two must agree character for character.
QString invoiceNumberKey(QStringView text);

// What follows the letters an invoice key starts with: "FAC0044528" ->
// "0044528", "2026A12" -> "2026A12". Searching from here finds "44528"
// typed for FAC-44528 as well as the whole number.
QString invoiceNumberTail(QStringView key);

// invoiceNumberTail(invoiceNumberKey(number)) of a number in UTF-8, written
// to `out` (room for number.size() bytes); returns its length. What the
// store keeps beside each invoice (schema 30), computed for millions of
// rows by an import, so byte by byte and with no string built: every
// character the rule drops or changes is ASCII, and no byte of a longer
// UTF-8 character is.
qsizetype invoiceNumberTailUtf8(QByteArrayView number, char *out);

// A search text read as an invoice number: what the portfolio looks for
// among invoice numbers, and what a file opened from that search shows.
struct InvoiceNumberSearch {
    // Fewer would read thousands of invoices at a million debtors, and
    // make a reference's first digits ("CLI-000") a search of invoices.
    static constexpr int kMinTail = 4;
    QString key;   // invoiceNumberKey of the typed text
    QString tail;  // invoiceNumberTail of key

    // Whether the text can be an invoice number: a tail of at least
    // kMinTail characters that starts with a digit ("fac-4452", "44528";
    // not "garcia", not "CLI-000").
    bool applies() const;
    // Whether `number` is found by it: its key's tail starts with the typed
    // tail, and its key holds the typed key whole (series letters typed
    // must be the number's: "B-4452" does not find FAC-44528).
    bool matches(QStringView number) const;
    // Whether `number` is the typed one whole: matches() with nothing after
    // the typed tail ("2026" is FAC-2026, not 2026/00145). A start shared by
    // too many numbers finds only these (store::PortfolioConditions).
    bool isWhole(QStringView number) const;
};
InvoiceNumberSearch invoiceNumberSearch(QStringView typed);

} // namespace libreta::domain
