// Not a test: the screenshots of docs/screenshots/call-*.png, one per stage
// of a guided call worked by keyboard, in Spanish, on a demo office.
// Hidden ([.]); scripts/screenshots runs it:
//   LIBRETA_SCREENSHOT_DIR=docs/screenshots xvfb-run -a build/tests/ui/ui_tests "[.screenshots]"

#include "debtorfiletesthelpers.h"
#include "spanishdemo.h"
#include "store/contactrepository.h"
#include "store/portfoliorepository.h"
#include "store/sqlquery.h"
#include "support/tempdb.h"
#include "ui/callpanel.h"
#include "ui/debtorfiletabs.h"
#include "ui/debtorfileview.h"
#include "ui/deskuser.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>

using namespace libreta;

namespace {

void key(QWidget *window, Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    QTest::keyClick(target ? target : window, k, m);
}

// QTest::keyClicks knows only ASCII; Spanish needs its accents typed too.
void typeInto(QWidget *target, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(target, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void type(const QString &text)
{
    for (const QChar c : text)
        typeInto(QApplication::focusWidget(), QString(c));
}

} // namespace

TEST_CASE("Screenshots of the five stages of a guided call, in Spanish", "[.screenshots]")
{
    test::PrompterScope prompts;
    test::SpanishDemo office;
    test::TempDb &t = office.t;
    const QDate today = office.today;
    ui::DeskUser::choose(t.db(), QStringLiteral("lhernandez"));

    // A debtor of a few invoices who owes a middling sum and has a phone.
    store::PortfolioQuery query;
    query.sort = store::PortfolioSort::Outstanding;
    query.ascending = false;
    query.filters.today = today;
    std::optional<domain::Id> chosen;
    for (const auto &row : store::PortfolioRepository(t.db()).fetchPage(query, std::nullopt, 300)) {
        if (row.outstanding < domain::Money::fromMinor(1500000) || row.outstanding > domain::Money::fromMinor(4000000))
            continue;
        const auto contacts = store::ContactRepository(t.db()).forDebtor(row.debtorId);
        if (!contacts.isEmpty() && !contacts.first().phones.isEmpty() && !contacts.first().doNotContact) {
            chosen = row.debtorId;
            break;
        }
    }
    REQUIRE(chosen);

    ui::MainWindow window(std::move(t.database));
    test::showForPictures(window, office);
    window.debtorFiles()->startCall(*chosen);
    ui::CallPanel *panel = window.debtorFiles()->currentFile()->callPanel();
    REQUIRE(panel);
    const auto shoot = [&](const char *name) {
        QTest::qWait(250);
        REQUIRE(window.grab().save(office.picture(QString::fromLatin1(name))));
    };

    key(&window, Qt::Key_1, Qt::AltModifier);  // the debtor answered
    shoot("call-1-presentation.png");

    key(&window, Qt::Key_Right, Qt::AltModifier);
    for (int i = 0; i < 3; ++i)  // no money right now
        key(&window, Qt::Key_Down);
    key(&window, Qt::Key_Tab);
    type(QStringLiteral("Me quedé sin trabajo en octubre; ya empecé en otro."));
    key(&window, Qt::Key_3, Qt::AltModifier);  // willing
    key(&window, Qt::Key_6, Qt::AltModifier);  // not able
    shoot("call-2-listening.png");

    key(&window, Qt::Key_Right, Qt::AltModifier);
    key(&window, Qt::Key_Home);
    key(&window, Qt::Key_Down);
    key(&window, Qt::Key_Down);  // instalment plan
    key(&window, Qt::Key_Tab);   // the count
    key(&window, Qt::Key_Tab);   // the frequency: paid again at work, by the quincena
    key(&window, Qt::Key_Up);
    for (int i = 0; i < 2; ++i)  // past the first date
        key(&window, Qt::Key_Tab);
    type(QStringLiteral("10000"));  // what the debtor can pay each time: four instalments
    shoot("call-3-plan-each-time.png");
    // Less each time makes a plan longer than the office allows an agent.
    key(&window, Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("1500"));
    {
        // The refusal in view, under the options.
        auto *total = panel->findChild<QLabel *>(QStringLiteral("totalLabel"));
        REQUIRE(total);
        REQUIRE(total->text().contains(QStringLiteral("12 meses")));
        QWidget *up = total->parentWidget();
        while (up && !qobject_cast<QScrollArea *>(up))
            up = up->parentWidget();
        if (auto *area = qobject_cast<QScrollArea *>(up))
            area->ensureWidgetVisible(total, 10, 120);
    }
    shoot("call-3-plan-beyond-limit.png");
    key(&window, Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("10000"));
    key(&window, Qt::Key_7, Qt::AltModifier);  // the answers to objections
    type(QStringLiteral("mucho"));
    key(&window, Qt::Key_8, Qt::AltModifier);  // the techniques
    key(&window, Qt::Key_Space);
    shoot("call-3-negotiation.png");

    key(&window, Qt::Key_Right, Qt::AltModifier);
    key(&window, Qt::Key_3, Qt::AltModifier);  // full acceptance
    shoot("call-4-preclose.png");

    key(&window, Qt::Key_Right, Qt::AltModifier);
    key(&window, Qt::Key_1, Qt::AltModifier);  // the debtor confirmed
    shoot("call-5-close.png");
}

TEST_CASE("Screenshot of the office's techniques in Edit ▸ Call script, one of its own added", "[.screenshots]")
{
    test::PrompterScope prompts;
    test::SpanishDemo office;
    ui::DeskUser::choose(office.t.db(), QStringLiteral("fibarra"));  // a supervisor
    ui::MainWindow window(std::move(office.t.database));
    test::showForPictures(window, office);
    QDialog *form = window.showCallScript();
    REQUIRE(form);
    auto *tabs = form->findChild<QTabWidget *>(QStringLiteral("tabs"));
    auto *add = form->findChild<QPushButton *>(QStringLiteral("addTechniqueButton"));
    REQUIRE((tabs && add));
    tabs->setCurrentWidget(form->findChild<QWidget *>(QStringLiteral("techniquesTab")));
    add->click();
    // Straight into the fields: the dialog, opened over the window, need not
    // have the keyboard on a screen without a window manager.
    typeInto(form->findChild<QLineEdit *>(QStringLiteral("techniqueEdit")), QStringLiteral("Pregunta abierta"));
    typeInto(form->findChild<QPlainTextEdit *>(QStringLiteral("techniqueDescriptionEdit")),
             QStringLiteral("Preguntar cuánto sí puede pagar y cuándo, en lugar de si puede pagar."));
    QTest::qWait(250);
    REQUIRE(form->grab().save(office.picture(QStringLiteral("call-script-techniques.png"))));

    // The reasons for not paying, as the office names them, on their own tab.
    tabs->setCurrentWidget(form->findChild<QWidget *>(QStringLiteral("reasonsTab")));
    auto *reasons = form->findChild<QListWidget *>(QStringLiteral("reasonList"));
    REQUIRE(reasons);
    reasons->setCurrentRow(1);
    QTest::qWait(250);
    REQUIRE(form->grab().save(office.picture(QStringLiteral("call-script-reasons.png"))));
    form->reject();
}

TEST_CASE("Screenshot of a call to a debtor marked do-not-contact, at a supervisor's desk", "[.screenshots]")
{
    test::PrompterScope prompts;
    test::SpanishDemo office;
    ui::DeskUser::choose(office.t.db(), QStringLiteral("fibarra"));  // a supervisor: still no override
    // A debtor the demo office marked do-not-contact, who still owes.
    domain::Id debtor = 0;
    {
        // Done before the window takes the database: a query must not outlive it.
        store::SqlQuery q(office.t.db(), QStringLiteral("SELECT d.id FROM debtors d JOIN debtor_totals t ON "
                                                        "t.debtor_id = d.id WHERE d.do_not_contact = 1 AND "
                                                        "t.outstanding > 0 ORDER BY d.id LIMIT 1"));
        q.exec();
        REQUIRE(q.next());
        debtor = q.integer(0);
    }
    ui::MainWindow window(std::move(office.t.database));
    test::showForPictures(window, office);
    window.debtorFiles()->startCall(debtor);
    ui::CallPanel *panel = window.debtorFiles()->currentFile()->callPanel();
    REQUIRE(panel);
    REQUIRE(panel->isBlocked());
    QTest::qWait(250);
    REQUIRE(window.grab().save(office.picture(QStringLiteral("call-do-not-contact.png"))));
}
