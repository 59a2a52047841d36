#pragma once

#include "services/debtorfile.h"
#include "services/documentservice.h"
#include "ui/formcontext.h"
#include "ui/moneyformatter.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QDialog;

namespace Ui {
class DebtorFileView;
}

namespace libreta::ui {

class CallPanel;
class DebtorFileActions;
class DebtorFileContacts;
class DebtorFileHeader;
class DebtorFileInvoices;
class DebtorFilePayments;
class DebtorFileTimeline;
class PaymentDialog;

// One debtor's file (expediente) in its own tab: the header an agent reads
// before dialling, contacts, invoices and payments beside the history, and
// the actions on the file. Forms open window-modal without blocking (so
// tests can fill them) and save through services; after every save the
// file is read again and `changed` tells the portfolio.
class DebtorFileView final : public QWidget {
    Q_OBJECT

public:
    DebtorFileView(const FormContext &context, domain::Id debtorId, const DebtorFileActions &actions,
                   QWidget *parent = nullptr);
    ~DebtorFileView() override;

    domain::Id debtorId() const { return m_debtorId; }
    // False when the debtor is gone (or the store failed): see errorText().
    bool isLoaded() const { return m_loaded; }
    QString errorText() const { return m_error; }
    const services::DebtorFile &file() const { return m_file; }
    const MoneyFormatter &money() const { return m_money; }
    // The tab's title: the debtor's name, marked while a note is unsaved.
    QString title() const;
    bool hasUnsavedEdits() const;
    // Asks before unsaved edits are lost; true when the file may close.
    bool maybeClose();
    void reload();
    // Opened from a search that can be an invoice number ("4452"): shows
    // the Invoices tab with the first invoice it finds (by its number or
    // the one it came with) selected, so the agent sees which invoice the
    // debtor was found by. False, changing nothing, when none matches.
    bool showInvoiceFoundBy(const QString &search);
    // Who is working changed (File ▸ Who is working): what this file does
    // from now on is theirs, with their role's actions. A guided call already
    // under way stays with whoever started it.
    void setDeskUser(std::optional<domain::Id> userId);
    // The banner under the header: what the last action did.
    QString message() const;
    // Takes the banner away: the file is come back to for something new.
    void forgetMessage() { showMessage(QString()); }

    DebtorFileHeader *header() const { return m_header; }
    DebtorFileContacts *contacts() const { return m_contacts; }
    DebtorFileInvoices *invoices() const { return m_invoices; }
    DebtorFilePayments *payments() const { return m_payments; }
    DebtorFileTimeline *timeline() const { return m_timeline; }

    // The actions. Each form opens window-modal and returns at once.
    PaymentDialog *recordPayment(const QString &amountText = {});
    QDialog *editDebtor();
    QDialog *addContact();
    QDialog *editContact();
    QDialog *addInvoice();
    // The invoice selected in the Invoices tab; supervisors only.
    QDialog *editInvoice();
    QDialog *disputeInvoice();
    // The payment selected in the Payments tab; supervisors only.
    QDialog *reversePayment();
    QDialog *adjustBalance();
    QDialog *scheduleFollowUp();
    QDialog *setDoNotContact();
    void addNote();
    void correctNote();
    // Opens the correction of the selected call (of its latest correction,
    // when it was corrected already); nullptr when no call is selected or
    // the person may not correct it (the status bar says why).
    QDialog *correctCall();
    // The guided call, in a panel beside the file (the file stays in view).
    // Opens the panel, or goes back to it when a call is in progress; a
    // draft of an unsaved call with this debtor comes back in it.
    CallPanel *startCall();
    CallPanel *callPanel() const;
    bool hasCallDraft() const;

    // Documents: shown window-modal with Save as PDF and Print.
    QDialog *showStatement();
    QDialog *showConfirmationLetter();
    QDialog *showPaidInFullLetter();
    QDialog *showPaymentReminder();
    bool canWriteConfirmation() const;
    bool canWritePaidInFull() const;
    bool canWriteReminder() const;
    bool canWrite(services::DocumentKind kind) const;
    // Which actions make sense now (a contact or invoice selected...).
    bool canEditContact() const;
    bool canEditInvoice() const;
    bool canDisputeInvoice() const;
    bool canReversePayment() const;
    bool canAdjustBalance() const;
    bool canCorrectNote() const;
    bool canCorrectCall() const;

Q_SIGNALS:
    // Something in the file was saved: the portfolio's figures moved.
    void changed(domain::Id debtorId);
    void titleChanged();
    void selectionChanged();
    void statusMessage(const QString &text);
    // A call started or ended: the call actions follow.
    void callChanged();

private:
    void closeCall();
    QString desk() const;
    // The selected call's latest version (a corrected call's correction).
    const domain::Call *callToCorrect() const;
    template <typename Dialog>
    Dialog *openForm(Dialog *dialog, std::function<QString(Dialog *)> done);
    void showMessage(const QString &html);
    QDialog *showDocument(services::DocumentKind kind);
    void refreshCallStatus();

    std::unique_ptr<::Ui::DebtorFileView> m_ui;
    FormContext m_context;
    domain::Id m_debtorId = 0;
    services::DebtorFile m_file;
    MoneyFormatter m_money;
    bool m_loaded = false;
    bool m_maySupervise = false;  // the desk's person, read with the file
    QString m_error;
    DebtorFileHeader *m_header = nullptr;
    DebtorFileContacts *m_contacts = nullptr;
    DebtorFileInvoices *m_invoices = nullptr;
    DebtorFilePayments *m_payments = nullptr;
    DebtorFileTimeline *m_timeline = nullptr;
    const DebtorFileActions *m_actions = nullptr;
    QPointer<CallPanel> m_call;
    QTimer m_clockTimer;
    QList<int> m_sidesBeforeCall;  // the file's halves side by side, restored after a call
};

} // namespace libreta::ui
