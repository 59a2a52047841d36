#include "domain/paymentcountry.h"

#include <QCoreApplication>

namespace libreta::domain {
namespace {

PaymentCountry g_country = PaymentCountry::Other;

QString tr(const char *text) { return QCoreApplication::translate("PaymentCountry", text); }

} // namespace

PaymentCountry paymentCountryOf(const QString &currencyCode)
{
    const QString code = currencyCode.trimmed().toUpper();
    if (code == u"MXN")
        return PaymentCountry::Mexico;
    if (code == u"EUR")
        return PaymentCountry::Spain;
    if (code == u"COP")
        return PaymentCountry::Colombia;
    if (code == u"PEN")
        return PaymentCountry::Peru;
    if (code == u"ARS")
        return PaymentCountry::Argentina;
    if (code == u"CLP")
        return PaymentCountry::Chile;
    return PaymentCountry::Other;
}

void setPaymentCountry(PaymentCountry country) { g_country = country; }

PaymentCountry paymentCountry() { return g_country; }

QString paymentMethodPhrase(PaymentMethod method)
{
    const PaymentCountry c = g_country;
    switch (method) {
    case PaymentMethod::Cash:
        return tr("in cash");
    case PaymentMethod::Transfer:
        return c == PaymentCountry::Colombia ? tr("by bank transfer or PSE") : tr("by bank transfer");
    case PaymentMethod::Card:
        return tr("by card");
    case PaymentMethod::Check:
        return tr("by cheque");
    case PaymentMethod::Deposit:
        return c == PaymentCountry::Colombia ? tr("by a deposit at the bank (consignación)") : tr("by bank deposit");
    case PaymentMethod::Other:
        return tr("by the method agreed");
    case PaymentMethod::Mobile:
        switch (c) {
        case PaymentCountry::Spain: return tr("by Bizum");
        case PaymentCountry::Colombia: return tr("by Nequi or Daviplata");
        case PaymentCountry::Peru: return tr("by Yape or Plin");
        case PaymentCountry::Argentina: return tr("by Mercado Pago or another wallet");
        default: return tr("by mobile payment");
        }
    case PaymentMethod::Store:
        switch (c) {
        case PaymentCountry::Mexico: return tr("in cash at a store such as OXXO");
        case PaymentCountry::Colombia: return tr("in cash at Efecty or Baloto");
        case PaymentCountry::Peru: return tr("in cash at a bank agent");
        case PaymentCountry::Argentina: return tr("in cash at Rapipago or Pago Fácil");
        case PaymentCountry::Chile: return tr("in cash at Caja Vecina or Servipag");
        default: return tr("in cash at a store");
        }
    case PaymentMethod::DirectDebit:
        return c == PaymentCountry::Mexico || c == PaymentCountry::Spain || c == PaymentCountry::Other
                   ? tr("by direct debit from your account")
                   : tr("by automatic debit from your account");
    }
    return {};
}

QString paymentInstructionsHint(PaymentCountry country)
{
    switch (country) {
    case PaymentCountry::Mexico: return tr("Bank, account and CLABE, the reference to quote…");
    case PaymentCountry::Spain: return tr("Bank and IBAN, Bizum number, the reference to quote…");
    case PaymentCountry::Colombia: return tr("Bank, kind and number of account, Nequi number, the reference to quote…");
    case PaymentCountry::Peru: return tr("Bank, account and CCI, Yape number, the reference to quote…");
    case PaymentCountry::Argentina: return tr("Bank, CBU or alias, the reference to quote…");
    case PaymentCountry::Chile: return tr("Bank, kind and number of account, the reference to quote…");
    case PaymentCountry::Other: break;
    }
    return tr("Bank and account, the reference to quote…");
}

} // namespace libreta::domain
