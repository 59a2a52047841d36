#include "ui/debtorfileview.h"

#include "domain/contactrules.h"
#include "domain/labels.h"
#include "domain/textfold.h"
#include "services/callcorrectionservice.h"
#include "services/calldrafts.h"
#include "services/debtorfilereader.h"
#include "services/supervision.h"
#include "store/callrepository.h"
#include "store/storeerror.h"
#include "ui/callcorrectiondialog.h"
#include "ui/callpanel.h"
#include "ui/compactbuttonrow.h"
#include "ui/contactdialog.h"
#include "ui/debtordialog.h"
#include "ui/debtorfileactions.h"
#include "ui/debtorfilecontacts.h"
#include "ui/balanceadjustmentdialog.h"
#include "ui/debtorfileheader.h"
#include "ui/debtorfileinvoices.h"
#include "ui/debtorfilenoteeditor.h"
#include "ui/debtorfilepayments.h"
#include "ui/debtorfiletexts.h"
#include "ui/debtorfiletimeline.h"
#include "ui/deskuser.h"
#include "ui/disputedialog.h"
#include "ui/documentdialog.h"
#include "ui/donotcontactdialog.h"
#include "ui/followupdialog.h"
#include "ui/invoicedialog.h"
#include "ui/paymentdialog.h"
#include "ui/paymentrecordedtext.h"
#include "ui/paymentreversaldialog.h"
#include "ui/prompter.h"
#include "ui/uisettings.h"
#include "ui_debtorfileview.h"

#include <QAction>
#include <QToolButton>

#include <algorithm>

#include <spdlog/spdlog.h>

namespace libreta::ui {

using namespace domain;

namespace {
constexpr int kCallStatusRefreshMs = 30 * 1000;  // the calling window opens and closes on the minute
constexpr int kTitleLength = 28;
} // namespace

DebtorFileView::DebtorFileView(const FormContext &context, Id debtorId, const DebtorFileActions &actions,
                               QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<::Ui::DebtorFileView>()), m_context(context), m_debtorId(debtorId),
      m_actions(&actions)
{
    m_ui->setupUi(this);
    m_ui->messageLabel->hide();
    m_header = new DebtorFileHeader(m_ui->headerHost);
    m_ui->headerLayout->addWidget(m_header);
    m_contacts = new DebtorFileContacts(this);
    m_invoices = new DebtorFileInvoices(this);
    m_payments = new DebtorFilePayments(this);
    m_ui->sections->addTab(m_invoices, tr("&Invoices"));
    m_ui->sections->addTab(m_payments, tr("Pa&yments"));
    m_ui->sections->addTab(m_contacts, tr("Con&tacts"));
    m_timeline = new DebtorFileTimeline(context, debtorId, m_ui->timelineHost);
    m_ui->timelineLayout->addWidget(m_timeline);
    m_ui->splitter->setStretchFactor(0, 5);
    m_ui->splitter->setStretchFactor(1, 6);

    m_ui->callButton->setDefaultAction(actions.startCall);
    m_ui->paymentButton->setDefaultAction(actions.recordPayment);
    m_ui->noteButton->setDefaultAction(actions.addNote);
    m_ui->followUpButton->setDefaultAction(actions.scheduleFollowUp);
    m_ui->editButton->setDefaultAction(actions.editDebtor);
    m_ui->doNotContactButton->setDefaultAction(actions.doNotContact);
    m_ui->documentsButton->addActions(
        {actions.statement, actions.paymentReminder, actions.confirmationLetter, actions.paidInFullLetter});
    m_ui->documentsButton->setDefaultAction(actions.statement);
    // Icons only where the words do not fit: beside a call, on a small screen.
    new CompactButtonRow(m_ui->actionRow, {m_ui->callButton, m_ui->paymentButton, m_ui->noteButton,
                                           m_ui->followUpButton, m_ui->documentsButton, m_ui->editButton,
                                           m_ui->doNotContactButton});
    m_contacts->setActions(actions.addContact, actions.editContact);
    m_invoices->setActions(actions.addInvoice, actions.editInvoice, actions.disputeInvoice, actions.adjustBalance);
    m_payments->setActions(actions.recordPayment, actions.reversePayment);
    m_timeline->setActions(actions.correctNote, actions.correctCall);

    connect(m_contacts, &DebtorFileContacts::selectionChanged, this, &DebtorFileView::selectionChanged);
    connect(m_invoices, &DebtorFileInvoices::selectionChanged, this, &DebtorFileView::selectionChanged);
    connect(m_payments, &DebtorFilePayments::selectionChanged, this, &DebtorFileView::selectionChanged);
    connect(m_timeline, &DebtorFileTimeline::selectionChanged, this, &DebtorFileView::selectionChanged);
    connect(m_timeline->noteEditor(), &DebtorFileNoteEditor::dirtyChanged, this, &DebtorFileView::titleChanged);
    connect(m_timeline->noteEditor(), &DebtorFileNoteEditor::saved, this, [this](Id, bool correction) {
        reload();
        showMessage(correction ? tr("The correction was added to the file; the corrected note stays as it was.")
                               : tr("The note was added to the file."));
        Q_EMIT changed(m_debtorId);
    });

    m_clockTimer.setInterval(kCallStatusRefreshMs);
    connect(&m_clockTimer, &QTimer::timeout, this, &DebtorFileView::refreshCallStatus);
    m_clockTimer.start();
    reload();
}

DebtorFileView::~DebtorFileView() = default;

void DebtorFileView::setDeskUser(std::optional<domain::Id> userId)
{
    m_context.userId = userId;
    m_timeline->noteEditor()->setUserId(userId);
    reload();
}

void DebtorFileView::reload()
{
    try {
        auto file = services::DebtorFileReader(m_context.db)
                        .read(m_debtorId, m_context.clock.today(), m_context.clock.nowUtc());
        if (!file) {
            m_loaded = false;
            m_error = tr("This debtor is no longer in the file.");
            showMessage(m_error.toHtmlEscaped());
            return;
        }
        m_file = std::move(*file);
        m_maySupervise = services::maySupervise(m_context.db, m_context.userId);
    } catch (const store::StoreError &e) {
        spdlog::error("ui: debtor file {} could not be read", m_debtorId);
        m_loaded = false;
        m_error = e.message();
        showMessage(m_error.toHtmlEscaped());
        return;
    }
    m_loaded = true;
    m_error.clear();
    m_money = MoneyFormatter(m_file.settings.currencyCode);
    m_header->setFile(m_file, m_money);
    QHash<QString, QDate> wrongNumbers;
    for (const Contact &c : std::as_const(m_file.contacts))
        for (const Phone &p : c.phones)
            if (const auto on = m_file.wrongNumberOn(p.number))
                wrongNumbers.insert(p.number, *on);
    m_contacts->setContacts(m_file.contacts, wrongNumbers);
    m_invoices->setInvoices(m_file.invoices, m_file.today, m_money);
    m_payments->setFile(m_file, m_money);
    m_timeline->setFile(m_file, m_money);
    Q_EMIT titleChanged();
    Q_EMIT selectionChanged();
}

void DebtorFileView::refreshCallStatus()
{
    if (!m_loaded)
        return;
    try {
        const QDateTime now = m_context.clock.nowUtc();
        store::CallRepository calls(m_context.db);
        m_header->updateCallStatus(now, calls.attemptsSince(m_debtorId, now.addDays(-7)),
                                   calls.attemptsSince(m_debtorId, domain::startOfDebtorDay(now, m_file.debtor.timeZone)));
    } catch (const store::StoreError &) {
        // Kept as last read; the next reload reports the store.
    }
}

QString DebtorFileView::title() const
{
    QString name = m_loaded ? m_file.debtor.name : tr("Debtor %1").arg(m_debtorId);
    if (name.size() > kTitleLength)
        name = name.left(kTitleLength - 1) + QChar(0x2026);
    return hasUnsavedEdits() ? name + QStringLiteral(" •") : name;
}

bool DebtorFileView::hasUnsavedEdits() const
{
    return m_timeline->noteEditor()->isDirty() || (m_call && !m_call->isClosed());
}

bool DebtorFileView::maybeClose()
{
    if (!hasUnsavedEdits())
        return true;
    if (m_call && !m_call->isClosed()) {
        // Nothing is lost either way: the draft stays and comes back.
        if (!Prompter::instance().confirmDiscard(
                this, tr("The call with %1 is not saved. Close the file anyway? What you typed is kept and comes "
                         "back when you open the file again.")
                          .arg(m_file.debtor.name),
                tr("Close and keep the draft")))
            return false;
        m_call->saveDraftNow();
        if (!m_timeline->noteEditor()->isDirty())
            return true;
    }
    return Prompter::instance().confirmDiscard(
        this, tr("The note you were writing in the file of %1 is not saved. Close the file and lose it?")
                  .arg(m_file.debtor.name));
}

QString DebtorFileView::message() const { return m_ui->messageLabel->isVisible() ? m_ui->messageLabel->text() : QString(); }

void DebtorFileView::showMessage(const QString &html)
{
    m_ui->messageLabel->setText(html);
    m_ui->messageLabel->setVisible(!html.isEmpty());
}

template <typename Dialog>
Dialog *DebtorFileView::openForm(Dialog *dialog, std::function<QString(Dialog *)> done)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, done] {
        reload();
        showMessage(done(dialog));
        Q_EMIT changed(m_debtorId);
    });
    dialog->open();
    return dialog;
}

QDialog *DebtorFileView::showDocument(services::DocumentKind kind)
{
    if (!m_loaded)
        return nullptr;
    auto *dialog = new DocumentDialog(m_context, kind, m_debtorId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The history shows what was sent.
    connect(dialog, &DocumentDialog::written, this, &DebtorFileView::reload);
    dialog->open();
    return dialog;
}

QDialog *DebtorFileView::showStatement() { return showDocument(services::DocumentKind::Statement); }
QDialog *DebtorFileView::showConfirmationLetter() { return showDocument(services::DocumentKind::PromiseConfirmation); }
QDialog *DebtorFileView::showPaidInFullLetter() { return showDocument(services::DocumentKind::PaidInFull); }
QDialog *DebtorFileView::showPaymentReminder() { return showDocument(services::DocumentKind::PaymentReminder); }

// The service's own rule says which letters can be written, so the menu
// offers what the letter's window will not refuse.
bool DebtorFileView::canWrite(services::DocumentKind kind) const
{
    return m_loaded && !services::DocumentService::obstacle(kind, m_file);
}

bool DebtorFileView::canWriteConfirmation() const { return canWrite(services::DocumentKind::PromiseConfirmation); }
bool DebtorFileView::canWritePaidInFull() const { return canWrite(services::DocumentKind::PaidInFull); }
bool DebtorFileView::canWriteReminder() const { return canWrite(services::DocumentKind::PaymentReminder); }

PaymentDialog *DebtorFileView::recordPayment(const QString &amountText)
{
    if (!m_loaded)
        return nullptr;
    auto *dialog = new PaymentDialog(m_context, m_file, m_money, this);
    if (!amountText.isEmpty())
        dialog->setAmountText(amountText);
    return openForm<PaymentDialog>(dialog, [this](PaymentDialog *d) {
        return PaymentRecordedText::html(*d->result(), m_file, m_money);
    });
}

QDialog *DebtorFileView::editDebtor()
{
    if (!m_loaded)
        return nullptr;
    return openForm<DebtorDialog>(new DebtorDialog(m_context, m_file.debtor, this),
                                  [](DebtorDialog *) { return tr("The debtor's details were saved."); });
}

QDialog *DebtorFileView::addContact()
{
    if (!m_loaded)
        return nullptr;
    return openForm<ContactDialog>(new ContactDialog(m_context, m_file.debtor, Contact(), this),
                                   [](ContactDialog *) { return tr("The contact was added."); });
}

QDialog *DebtorFileView::editContact()
{
    const Contact *contact = m_loaded ? m_contacts->selectedContact() : nullptr;
    if (!contact) {
        Q_EMIT statusMessage(tr("Select a contact to edit first."));
        return nullptr;
    }
    return openForm<ContactDialog>(new ContactDialog(m_context, m_file.debtor, *contact, this),
                                   [](ContactDialog *) { return tr("The contact was saved."); });
}

QDialog *DebtorFileView::addInvoice()
{
    if (!m_loaded)
        return nullptr;
    const DebtorStatus before = m_file.debtor.status;
    return openForm<InvoiceDialog>(new InvoiceDialog(m_context, m_file.debtor, this), [this, before](InvoiceDialog *) {
        QStringList said{tr("The invoice was added. Outstanding now: %1.").arg(m_money.format(m_file.totals.outstanding))};
        if (before != DebtorStatus::Active && m_file.debtor.status == DebtorStatus::Active)
            said << tr("The debtor owes again and is active again.");
        return said.join(QLatin1Char(' ')).toHtmlEscaped();
    });
}

QDialog *DebtorFileView::editInvoice()
{
    if (!m_loaded)
        return nullptr;
    if (!m_maySupervise) {
        Q_EMIT statusMessage(tr("Only a supervisor can change an invoice."));
        return nullptr;
    }
    const Invoice *invoice = m_invoices->selectedInvoice();
    if (!invoice) {
        Q_EMIT statusMessage(tr("Select an invoice to change first."));
        return nullptr;
    }
    return openForm<InvoiceDialog>(new InvoiceDialog(m_context, m_file.debtor, *invoice, m_money, this),
                                   [this](InvoiceDialog *dialog) {
                                       if (!dialog->changed())
                                           return tr("The invoice already read so: nothing was changed.");
                                       QStringList said{tr("The invoice was changed. Outstanding now: %1.")
                                                            .arg(m_money.format(m_file.totals.outstanding))};
                                       if (dialog->promisesCancelled() > 0)
                                           said << tr("%n pending promise(s) cancelled: nothing is owed.", nullptr,
                                                      dialog->promisesCancelled());
                                       if (dialog->reactivated())
                                           said << tr("The debtor owes again and is active again.");
                                       return said.join(QLatin1Char(' ')).toHtmlEscaped();
                                   });
}

QDialog *DebtorFileView::disputeInvoice()
{
    const Invoice *invoice = m_loaded ? m_invoices->selectedInvoice() : nullptr;
    if (!invoice) {
        Q_EMIT statusMessage(tr("Select an invoice first."));
        return nullptr;
    }
    return openForm<DisputeDialog>(new DisputeDialog(m_context, *invoice, m_money.format(invoice->amount), this),
                                   [](DisputeDialog *) { return tr("The invoice's dispute was saved."); });
}

QDialog *DebtorFileView::reversePayment()
{
    const Payment *payment = m_loaded ? m_payments->selectedPayment() : nullptr;
    if (!payment || payment->reversed()) {
        Q_EMIT statusMessage(tr("Select a payment that counts in the Payments tab first."));
        return nullptr;
    }
    if (!m_maySupervise) {
        Q_EMIT statusMessage(tr("Only a supervisor can reverse a payment."));
        return nullptr;
    }
    return openForm<PaymentReversalDialog>(
        new PaymentReversalDialog(m_context, m_file, *payment, m_money, this), [this](PaymentReversalDialog *dialog) {
            const services::ReversePaymentResult &r = dialog->result();
            QStringList said{tr("The payment was reversed. Outstanding now: %1.").arg(m_money.format(m_file.totals.outstanding))};
            if (r.creditApplied.isPositive())
                said << tr("%1 of the debtor's credit paid what was owed again.").arg(m_money.format(r.creditApplied));
            if (!r.promiseChanges.isEmpty())
                said << tr("%n promise(s) evaluated again.", nullptr, int(r.promiseChanges.size()));
            if (!r.discountsWithdrawn.isEmpty())
                said << tr("%n discount(s) granted on the agreement it completed withdrawn: owed again.", nullptr,
                           int(r.discountsWithdrawn.size()));
            if (r.reactivated)
                said << tr("The debtor owes again and is active again.");
            if (r.callbackAdded)
                said << tr("The debtor's agent has a call-back for today to agree the payment again.");
            return said.join(QLatin1Char(' ')).toHtmlEscaped();
        });
}

QDialog *DebtorFileView::adjustBalance()
{
    if (!m_loaded)
        return nullptr;
    if (!m_maySupervise) {
        Q_EMIT statusMessage(tr("Only a supervisor can adjust a balance."));
        return nullptr;
    }
    if (!m_file.totals.outstanding.isPositive()) {
        Q_EMIT statusMessage(tr("The debtor owes nothing: there is no balance to adjust."));
        return nullptr;
    }
    const Invoice *selected = m_invoices->selectedInvoice();
    return openForm<BalanceAdjustmentDialog>(
        new BalanceAdjustmentDialog(m_context, m_file, selected ? std::optional<Id>(selected->id) : std::nullopt, m_money,
                                    this),
        [this](BalanceAdjustmentDialog *dialog) {
            const services::AdjustBalanceResult &r = dialog->result();
            QStringList said{tr("The balance was adjusted. Outstanding now: %1.").arg(m_money.format(m_file.totals.outstanding))};
            if (r.promisesCancelled > 0)
                said << tr("%n pending promise(s) cancelled: nothing is owed.", nullptr, r.promisesCancelled);
            if (r.closed)
                said << tr("The debtor's status is now Closed.");
            if (r.followUpsCancelled > 0)
                said << tr("%n follow-up(s) left the agenda.", nullptr, r.followUpsCancelled);
            return said.join(QLatin1Char(' ')).toHtmlEscaped();
        });
}

QDialog *DebtorFileView::scheduleFollowUp()
{
    if (!m_loaded)
        return nullptr;
    return openForm<FollowUpDialog>(new FollowUpDialog(m_context, m_file.debtor, this), [](FollowUpDialog *) {
        return tr("The follow-up was scheduled; it shows in the agenda on its day.");
    });
}

QDialog *DebtorFileView::setDoNotContact()
{
    if (!m_loaded)
        return nullptr;
    return openForm<DoNotContactDialog>(new DoNotContactDialog(m_context, m_file.debtor, this), [this](DoNotContactDialog *) {
        return m_file.debtor.doNotContact ? tr("The debtor is marked do-not-contact.")
                                          : tr("Calls to this debtor are allowed again.");
    });
}

void DebtorFileView::addNote()
{
    m_timeline->noteEditor()->focusEditor();
}

void DebtorFileView::correctNote()
{
    if (!m_timeline->correctSelectedNote())
        Q_EMIT statusMessage(tr("Select a note in the history first."));
}

const domain::Call *DebtorFileView::callToCorrect() const
{
    const auto selected = m_loaded ? m_timeline->selectedCallId() : std::nullopt;
    return selected ? m_file.latestVersionOf(*selected) : nullptr;
}

QDialog *DebtorFileView::correctCall()
{
    const domain::Call *call = callToCorrect();
    if (!call) {
        Q_EMIT statusMessage(tr("Select a call in the history first."));
        return nullptr;
    }
    if (!services::CallCorrectionService::mayCorrect(m_context.db, *call, m_context.userId)) {
        Q_EMIT statusMessage(tr("Only the agent who made the call, or a supervisor, can correct it."));
        return nullptr;
    }
    return openForm<CallCorrectionDialog>(new CallCorrectionDialog(m_context, m_file, *call, this),
                                          [](CallCorrectionDialog *) {
                                              return tr("The correction was saved beside the call, which stays "
                                                        "in the history as it was.");
                                          });
}

QString DebtorFileView::desk() const { return DeskUser::login(); }

CallPanel *DebtorFileView::callPanel() const { return m_call; }

bool DebtorFileView::hasCallDraft() const
{
    try {
        return services::CallDrafts(m_context.db, m_context.clock).load(m_debtorId, desk()).has_value();
    } catch (const store::StoreError &) {
        return false;
    }
}

CallPanel *DebtorFileView::startCall()
{
    if (!m_loaded)
        return nullptr;
    if (m_call && !m_call->isClosed()) {
        m_call->focusStage();
        return m_call;
    }
    reload();  // dial on today's figures
    if (!m_loaded)
        return nullptr;
    std::optional<CallWorksheet> recovered;
    try {
        recovered = services::CallDrafts(m_context.db, m_context.clock).load(m_debtorId, desk());
    } catch (const store::StoreError &e) {
        Q_EMIT statusMessage(e.message());
    }
    m_call = new CallPanel(m_context, m_file, m_money, desk(), UiSettings().scriptLanguage(), m_ui->callSplitter);
    m_ui->callSplitter->addWidget(m_call);
    // Beside the call the file's halves go one above the other, each as wide as before.
    m_sidesBeforeCall = m_ui->splitter->sizes();
    m_ui->splitter->setOrientation(Qt::Vertical);
    // The history below gets most of the height: what was said and promised
    // before is what the agent reads during the call (at 1280×800 it was
    // left two rows).
    const int tall = qMax(m_ui->splitter->height(), 400);
    m_ui->splitter->setSizes({tall * 30 / 100, tall - tall * 30 / 100});
    m_timeline->noteEditor()->setCompact(true);
    m_header->setDuringCall(true);
    const int total = qMax(width(), 1000);
    const int panel = qBound(480, total * 45 / 100, 640);
    m_ui->callSplitter->setSizes({total - panel, panel});
    connect(m_call, &CallPanel::saved, this, [this](Id, const QString &summary) {
        reload();
        showMessage(summary.toHtmlEscaped());
        Q_EMIT changed(m_debtorId);
    });
    connect(m_call, &CallPanel::closed, this, &DebtorFileView::closeCall);
    connect(m_call, &CallPanel::startOverRequested, this, [this] {
        closeCall();
        startCall();
    });
    connect(m_call, &CallPanel::statusMessage, this, &DebtorFileView::statusMessage);
    m_call->start(recovered);
    m_call->focusStage();
    Q_EMIT callChanged();
    Q_EMIT titleChanged();
    return m_call;
}

void DebtorFileView::closeCall()
{
    if (!m_call)
        return;
    CallPanel *call = m_call;
    m_call = nullptr;
    call->hide();
    call->deleteLater();
    m_ui->splitter->setOrientation(Qt::Horizontal);
    if (!m_sidesBeforeCall.isEmpty())
        m_ui->splitter->setSizes(m_sidesBeforeCall);
    m_timeline->noteEditor()->setCompact(false);
    m_header->setDuringCall(false);
    m_timeline->focusTable();
    Q_EMIT callChanged();
    Q_EMIT titleChanged();
}

bool DebtorFileView::canEditContact() const { return m_loaded && m_contacts->selectedContact(); }
bool DebtorFileView::canEditInvoice() const { return m_loaded && m_maySupervise && m_invoices->selectedInvoice(); }
bool DebtorFileView::canDisputeInvoice() const { return m_loaded && m_invoices->selectedInvoice(); }
bool DebtorFileView::canReversePayment() const
{
    // Offered to supervisors only (reversing moves money figures), as the
    // agenda offers Reassign.
    const Payment *payment = m_loaded ? m_payments->selectedPayment() : nullptr;
    return payment && !payment->reversed() && m_maySupervise;
}
bool DebtorFileView::canAdjustBalance() const
{
    // Supervisors only, as reversing a payment: it moves what the office
    // says it is owed.
    return m_loaded && m_maySupervise && m_file.totals.outstanding.isPositive();
}
bool DebtorFileView::canCorrectNote() const { return m_loaded && m_timeline->selectedNoteId().has_value(); }

bool DebtorFileView::canCorrectCall() const
{
    const domain::Call *call = callToCorrect();
    try {
        return call && services::CallCorrectionService::mayCorrect(m_context.db, *call, m_context.userId);
    } catch (const store::StoreError &) {
        return false;
    }
}

bool DebtorFileView::showInvoiceFoundBy(const QString &search)
{
    const domain::InvoiceNumberSearch typed = domain::invoiceNumberSearch(search);
    if (!m_loaded || !typed.applies())
        return false;
    // The number typed whole first: "2026" may be the start of many of the
    // debtor's numbers and the whole of one.
    const auto selectNumbered = [this](const std::function<bool(const QString &)> &numbered) {
        return m_invoices->selectFirst([&numbered](const Invoice &invoice) {
            return numbered(invoice.number) ||
                   std::any_of(invoice.formerNumbers.cbegin(), invoice.formerNumbers.cend(), numbered);
        });
    };
    const bool found = selectNumbered([&typed](const QString &n) { return typed.isWhole(n); }) ||
                       selectNumbered([&typed](const QString &n) { return typed.matches(n); });
    if (found)
        m_ui->sections->setCurrentWidget(m_invoices);
    return found;
}

} // namespace libreta::ui
