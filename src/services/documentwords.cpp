#include "services/documentwords.h"

#include "domain/officecountry.h"

#include <QByteArray>
#include <QHash>
#include <QPair>

namespace libreta::services {

using namespace domain;

namespace {

const char *countryKey(OfficeCountry country)
{
    switch (country) {
    case OfficeCountry::Mexico: return "MX";
    case OfficeCountry::Spain: return "ES";
    case OfficeCountry::Colombia: return "CO";
    case OfficeCountry::Peru: return "PE";
    case OfficeCountry::Argentina: return "AR";
    case OfficeCountry::Chile: return "CL";
    case OfficeCountry::Other: break;
    }
    return "";
}

// Latin America outside Mexico shares some words against Mexico's and
// Spain's ("Al día", not "Al corriente"), as the desk's own Spanish does.
const char *regionKey(OfficeCountry country)
{
    switch (country) {
    case OfficeCountry::Colombia:
    case OfficeCountry::Peru:
    case OfficeCountry::Argentina:
    case OfficeCountry::Chile:
        return "419";
    case OfficeCountry::Mexico:
    case OfficeCountry::Spain:
    case OfficeCountry::Other:
        break;
    }
    return "";
}

} // namespace

// The words a document writes in its own language, whatever language the
// desk runs in (an English letter from a Spanish desk), as the office's
// country says them when it says them otherwise ("key.CL", then "key.419").
QString documentWord(const QString &language, const char *key)
{
    static const QHash<QByteArray, QPair<const char *, const char *>> words = {
        {"cash", {"Efectivo", "Cash"}},
        {"transfer", {"Transferencia bancaria", "Bank transfer"}},
        {"card", {"Tarjeta", "Card"}},
        {"check", {"Cheque", "Cheque"}},
        {"deposit", {"Depósito bancario", "Bank deposit"}},
        {"other", {"Otro", "Other"}},
        {"mobile", {"Pago móvil", "Mobile payment"}},
        {"store", {"Pago en tienda", "Paid at a store"}},
        {"direct_debit", {"Domiciliación bancaria", "Direct debit"}},
        // As the office's country names them (domain/officecountry.h): a
        // debtor in Chile does not know what "Pago en tienda" is.
        {"transfer.MX", {"Transferencia (SPEI)", "Bank transfer (SPEI)"}},
        {"transfer.CO", {"Transferencia o PSE", "Bank transfer or PSE"}},
        {"deposit.CO", {"Consignación bancaria", "Bank deposit (consignación)"}},
        {"deposit.ES", {"Ingreso en cuenta", "Paid in at the bank"}},
        {"card.CL", {"Tarjeta o Webpay", "Card or Webpay"}},
        {"mobile.MX", {"Pago móvil (CoDi, Mercado Pago)", "Mobile payment (CoDi, Mercado Pago)"}},
        {"mobile.ES", {"Bizum", "Bizum"}},
        {"mobile.CO", {"Nequi o Daviplata", "Nequi or Daviplata"}},
        {"mobile.PE", {"Yape o Plin", "Yape or Plin"}},
        {"mobile.AR", {"Mercado Pago u otra billetera", "Mercado Pago or another wallet"}},
        {"mobile.CL", {"Pago móvil (MACH, Mercado Pago)", "Mobile payment (MACH, Mercado Pago)"}},
        {"store.MX", {"Pago en tienda (OXXO)", "Paid at a store (OXXO)"}},
        {"store.CO", {"Efecty, Baloto u otro corresponsal", "Efecty, Baloto or another agent"}},
        {"store.PE", {"Agente (Agente BCP, Kasnet)", "Bank agent (Agente BCP, Kasnet)"}},
        {"store.AR", {"Rapipago o Pago Fácil", "Rapipago or Pago Fácil"}},
        {"store.CL", {"Caja Vecina o Servipag", "Caja Vecina or Servipag"}},
        {"direct_debit.CO", {"Débito automático", "Automatic debit"}},
        {"direct_debit.PE", {"Débito automático", "Automatic debit"}},
        {"direct_debit.AR", {"Débito automático", "Automatic debit"}},
        {"direct_debit.CL", {"Débito automático", "Automatic debit"}},
        // What a direct debit asks of the debtor instead of the office's
        // transfer instructions: nothing to send.
        {"direct_debit.instructions",
         {"Cada pago se cargará en su fecha en la cuenta que usted autorizó: no tiene que transferir nada. Si su "
          "cuenta cambia, avísenos antes de esa fecha.",
          "Each payment will be charged on its date to the account you authorised: there is nothing to transfer. If "
          "your account changes, let us know before that date."}},
        {"paid", {"Pagada", "Paid"}},
        {"settled", {"Liquidada", "Settled"}},
        {"adjustment.discount", {"Descuento por acuerdo de pago", "Discount for the payment agreement"}},
        {"adjustment.correction", {"Nota de crédito", "Credit note"}},
        {"adjustment.write_off", {"Saldo cancelado", "Balance written off"}},
        {"overdue", {"Vencida", "Overdue"}},
        {"current", {"Por vencer", "Not yet due"}},
        {"disputed", {"En aclaración", "Disputed"}},
        {"aging.current", {"Al corriente", "Current"}},
        {"aging.current.419", {"Al día", "Current"}},
        {"aging.1-30", {"1 a 30 días", "1–30 days"}},
        {"aging.31-60", {"31 a 60 días", "31–60 days"}},
        {"aging.61-90", {"61 a 90 días", "61–90 days"}},
        {"aging.91-180", {"91 a 180 días", "91–180 days"}},
        {"aging.180+", {"Más de 180 días", "Over 180 days"}},
        {"statement", {"Estado de cuenta", "Account statement"}},
        {"confirmation", {"Confirmación de compromiso de pago", "Payment commitment confirmation"}},
        {"paidinfull", {"Carta finiquito", "Paid-in-full letter"}},
        {"paidinfull.ES", {"Certificado de deuda saldada", "Paid-in-full letter"}},
        {"paidinfull.419", {"Constancia de deuda saldada", "Paid-in-full letter"}},
        {"reminder", {"Recordatorio de pago", "Payment reminder"}},
        {"file.statement", {"estado-de-cuenta", "account-statement"}},
        {"file.confirmation", {"confirmacion-de-pago", "payment-confirmation"}},
        {"file.paidinfull", {"carta-finiquito", "paid-in-full"}},
        {"file.paidinfull.ES", {"certificado-de-deuda-saldada", "paid-in-full"}},
        {"file.paidinfull.419", {"constancia-de-deuda-saldada", "paid-in-full"}},
        {"file.reminder", {"recordatorio-de-pago", "payment-reminder"}},
    };
    const QByteArray base(key);
    auto found = words.constEnd();
    for (const char *where : {countryKey(officeCountry()), regionKey(officeCountry())})
        if (*where && found == words.constEnd())
            found = words.constFind(base + '.' + where);
    const auto w = found != words.constEnd() ? *found : words.value(base);
    return QString::fromUtf8(language == u"en" ? w.second : w.first);
}

// The method as the office's country names it, else its general name.
QString documentMethodWord(const QString &language, PaymentMethod m)
{
    switch (m) {
    case PaymentMethod::Cash: return documentWord(language, "cash");
    case PaymentMethod::Transfer: return documentWord(language, "transfer");
    case PaymentMethod::Card: return documentWord(language, "card");
    case PaymentMethod::Check: return documentWord(language, "check");
    case PaymentMethod::Deposit: return documentWord(language, "deposit");
    case PaymentMethod::Other: return documentWord(language, "other");
    case PaymentMethod::Mobile: return documentWord(language, "mobile");
    case PaymentMethod::Store: return documentWord(language, "store");
    case PaymentMethod::DirectDebit: return documentWord(language, "direct_debit");
    }
    return {};
}

} // namespace libreta::services
