#include "domain/officecountry.h"

#include <QCoreApplication>

namespace libreta::domain {
namespace {

OfficeCountry g_country = OfficeCountry::Other;

} // namespace

OfficeCountry officeCountryOf(const QString &currencyCode)
{
    const QString code = currencyCode.trimmed().toUpper();
    if (code == u"MXN")
        return OfficeCountry::Mexico;
    if (code == u"EUR")
        return OfficeCountry::Spain;
    if (code == u"COP")
        return OfficeCountry::Colombia;
    if (code == u"PEN")
        return OfficeCountry::Peru;
    if (code == u"ARS")
        return OfficeCountry::Argentina;
    if (code == u"CLP")
        return OfficeCountry::Chile;
    return OfficeCountry::Other;
}

void setOfficeCountry(OfficeCountry country) { g_country = country; }

OfficeCountry officeCountry() { return g_country; }

QString paymentMethodPhrase(PaymentMethod method)
{
    const OfficeCountry c = g_country;
    switch (method) {
    case PaymentMethod::Cash:
        return QCoreApplication::translate("OfficeCountry", "in cash");
    case PaymentMethod::Transfer:
        if (c == OfficeCountry::Colombia)
            return QCoreApplication::translate("OfficeCountry", "by bank transfer or PSE");
        return QCoreApplication::translate("OfficeCountry", "by bank transfer");
    case PaymentMethod::Card:
        if (c == OfficeCountry::Chile)
            return QCoreApplication::translate("OfficeCountry", "by card or Webpay");
        return QCoreApplication::translate("OfficeCountry", "by card");
    case PaymentMethod::Check:
        return QCoreApplication::translate("OfficeCountry", "by cheque");
    case PaymentMethod::Deposit:
        if (c == OfficeCountry::Colombia)
            return QCoreApplication::translate("OfficeCountry", "by a deposit at the bank (consignación)");
        return QCoreApplication::translate("OfficeCountry", "by bank deposit");
    case PaymentMethod::Other:
        return QCoreApplication::translate("OfficeCountry", "by the method agreed");
    case PaymentMethod::Mobile:
        switch (c) {
        case OfficeCountry::Spain: return QCoreApplication::translate("OfficeCountry", "by Bizum");
        case OfficeCountry::Colombia: return QCoreApplication::translate("OfficeCountry", "by Nequi or Daviplata");
        case OfficeCountry::Peru: return QCoreApplication::translate("OfficeCountry", "by Yape or Plin");
        case OfficeCountry::Argentina:
            return QCoreApplication::translate("OfficeCountry", "by Mercado Pago or another wallet");
        default: return QCoreApplication::translate("OfficeCountry", "by mobile payment");
        }
    case PaymentMethod::Store:
        switch (c) {
        case OfficeCountry::Mexico:
            return QCoreApplication::translate("OfficeCountry", "in cash at a store such as OXXO");
        case OfficeCountry::Colombia:
            return QCoreApplication::translate("OfficeCountry", "in cash at Efecty or Baloto");
        case OfficeCountry::Peru: return QCoreApplication::translate("OfficeCountry", "in cash at a bank agent");
        case OfficeCountry::Argentina:
            return QCoreApplication::translate("OfficeCountry", "in cash at Rapipago or Pago Fácil");
        case OfficeCountry::Chile:
            return QCoreApplication::translate("OfficeCountry", "in cash at Caja Vecina or Servipag");
        default: return QCoreApplication::translate("OfficeCountry", "in cash at a store");
        }
    case PaymentMethod::DirectDebit:
        return c == OfficeCountry::Mexico || c == OfficeCountry::Spain || c == OfficeCountry::Other
                   ? QCoreApplication::translate("OfficeCountry", "by direct debit from your account")
                   : QCoreApplication::translate("OfficeCountry", "by automatic debit from your account");
    }
    return {};
}

QString paymentInstructionsHint(OfficeCountry country)
{
    switch (country) {
    case OfficeCountry::Mexico:
        return QCoreApplication::translate("OfficeCountry", "Bank, account and CLABE, the reference to quote…");
    case OfficeCountry::Spain:
        return QCoreApplication::translate("OfficeCountry", "Bank and IBAN, Bizum number, the reference to quote…");
    case OfficeCountry::Colombia:
        return QCoreApplication::translate(
            "OfficeCountry", "Bank, kind and number of account, Nequi number, the reference to quote…");
    case OfficeCountry::Peru:
        return QCoreApplication::translate(
            "OfficeCountry", "Bank, account and CCI, Yape number, the reference to quote…");
    case OfficeCountry::Argentina:
        return QCoreApplication::translate("OfficeCountry", "Bank, CBU or alias, the reference to quote…");
    case OfficeCountry::Chile:
        return QCoreApplication::translate(
            "OfficeCountry", "Bank, kind and number of account, the reference to quote…");
    case OfficeCountry::Other: break;
    }
    return QCoreApplication::translate("OfficeCountry", "Bank and account, the reference to quote…");
}

} // namespace libreta::domain
