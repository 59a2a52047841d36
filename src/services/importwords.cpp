#include "services/importwords.h"

#include "domain/entitycodes.h"
#include "domain/labels.h"
#include "domain/textfold.h"

#include <QRegularExpression>
#include <QStringList>

namespace libreta::services {
namespace {

using namespace domain;

template <typename Enum>
std::optional<Enum> read(const QString &text, const QList<QPair<QStringList, Enum>> &words,
                         const QList<Enum> &all)
{
    const QString folded = foldForSearch(text);
    if (folded.isEmpty())
        return std::nullopt;
    QString underscored = folded;
    underscored.replace(u' ', u'_');
    for (Enum e : all)
        if (underscored == toCode(e) || folded == foldForSearch(label(e)))
            return e;
    for (const auto &[list, e] : words)
        for (const QString &w : list)
            if (folded == w)
                return e;
    return std::nullopt;
}

} // namespace

std::optional<DebtorKind> readDebtorKind(const QString &text)
{
    return read<DebtorKind>(text,
                            {{{QStringLiteral("persona"), QStringLiteral("persona fisica"), QStringLiteral("fisica"),
                               QStringLiteral("pf"), QStringLiteral("particular"), QStringLiteral("individual"),
                               QStringLiteral("individuo"), QStringLiteral("p"), QStringLiteral("persona natural"),
                               QStringLiteral("natural"),
                               // A column of the document's type: a person's identity card.
                               QStringLiteral("dni"), QStringLiteral("cc"), QStringLiteral("c c"),
                               QStringLiteral("cedula"), QStringLiteral("ci"), QStringLiteral("c i"), QStringLiteral("nif"),
                               QStringLiteral("cuil"), QStringLiteral("pasaporte"), QStringLiteral("le"),
                               QStringLiteral("lc")},
                              DebtorKind::Person},
                             {{QStringLiteral("empresa"), QStringLiteral("persona moral"), QStringLiteral("moral"),
                               QStringLiteral("persona juridica"), QStringLiteral("juridica"), QStringLiteral("pm"),
                               QStringLiteral("sociedad"), QStringLiteral("compania"), QStringLiteral("business"),
                               QStringLiteral("organization"), QStringLiteral("e"), QStringLiteral("c"),
                               // A company's tax id as the document's type.
                               QStringLiteral("ruc"), QStringLiteral("nit"), QStringLiteral("cif")},
                              DebtorKind::Company}},
                            {DebtorKind::Person, DebtorKind::Company});
}

bool documentOfEitherKind(const QString &text)
{
    static const QStringList either = {QStringLiteral("cuit"), QStringLiteral("rut"), QStringLiteral("rfc"),
                                       QStringLiteral("tax id"), QStringLiteral("id fiscal")};
    return either.contains(foldForSearch(text));
}

std::optional<Level> readLevel(const QString &text)
{
    return read<Level>(text,
                       {{{QStringLiteral("bajo"), QStringLiteral("baja"), QStringLiteral("l"), QStringLiteral("b"),
                          QStringLiteral("1")},
                         Level::Low},
                        {{QStringLiteral("medio"), QStringLiteral("media"), QStringLiteral("normal"),
                          QStringLiteral("m"), QStringLiteral("2")},
                         Level::Medium},
                        {{QStringLiteral("alto"), QStringLiteral("alta"), QStringLiteral("h"), QStringLiteral("a"),
                          QStringLiteral("3")},
                         Level::High}},
                       {Level::Low, Level::Medium, Level::High});
}

std::optional<ContactRole> readContactRole(const QString &text)
{
    return read<ContactRole>(
        text,
        {{{QStringLiteral("titular"), QStringLiteral("deudor"), QStringLiteral("el deudor"),
           QStringLiteral("cliente"), QStringLiteral("self"), QStringLiteral("owner")},
          ContactRole::Debtor},
         {{QStringLiteral("decisor"), QStringLiteral("quien decide"), QStringLiteral("decide el pago"),
           QStringLiteral("decide pagos"), QStringLiteral("responsable de pagos"), QStringLiteral("pagos"),
           QStringLiteral("tesoreria"), QStringLiteral("cuentas por pagar"), QStringLiteral("decision maker"),
           QStringLiteral("accounts payable"), QStringLiteral("decides payment")},
          ContactRole::DecisionMaker},
         {{QStringLiteral("aval"), QStringLiteral("fiador"), QStringLiteral("garante"), QStringLiteral("obligado solidario")},
          ContactRole::Guarantor},
         {{QStringLiteral("referencia"), QStringLiteral("ref"), QStringLiteral("referencia personal"),
           QStringLiteral("familiar"), QStringLiteral("conocido")},
          ContactRole::Reference}},
        {ContactRole::Debtor, ContactRole::DecisionMaker, ContactRole::Guarantor, ContactRole::Reference});
}

namespace {

const QList<QPair<QStringList, PaymentMethod>> &paymentMethodWords()
{
    static const QList<QPair<QStringList, PaymentMethod>> words = {
        {{QStringLiteral("efectivo"), QStringLiteral("contado"), QStringLiteral("caja")}, PaymentMethod::Cash},
        {{QStringLiteral("transferencia"), QStringLiteral("transferencia bancaria"), QStringLiteral("spei"),
          QStringLiteral("transferencia spei"), QStringLiteral("wire"), QStringLiteral("pse"),
          QStringLiteral("bank transfer"), QStringLiteral("ach"), QStringLiteral("sepa"), QStringLiteral("tef"),
          QStringLiteral("khipu"),
          // Argentina: to a CBU, CVU or alias, or pulled by the bank (DEBIN).
          QStringLiteral("cbu"), QStringLiteral("cvu"), QStringLiteral("alias"), QStringLiteral("debin"),
          QStringLiteral("interbanking"), QStringLiteral("pago mis cuentas"), QStringLiteral("pagomiscuentas"),
          QStringLiteral("link pagos"), QStringLiteral("interbancaria")},
         PaymentMethod::Transfer},
        {{QStringLiteral("tarjeta"), QStringLiteral("tarjeta de credito"), QStringLiteral("tarjeta de debito"),
          QStringLiteral("tdc"), QStringLiteral("tdd"), QStringLiteral("credit card"), QStringLiteral("debit card"),
          QStringLiteral("tpv"), QStringLiteral("webpay"), QStringLiteral("webpay plus"),
          QStringLiteral("redcompra"), QStringLiteral("tarjeta o webpay")},
         PaymentMethod::Card},
        {{QStringLiteral("cheque"), QStringLiteral("talon"), QStringLiteral("cheque nominativo")},
         PaymentMethod::Check},
        {{QStringLiteral("deposito"), QStringLiteral("deposito bancario"), QStringLiteral("ingreso"),
          QStringLiteral("ventanilla"), QStringLiteral("bank deposit"), QStringLiteral("consignacion"),
          QStringLiteral("consignacion bancaria")},
         PaymentMethod::Deposit},
        {{QStringLiteral("pago movil"), QStringLiteral("movil"), QStringLiteral("bizum"), QStringLiteral("nequi"),
          QStringLiteral("daviplata"), QStringLiteral("yape"), QStringLiteral("plin"), QStringLiteral("mercado pago"),
          QStringLiteral("mercadopago"), QStringLiteral("codi"), QStringLiteral("mach"), QStringLiteral("billetera"),
          QStringLiteral("billetera virtual"), QStringLiteral("billetera digital"), QStringLiteral("mobile"),
          QStringLiteral("mobile payment")},
         PaymentMethod::Mobile},
        {{QStringLiteral("pago en tienda"), QStringLiteral("tienda"), QStringLiteral("oxxo"),
          QStringLiteral("efecty"), QStringLiteral("baloto"), QStringLiteral("rapipago"), QStringLiteral("pago facil"),
          QStringLiteral("pagofacil"), QStringLiteral("corresponsal"), QStringLiteral("agente"),
          QStringLiteral("agente bcp"), QStringLiteral("kasnet"), QStringLiteral("caja vecina"),
          QStringLiteral("servipag"), QStringLiteral("store")},
         PaymentMethod::Store},
        {{QStringLiteral("domiciliacion"), QStringLiteral("domiciliacion bancaria"), QStringLiteral("domiciliado"),
          QStringLiteral("recibo domiciliado"), QStringLiteral("debito automatico"), QStringLiteral("cargo en cuenta"),
          QStringLiteral("adeudo directo"), QStringLiteral("direct debit"), QStringLiteral("direct_debit")},
         PaymentMethod::DirectDebit},
        {{QStringLiteral("otro"), QStringLiteral("otros")}, PaymentMethod::Other}};
    return words;
}

const QList<PaymentMethod> &allPaymentMethods()
{
    static const QList<PaymentMethod> all = {
        PaymentMethod::Cash,  PaymentMethod::Transfer, PaymentMethod::Card,
        PaymentMethod::Check, PaymentMethod::Deposit,  PaymentMethod::Mobile,
        PaymentMethod::Store, PaymentMethod::DirectDebit, PaymentMethod::Other};
    return all;
}

} // namespace

std::optional<PaymentMethod> readPaymentMethod(const QString &text)
{
    if (const auto exact = read<PaymentMethod>(text, paymentMethodWords(), allPaymentMethods()))
        return exact;
    // A bank's wording names the method first and adds its channel:
    // "Transferencia CBU", "Depósito en efectivo", "Tarjeta Visa". The
    // longest known words the value starts with decide.
    const QString folded = foldForSearch(text);
    std::optional<PaymentMethod> found;
    qsizetype longest = 0;
    for (const auto &[list, method] : paymentMethodWords())
        for (const QString &w : list)
            if (w.size() > longest && folded.startsWith(w + u' ')) {
                found = method;
                longest = w.size();
            }
    return found;
}

QString paymentMethodChoices()
{
    QStringList names;
    for (const PaymentMethod m : allPaymentMethods())
        names << QStringLiteral("«%1»").arg(label(m));
    return names.join(QStringLiteral(", "));
}

std::optional<bool> readYesNo(const QString &text)
{
    // What systems write, without folding (which normalises the text).
    if (text == u"no" || text == u"No" || text == u"0" || text == u"false" || text == u"FALSE" || text == u"N")
        return false;
    if (text == u"yes" || text == u"Yes" || text == u"1" || text == u"true" || text == u"TRUE" || text == u"Y")
        return true;
    const QString f = foldForSearch(text);
    static const QStringList yes = {QStringLiteral("si"), QStringLiteral("s"), QStringLiteral("yes"),
                                    QStringLiteral("y"), QStringLiteral("true"), QStringLiteral("verdadero"),
                                    QStringLiteral("1"), QStringLiteral("x"), QStringLiteral("disputed"),
                                    QStringLiteral("disputada"), QStringLiteral("en disputa")};
    static const QStringList no = {QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("false"),
                                   QStringLiteral("falso"), QStringLiteral("0")};
    if (yes.contains(f))
        return true;
    if (no.contains(f))
        return false;
    return std::nullopt;
}

bool looksLikeCompany(const QString &name)
{
    // Folded, the legal forms become separate words: "s a de c v", "s l".
    const QString f = QLatin1Char(' ') + foldForSearch(name) + QLatin1Char(' ');
    static const QStringList forms = {
        QStringLiteral(" s a "), QStringLiteral(" s a de c v "), QStringLiteral(" sa de cv "), QStringLiteral(" sa "),
        QStringLiteral(" s de r l "), QStringLiteral(" s l "), QStringLiteral(" sl "), QStringLiteral(" s l u "),
        QStringLiteral(" slu "), QStringLiteral(" s c "), QStringLiteral(" sapi "), QStringLiteral(" s a p i "),
        QStringLiteral(" s a s "), QStringLiteral(" sas "), QStringLiteral(" ltda "), QStringLiteral(" inc "),
        QStringLiteral(" llc "), QStringLiteral(" ltd "), QStringLiteral(" corp "), QStringLiteral(" gmbh "),
        QStringLiteral(" s coop "), QStringLiteral(" sociedad "), QStringLiteral(" s r l "), QStringLiteral(" srl "),
        QStringLiteral(" e i r l "), QStringLiteral(" eirl "), QStringLiteral(" spa "), QStringLiteral(" sac "),
        QStringLiteral(" i e p "), QStringLiteral(" iep "), QStringLiteral(" colegio "), QStringLiteral(" universidad "),
        QStringLiteral(" instituto "), QStringLiteral(" asociacion "), QStringLiteral(" fundacion "),
        QStringLiteral(" cooperativa "), QStringLiteral(" municipalidad "), QStringLiteral(" comunidad de propietarios "),
        QStringLiteral(" comunidad de bienes "), QStringLiteral(" c b ")};
    for (const QString &form : forms)
        if (f.contains(form))
            return true;
    return false;
}

bool looksLikeCompany(const QString &name, const QString &taxId)
{
    if (looksLikeCompany(name))
        return true;
    // A Spanish CIF: an entity's letter, seven digits and a control
    // ("B98765432", "H-46555666"); a NIF is eight digits and a letter, and a
    // NIE starts with X, Y or Z.
    static const QRegularExpression cif(QStringLiteral("^[ABCDEFGHJNPQRSUVW][0-9]{7}[0-9A-J]$"));
    QString compact = taxId.toUpper();
    compact.remove(QRegularExpression(QStringLiteral("[^0-9A-Z]")));
    return cif.match(compact).hasMatch();
}

} // namespace libreta::services
