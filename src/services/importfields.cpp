#include "services/importfields.h"

#include "domain/textfold.h"

#include <QHash>

namespace libreta::services {
namespace {

// Titles that name the debtor's reference in files of every kind.
QStringList refTitles()
{
    return {QStringLiteral("ref"), QStringLiteral("referencia"), QStringLiteral("reference"),
            QStringLiteral("externalref"), QStringLiteral("codigo"), QStringLiteral("codigocliente"),
            QStringLiteral("codcliente"), QStringLiteral("codigodecliente"), QStringLiteral("clave"),
            QStringLiteral("clavecliente"), QStringLiteral("numerocliente"), QStringLiteral("numerodecliente"),
            QStringLiteral("nocliente"), QStringLiteral("numcliente"), QStringLiteral("idcliente"),
            QStringLiteral("nrocliente"), QStringLiteral("nrodecliente"), QStringLiteral("codcli"),
            QStringLiteral("customerid"), QStringLiteral("customerno"), QStringLiteral("customernumber"),
            QStringLiteral("customercode"), QStringLiteral("accountnumber"), QStringLiteral("account"),
            QStringLiteral("accountno"), QStringLiteral("cuenta"), QStringLiteral("numerodecuenta"),
            QStringLiteral("nrocuenta"), QStringLiteral("expediente"), QStringLiteral("debtorref"),
            QStringLiteral("refdeudor"), QStringLiteral("referenciadeudor"), QStringLiteral("referenciacliente"),
            // The desk's own exports, read back.
            QStringLiteral("referenciadeldeudor"), QStringLiteral("debtorsreference")};
}

QStringList debtorRefTitles()
{
    QStringList t = refTitles();
    t << QStringLiteral("cliente") << QStringLiteral("customer") << QStringLiteral("deudor")
      << QStringLiteral("debtor") << QStringLiteral("client");
    return t;
}

QStringList phoneTitles()
{
    return {QStringLiteral("phone"), QStringLiteral("telefono"), QStringLiteral("tel"), QStringLiteral("telf"),
            QStringLiteral("telephone"), QStringLiteral("phonenumber"), QStringLiteral("numerodetelefono"),
            QStringLiteral("telefonocontacto"), QStringLiteral("telefonofijo"), QStringLiteral("fijo")};
}

// A second number beside the first: a sheet often has both "Teléfono" and
// "Móvil", and neither may be left out.
QStringList mobileTitles()
{
    return {QStringLiteral("movil"), QStringLiteral("celular"), QStringLiteral("mobile"), QStringLiteral("cel"),
            QStringLiteral("telefonomovil"), QStringLiteral("telefonocelular"), QStringLiteral("whatsapp"),
            QStringLiteral("cellphone"), QStringLiteral("telefono2"), QStringLiteral("tel2"),
            QStringLiteral("otrotelefono"), QStringLiteral("segundotelefono"), QStringLiteral("phone2")};
}

QStringList emailTitles()
{
    return {QStringLiteral("email"), QStringLiteral("correo"), QStringLiteral("correoelectronico"),
            QStringLiteral("mail"), QStringLiteral("emailaddress"), QStringLiteral("direcciondecorreo")};
}

// Whose money the row is in: a file that says it lets the import refuse a
// dollar invoice in a sol office, where it would be stored as soles.
QStringList currencyTitles()
{
    return {QStringLiteral("currency"), QStringLiteral("moneda"), QStringLiteral("divisa"),
            QStringLiteral("tipomoneda"), QStringLiteral("tipodemoneda"), QStringLiteral("codmoneda"),
            QStringLiteral("codigomoneda"), QStringLiteral("mon"), QStringLiteral("curr"),
            QStringLiteral("currencycode")};
}

QList<ImportField> debtorFields()
{
    QStringList ref = refTitles();
    ref << QStringLiteral("numero");
    return {
        {QStringLiteral("ref"), true, ref},
        {QStringLiteral("name"), true,
         {QStringLiteral("name"), QStringLiteral("nombre"), QStringLiteral("razonsocial"),
          QStringLiteral("nombreorazonsocial"), QStringLiteral("nombrecompleto"), QStringLiteral("cliente"),
          QStringLiteral("deudor"), QStringLiteral("customername"), QStringLiteral("customer"),
          QStringLiteral("debtorname"), QStringLiteral("fullname"), QStringLiteral("company"),
          QStringLiteral("companyname"), QStringLiteral("empresa"), QStringLiteral("nombrecliente"),
          QStringLiteral("nombredelcliente"), QStringLiteral("titular"),
          // A bank's list: the surnames first, as the name is kept.
          QStringLiteral("apellidoynombre"), QStringLiteral("apellidoynombres"), QStringLiteral("apellidosynombre"),
          QStringLiteral("apellidosynombres"), QStringLiteral("nombreyapellido"), QStringLiteral("nombreyapellidos"),
          QStringLiteral("nombresyapellidos"), QStringLiteral("apellidonombre"), QStringLiteral("nombreapellido"),
          QStringLiteral("apellidoynombreorazonsocial")}},
        {QStringLiteral("kind"), false,
         {QStringLiteral("kind"), QStringLiteral("tipo"), QStringLiteral("tipopersona"),
          QStringLiteral("tipodepersona"), QStringLiteral("personalidad"), QStringLiteral("type"),
          QStringLiteral("personaempresa"), QStringLiteral("tipodoc"), QStringLiteral("tipodocumento"),
          QStringLiteral("tipodedocumento")}},
        {QStringLiteral("tax_id"), false,
         {QStringLiteral("taxid"), QStringLiteral("rfc"), QStringLiteral("nif"), QStringLiteral("cif"),
          QStringLiteral("nit"), QStringLiteral("cuit"), QStringLiteral("cuitcuil"), QStringLiteral("cuil"),
          QStringLiteral("cuilcuit"), QStringLiteral("rut"), QStringLiteral("ruc"),
          QStringLiteral("dni"), QStringLiteral("nie"), QStringLiteral("vat"), QStringLiteral("vatnumber"),
          QStringLiteral("taxnumber"), QStringLiteral("idfiscal"), QStringLiteral("identificacionfiscal"),
          QStringLiteral("nifcif"), QStringLiteral("dninif"), QStringLiteral("rucdni"), QStringLiteral("dniruc"),
          QStringLiteral("nitcc"), QStringLiteral("ccnit"), QStringLiteral("cedula"), QStringLiteral("cedulanit"),
          // A Peruvian or Colombian customer list's "Nro. Documento" is
          // the RUC, DNI, NIT or cédula (an invoice file's is its number).
          QStringLiteral("nrodocumento"), QStringLiteral("nrodedocumento"), QStringLiteral("numerodocumento"),
          QStringLiteral("numerodedocumento"), QStringLiteral("nrodoc"), QStringLiteral("documento"),
          QStringLiteral("documentodeidentidad"), QStringLiteral("docidentidad")}},
        {QStringLiteral("phone"), false, phoneTitles()},
        {QStringLiteral("mobile"), false, mobileTitles()},
        {QStringLiteral("email"), false, emailTitles()},
        {QStringLiteral("address"), false,
         {QStringLiteral("address"), QStringLiteral("direccion"), QStringLiteral("domicilio"),
          QStringLiteral("calle"), QStringLiteral("street"), QStringLiteral("domiciliofiscal")}},
        {QStringLiteral("city"), false,
         {QStringLiteral("city"), QStringLiteral("ciudad"), QStringLiteral("municipio"),
          QStringLiteral("localidad"), QStringLiteral("poblacion"), QStringLiteral("town"),
          QStringLiteral("distrito"), QStringLiteral("comuna")}},
        {QStringLiteral("segment"), false,
         {QStringLiteral("segment"), QStringLiteral("segmento"), QStringLiteral("cartera"),
          QStringLiteral("grupo")}},
        {QStringLiteral("risk"), false,
         {QStringLiteral("risk"), QStringLiteral("riesgo"), QStringLiteral("nivelderiesgo"),
          QStringLiteral("risklevel")}},
        // The customer's value to the business, which with the risk decides
        // the approach suggested (domain::suggestApproach).
        {QStringLiteral("value"), false,
         {QStringLiteral("value"), QStringLiteral("valor"), QStringLiteral("valordelcliente"),
          QStringLiteral("valorcliente"), QStringLiteral("customervalue"), QStringLiteral("importancia")}},
    };
}

QList<ImportField> contactFields()
{
    return {
        {QStringLiteral("debtor_ref"), true, debtorRefTitles()},
        {QStringLiteral("name"), true,
         {QStringLiteral("name"), QStringLiteral("nombre"), QStringLiteral("contacto"),
          QStringLiteral("nombrecontacto"), QStringLiteral("nombredelcontacto"), QStringLiteral("persona"),
          QStringLiteral("personadecontacto"), QStringLiteral("contactname"), QStringLiteral("contact")}},
        {QStringLiteral("role"), false,
         {QStringLiteral("role"), QStringLiteral("rol"), QStringLiteral("cargo"), QStringLiteral("puesto"),
          QStringLiteral("relacion"), QStringLiteral("tipo"), QStringLiteral("type")}},
        {QStringLiteral("phone"), false, phoneTitles()},
        {QStringLiteral("mobile"), false, mobileTitles()},
        {QStringLiteral("email"), false, emailTitles()},
    };
}

QList<ImportField> invoiceFields()
{
    return {
        {QStringLiteral("debtor_ref"), true, debtorRefTitles()},
        // An aged-receivables report names the customer beside its code:
        // the name of the debtors the file creates, and nothing else.
        {QStringLiteral("debtor_name"), false,
         {QStringLiteral("nombre"), QStringLiteral("name"), QStringLiteral("razonsocial"),
          QStringLiteral("nombreorazonsocial"), QStringLiteral("nombrecompleto"), QStringLiteral("customername"),
          QStringLiteral("debtorname"), QStringLiteral("fullname"), QStringLiteral("companyname"),
          QStringLiteral("nombrecliente"), QStringLiteral("nombredelcliente"), QStringLiteral("nombredeudor"),
          QStringLiteral("nombredeldeudor"), QStringLiteral("titular"),
          // "Cod. Cliente" beside "Cliente": the second is the name (the
          // reference, listed first, takes a lone "Cliente").
          QStringLiteral("cliente"), QStringLiteral("customer"), QStringLiteral("deudor")}},
        {QStringLiteral("number"), true,
         {QStringLiteral("number"), QStringLiteral("numero"), QStringLiteral("factura"),
          QStringLiteral("nofactura"), QStringLiteral("numerofactura"), QStringLiteral("numerodefactura"),
          QStringLiteral("numfactura"), QStringLiteral("folio"), QStringLiteral("documento"),
          QStringLiteral("nodocumento"), QStringLiteral("numerodocumento"), QStringLiteral("invoice"),
          QStringLiteral("invoicenumber"), QStringLiteral("invoiceno"), QStringLiteral("invoiceid"),
          QStringLiteral("doc"), QStringLiteral("numdoc"), QStringLiteral("comprobante"),
          QStringLiteral("nrocomprobante"), QStringLiteral("numerocomprobante"), QStringLiteral("numerodecomprobante"),
          QStringLiteral("nrodocumento"), QStringLiteral("nrofactura"), QStringLiteral("nrodoc"),
          QStringLiteral("serieynumero"), QStringLiteral("serienumero"),
          // A bank's or lender's debts are operations, credits or contracts.
          QStringLiteral("nrooperacion"), QStringLiteral("nrodeoperacion"), QStringLiteral("numerodeoperacion"),
          QStringLiteral("operacion"), QStringLiteral("nrocredito"), QStringLiteral("numerodecredito"),
          QStringLiteral("credito"), QStringLiteral("nroprestamo"), QStringLiteral("prestamo"),
          QStringLiteral("nrocontrato"), QStringLiteral("numerodecontrato"), QStringLiteral("contrato"),
          QStringLiteral("obligacion"), QStringLiteral("nroobligacion"), QStringLiteral("numerodeobligacion")}},
        {QStringLiteral("issue_date"), true,
         {QStringLiteral("issuedate"), QStringLiteral("fecha"), QStringLiteral("fechaemision"),
          QStringLiteral("fechadeemision"), QStringLiteral("fechafactura"), QStringLiteral("fechadefactura"),
          QStringLiteral("emision"), QStringLiteral("invoicedate"), QStringLiteral("date"),
          QStringLiteral("fechadocumento"), QStringLiteral("fechaexpedicion"), QStringLiteral("fechadeexpedicion"),
          QStringLiteral("fechaorigen"), QStringLiteral("fechadeorigen"), QStringLiteral("fechaalta"),
          QStringLiteral("fechadealta"), QStringLiteral("fechaotorgamiento"), QStringLiteral("fechadeotorgamiento"),
          QStringLiteral("fechadesembolso"), QStringLiteral("fechadedesembolso")}},
        {QStringLiteral("due_date"), true,
         {QStringLiteral("duedate"), QStringLiteral("vencimiento"), QStringLiteral("fechavencimiento"),
          QStringLiteral("fechadevencimiento"), QStringLiteral("vence"), QStringLiteral("due"),
          QStringLiteral("fechalimite"), QStringLiteral("fechalimitedepago"), QStringLiteral("fvto"),
          QStringLiteral("vto"), QStringLiteral("fechavto"), QStringLiteral("fechadevto"), QStringLiteral("fvenc"),
          QStringLiteral("fechavenc"), QStringLiteral("venc"), QStringLiteral("vencto"), QStringLiteral("fvencimiento")}},
        {QStringLiteral("amount"), true,
         {QStringLiteral("amount"), QStringLiteral("importe"), QStringLiteral("monto"), QStringLiteral("saldo"),
          QStringLiteral("total"), QStringLiteral("invoiceamount"), QStringLiteral("balance"),
          QStringLiteral("adeudo"), QStringLiteral("valor"), QStringLiteral("importetotal"),
          QStringLiteral("montototal"), QStringLiteral("importefactura"), QStringLiteral("saldopendiente"),
          QStringLiteral("importependiente"), QStringLiteral("saldodeudor"), QStringLiteral("saldoadeudado"),
          QStringLiteral("montoadeudado"), QStringLiteral("importeadeudado"), QStringLiteral("saldoexigible"),
          QStringLiteral("deuda"), QStringLiteral("deudatotal")}},
        {QStringLiteral("disputed"), false,
         {QStringLiteral("disputed"), QStringLiteral("disputa"), QStringLiteral("endisputa"),
          QStringLiteral("enlitigio"), QStringLiteral("controvertida"), QStringLiteral("impugnada"),
          QStringLiteral("reclamada"), QStringLiteral("dispute"), QStringLiteral("disputada")}},
        {QStringLiteral("currency"), false, currencyTitles()},
    };
}

QList<ImportField> paymentFields()
{
    // In a bank's file "Referencia" is the payment's own reference.
    QStringList debtorRef = debtorRefTitles();
    debtorRef.removeAll(QStringLiteral("referencia"));
    debtorRef.removeAll(QStringLiteral("reference"));
    return {
        {QStringLiteral("debtor_ref"), true, debtorRef},
        {QStringLiteral("invoice_number"), false,
         {QStringLiteral("invoicenumber"), QStringLiteral("factura"), QStringLiteral("numerofactura"),
          QStringLiteral("numerodefactura"), QStringLiteral("nofactura"), QStringLiteral("folio"),
          QStringLiteral("documento"), QStringLiteral("invoice"), QStringLiteral("invoiceno"),
          QStringLiteral("nrofactura"), QStringLiteral("nrocredito"), QStringLiteral("nroprestamo"),
          QStringLiteral("nrocontrato"), QStringLiteral("nroobligacion")},
         // The debt's operation, when the payment's own number is in a
         // "Comprobante" column.
         {QStringLiteral("nrooperacion"), QStringLiteral("nrodeoperacion"), QStringLiteral("numerodeoperacion"),
          QStringLiteral("operacion")}},
        {QStringLiteral("date"), true,
         {QStringLiteral("date"), QStringLiteral("fecha"), QStringLiteral("fechadepago"),
          QStringLiteral("fechapago"), QStringLiteral("paymentdate"), QStringLiteral("paidon"),
          QStringLiteral("fechaabono"), QStringLiteral("fechadeabono"), QStringLiteral("fechacobro"),
          QStringLiteral("fechadecobro"), QStringLiteral("fechadelpago")}},
        {QStringLiteral("amount"), true,
         {QStringLiteral("amount"), QStringLiteral("importe"), QStringLiteral("monto"), QStringLiteral("abono"),
          QStringLiteral("pago"), QStringLiteral("importepagado"), QStringLiteral("montopagado"),
          QStringLiteral("paid"), QStringLiteral("amountpaid"), QStringLiteral("payment"),
          QStringLiteral("cobro"), QStringLiteral("importecobrado")}},
        {QStringLiteral("method"), false,
         {QStringLiteral("method"), QStringLiteral("metodo"), QStringLiteral("metododepago"),
          QStringLiteral("formadepago"), QStringLiteral("formapago"), QStringLiteral("medio"),
          QStringLiteral("mediodepago"), QStringLiteral("paymentmethod")}},
        {QStringLiteral("reference"), false,
         {QStringLiteral("reference"), QStringLiteral("referencia"), QStringLiteral("referenciabancaria"),
          QStringLiteral("comprobante"), QStringLiteral("nrocomprobante"), QStringLiteral("numerodecomprobante"),
          QStringLiteral("recibo"), QStringLiteral("nrorecibo"), QStringLiteral("receipt"),
          QStringLiteral("autorizacion"), QStringLiteral("transactionid"), QStringLiteral("numerodeoperacion"),
          QStringLiteral("nrooperacion"), QStringLiteral("nrodeoperacion"), QStringLiteral("operacion")}},
        {QStringLiteral("currency"), false, currencyTitles()},
    };
}

} // namespace

const QList<ImportField> &ImportFields::of(ImportKind kind)
{
    static const QList<ImportField> debtors = debtorFields();
    static const QList<ImportField> contacts = contactFields();
    static const QList<ImportField> invoices = invoiceFields();
    static const QList<ImportField> payments = paymentFields();
    switch (kind) {
    case ImportKind::Debtors: return debtors;
    case ImportKind::Contacts: return contacts;
    case ImportKind::Invoices: return invoices;
    case ImportKind::Payments: return payments;
    }
    return debtors;
}

std::optional<ImportField> ImportFields::find(ImportKind kind, const QString &name)
{
    for (const ImportField &f : of(kind))
        if (f.name == name)
            return f;
    return std::nullopt;
}

QStringList ImportFields::names(ImportKind kind)
{
    QStringList out;
    for (const ImportField &f : of(kind))
        out << f.name;
    return out;
}

QStringList ImportFields::requiredNames(ImportKind kind)
{
    QStringList out;
    for (const ImportField &f : of(kind))
        if (f.required)
            out << f.name;
    return out;
}

QString ImportFields::label(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("ref"), QT_TR_NOOP("Reference")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("kind"), QT_TR_NOOP("Person or company")},
        {QStringLiteral("tax_id"), QT_TR_NOOP("Tax id")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("mobile"), QT_TR_NOOP("Mobile phone")},
        {QStringLiteral("email"), QT_TR_NOOP("E-mail")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("city"), QT_TR_NOOP("City")},
        {QStringLiteral("segment"), QT_TR_NOOP("Segment")},
        {QStringLiteral("risk"), QT_TR_NOOP("Risk")},
        {QStringLiteral("value"), QT_TR_NOOP("Customer value")},
        {QStringLiteral("debtor_ref"), QT_TR_NOOP("Debtor's reference")},
        {QStringLiteral("debtor_name"), QT_TR_NOOP("Debtor's name, for new debtors")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("number"), QT_TR_NOOP("Invoice number")},
        {QStringLiteral("issue_date"), QT_TR_NOOP("Issue date")},
        {QStringLiteral("due_date"), QT_TR_NOOP("Due date")},
        {QStringLiteral("amount"), QT_TR_NOOP("Amount")},
        {QStringLiteral("disputed"), QT_TR_NOOP("Disputed")},
        {QStringLiteral("currency"), QT_TR_NOOP("Currency")},
        {QStringLiteral("invoice_number"), QT_TR_NOOP("Invoice number")},
        {QStringLiteral("date"), QT_TR_NOOP("Payment date")},
        {QStringLiteral("method"), QT_TR_NOOP("Payment method")},
        {QStringLiteral("reference"), QT_TR_NOOP("Payment reference")},
    };
    const char *text = labels.value(field);
    return text ? tr(text) : field;
}

QString ImportFields::kindName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Debtors: return QStringLiteral("debtors");
    case ImportKind::Contacts: return QStringLiteral("contacts");
    case ImportKind::Invoices: return QStringLiteral("invoices");
    case ImportKind::Payments: return QStringLiteral("payments");
    }
    return {};
}

std::optional<ImportKind> ImportFields::kindFromName(QStringView name)
{
    // The Spanish words too: a nightly task written by someone who thinks
    // of "facturas" (any case, with or without accents).
    static const QHash<QString, ImportKind> spanish = {
        {QStringLiteral("deudores"), ImportKind::Debtors},
        {QStringLiteral("clientes"), ImportKind::Debtors},
        {QStringLiteral("contactos"), ImportKind::Contacts},
        {QStringLiteral("facturas"), ImportKind::Invoices},
        {QStringLiteral("pagos"), ImportKind::Payments},
    };
    for (ImportKind k : allKinds())
        if (name == kindName(k))
            return k;
    const QString folded = domain::foldForSearch(name);
    if (const auto it = spanish.constFind(folded); it != spanish.constEnd())
        return *it;
    for (ImportKind k : allKinds())
        if (folded == kindName(k))
            return k;
    return std::nullopt;
}

QString ImportFields::kindLabel(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Debtors: return tr("Debtors");
    case ImportKind::Contacts: return tr("Contacts");
    case ImportKind::Invoices: return tr("Invoices");
    case ImportKind::Payments: return tr("Payments");
    }
    return {};
}

QList<ImportKind> ImportFields::allKinds()
{
    return {ImportKind::Debtors, ImportKind::Contacts, ImportKind::Invoices, ImportKind::Payments};
}

QString ImportFields::foldHeader(QStringView title)
{
    QString folded = domain::foldForSearch(title);
    folded.remove(u' ');
    return folded;
}

} // namespace libreta::services
