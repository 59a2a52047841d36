#include "domain/currencymark.h"

#include "domain/textfold.h"

#include <QHash>
#include <QLocale>
#include <QSet>

namespace libreta::domain {
namespace {

using Codes = QSet<QString>;

// Every mark QLocale knows, to the ISO codes that use it: "$" is the
// Mexican, the Colombian, the Argentine and the US dollar's; "S/" only the
// sol's. Folded, so "Dólares" and "dolares" are one word.
const QHash<QString, Codes> &marks()
{
    static const QHash<QString, Codes> table = [] {
        QHash<QString, Codes> out;
        const auto all = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        for (const QLocale &l : all) {
            const QString code = l.currencySymbol(QLocale::CurrencyIsoCode);
            if (code.isEmpty())
                continue;
            out[foldForSearch(code)].insert(code);
            out[foldForSearch(l.currencySymbol(QLocale::CurrencySymbol))].insert(code);
            // Names only in the two languages the desk speaks: "sol
            // peruano", "dólar estadounidense", "peso mexicano".
            if (l.language() == QLocale::Spanish || l.language() == QLocale::English)
                out[foldForSearch(l.currencySymbol(QLocale::CurrencyDisplayName))].insert(code);
        }
        // What accounting systems and people write besides.
        const QList<QPair<QString, QString>> words = {
            {QStringLiteral("us$"), QStringLiteral("USD")},     {QStringLiteral("u$s"), QStringLiteral("USD")},
            {QStringLiteral("usd$"), QStringLiteral("USD")},    {QStringLiteral("dolar"), QStringLiteral("USD")},
            {QStringLiteral("dolares"), QStringLiteral("USD")}, {QStringLiteral("dollar"), QStringLiteral("USD")},
            {QStringLiteral("dollars"), QStringLiteral("USD")}, {QStringLiteral("dolares americanos"), QStringLiteral("USD")},
            {QStringLiteral("euro"), QStringLiteral("EUR")},    {QStringLiteral("euros"), QStringLiteral("EUR")},
            {QStringLiteral("sol"), QStringLiteral("PEN")},     {QStringLiteral("soles"), QStringLiteral("PEN")},
            {QStringLiteral("s/."), QStringLiteral("PEN")},     {QStringLiteral("nuevos soles"), QStringLiteral("PEN")},
            {QStringLiteral("bs."), QStringLiteral("BOB")},     {QStringLiteral("bolivianos"), QStringLiteral("BOB")},
            {QStringLiteral("quetzales"), QStringLiteral("GTQ")}, {QStringLiteral("lempiras"), QStringLiteral("HNL")},
            {QStringLiteral("colones"), QStringLiteral("CRC")}, {QStringLiteral("guaranies"), QStringLiteral("PYG")},
        };
        for (const auto &[word, code] : words)
            out[foldForSearch(word)].insert(code);
        for (const QString &peso : {QStringLiteral("peso"), QStringLiteral("pesos")})
            for (const QString &code : {QStringLiteral("MXN"), QStringLiteral("COP"), QStringLiteral("ARS"),
                                        QStringLiteral("CLP"), QStringLiteral("UYU"), QStringLiteral("DOP"),
                                        QStringLiteral("CUP")})
                out[peso].insert(code);
        return out;
    }();
    return table;
}

} // namespace

CurrencyVerdict judgeCurrency(const QString &written, const QString &officeCode)
{
    const QString office = officeCode.trimmed().toUpper();
    const QString folded = foldForSearch(written);
    if (folded.isEmpty())
        return CurrencyVerdict::Office;
    // "Moneda nacional" and "moneda extranjera", as a Peruvian or Mexican
    // ledger marks them, whatever the office's currency is called.
    // (Folded: "M.N." is "m n".)
    if (folded == u"mn" || folded == u"m n" || folded == u"moneda nacional" || folded == u"nacional" ||
        folded == u"local")
        return CurrencyVerdict::Office;
    if (folded == u"me" || folded == u"m e" || folded == u"moneda extranjera" || folded == u"extranjera")
        return CurrencyVerdict::Foreign;
    if (folded == foldForSearch(office))
        return CurrencyVerdict::Office;
    const auto it = marks().constFind(folded);
    if (it == marks().constEnd())
        return CurrencyVerdict::Unknown;
    return it->contains(office) ? CurrencyVerdict::Office : CurrencyVerdict::Foreign;
}

} // namespace libreta::domain
