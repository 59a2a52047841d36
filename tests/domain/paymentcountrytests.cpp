// Payment methods named as the office's country names them: a Peruvian
// debtor pays by Yape, a Colombian one at Efecty, not "Bizum, Nequi…".

#include "domain/labels.h"
#include "domain/paymentcountry.h"

#include <catch2/catch.hpp>

using namespace libreta::domain;

namespace {

struct InCountry {
    explicit InCountry(PaymentCountry c) { setPaymentCountry(c); }
    ~InCountry() { setPaymentCountry(PaymentCountry::Other); }
};

} // namespace

TEST_CASE("The office's currency says which country's payment names it uses", "[labels]")
{
    CHECK(paymentCountryOf(QStringLiteral("MXN")) == PaymentCountry::Mexico);
    CHECK(paymentCountryOf(QStringLiteral(" pen ")) == PaymentCountry::Peru);
    CHECK(paymentCountryOf(QStringLiteral("COP")) == PaymentCountry::Colombia);
    CHECK(paymentCountryOf(QStringLiteral("EUR")) == PaymentCountry::Spain);
    CHECK(paymentCountryOf(QStringLiteral("ARS")) == PaymentCountry::Argentina);
    CHECK(paymentCountryOf(QStringLiteral("CLP")) == PaymentCountry::Chile);
    CHECK(paymentCountryOf(QStringLiteral("USD")) == PaymentCountry::Other);
    CHECK(paymentCountryOf(QString()) == PaymentCountry::Other);
}

TEST_CASE("A mobile payment is Yape in Peru, Nequi in Colombia, Bizum in Spain and no brand elsewhere", "[labels]")
{
    {
        const InCountry peru(PaymentCountry::Peru);
        CHECK(label(PaymentMethod::Mobile) == QStringLiteral("Yape or Plin"));
        CHECK(label(PaymentMethod::Store).contains(QStringLiteral("Agente BCP")));
        CHECK(label(PaymentMethod::DirectDebit) == QStringLiteral("Automatic debit"));
        CHECK(paymentMethodPhrase(PaymentMethod::Mobile) == QStringLiteral("by Yape or Plin"));
        CHECK(paymentInstructionsHint(paymentCountry()).contains(QStringLiteral("CCI")));
    }
    {
        const InCountry colombia(PaymentCountry::Colombia);
        CHECK(label(PaymentMethod::Mobile) == QStringLiteral("Nequi or Daviplata"));
        CHECK(label(PaymentMethod::Transfer) == QStringLiteral("Bank transfer or PSE"));
        CHECK(paymentMethodPhrase(PaymentMethod::Store) == QStringLiteral("in cash at Efecty or Baloto"));
    }
    {
        const InCountry spain(PaymentCountry::Spain);
        CHECK(label(PaymentMethod::Mobile) == QStringLiteral("Bizum"));
        CHECK(label(PaymentMethod::DirectDebit) == QStringLiteral("Direct debit"));
    }
    {
        const InCountry mexico(PaymentCountry::Mexico);
        CHECK(label(PaymentMethod::Store) == QStringLiteral("Paid at a store (OXXO…)"));
        CHECK(paymentInstructionsHint(paymentCountry()).contains(QStringLiteral("CLABE")));
    }
    // An office in dollars or anything else: the method, no country's brand.
    CHECK(label(PaymentMethod::Mobile) == QStringLiteral("Mobile payment"));
    CHECK(label(PaymentMethod::Store) == QStringLiteral("Paid at a store"));
    for (const PaymentCountry c : {PaymentCountry::Other, PaymentCountry::Mexico, PaymentCountry::Spain,
                                   PaymentCountry::Colombia, PaymentCountry::Peru, PaymentCountry::Argentina,
                                   PaymentCountry::Chile}) {
        const InCountry here(c);
        for (const PaymentMethod m : paymentMethodsOffered()) {
            INFO(int(c) << " " << int(m));
            CHECK_FALSE(label(m).isEmpty());
            CHECK_FALSE(paymentMethodPhrase(m).isEmpty());
            // Nobody reads another country's brand.
            if (c != PaymentCountry::Spain)
                CHECK_FALSE(label(m).contains(QStringLiteral("Bizum")));
            if (c != PaymentCountry::Mexico)
                CHECK_FALSE(label(m).contains(QStringLiteral("OXXO")));
        }
    }
}
