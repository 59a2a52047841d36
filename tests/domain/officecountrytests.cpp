// Payment methods named as the office's country names them: a Peruvian
// debtor pays by Yape, a Colombian one at Efecty, not "Bizum, Nequi…".

#include "domain/labels.h"
#include "domain/officecountry.h"

#include <catch2/catch.hpp>

using namespace libreta::domain;

namespace {

struct InCountry {
    explicit InCountry(OfficeCountry c) { setOfficeCountry(c); }
    ~InCountry() { setOfficeCountry(OfficeCountry::Other); }
};

} // namespace

TEST_CASE("The office's currency says which country's payment names it uses", "[labels]")
{
    CHECK(officeCountryOf(QStringLiteral("MXN")) == OfficeCountry::Mexico);
    CHECK(officeCountryOf(QStringLiteral(" pen ")) == OfficeCountry::Peru);
    CHECK(officeCountryOf(QStringLiteral("COP")) == OfficeCountry::Colombia);
    CHECK(officeCountryOf(QStringLiteral("EUR")) == OfficeCountry::Spain);
    CHECK(officeCountryOf(QStringLiteral("ARS")) == OfficeCountry::Argentina);
    CHECK(officeCountryOf(QStringLiteral("CLP")) == OfficeCountry::Chile);
    CHECK(officeCountryOf(QStringLiteral("USD")) == OfficeCountry::Other);
    CHECK(officeCountryOf(QString()) == OfficeCountry::Other);
}

TEST_CASE("A mobile payment is Yape in Peru, Nequi in Colombia, Bizum in Spain and no brand elsewhere", "[labels]")
{
    {
        const InCountry peru(OfficeCountry::Peru);
        CHECK(label(PaymentMethod::Mobile) == QStringLiteral("Yape or Plin"));
        CHECK(label(PaymentMethod::Store).contains(QStringLiteral("Agente BCP")));
        CHECK(label(PaymentMethod::DirectDebit) == QStringLiteral("Automatic debit"));
        CHECK(paymentMethodPhrase(PaymentMethod::Mobile) == QStringLiteral("by Yape or Plin"));
        CHECK(paymentInstructionsHint(officeCountry()).contains(QStringLiteral("CCI")));
    }
    {
        const InCountry colombia(OfficeCountry::Colombia);
        CHECK(label(DebtorKind::Person) == QStringLiteral("Natural person"));
        CHECK(label(PaymentMethod::Mobile) == QStringLiteral("Nequi or Daviplata"));
        CHECK(label(PaymentMethod::Transfer) == QStringLiteral("Bank transfer or PSE"));
        CHECK(paymentMethodPhrase(PaymentMethod::Store) == QStringLiteral("in cash at Efecty or Baloto"));
    }
    {
        const InCountry spain(OfficeCountry::Spain);
        CHECK(label(PaymentMethod::Mobile) == QStringLiteral("Bizum"));
        CHECK(label(PaymentMethod::DirectDebit) == QStringLiteral("Direct debit"));
    }
    {
        const InCountry mexico(OfficeCountry::Mexico);
        CHECK(label(DebtorKind::Person) == QStringLiteral("Person"));
        CHECK(label(PaymentMethod::Store) == QStringLiteral("Paid at a store (OXXO…)"));
        CHECK(paymentInstructionsHint(officeCountry()).contains(QStringLiteral("CLABE")));
    }
    // An office in dollars or anything else: the method, no country's brand.
    CHECK(label(PaymentMethod::Mobile) == QStringLiteral("Mobile payment"));
    CHECK(label(PaymentMethod::Store) == QStringLiteral("Paid at a store"));
    for (const OfficeCountry c : {OfficeCountry::Other, OfficeCountry::Mexico, OfficeCountry::Spain,
                                   OfficeCountry::Colombia, OfficeCountry::Peru, OfficeCountry::Argentina,
                                   OfficeCountry::Chile}) {
        const InCountry here(c);
        for (const PaymentMethod m : paymentMethodsOffered()) {
            INFO(int(c) << " " << int(m));
            CHECK_FALSE(label(m).isEmpty());
            CHECK_FALSE(paymentMethodPhrase(m).isEmpty());
            // Nobody reads another country's brand.
            if (c != OfficeCountry::Spain)
                CHECK_FALSE(label(m).contains(QStringLiteral("Bizum")));
            if (c != OfficeCountry::Mexico)
                CHECK_FALSE(label(m).contains(QStringLiteral("OXXO")));
        }
    }
}
