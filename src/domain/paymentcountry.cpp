#include "domain/paymentcountry.h"

#include <QCoreApplication>

namespace libreta::domain {
namespace {

PaymentCountry g_country = PaymentCountry::Other;

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
        return QCoreApplication::translate("PaymentCountry", "in cash");
    case PaymentMethod::Transfer:
        return c == PaymentCountry::Colombia ? QCoreApplication::translate("PaymentCountry", "by bank transfer or PSE") : QCoreApplication::translate("PaymentCountry", "by bank transfer");
    case PaymentMethod::Card:
        return QCoreApplication::translate("PaymentCountry", "by card");
    case PaymentMethod::Check:
        return QCoreApplication::translate("PaymentCountry", "by cheque");
    case PaymentMethod::Deposit:
        return c == PaymentCountry::Colombia ? QCoreApplication::translate("PaymentCountry", "by a deposit at the bank (consignación)") : QCoreApplication::translate("PaymentCountry", "by bank deposit");
    case PaymentMethod::Other:
        return QCoreApplication::translate("PaymentCountry", "by the method agreed");
    case PaymentMethod::Mobile:
        switch (c) {
        case PaymentCountry::Spain: return QCoreApplication::translate("PaymentCountry", "by Bizum");
        case PaymentCountry::Colombia: return QCoreApplication::translate("PaymentCountry", "by Nequi or Daviplata");
        case PaymentCountry::Peru: return QCoreApplication::translate("PaymentCountry", "by Yape or Plin");
        case PaymentCountry::Argentina: return QCoreApplication::translate("PaymentCountry", "by Mercado Pago or another wallet");
        default: return QCoreApplication::translate("PaymentCountry", "by mobile payment");
        }
    case PaymentMethod::Store:
        switch (c) {
        case PaymentCountry::Mexico: return QCoreApplication::translate("PaymentCountry", "in cash at a store such as OXXO");
        case PaymentCountry::Colombia: return QCoreApplication::translate("PaymentCountry", "in cash at Efecty or Baloto");
        case PaymentCountry::Peru: return QCoreApplication::translate("PaymentCountry", "in cash at a bank agent");
        case PaymentCountry::Argentina: return QCoreApplication::translate("PaymentCountry", "in cash at Rapipago or Pago Fácil");
        case PaymentCountry::Chile: return QCoreApplication::translate("PaymentCountry", "in cash at Caja Vecina or Servipag");
        default: return QCoreApplication::translate("PaymentCountry", "in cash at a store");
        }
    case PaymentMethod::DirectDebit:
        return c == PaymentCountry::Mexico || c == PaymentCountry::Spain || c == PaymentCountry::Other
                   ? QCoreApplication::translate("PaymentCountry", "by direct debit from your account")
                   : QCoreApplication::translate("PaymentCountry", "by automatic debit from your account");
    }
    return {};
}

QString paymentInstructionsHint(PaymentCountry country)
{
    switch (country) {
    case PaymentCountry::Mexico: return QCoreApplication::translate("PaymentCountry", "Bank, account and CLABE, the reference to quote…");
    case PaymentCountry::Spain: return QCoreApplication::translate("PaymentCountry", "Bank and IBAN, Bizum number, the reference to quote…");
    case PaymentCountry::Colombia: return QCoreApplication::translate("PaymentCountry", "Bank, kind and number of account, Nequi number, the reference to quote…");
    case PaymentCountry::Peru: return QCoreApplication::translate("PaymentCountry", "Bank, account and CCI, Yape number, the reference to quote…");
    case PaymentCountry::Argentina: return QCoreApplication::translate("PaymentCountry", "Bank, CBU or alias, the reference to quote…");
    case PaymentCountry::Chile: return QCoreApplication::translate("PaymentCountry", "Bank, kind and number of account, the reference to quote…");
    case PaymentCountry::Other: break;
    }
    return QCoreApplication::translate("PaymentCountry", "Bank and account, the reference to quote…");
}

} // namespace libreta::domain
