#include "services/importrows.h"

#include "csv/encoding.h"
#include "domain/currencymark.h"
#include "domain/labels.h"
#include "domain/money.h"
#include "domain/shortdate.h"
#include "domain/taxidcheck.h"
#include "services/contactservice.h"
#include "services/debtorservice.h"
#include "services/importwords.h"
#include "services/inputerror.h"
#include "services/invoiceservice.h"

#include <QLocale>

namespace libreta::services {

using namespace domain;

namespace {

bool isAscii(QByteArrayView s)
{
    for (char c : s)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

// Digits, signs, separators and spaces only: no currency mark to read.
bool isPlainNumber(QByteArrayView s)
{
    for (char c : s)
        if (!((c >= '0' && c <= '9') || c == '.' || c == ',' || c == '-' || c == '+' || c == ' ' || c == '(' ||
              c == ')' || c == '\''))
            return false;
    return true;
}

qsizetype characters(QByteArrayView utf8)
{
    if (isAscii(utf8))
        return utf8.size();
    qsizetype n = 0;
    for (char c : utf8)
        n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return n;
}


// What a number read from a "Móvil" column is labelled, as one typed.
QString mobileLabel() { return QCoreApplication::translate("Import", "mobile", "a phone's label"); }

// The row's number of a column: the mobile's, or the other's.
QString numberLabelled(const QList<Phone> &phones, bool mobile)
{
    for (const Phone &p : phones)
        if ((p.label == mobileLabel()) == mobile)
            return p.number;
    return {};
}

} // namespace

QList<Phone> DebtorRow::phones() const
{
    QList<Phone> out;
    if (!phone.isEmpty())
        out.append({0, phone, {}});
    if (!mobile.isEmpty())
        out.append({0, mobile, mobileLabel()});
    return out;
}

RowReader::Field RowReader::fieldOf(ImportKind, const QString &name)
{
    static const QHash<QString, Field> fields = {
        {QStringLiteral("ref"), Ref}, {QStringLiteral("name"), Name}, {QStringLiteral("kind"), Kind},
        {QStringLiteral("tax_id"), TaxId}, {QStringLiteral("phone"), Phone}, {QStringLiteral("mobile"), Mobile},
        {QStringLiteral("email"), Email},
        {QStringLiteral("address"), Address}, {QStringLiteral("city"), City}, {QStringLiteral("segment"), Segment},
        {QStringLiteral("risk"), Risk}, {QStringLiteral("value"), Value}, {QStringLiteral("debtor_ref"), DebtorRef},
        {QStringLiteral("debtor_name"), DebtorName}, {QStringLiteral("role"), Role},
        {QStringLiteral("number"), Number}, {QStringLiteral("issue_date"), IssueDate},
        {QStringLiteral("due_date"), DueDate}, {QStringLiteral("amount"), Amount},
        {QStringLiteral("disputed"), Disputed}, {QStringLiteral("invoice_number"), InvoiceNumber},
        {QStringLiteral("date"), Date}, {QStringLiteral("method"), Method}, {QStringLiteral("reference"), Reference},
        {QStringLiteral("currency"), Currency},
    };
    return fields.value(name, FieldCount);
}

QString RowReader::nameOf(ImportKind kind, Field f)
{
    for (const ImportField &field : ImportFields::of(kind))
        if (fieldOf(kind, field.name) == f)
            return field.name;
    return {};
}

RowReader::RowReader(ImportKind kind, const ColumnMapping &mapping, int headerColumns, DateOrder dates,
                     DecimalHint decimal, const QDate &today, const QString &officeCurrency)
    : m_kind(kind), m_headerColumns(headerColumns), m_dates(dates), m_decimal(decimal), m_today(today),
      m_officeCurrency(officeCurrency.trimmed().toUpper())
{
    m_column.fill(-1);
    for (int c = 0; c < mapping.columnCount(); ++c) {
        const Field f = fieldOf(kind, mapping.field(c));
        if (f != FieldCount)
            m_column[f] = c;
    }
}

QString RowReader::shapeProblem(const csv::Record &record) const
{
    // Trailing empty cells (a spreadsheet's unused columns) are fine.
    const int used = record.trimmedSize();
    if (used > m_headerColumns)
        return tr("it has %1 values but the header has %2 columns (a separator inside a value that is not "
                  "in quotes?).")
            .arg(used)
            .arg(m_headerColumns);
    return {};
}

QByteArrayView RowReader::raw(const csv::Record &record, Field f) const
{
    const int c = m_column[f];
    if (c < 0)
        return {};
    QByteArrayView v = record.cell(c);
    // libcsv trims spaces; tabs and no-break spaces around a value are not
    // part of it either.
    while (!v.isEmpty() && (v.front() == '\t' || v.front() == ' '))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == '\t' || v.back() == ' '))
        v.chop(1);
    return v;
}

void RowReader::problem(QList<FieldProblem> &problems, Field f, const QString &message) const
{
    problems.append({nameOf(m_kind, f), message});
}

QString RowReader::text(const csv::Record &record, Field f, QList<FieldProblem> &problems) const
{
    const QByteArrayView v = raw(record, f);
    if (!isAscii(v) && !csv::isValidUtf8(v)) {
        problem(problems, f, tr("the text is not valid UTF-8; the file is probably in another encoding "
                                "(choose Windows-1252 or Latin-1)."));
        return {};
    }
    return QString::fromUtf8(v).trimmed();
}

std::optional<QDate> RowReader::date(const csv::Record &record, Field f, QList<FieldProblem> &problems) const
{
    const QByteArrayView v = raw(record, f);
    if (v.isEmpty()) {
        problem(problems, f, tr("the date is missing."));
        return std::nullopt;
    }
    if (auto d = parseDate(v, m_dates))
        return d;
    // The month as a sentence writes it ("febrero" mid-sentence in Spanish;
    // some locales capitalise the standalone name).
    if (const auto month = monthNamed(v, m_dates)) {
        problem(problems, f, tr("«%1» is not a day of the calendar: %2 %3 has %4 days.")
                                 .arg(QString::fromUtf8(v), QLocale().monthName(month->month()))
                                 .arg(month->year())
                                 .arg(month->daysInMonth()));
        return std::nullopt;
    }
    problem(problems, f, tr("«%1» is not a date written as %2.")
                             .arg(QString::fromUtf8(v), dateOrderLabel(m_dates)));
    return std::nullopt;
}

MoneyParse RowReader::readAmount(QByteArrayView v, DecimalHint hint)
{
    // The forms systems write ("1234", "-1234.5", "1234,56") need no
    // judgement: read them here, leave everything else to Money::parse.
    qsizetype i = 0;
    const bool negative = !v.isEmpty() && v.front() == '-';
    if (negative)
        ++i;
    qint64 whole = 0;
    const qsizetype digitsFrom = i;
    while (i < v.size() && v[i] >= '0' && v[i] <= '9' && i - digitsFrom < 15)
        whole = whole * 10 + (v[i++] - '0');
    const qsizetype wholeDigits = i - digitsFrom;
    if (wholeDigits > 0 && wholeDigits < 15) {
        qint64 cents = 0;
        bool plain = i == v.size();
        if (!plain && (v[i] == '.' || v[i] == ',') && v.size() - i - 1 >= 1 && v.size() - i - 1 <= 2) {
            const qsizetype decimals = v.size() - i - 1;
            plain = true;
            for (qsizetype k = i + 1; k < v.size(); ++k) {
                if (v[k] < '0' || v[k] > '9') {
                    plain = false;
                    break;
                }
                cents = cents * 10 + (v[k] - '0');
            }
            if (decimals == 1)
                cents *= 10;
        }
        // Cents in a currency without them are Money::parse's to refuse.
        if (plain && (cents == 0 || Money::currencyDecimals() > 0)) {
            MoneyParse p;
            p.m_ok = true;
            p.m_minor = (negative ? -1 : 1) * (whole * 100 + cents);
            return p;
        }
    }
    return Money::parse(QString::fromUtf8(v), hint);
}

std::optional<Money> RowReader::money(const csv::Record &record, Field f, QList<FieldProblem> &problems) const
{
    const QByteArrayView v = raw(record, f);
    if (v.isEmpty()) {
        problem(problems, f, tr("the amount is missing."));
        return std::nullopt;
    }
    const MoneyParse p = readAmount(v, m_decimal);
    if (!p.ok()) {
        problem(problems, f, p.error);
        return std::nullopt;
    }
    if (!p.value()->isPositive()) {
        problem(problems, f, tr("«%1»: the amount must be greater than zero.").arg(QString::fromUtf8(v)));
        return std::nullopt;
    }
    // A mark on the amount ("US$ 500.00") says whose money it is; the plain
    // numbers of most files have none and cost nothing here.
    if (!m_officeCurrency.isEmpty() && !isPlainNumber(v)) {
        const QString written = QString::fromUtf8(v);
        const QString mark = currencyMarkOf(written);
        if (!mark.isEmpty() && judgeCurrency(mark, m_officeCurrency) != CurrencyVerdict::Office) {
            problem(problems, f,
                    tr("«%1» is in %2, and the office keeps its accounts in %3: convert the amount to %3, or "
                       "leave the row out.")
                        .arg(written, mark, m_officeCurrency));
            return std::nullopt;
        }
    }
    return p.value();
}

void RowReader::checkCurrency(const csv::Record &record, QList<FieldProblem> &problems) const
{
    const QByteArrayView v = raw(record, Currency);
    if (v.isEmpty() || m_officeCurrency.isEmpty())
        return;
    const QString written = QString::fromUtf8(v);
    switch (judgeCurrency(written, m_officeCurrency)) {
    case CurrencyVerdict::Office: return;
    case CurrencyVerdict::Foreign:
        problem(problems, Currency,
                tr("the row is in %1, and the office keeps its accounts in %2: convert the amount to %2, or "
                   "leave the row out.")
                    .arg(written, m_officeCurrency));
        return;
    case CurrencyVerdict::Unknown:
        problem(problems, Currency,
                tr("«%1» is not a currency; write its code, such as %2.").arg(written, m_officeCurrency));
        return;
    }
}

bool RowReader::debtor(const csv::Record &record, DebtorRow &row, QList<FieldProblem> &problems) const
{
    row = DebtorRow();
    Debtor &d = row.debtor;
    auto has = [&](Field f) {
        const bool present = !raw(record, f).isEmpty();
        if (present)
            row.present << nameOf(m_kind, f);
        return present;
    };
    const qsizetype before = problems.size();
    // A list keyed by the tax id alone (a Chilean customer list has its RUT
    // and no code of its own) takes it as the reference too: that is the
    // number the office's other files will name the debtor by.
    const bool keyedByTaxId = m_column[Ref] < 0 && m_column[TaxId] >= 0;
    const Field refField = keyedByTaxId ? TaxId : Ref;
    d.externalRef = text(record, refField, problems);
    if (keyedByTaxId ? !raw(record, TaxId).isEmpty() : has(Ref)) {
        if (d.externalRef.size() > DebtorService::kMaxRefLength)
            problem(problems, refField, tr("at most %1 characters.").arg(DebtorService::kMaxRefLength));
    } else if (keyedByTaxId) {
        problem(problems, TaxId, tr("the tax id is missing, and it is the debtor's reference in this file."));
    } else {
        problem(problems, Ref, tr("the reference is missing."));
    }
    d.name = text(record, Name, problems).simplified();
    if (has(Name)) {
        if (d.name.size() > DebtorService::kMaxNameLength)
            problem(problems, Name, tr("at most %1 characters.").arg(DebtorService::kMaxNameLength));
    } else {
        problem(problems, Name, tr("the name is missing."));
    }
    if (has(Kind)) {
        const QString t = text(record, Kind, problems);
        if (const auto k = readDebtorKind(t))
            d.kind = *k;
        else if (documentOfEitherKind(t))
            d.kind = looksLikeCompany(d.name, QString::fromUtf8(raw(record, TaxId))) ? DebtorKind::Company : DebtorKind::Person;
        else
            problem(problems, Kind, tr("«%1» is neither a person nor a company.").arg(t));
    } else {
        d.kind = looksLikeCompany(d.name, QString::fromUtf8(raw(record, TaxId))) ? DebtorKind::Company : DebtorKind::Person;
    }
    if (has(TaxId)) {
        d.taxId = text(record, TaxId, problems).toUpper();
        if (d.taxId.size() > DebtorService::kMaxTaxIdLength)
            problem(problems, TaxId, tr("at most %1 characters.").arg(DebtorService::kMaxTaxIdLength));
        else if (const auto wrong = taxIdCheckProblem(d.taxId))
            problem(problems, TaxId, *wrong);
    }
    if (has(Address))
        d.address = text(record, Address, problems).simplified();
    if (has(City))
        d.city = text(record, City, problems).simplified();
    if (has(Segment))
        d.segment = text(record, Segment, problems).simplified();
    // Low, medium or high, in either language; `refused` names what the
    // column holds when the cell is none of them.
    const auto level = [&](Field field, domain::Level &into, const QString &refused) {
        if (!has(field))
            return;
        const QString t = text(record, field, problems);
        if (const auto l = readLevel(t))
            into = *l;
        else
            problem(problems, field, refused.arg(t));
    };
    level(Risk, d.risk, tr("«%1» is not a risk level (low, medium or high)."));
    level(Value, d.value, tr("«%1» is not a customer value (low, medium or high)."));
    const bool phone = has(Phone);
    const bool mobile = has(Mobile);
    const bool email = has(Email);
    if (phone || mobile || email) {
        Contact c;
        c.name = d.name.isEmpty() ? d.externalRef : d.name;
        if (phone)
            row.phone = text(record, Phone, problems);
        if (mobile)
            row.mobile = text(record, Mobile, problems);
        c.phones = row.phones();
        if (email) {
            row.email = text(record, Email, problems);
            c.emails.append({0, row.email, {}});
        }
        try {
            ContactService::checked(c);
        } catch (const InputError &e) {
            problem(problems, e.field().startsWith(QLatin1String("email")) ? Email : Phone, e.message());
        }
    }
    return problems.size() == before;
}

bool RowReader::contact(const csv::Record &record, ContactRow &row, QList<FieldProblem> &problems) const
{
    row = ContactRow();
    const qsizetype before = problems.size();
    row.debtorRef = text(record, DebtorRef, problems);
    if (row.debtorRef.isEmpty())
        problem(problems, DebtorRef, tr("the debtor's reference is missing."));
    Contact &c = row.contact;
    c.name = text(record, Name, problems).simplified();
    if (c.name.isEmpty())
        problem(problems, Name, tr("the contact's name is missing."));
    if (!raw(record, Role).isEmpty()) {
        row.present << QStringLiteral("role");
        const QString t = text(record, Role, problems);
        if (const auto r = readContactRole(t))
            c.role = *r;
        else
            problem(problems, Role,
                    tr("«%1» is not a role (debtor, decision maker, guarantor or reference).").arg(t));
    } else {
        c.role = ContactRole::DecisionMaker;
    }
    if (!raw(record, Phone).isEmpty()) {
        row.present << QStringLiteral("phone");
        c.phones.append({0, text(record, Phone, problems), {}});
    }
    if (!raw(record, Mobile).isEmpty()) {
        row.present << QStringLiteral("mobile");
        c.phones.append({0, text(record, Mobile, problems), mobileLabel()});
    }
    if (!raw(record, Email).isEmpty()) {
        row.present << QStringLiteral("email");
        c.emails.append({0, text(record, Email, problems), {}});
    }
    if (!c.name.isEmpty()) {
        try {
            c = ContactService::checked(c);
        } catch (const InputError &e) {
            problem(problems, e.field().startsWith(QLatin1String("email")) ? Email : Phone, e.message());
        }
    }
    return problems.size() == before;
}

bool RowReader::invoice(const csv::Record &record, InvoiceRow &row, QList<FieldProblem> &problems) const
{
    const qsizetype before = problems.size();
    row.debtorRef = raw(record, DebtorRef);
    if (row.debtorRef.isEmpty())
        problem(problems, DebtorRef, tr("the debtor's reference is missing."));
    else if (!isAscii(row.debtorRef) && !csv::isValidUtf8(row.debtorRef))
        text(record, DebtorRef, problems);
    row.debtorName = m_column[DebtorName] >= 0 ? raw(record, DebtorName) : QByteArrayView();
    if (!row.debtorName.isEmpty()) {
        if (!isAscii(row.debtorName) && !csv::isValidUtf8(row.debtorName))
            text(record, DebtorName, problems);
        else if (characters(row.debtorName) > DebtorService::kMaxNameLength)
            problem(problems, DebtorName, tr("at most %1 characters.").arg(DebtorService::kMaxNameLength));
    }
    row.number = raw(record, Number);
    if (row.number.isEmpty())
        problem(problems, Number, tr("the invoice number is missing."));
    else if (!isAscii(row.number) && !csv::isValidUtf8(row.number))
        text(record, Number, problems);
    else if (characters(row.number) > InvoiceService::kMaxNumberLength)
        problem(problems, Number, tr("at most %1 characters.").arg(InvoiceService::kMaxNumberLength));

    const auto issue = date(record, IssueDate, problems);
    const auto due = date(record, DueDate, problems);
    if (issue) {
        row.issueDate = *issue;
        if (*issue > m_today)
            problem(problems, IssueDate, tr("%1 is after today.").arg(writtenAs(*issue, m_dates)));
    }
    if (due) {
        row.dueDate = *due;
        if (issue && *due < *issue)
            problem(problems, DueDate, tr("%1 is before the issue date (%2).").arg(writtenAs(*due, m_dates), writtenAs(*issue, m_dates)));
    }
    if (const auto amount = money(record, Amount, problems))
        row.amount = *amount;
    checkCurrency(record, problems);
    row.disputed.reset();
    if (m_column[Disputed] >= 0) {
        const QByteArrayView v = raw(record, Disputed);
        if (v == "no" || v == "0") {
            row.disputed = false;  // the common case, without a QString
        } else if (!v.isEmpty()) {
            const QString t = QString::fromUtf8(v);
            row.disputed = readYesNo(t);
            if (!row.disputed)
                problem(problems, Disputed, tr("«%1» is neither yes nor no.").arg(t));
        }
    }
    return problems.size() == before;
}

bool RowReader::payment(const csv::Record &record, PaymentRow &row, QList<FieldProblem> &problems) const
{
    row = PaymentRow();
    const qsizetype before = problems.size();
    row.debtorRef = text(record, DebtorRef, problems);
    if (row.debtorRef.isEmpty())
        problem(problems, DebtorRef, tr("the debtor's reference is missing."));
    row.invoiceNumber = text(record, InvoiceNumber, problems);
    if (const auto d = date(record, Date, problems)) {
        row.paidOn = *d;
        if (*d > m_today)
            problem(problems, Date, tr("%1 is after today.").arg(writtenAs(*d, m_dates)));
    }
    if (const auto amount = money(record, Amount, problems))
        row.amount = *amount;
    checkCurrency(record, problems);
    if (!raw(record, Method).isEmpty()) {
        const QString t = text(record, Method, problems);
        if (const auto m = readPaymentMethod(t))
            row.method = *m;
        else
            problem(problems, Method,
                    tr("«%1» is not a payment method this import knows; write one of %2.").arg(t, paymentMethodChoices()));
    }
    row.reference = text(record, Reference, problems);
    return problems.size() == before;
}

QList<RowReader::PreviewCell> RowReader::preview(const csv::Record &record) const
{
    QList<FieldProblem> problems;
    QHash<QString, QString> values;
    const QLocale locale;
    // A four-digit year: a preview is where "02/10/26" would hide a century
    // read wrong.
    const QString dateFormat = domain::shortDateFormat(locale);
    auto amountText = [&](Money m) { return m.format(locale); };
    switch (m_kind) {
    case ImportKind::Debtors: {
        DebtorRow r;
        debtor(record, r, problems);
        values = {{QStringLiteral("ref"), r.debtor.externalRef},
                  {QStringLiteral("name"), r.debtor.name},
                  {QStringLiteral("kind"), label(r.debtor.kind)},
                  {QStringLiteral("tax_id"), r.debtor.taxId},
                  {QStringLiteral("phone"), r.phone},
                  {QStringLiteral("mobile"), r.mobile},
                  {QStringLiteral("email"), r.email},
                  {QStringLiteral("address"), r.debtor.address},
                  {QStringLiteral("city"), r.debtor.city},
                  {QStringLiteral("segment"), r.debtor.segment},
                  {QStringLiteral("risk"), label(r.debtor.risk)},
                  {QStringLiteral("value"), label(r.debtor.value)}};
        break;
    }
    case ImportKind::Contacts: {
        ContactRow r;
        contact(record, r, problems);
        values = {{QStringLiteral("debtor_ref"), r.debtorRef},
                  {QStringLiteral("name"), r.contact.name},
                  {QStringLiteral("role"), label(r.contact.role)},
                  {QStringLiteral("phone"), numberLabelled(r.contact.phones, false)},
                  {QStringLiteral("mobile"), numberLabelled(r.contact.phones, true)},
                  {QStringLiteral("email"), r.contact.emails.isEmpty() ? QString() : r.contact.emails.first().address}};
        break;
    }
    case ImportKind::Invoices: {
        InvoiceRow r;
        invoice(record, r, problems);
        values = {{QStringLiteral("debtor_ref"), QString::fromUtf8(r.debtorRef)},
                  {QStringLiteral("debtor_name"), QString::fromUtf8(r.debtorName).simplified()},
                  {QStringLiteral("number"), QString::fromUtf8(r.number)},
                  {QStringLiteral("issue_date"), locale.toString(r.issueDate, dateFormat)},
                  {QStringLiteral("due_date"), locale.toString(r.dueDate, dateFormat)},
                  {QStringLiteral("amount"), amountText(r.amount)},
                  {QStringLiteral("disputed"), r.disputed.value_or(false) ? tr("yes") : tr("no")},
                  {QStringLiteral("currency"), QString::fromUtf8(raw(record, Currency))}};
        break;
    }
    case ImportKind::Payments: {
        PaymentRow r;
        payment(record, r, problems);
        values = {{QStringLiteral("debtor_ref"), r.debtorRef},
                  {QStringLiteral("invoice_number"), r.invoiceNumber},
                  {QStringLiteral("date"), locale.toString(r.paidOn, dateFormat)},
                  {QStringLiteral("amount"), amountText(r.amount)},
                  {QStringLiteral("method"), label(r.method)},
                  {QStringLiteral("reference"), r.reference},
                  {QStringLiteral("currency"), QString::fromUtf8(raw(record, Currency))}};
        break;
    }
    }
    QList<PreviewCell> out;
    for (const ImportField &f : ImportFields::of(m_kind)) {
        if (m_column[fieldOf(m_kind, f.name)] < 0 && !f.required)
            continue;
        PreviewCell cell{f.name, values.value(f.name), false};
        for (const FieldProblem &p : std::as_const(problems))
            if (p.field == f.name) {
                cell.value = p.message;
                cell.refused = true;
                break;
            }
        out.append(cell);
    }
    return out;
}

} // namespace libreta::services
