#include "ui/debtorfiletabs.h"

#include "services/calldrafts.h"
#include "store/debtorrepository.h"
#include "store/storeerror.h"
#include "ui/callpanel.h"
#include "ui/debtordialog.h"
#include "ui/debtorfileactions.h"
#include "ui/debtorfiletimeline.h"
#include "ui/debtorfileview.h"
#include "ui/deskuser.h"
#include "ui/itemroles.h"
#include "ui/portfoliomodel.h"
#include "ui/portfolioview.h"

#include <QAbstractItemView>
#include <QAction>
#include <QTabBar>
#include <QToolButton>

namespace libreta::ui {

DebtorFileTabs::DebtorFileTabs(store::Database &db, PortfolioView *portfolio, QWidget *parent)
    : QTabWidget(parent), m_db(db), m_portfolio(portfolio)
{
    setObjectName(QStringLiteral("debtorFileTabs"));
    setDocumentMode(true);
    setTabsClosable(true);
    setMovable(true);
    addTab(portfolio, tr("Portfolio"));
    // The portfolio is where files come from: it has no close button.
    for (auto side : {QTabBar::LeftSide, QTabBar::RightSide})
        if (tabBar()->tabButton(0, side))
            tabBar()->setTabButton(0, side, nullptr);

    m_actions = new DebtorFileActions(this);
    auto *newDebtorButton = new QToolButton(this);
    newDebtorButton->setDefaultAction(m_actions->newDebtor);
    newDebtorButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    newDebtorButton->setAutoRaise(true);
    setCornerWidget(newDebtorButton, Qt::TopRightCorner);

    connect(this, &QTabWidget::tabCloseRequested, this, &DebtorFileTabs::closeFile);
    connect(this, &QTabWidget::currentChanged, this, &DebtorFileTabs::onCurrentChanged);
    connectPortfolio();
    connectActions();
    updateActions();
}

DebtorFileTabs::~DebtorFileTabs() = default;

void DebtorFileTabs::connectPortfolio()
{
    // Enter and double-click both "activate" a row of the portfolio table.
    auto *table = m_portfolio->findChild<QAbstractItemView *>(QStringLiteral("table"));
    if (!table)
        return;
    connect(table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QVariant id = index.data(IdRole);
        if (!id.isValid())
            return;
        // Found by an invoice's number: the file shows which invoice.
        if (DebtorFileView *file = openDebtor(id.toLongLong()))
            file->showInvoiceFoundBy(m_portfolio->model()->searchText());
    });
}

void DebtorFileTabs::connectActions()
{
    auto onFile = [this](QAction *action, auto member) {
        connect(action, &QAction::triggered, this, [this, member] {
            if (DebtorFileView *file = currentFile())
                (file->*member)();
        });
    };
    onFile(m_actions->editDebtor, &DebtorFileView::editDebtor);
    onFile(m_actions->addContact, &DebtorFileView::addContact);
    onFile(m_actions->editContact, &DebtorFileView::editContact);
    onFile(m_actions->addInvoice, &DebtorFileView::addInvoice);
    onFile(m_actions->editInvoice, &DebtorFileView::editInvoice);
    onFile(m_actions->disputeInvoice, &DebtorFileView::disputeInvoice);
    onFile(m_actions->reversePayment, &DebtorFileView::reversePayment);
    onFile(m_actions->adjustBalance, &DebtorFileView::adjustBalance);
    onFile(m_actions->addNote, &DebtorFileView::addNote);
    onFile(m_actions->correctNote, &DebtorFileView::correctNote);
    onFile(m_actions->correctCall, &DebtorFileView::correctCall);
    onFile(m_actions->scheduleFollowUp, &DebtorFileView::scheduleFollowUp);
    onFile(m_actions->doNotContact, &DebtorFileView::setDoNotContact);
    onFile(m_actions->statement, &DebtorFileView::showStatement);
    onFile(m_actions->confirmationLetter, &DebtorFileView::showConfirmationLetter);
    onFile(m_actions->paidInFullLetter, &DebtorFileView::showPaidInFullLetter);
    onFile(m_actions->paymentReminder, &DebtorFileView::showPaymentReminder);
    connect(m_actions->recordPayment, &QAction::triggered, this, [this] {
        if (DebtorFileView *file = currentFile())
            file->recordPayment();
    });
    connect(m_actions->startCall, &QAction::triggered, this, [this] {
        if (DebtorFileView *file = currentFile())
            file->startCall();
    });
    auto onCall = [this](QAction *action, auto member) {
        connect(action, &QAction::triggered, this, [this, member] {
            DebtorFileView *file = currentFile();
            CallPanel *call = file ? file->callPanel() : nullptr;
            if (call && call->isVisible())
                (call->*member)();
        });
    };
    onCall(m_actions->nextStage, &CallPanel::nextStage);
    onCall(m_actions->previousStage, &CallPanel::previousStage);
    onCall(m_actions->saveCall, &CallPanel::save);
    onCall(m_actions->discardCall, &CallPanel::discard);
    connect(m_actions->closeFile, &QAction::triggered, this, [this] {
        if (currentFile())
            closeFile(currentIndex());
    });
    connect(m_actions->newDebtor, &QAction::triggered, this, &DebtorFileTabs::newDebtor);
    connect(m_actions->nextTab, &QAction::triggered, this, [this] { setCurrentIndex((currentIndex() + 1) % count()); });
    connect(m_actions->previousTab, &QAction::triggered, this,
            [this] { setCurrentIndex((currentIndex() + count() - 1) % count()); });
}

void DebtorFileTabs::updateActions()
{
    DebtorFileView *file = currentFile();
    const bool loaded = file && file->isLoaded();
    for (QAction *action : m_actions->fileActions())
        action->setEnabled(loaded);
    m_actions->closeFile->setEnabled(file != nullptr);
    m_actions->editContact->setEnabled(loaded && file->canEditContact());
    m_actions->editInvoice->setEnabled(loaded && file->canEditInvoice());
    m_actions->disputeInvoice->setEnabled(loaded && file->canDisputeInvoice());
    m_actions->reversePayment->setEnabled(loaded && file->canReversePayment());
    m_actions->adjustBalance->setEnabled(loaded && file->canAdjustBalance());
    m_actions->correctNote->setEnabled(loaded && file->canCorrectNote());
    m_actions->correctCall->setEnabled(loaded && file->canCorrectCall());
    const bool calling = loaded && file->callPanel();
    for (QAction *action : m_actions->callActions())
        action->setEnabled(calling);
    m_actions->confirmationLetter->setEnabled(loaded && file->canWriteConfirmation());
    m_actions->paidInFullLetter->setEnabled(loaded && file->canWritePaidInFull());
    m_actions->paymentReminder->setEnabled(loaded && file->canWriteReminder());
}

DebtorFileView *DebtorFileTabs::currentFile() const { return qobject_cast<DebtorFileView *>(currentWidget()); }

QList<DebtorFileView *> DebtorFileTabs::files() const
{
    QList<DebtorFileView *> out;
    for (int i = 0; i < count(); ++i)
        if (auto *file = qobject_cast<DebtorFileView *>(widget(i)))
            out.append(file);
    return out;
}

DebtorFileView *DebtorFileTabs::fileFor(domain::Id debtorId) const
{
    for (DebtorFileView *file : files())
        if (file->debtorId() == debtorId)
            return file;
    return nullptr;
}

DebtorFileView *DebtorFileTabs::openDebtor(domain::Id debtorId)
{
    DebtorFileView *file = fileFor(debtorId);
    if (!file) {
        file = new DebtorFileView(FormContext{m_db, *m_clock, DeskUser::id(m_db)}, debtorId, *m_actions, this);
        const int index = addTab(file, file->title());
        setTabToolTip(index, file->isLoaded() ? tr("%1 (%2)").arg(file->file().debtor.name, file->file().debtor.externalRef)
                                              : file->errorText());
        connect(file, &DebtorFileView::titleChanged, this, [this, file] { setTabText(indexOf(file), file->title()); });
        connect(file, &DebtorFileView::selectionChanged, this, [this, file] {
            if (file == currentFile())
                updateActions();
        });
        connect(file, &DebtorFileView::changed, this, &DebtorFileTabs::fileChanged);
        connect(file, &DebtorFileView::statusMessage, this, &DebtorFileTabs::statusMessage);
        connect(file, &DebtorFileView::callChanged, this, [this, file] {
            if (file == currentFile())
                updateActions();
        });
        setCurrentWidget(file);
        file->timeline()->focusTable();
        // Nothing typed in a call is lost: an unsaved one comes back.
        if (file->isLoaded() && file->hasCallDraft()) {
            file->startCall();
            Q_EMIT statusMessage(tr("A call with %1 was never saved: it is back beside the file.")
                                     .arg(file->file().debtor.name));
        }
        return file;
    }
    setCurrentWidget(file);
    if (CallPanel *call = file->callPanel()) {
        call->focusStage();
    } else {
        // Come back to later (Next call, the portfolio): what the last
        // action there did is old news ("Se agregó la factura…").
        file->forgetMessage();
        file->timeline()->focusTable();
    }
    return file;
}

DebtorFileView *DebtorFileTabs::startCall(domain::Id debtorId)
{
    DebtorFileView *file = openDebtor(debtorId);
    if (file && file->isLoaded())
        file->startCall();
    return file;
}

DebtorFileView *DebtorFileTabs::startQueuedCall(domain::Id debtorId)
{
    for (DebtorFileView *file : files()) {
        const domain::Id id = file->debtorId();
        const bool callOver = !file->callPanel() || file->callPanel()->isClosed();
        if (id != debtorId && m_queuedFiles.contains(id) && callOver && !file->hasCallDraft()
            && !file->hasUnsavedEdits())
            closeFile(indexOf(file));
    }
    const bool wasOpen = fileFor(debtorId) != nullptr;
    DebtorFileView *file = startCall(debtorId);
    if (file && !wasOpen)
        m_queuedFiles.insert(debtorId);
    return file;
}

int DebtorFileTabs::reopenCallDrafts()
{
    constexpr int kMostDrafts = 5;  // a crash mid-call leaves one; more is unusual
    QList<domain::Id> debtors;
    try {
        for (const domain::CallWorksheet &w : services::CallDrafts(m_db, *m_clock).forDesk(DeskUser::login(), kMostDrafts))
            debtors << w.debtorId;
    } catch (const store::StoreError &e) {
        Q_EMIT statusMessage(e.message());
        return 0;
    }
    for (domain::Id id : std::as_const(debtors))
        openDebtor(id);
    return int(debtors.size());
}

DebtorFileView *DebtorFileTabs::openDebtorByRef(const QString &externalRef)
{
    try {
        if (const auto debtor = store::DebtorRepository(m_db).byRef(externalRef.trimmed()))
            return openDebtor(debtor->id);
    } catch (const store::StoreError &e) {
        Q_EMIT statusMessage(e.message());
        return nullptr;
    }
    Q_EMIT statusMessage(tr("No debtor has the reference %1.").arg(externalRef));
    return nullptr;
}

bool DebtorFileTabs::closeFile(int index)
{
    auto *file = qobject_cast<DebtorFileView *>(widget(index));
    if (!file || !file->maybeClose())
        return false;
    const domain::Id debtorId = file->debtorId();
    m_queuedFiles.remove(debtorId);
    removeTab(index);
    file->deleteLater();
    // The keys go on working where the person now looks (Ctrl+W again, the
    // next file), not on whatever button Qt hands the focus to.
    if (QWidget *shown = currentWidget())
        shown->setFocus(Qt::OtherFocusReason);
    Q_EMIT fileClosed(debtorId);
    return true;
}

bool DebtorFileTabs::closeAllFiles()
{
    for (DebtorFileView *file : files()) {
        setCurrentWidget(file);
        if (!closeFile(indexOf(file)))
            return false;
    }
    return true;
}

void DebtorFileTabs::deskUserChanged()
{
    const auto user = DeskUser::id(m_db);
    for (DebtorFileView *file : files())
        file->setDeskUser(user);
}

void DebtorFileTabs::reloadAll()
{
    for (DebtorFileView *file : files())
        file->reload();
    m_portfolio->reload();
    m_portfolioStale = false;
}

void DebtorFileTabs::fileChanged()
{
    // The portfolio re-reads when it is next shown, not while a file is worked.
    m_portfolioStale = true;
    if (auto *file = qobject_cast<DebtorFileView *>(sender())) {
        setTabToolTip(indexOf(file), tr("%1 (%2)").arg(file->file().debtor.name, file->file().debtor.externalRef));
        Q_EMIT debtorChanged(file->debtorId());
    }
    updateActions();
}

void DebtorFileTabs::onCurrentChanged(int index)
{
    updateActions();
    if (widget(index) == m_portfolio && m_portfolioStale) {
        m_portfolioStale = false;
        m_portfolio->reload();
    }
}

QDialog *DebtorFileTabs::newDebtor()
{
    auto *dialog = new DebtorDialog(FormContext{m_db, *m_clock, DeskUser::id(m_db)}, domain::Debtor(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_portfolioStale = true;
        openDebtor(dialog->debtorId());
        Q_EMIT debtorChanged(dialog->debtorId());
        Q_EMIT statusMessage(tr("The debtor was added. Add their contacts and invoices in the file."));
    });
    dialog->open();
    return dialog;
}

} // namespace libreta::ui
