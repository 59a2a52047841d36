// The words of the office's country as the Spanish desk shows them, read
// through the real catalogue: a phrase whose translation sat under another
// context once reached a Peruvian debtor as "by Yape or Plin".

#include "domain/labels.h"
#include "domain/officecountry.h"
#include "platform/translations.h"

#include <catch2/catch.hpp>

using namespace libreta;
using namespace libreta::domain;

namespace {

// A desk in the country's Spanish, for an office of that country.
struct SpanishDeskIn {
    SpanishDeskIn(QLocale::Territory territory, OfficeCountry country)
    {
        platform::installTranslators(QLocale(QLocale::Spanish, territory));
        setOfficeCountry(country);
    }
    ~SpanishDeskIn()
    {
        platform::installTranslators(QLocale::c());
        setOfficeCountry(OfficeCountry::Other);
    }
};

} // namespace

TEST_CASE("A Peruvian desk in Spanish names Yape and reads the promise back in Spanish", "[ui][i18n]")
{
    const SpanishDeskIn desk(QLocale::Peru, OfficeCountry::Peru);
    CHECK(label(PaymentMethod::Mobile) == QStringLiteral("Yape o Plin"));
    CHECK(label(DebtorKind::Person) == QStringLiteral("Persona natural"));
    CHECK(label(PaymentMethod::DirectDebit) == QStringLiteral("Débito automático"));
    CHECK(paymentMethodPhrase(PaymentMethod::Mobile) == QStringLiteral("por Yape o Plin"));
    CHECK(paymentMethodPhrase(PaymentMethod::Transfer) == QStringLiteral("por transferencia bancaria"));
    CHECK(paymentInstructionsHint(OfficeCountry::Peru).startsWith(QStringLiteral("Banco, cuenta y CCI")));
}

TEST_CASE("A Spanish office's desk names a deposit as Spain pays it in", "[ui][i18n]")
{
    const SpanishDeskIn desk(QLocale::Spain, OfficeCountry::Spain);
    CHECK(label(PaymentMethod::Deposit) == QStringLiteral("Ingreso en cuenta"));
    CHECK(label(PaymentMethod::Mobile) == QStringLiteral("Bizum"));
}
