#pragma once

// The guided-call tests' desk: an office with one debtor who owes 1,000.00,
// a main window on it, a clock, and keys typed where the focus is.

#include "debtorfiletesthelpers.h"
#include "store/contactrepository.h"
#include "store/database.h"
#include "store/settingsrepository.h"
#include "store/userrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/callnegotiationpage.h"
#include "ui/callpanel.h"
#include "ui/debtorfileview.h"
#include "ui/debtorfiletabs.h"
#include "ui/mainwindow.h"

#include <QApplication>

#include <algorithm>
#include <memory>

namespace libreta::test::calls {

using namespace libreta::domain;

inline const QDateTime kDay(QDate(2026, 3, 10), QTime(17, 0), Qt::UTC);    // 11:00 in Mexico City
inline const QDateTime kNight(QDate(2026, 3, 11), QTime(5, 0), Qt::UTC);   // 23:00 in Mexico City

// An office with one debtor who owes 1,000.00 and can be reached by phone,
// a main window on it, and a clock that says it is `now`.
struct CallDesk {
    test::PrompterScope prompts;
    test::TempDb t;
    FixedClock clock{kDay};
    Id debtorId = 0;
    std::unique_ptr<ui::MainWindow> window;

    explicit CallDesk(const QDateTime &now = kDay)
    {
        clock.set(now);
        store::SettingsRepository settings(t.db());
        OfficeSettings s = settings.load();
        s.officeName = QStringLiteral("Despacho Prueba");
        s.paymentInstructions = QStringLiteral("Deposit to account 0123-456, quoting {reference}.");
        settings.save(s);
        debtorId = test::addDebtor(t.db(), QStringLiteral("R-1"), QStringLiteral("José Pérez Núñez"));
        test::addInvoice(t.db(), debtorId, QStringLiteral("F-1"), kDay.date().addDays(-40), test::pesos(1000));
        Contact c;
        c.debtorId = debtorId;
        c.name = QStringLiteral("José Pérez Núñez");
        c.role = ContactRole::Debtor;
        c.phones = {{0, QStringLiteral("+52 55-1234-5678"), QStringLiteral("mobile")}};
        store::ContactRepository(t.db()).add(c);
        open();
    }

    void open()
    {
        window = std::make_unique<ui::MainWindow>(std::move(t.database));
        window->debtorFiles()->setClock(clock);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        window->showSection(ui::MainWindow::PortfolioSection);
    }

    // The program dies: the window goes without anything being saved.
    void crashAndRestart()
    {
        window.reset();
        t.reopen();
        open();
    }

    store::Database &db() { return window->database(); }
    // A user of the office: with one listed, the desk's login is theirs
    // and their role counts (an office listing nobody is one person's).
    Id addUser(const char *login, const QString &name, UserRole role)
    {
        User user;
        user.login = QString::fromLatin1(login);
        user.displayName = name;
        user.role = role;
        return store::UserRepository(db()).add(user);
    }
    ui::DebtorFileView *openFile()
    {
        ui::DebtorFileView *file = window->debtorFiles()->openDebtor(debtorId);
        REQUIRE(file);
        return file;
    }
    ui::CallPanel *panel() { return window->debtorFiles()->currentFile()->callPanel(); }
    // The file opened and a call started on it (Ctrl+T): its panel.
    ui::CallPanel *startCall()
    {
        openFile();
        key(Qt::Key_T, Qt::ControlModifier);
        ui::CallPanel *call = panel();
        REQUIRE(call);
        return call;
    }
    // The file opened, a call started, the debtor answering: its
    // negotiation, by keyboard.
    ui::CallNegotiationPage *negotiateWithDebtor()
    {
        ui::CallPanel *call = startCall();
        key(Qt::Key_1, Qt::AltModifier);  // the debtor answered
        key(Qt::Key_Right, Qt::AltModifier);
        key(Qt::Key_Right, Qt::AltModifier);
        REQUIRE(call->stage() == CallStage::Negotiation);
        return call->negotiationPage();
    }

    // The file opened, a call started, the debtor answering with a reason
    // (the invoice never arrived), then saying no at the pre-close.
    ui::CallPanel *refuseAtPreClose()
    {
        ui::CallPanel *call = startCall();
        key(Qt::Key_1, Qt::AltModifier);
        key(Qt::Key_Right, Qt::AltModifier);
        key(Qt::Key_Down);  // invoice not received
        key(Qt::Key_Right, Qt::AltModifier);
        key(Qt::Key_Right, Qt::AltModifier);
        REQUIRE(call->stage() == CallStage::PreClose);
        key(Qt::Key_1, Qt::AltModifier);  // refusal
        return call;
    }

    // From the negotiation: the debtor accepts it all, confirms the
    // commitment read back, and the agent saves (Ctrl+S).
    void acceptConfirmAndSave(ui::CallPanel *call)
    {
        key(Qt::Key_Right, Qt::AltModifier);
        key(Qt::Key_3, Qt::AltModifier);  // full acceptance
        key(Qt::Key_Right, Qt::AltModifier);
        REQUIRE(call->stage() == CallStage::Close);
        key(Qt::Key_1, Qt::AltModifier);  // the debtor confirmed
        key(Qt::Key_S, Qt::ControlModifier);
    }

    // One keystroke, where the focus is, as a person types it.
    void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget();
        QTest::keyClick(target ? target : window.get(), k, m);
    }
    void type(const QString &text) { QTest::keyClicks(QApplication::focusWidget(), text); }
    QString focused() const
    {
        return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
    }
};

inline bool hasKind(const QList<FollowUp> &list, FollowUpKind kind)
{
    return std::any_of(list.cbegin(), list.cend(), [kind](const FollowUp &f) { return f.kind == kind; });
}

} // namespace libreta::test::calls
