// The words of the office's country as the Spanish desk shows them, read
// through the real catalogue: a phrase whose translation sat under another
// context once reached a Peruvian debtor as "by Yape or Plin".

#include "domain/labels.h"
#include "domain/officecountry.h"
#include "platform/translations.h"

#include <catch2/catch.hpp>

using namespace libreta;
using namespace libreta::domain;

TEST_CASE("A Peruvian desk in Spanish names Yape and reads the promise back in Spanish", "[ui][i18n]")
{
    struct SpanishPeru {
        SpanishPeru()
        {
            platform::installTranslators(QLocale(QLocale::Spanish, QLocale::Peru));
            setOfficeCountry(OfficeCountry::Peru);
        }
        ~SpanishPeru()
        {
            platform::installTranslators(QLocale::c());
            setOfficeCountry(OfficeCountry::Other);
        }
    } spanish;
    CHECK(label(PaymentMethod::Mobile) == QStringLiteral("Yape o Plin"));
    CHECK(label(DebtorKind::Person) == QStringLiteral("Persona natural"));
    CHECK(label(PaymentMethod::DirectDebit) == QStringLiteral("Débito automático"));
    CHECK(paymentMethodPhrase(PaymentMethod::Mobile) == QStringLiteral("por Yape o Plin"));
    CHECK(paymentMethodPhrase(PaymentMethod::Transfer) == QStringLiteral("por transferencia bancaria"));
    CHECK(paymentInstructionsHint(OfficeCountry::Peru).startsWith(QStringLiteral("Banco, cuenta y CCI")));
}

TEST_CASE("A Spanish office's desk names a deposit as Spain pays it in", "[ui][i18n]")
{
    struct SpanishSpain {
        SpanishSpain()
        {
            platform::installTranslators(QLocale(QLocale::Spanish, QLocale::Spain));
            setOfficeCountry(OfficeCountry::Spain);
        }
        ~SpanishSpain()
        {
            platform::installTranslators(QLocale::c());
            setOfficeCountry(OfficeCountry::Other);
        }
    } spanish;
    CHECK(label(PaymentMethod::Deposit) == QStringLiteral("Ingreso en cuenta"));
    CHECK(label(PaymentMethod::Mobile) == QStringLiteral("Bizum"));
}
