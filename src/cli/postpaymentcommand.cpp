#include "cli/clicontext.h"
#include "cli/clioptions.h"
#include "domain/entitycodes.h"
#include "domain/labels.h"
#include "domain/shortdate.h"
#include "domain/textfold.h"
#include "platform/systemlogin.h"
#include "services/importwords.h"
#include "services/paymentservice.h"
#include "store/database.h"
#include "store/debtorrepository.h"
#include "store/invoicerepository.h"
#include "store/paymentrepository.h"
#include "store/userrepository.h"

#include <QLocale>

namespace libreta::cli {

int runPostPayment(CliContext &c)
{
    CliOptions options(c, QStringLiteral("post-payment"),
                       QStringLiteral("--debtor REF --amount A --date YYYY-MM-DD --method M [--reference R] "
                                      "[--invoice NUMBER] [--decimal-comma] [--user LOGIN] [--again]"));
    options.add(QStringLiteral("debtor"), CliContext::tr("the debtor's external reference"), QStringLiteral("REF"));
    options.add(QStringLiteral("amount"), CliContext::tr("amount received, e.g. 1,234.56 or 1.234,56"), QStringLiteral("A"));
    options.add(QStringLiteral("date"), CliContext::tr("the day the money was received"), QStringLiteral("DATE"));
    options.add(QStringLiteral("method"), CliContext::tr("cash, transfer, card, check, deposit, mobile, store, direct_debit or other"), QStringLiteral("M"));
    options.add(QStringLiteral("reference"), CliContext::tr("bank or receipt reference"), QStringLiteral("R"));
    options.add(QStringLiteral("invoice"), CliContext::tr("pay this invoice number first"), QStringLiteral("NUMBER"));
    options.add(QStringLiteral("decimal-comma"), CliContext::tr("read 1.234 as one thousand two hundred thirty-four"));
    options.add(QStringLiteral("user"),
                CliContext::tr("who records it (default: the computer's login, when the office lists it)"),
                QStringLiteral("LOGIN"));
    options.add(QStringLiteral("again"),
                CliContext::tr("record it even when the same payment (day, amount, reference) is already recorded"));
    if (!options.parse())
        return options.exitCode();
    for (const char *required : {"debtor", "amount", "date", "method"})
        if (!options.require(QString::fromLatin1(required)))
            return Usage;

    // Opened first: the amount is read in the office currency's decimals.
    auto db = c.openDatabase();
    const auto hint = options.isSet(QStringLiteral("decimal-comma")) ? domain::DecimalHint::Comma
                                                                     : domain::DecimalHint::Unknown;
    const auto amount = domain::Money::parse(options.value(QStringLiteral("amount")), hint);
    if (!amount.ok()) {
        c.err << QStringLiteral("--amount: ") << amount.error << Qt::endl;
        return Refused;
    }
    // Read as an import's "method" column is: the code or a word people write
    // ("transferencia", "bizum", "oxxo"), so the two never disagree.
    const auto method = services::readPaymentMethod(options.value(QStringLiteral("method")));
    if (!method) {
        c.err << CliContext::tr("--method: «%1» is not a payment method; use cash, transfer, card, check, deposit, "
                                "mobile, store, direct_debit or other.")
                     .arg(options.value(QStringLiteral("method")))
              << Qt::endl;
        return Refused;
    }
    const auto date = options.date(QStringLiteral("date"), QDate());
    if (!date)
        return Refused;

    const auto debtor = store::DebtorRepository(*db).byRef(options.value(QStringLiteral("debtor")).trimmed());
    if (!debtor) {
        c.err << CliContext::tr("--debtor: no debtor has the reference «%1».")
                     .arg(options.value(QStringLiteral("debtor")))
              << Qt::endl;
        return Refused;
    }
    services::PostPaymentRequest request;
    request.debtorId = debtor->id;
    request.amount = *amount.value();
    request.paidOn = *date;
    request.method = *method;
    request.reference = options.value(QStringLiteral("reference")).trimmed();
    // Money always has an author in the office's activity when one can be named.
    const bool userNamed = options.isSet(QStringLiteral("user"));
    const QString login = userNamed ? options.value(QStringLiteral("user")).trimmed() : platform::systemLogin();
    if (const auto user = store::UserRepository(*db).byLogin(login))
        request.userId = user->id;
    else if (userNamed) {
        c.err << CliContext::tr("--user: the office has no user %1.").arg(login) << Qt::endl;
        return Refused;
    }
    // The same command run twice (a script retried, a line pasted again)
    // would take the money twice: refused unless said to be another payment.
    if (!options.isSet(QStringLiteral("again"))) {
        for (const domain::Payment &p : store::PaymentRepository(*db).forDebtor(debtor->id)) {
            if (p.reversed() || p.paidOn != request.paidOn || p.amount != request.amount ||
                p.reference.trimmed() != request.reference)
                continue;
            c.err << CliContext::tr("Payment %1 of %2 on %3 with the reference «%4» is already recorded for %5: nothing "
                                    "was recorded. If this is another payment, run the command again with --again.")
                         .arg(p.id)
                         .arg(request.amount.format(QLocale()), domain::shortDate(request.paidOn),
                              request.reference, debtor->externalRef)
                  << Qt::endl;
            return Refused;
        }
    }
    if (options.isSet(QStringLiteral("invoice"))) {
        const auto invoice = store::InvoiceRepository(*db).byNumberOrFormer(debtor->id, options.value(QStringLiteral("invoice")));
        if (!invoice) {
            c.err << CliContext::tr("--invoice: the debtor has no invoice numbered «%1».")
                         .arg(options.value(QStringLiteral("invoice")))
                  << Qt::endl;
            return Refused;
        }
        request.invoiceId = invoice->id;
    }

    const auto result = services::PaymentService(*db, c.clock).post(request);
    const QLocale locale;
    // A debtor with nothing invoiced (a payment in advance) keeps it all as
    // credit: "in 0 invoices" would read as a mistake.
    const QString recorded = result.allocations.isEmpty()
                                 ? CliContext::tr("Payment %1 recorded for %2: %3, with no invoice to pay")
                                 : CliContext::tr("Payment %1 recorded for %2: %3 in %n invoice(s)", nullptr,
                                                  int(result.allocations.size()));
    c.out << recorded.arg(result.paymentId).arg(debtor->externalRef).arg(request.amount.format(locale)) << Qt::endl;
    if (result.credit.isPositive())
        c.out << CliContext::tr("Kept as credit for the debtor: %1").arg(result.credit.format(locale)) << Qt::endl;
    for (const auto &change : result.promiseChanges)
        c.out << CliContext::tr("Promise %1: %2 (paid %3)")
                     .arg(change.promiseId)
                     .arg(domain::label(change.after))
                     .arg(change.paid.format(locale))
              << Qt::endl;
    for (const auto &discount : result.discountsGranted)
        c.out << CliContext::tr("The agreement is paid: its discount of %1 came off").arg(discount.amount.format(locale))
              << Qt::endl;
    c.out << CliContext::tr("Outstanding now: %1").arg(result.outstandingAfter.format(locale)) << Qt::endl;
    return Done;
}

} // namespace libreta::cli
