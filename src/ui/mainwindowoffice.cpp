// The MainWindow's dialogs that keep the office: its rules, its call
// script, its users, its activity log, who works which debtors, and the
// discounts waiting for a supervisor (with the notice that tells of them). Split from
// mainwindow.cpp, which builds the window and its sections.

#include "ui/mainwindow.h"

#include "services/discountapprovalservice.h"
#include "services/reviewservice.h"
#include "services/supervision.h"
#include "store/database.h"
#include "store/storeerror.h"
#include "ui/activitylogdialog.h"
#include "ui/assigndialog.h"
#include "ui/changepindialog.h"
#include "ui/datatransfer.h"
#include "ui/debtorfiletabs.h"
#include "ui/deskuser.h"
#include "ui/discountapprovalsdialog.h"
#include "ui/documentbatchdialog.h"
#include "ui/formcontext.h"
#include "ui/noticebar.h"
#include "ui/officedetailsdialog.h"
#include "ui/officerulesdialog.h"
#include "ui/portfoliomodel.h"
#include "ui/portfolioview.h"
#include "ui/reviewlistmodel.h"
#include "ui/reviewsview.h"
#include "ui/scriptdialog.h"
#include "ui/statusfigures.h"
#include "ui/uisettings.h"
#include "ui/usersdialog.h"

#include <spdlog/spdlog.h>

namespace libreta::ui {

QDialog *MainWindow::showOfficeDetails()
{
    // What every letter and statement says about how to reach and pay the
    // office: kept with the office, not only behind a document's preview.
    auto *dialog = new OfficeDetailsDialog(FormContext{*m_db, *m_clock, DeskUser::id(*m_db)}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { showStatusMessage(tr("Office details saved.")); });
    dialog->open();
    return dialog;
}

QDialog *MainWindow::showOfficeRules()
{
    auto *dialog = new OfficeRulesDialog(FormContext{*m_db, *m_clock, DeskUser::id(*m_db)}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 moved = dialog->movedDebtors();
        showStatusMessage(moved > 0 ? tr("Office rules saved; %n debtor(s) moved to the new time zone.", nullptr,
                                         int(moved))
                                    : tr("Office rules saved."));
        // The files' call lines read the calling window and the attempts.
        refresh();
    });
    dialog->open();
    return dialog;
}

QDialog *MainWindow::showCallScript()
{
    auto *dialog =
        new ScriptDialog(FormContext{*m_db, *m_clock, DeskUser::id(*m_db)}, UiSettings().scriptLanguage(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // A call already open keeps the words it started with.
        if (const auto version = dialog->savedVersion())
            showStatusMessage(tr("Call script saved: version %1.").arg(*version));
        else
            showStatusMessage(tr("The call script had no changes; nothing was saved."));
    });
    dialog->open();
    return dialog;
}

ActivityLogDialog *MainWindow::showActivityLog(std::optional<domain::Id> debtorId)
{
    auto *dialog = new ActivityLogDialog(*m_db, *m_clock, DeskUser::id(*m_db), debtorId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ActivityLogDialog::openDebtor, this, &MainWindow::showDebtorFile);
    connect(dialog, &ActivityLogDialog::exportRequested, this,
            [this](const services::ExportRequest &request) { m_transfer->chooseAndExport(request, *m_db); });
    dialog->open();
    return dialog;
}

AssignDialog *MainWindow::showAssignDebtors()
{
    auto *dialog = new AssignDialog(FormContext{*m_db, *m_clock, DeskUser::id(*m_db)}, m_portfolio->model()->query(),
                                    m_portfolio->selectedDebtorIds(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // The agent column, the agenda's people and the files' headers move.
        m_portfolio->reload();
        refresh();
        showStatusMessage(dialog->resultText());
    });
    dialog->open();
    return dialog;
}

DocumentBatchDialog *MainWindow::showBatchDocuments()
{
    auto *dialog = new DocumentBatchDialog(FormContext{*m_db, *m_clock, DeskUser::id(*m_db)},
                                           m_portfolio->model()->query(), m_portfolio->selectedDebtorIds(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DocumentBatchDialog::batchEnded, this, [this, dialog](qint64 written) {
        if (written == 0)
            return;
        // Files open in tabs show the letters just written in their history.
        m_files->reloadAll();
        showStatusMessage(dialog->resultText());
    });
    dialog->open();
    return dialog;
}

DiscountApprovalsDialog *MainWindow::showDiscountApprovals()
{
    auto *dialog = new DiscountApprovalsDialog(*m_db, *m_clock, DeskUser::id(*m_db), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DiscountApprovalsDialog::openDebtor, this, &MainWindow::showDebtorFile);
    // The file shows the decision and the agenda the agent's call-back.
    // The band's count follows the decisions, and goes with the last. Its
    // own button hid it to open this: it comes back, counted again, for
    // those left when the form closes.
    const auto recount = [this] {
        if (m_notice->isHidden() || m_notice->text() == m_discountNotice) {
            m_notice->dismiss();
            remindDiscounts();
        }
    };
    connect(dialog, &DiscountApprovalsDialog::decided, this, [this, recount] {
        recount();
        refresh();
        showStatusMessage(tr("Decision saved; the agent has a call-back for today to tell the debtor."));
    });
    connect(dialog, &QDialog::finished, this, recount);
    dialog->open();
    return dialog;
}

QDialog *MainWindow::showOfficeUsers()
{
    auto *dialog = new UsersDialog(*m_db, *m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Names in the status bar, the agent filter and the forms' lists.
    connect(dialog, &UsersDialog::usersChanged, this, [this] {
        m_portfolio->reloadFilterChoices();
        m_reviews->reload();
        refresh();
    });
    dialog->open();
    return dialog;
}

QDialog *MainWindow::changeOwnPin()
{
    const auto me = DeskUser::current(*m_db);
    if (!me) {
        showStatusMessage(tr("Say who is working first (File ▸ Who is working…): a PIN is a person's."));
        return nullptr;
    }
    auto *dialog = new ChangePinDialog(FormContext{*m_db, *m_clock, me->id}, me->login, me->hasPin, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_figures->refresh(*m_db);
        showStatusMessage(tr("Your PIN was saved."));
    });
    dialog->open();
    return dialog;
}

void MainWindow::remindWhatWaits()
{
    remindDiscounts();
    remindReviews();
}

void MainWindow::remindDiscounts()
{
    // A call-back due now says more than this: it keeps the band.
    if (!m_notice->isHidden())
        return;
    int waiting = 0;
    try {
        if (services::maySupervise(*m_db, DeskUser::id(*m_db)))
            waiting = services::DiscountApprovalService(*m_db, *m_clock).waitingCount();
    } catch (const store::StoreError &e) {
        spdlog::warn("ui: could not count the discounts waiting: {}", e.message().toStdString());
        return;
    }
    if (waiting == 0)
        return;
    m_notice->showNotice(
        tr("%Ln discount(s) agreed above the office's limit wait for a supervisor's decision.", nullptr, waiting),
        NoticeBar::Tone::Info, {{tr("Decide them…"), [this] { showDiscountApprovals(); }}});
    m_discountNotice = m_notice->text();
}

void MainWindow::remindReviews()
{
    // Already on Reviews (the file opened there): they are read now.
    if (currentSection() == ReviewsSection) {
        reviewsRead();
        return;
    }
    // A call-back due now, or the discounts a supervisor decides, keep the band.
    if (!m_notice->isHidden())
        return;
    int unread = 0;
    try {
        unread = services::ReviewService(*m_db, *m_clock, DeskUser::id(*m_db)).unreadReviews();
    } catch (const store::StoreError &e) {
        spdlog::warn("ui: could not count the reviews not read: {}", e.message().toStdString());
        return;
    }
    if (unread == 0)
        return;
    m_notice->showNotice(tr("%Ln new review(s) of your calls since you last read them: a supervisor's scores "
                            "and coaching.",
                            nullptr, unread),
                         NoticeBar::Tone::Info, {{tr("Read them"), [this] { showSection(ReviewsSection); }}});
    m_reviewsNotice = m_notice->text();
}

void MainWindow::deskUserReviewsChanged()
{
    if (!m_notice->isHidden() && m_notice->text() == m_reviewsNotice)
        m_notice->dismiss();
    m_reviews->model()->setNewSince({});
    if (currentSection() == ReviewsSection)
        reviewsRead();
}

void MainWindow::reviewsRead()
{
    try {
        const auto news = services::ReviewService(*m_db, *m_clock, DeskUser::id(*m_db)).takeNews();
        // What is news stays marked while the agent reads it, through later
        // visits that bring nothing new; a call reviewed late may be older
        // than the list's first day, and a reviewed call is not among the
        // unscored.
        if (!news.since)
            m_reviews->model()->setNewSince({});
        else if (news.unread > 0) {
            m_reviews->model()->setNewSince(*news.since);
            m_reviews->showNews(news.oldestCallDay.value_or(QDate()));
        }
    } catch (const store::StoreError &e) {
        spdlog::warn("ui: could not keep when the reviews were read: {}", e.message().toStdString());
    }
    if (!m_notice->isHidden() && m_notice->text() == m_reviewsNotice)
        m_notice->dismiss();
}

} // namespace libreta::ui
