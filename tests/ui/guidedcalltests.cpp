// The guided call driven as an agent drives it: by keyboard only, from the
// debtor file, offscreen. Each test then reads what was stored.

#include "calldesk.h"
#include "debtorfiletesthelpers.h"
#include "domain/paymentoption.h"
#include "services/calldrafts.h"
#include "services/panelservice.h"
#include "services/scriptlibrary.h"
#include "store/auditrepository.h"
#include "store/callrepository.h"
#include "store/contactrepository.h"
#include "store/database.h"
#include "store/debtorrepository.h"
#include "store/followuprepository.h"
#include "store/maintenancerepository.h"
#include "store/promiserepository.h"
#include "store/settingsrepository.h"
#include "store/totalsrepository.h"
#include "store/userrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/callclosepage.h"
#include "ui/calllisteningpage.h"
#include "ui/callnegotiationpage.h"
#include "ui/callpanel.h"
#include "ui/callpresentationpage.h"
#include "ui/callpreclosepage.h"
#include "ui/debtorfileactions.h"
#include "ui/debtorfileheader.h"
#include "ui/debtorfiletabs.h"
#include "ui/debtorfiletexts.h"
#include "ui/debtorfileview.h"
#include "ui/deskuser.h"
#include "ui/mainwindow.h"
#include "ui/moneyformatter.h"
#include "ui/objectionsmodel.h"
#include "ui/scriptdialog.h"
#include "ui/shortcutswindow.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimeZone>
#include <QWheelEvent>

#include <algorithm>

using namespace libreta;
using namespace libreta::domain;
using libreta::test::DeskLogin;

using namespace libreta::test::calls;

TEST_CASE("A whole call by keyboard: presentation to a confirmed promise in three instalments", "[ui][call]")
{
    CallDesk desk;
    desk.openFile();

    desk.key(Qt::Key_T, Qt::ControlModifier);  // Start call
    ui::CallPanel *panel = desk.panel();
    REQUIRE(panel);
    CHECK_FALSE(panel->isBlocked());
    CHECK(panel->stage() == CallStage::Presentation);
    CHECK(panel->presentationPage()->scriptText().contains(QStringLiteral("José Pérez Núñez")));
    CHECK(panel->presentationPage()->scriptText().contains(QStringLiteral("Despacho Prueba")));

    desk.key(Qt::Key_1, Qt::AltModifier);  // the debtor answered
    CHECK(panel->presentationPage()->answeredBy() == AnsweredBy::Debtor);
    desk.key(Qt::Key_Right, Qt::AltModifier);
    REQUIRE(panel->stage() == CallStage::Listening);
    CHECK(desk.focused() == QStringLiteral("excuseCombo"));
    for (int i = 0; i < 3; ++i)  // invoice not received, amount disputed, no money right now
        desk.key(Qt::Key_Down);
    desk.key(Qt::Key_Tab);
    CHECK(desk.focused() == QStringLiteral("wordsEdit"));
    desk.type(QStringLiteral("I lost my job in January"));
    desk.key(Qt::Key_3, Qt::AltModifier);  // willing
    desk.key(Qt::Key_6, Qt::AltModifier);  // not able

    desk.key(Qt::Key_Right, Qt::AltModifier);
    REQUIRE(panel->stage() == CallStage::Negotiation);
    CHECK(desk.focused() == QStringLiteral("kindCombo"));
    desk.key(Qt::Key_Home);
    desk.key(Qt::Key_Down);
    desk.key(Qt::Key_Down);  // instalment plan
    desk.key(Qt::Key_Tab);
    CHECK(desk.focused() == QStringLiteral("countSpin"));
    desk.key(Qt::Key_A, Qt::ControlModifier);
    desk.type(QStringLiteral("3"));
    desk.key(Qt::Key_7, Qt::AltModifier);  // the answers to objections
    CHECK(desk.focused() == QStringLiteral("objectionSearch"));
    desk.type(QStringLiteral("too much"));
    CHECK(panel->negotiationPage()->objectionsModel()->rowCount() == 1);
    desk.key(Qt::Key_8, Qt::AltModifier);  // the techniques
    CHECK(desk.focused() == QStringLiteral("techniquesView"));
    desk.key(Qt::Key_Space);  // the first technique: offer options
    const OptionPlan plan = panel->negotiationPage()->plan();
    REQUIRE(plan.ok());
    REQUIRE(plan.instalments.size() == 3);

    desk.key(Qt::Key_Right, Qt::AltModifier);
    REQUIRE(panel->stage() == CallStage::PreClose);
    desk.key(Qt::Key_3, Qt::AltModifier);  // full acceptance
    CHECK(panel->preClosePage()->answer() == PreCloseAnswer::Full);

    desk.key(Qt::Key_Right, Qt::AltModifier);
    REQUIRE(panel->stage() == CallStage::Close);
    const QString readBack = panel->closePage()->commitmentText();
    CHECK(readBack.contains(QStringLiteral("333.34")));
    CHECK(readBack.contains(QStringLiteral("333.33")));
    CHECK(readBack.contains(QStringLiteral("bank transfer")));
    // Saving before the debtor confirmed is refused and says so.
    desk.key(Qt::Key_S, Qt::ControlModifier);
    CHECK(desk.panel() == panel);
    CHECK(panel->message().contains(QStringLiteral("confirmed")));
    desk.key(Qt::Key_1, Qt::AltModifier);  // the debtor confirmed
    desk.key(Qt::Key_S, Qt::ControlModifier);
    CHECK(desk.panel() == nullptr);

    store::Database &db = desk.db();
    const auto calls = store::CallRepository(db).forDebtor(desk.debtorId);
    REQUIRE(calls.size() == 1);
    const Call &call = calls[0];
    CHECK(call.outcome == CallOutcome::Promise);
    CHECK(call.answeredBy == AnsweredBy::Debtor);
    CHECK(call.excuseCategory == ExcuseCategory::NoFunds);
    CHECK(call.excuseKind == ExcuseKind::Excuse);
    CHECK(call.excuseWords == QStringLiteral("I lost my job in January"));
    CHECK(call.willing == true);
    CHECK(call.able == false);
    CHECK(call.techniques == QStringList{QStringLiteral("options")});
    CHECK(call.preCloseAnswer == PreCloseAnswer::Full);
    CHECK(call.commitmentConfirmed);
    CHECK(call.commitmentText == readBack);
    CHECK(call.phoneDialled == QStringLiteral("+52 55-1234-5678"));
    CHECK(call.contactId.has_value());
    CHECK(call.scriptId.has_value());
    CHECK(call.scriptVersion == 1);

    const auto promises = store::PromiseRepository(db).forDebtor(desk.debtorId);
    REQUIRE(promises.size() == 3);
    Money sum;
    for (const Promise &p : promises) {
        CHECK(p.planId.has_value());
        CHECK(p.method == PaymentMethod::Transfer);
        sum += p.amount;
    }
    CHECK(sum == test::pesos(1000));
    const auto followUps = store::FollowUpRepository(db).openForDebtor(desk.debtorId);
    CHECK(followUps.size() == 6);
    CHECK(hasKind(followUps, FollowUpKind::PromiseReminder));
    CHECK(hasKind(followUps, FollowUpKind::PromiseCheck));
    CHECK_FALSE(services::CallDrafts(db, desk.clock).load(desk.debtorId, ui::DeskUser::login()).has_value());
    CHECK(desk.window->debtorFiles()->currentFile()->message().contains(QStringLiteral("a plan of 3 instalments adding up to")));

    // The Panel counts it: a call, a contact, one promise made (the plan)
    // for the whole of it, and its techniques.
    const services::PanelReport figures = services::PanelService(db, std::nullopt)
                                              .read(kDay.date(), kDay.date(), std::nullopt, QStringLiteral("en"),
                                                    kDay.date().addDays(30));
    CHECK(figures.totals.calls == 1);
    CHECK(figures.totals.contacts == 1);
    CHECK(figures.totals.promisesMade == 1);
    CHECK(figures.totals.promised == test::pesos(1000));
    CHECK(figures.byTechnique.size() == call.techniques.size());
    CHECK(store::MaintenanceRepository(db).dailyFigureMismatches().isEmpty());
}

TEST_CASE("The negotiation holds a debtor to the discount limit of its segment", "[ui][call]")
{
    CallDesk desk;
    OfficeSettings s = store::SettingsRepository(desk.db()).load();
    s.segmentDiscountLimits.insert(QStringLiteral("Alto saldo"), 20);
    store::SettingsRepository(desk.db()).save(s);
    Debtor d = *store::DebtorRepository(desk.db()).byId(desk.debtorId);
    d.segment = QStringLiteral("Alto saldo");
    store::DebtorRepository(desk.db()).update(d);
    ui::CallNegotiationPage *page = desk.negotiateWithDebtor();
    auto *label = page->findChild<QLabel *>(QStringLiteral("discountLabel"));
    REQUIRE(label);
    CHECK(label->text() == QStringLiteral("limit 20% for the segment Alto saldo"));
    auto *discount = page->findChild<QSpinBox *>(QStringLiteral("discountSpin"));
    REQUIRE(discount);
    discount->setValue(15);  // above the office's 10%, inside the segment's 20%
    CHECK_FALSE(page->plan().needsApproval);
    CHECK(label->text().endsWith(QStringLiteral("within the limit of 20% for the segment Alto saldo")));
}

TEST_CASE("An agent's negotiation keeps to the office's limits on dates, a supervisor's does not", "[ui][call]")
{
    const auto farPaymentOn = [](CallDesk &desk) {
        ui::CallNegotiationPage *page = desk.negotiateWithDebtor();
        auto *kind = page->findChild<QComboBox *>(QStringLiteral("kindCombo"));
        auto *date = page->findChild<QDateEdit *>(QStringLiteral("fullDateEdit"));
        REQUIRE((kind && date));
        kind->setCurrentIndex(0);  // pay in full
        date->setDate(kDay.date().addDays(45));
        return page;
    };
    SECTION("an agent hears the limits first and cannot promise past them")
    {
        const DeskLogin login("agente");
        CallDesk desk;
        desk.addUser("agente", QStringLiteral("Raúl Medina Torres"), UserRole::Agent);
        ui::CallNegotiationPage *page = farPaymentOn(desk);
        auto *terms = page->findChild<QLabel *>(QStringLiteral("termsLabel"));
        REQUIRE(terms);
        CHECK(terms->isVisible());
        CHECK(terms->text() == QStringLiteral("Office rules: promises up to %1, plans up to %2.")
                                   .arg(ui::DebtorFileTexts::date(kDay.date().addDays(30)),
                                        ui::DebtorFileTexts::date(kDay.date().addMonths(12))));
        CHECK_FALSE(page->plan().ok());
        CHECK(page->plan().error.startsWith(QStringLiteral("Payment date: the office allows dates up to 30 days")));
        auto *total = page->findChild<QLabel *>(QStringLiteral("totalLabel"));
        CHECK(total->text().contains(QStringLiteral("up to 30 days")));
        page->findChild<QDateEdit *>(QStringLiteral("fullDateEdit"))->setDate(kDay.date().addDays(30));
        CHECK(page->plan().ok());
    }
    SECTION("a supervisor may agree a later date")
    {
        const DeskLogin login("supervisora");
        CallDesk desk;
        desk.addUser("supervisora", QStringLiteral("Mónica Téllez"), UserRole::Supervisor);
        ui::CallNegotiationPage *page = farPaymentOn(desk);
        CHECK_FALSE(page->findChild<QLabel *>(QStringLiteral("termsLabel"))->isVisible());
        CHECK(page->plan().ok());
    }
}

TEST_CASE("Saving a call whose offer cannot stand puts the keyboard on the field that is wrong", "[ui][call][keyboard]")
{
    CallDesk desk;
    ui::CallNegotiationPage *page = desk.negotiateWithDebtor();
    ui::CallPanel *panel = desk.panel();
    page->findChild<QComboBox *>(QStringLiteral("kindCombo"))->setCurrentIndex(1);  // a part now, the rest later
    page->findChild<QLineEdit *>(QStringLiteral("partAmountEdit"))->setText(QStringLiteral("400"));
    auto *rest = page->findChild<QDateEdit *>(QStringLiteral("restDateEdit"));
    auto *part = page->findChild<QDateEdit *>(QStringLiteral("partDateEdit"));
    REQUIRE((rest && part));
    rest->setDate(part->date());  // the rest on the same day as the part: not a later payment
    REQUIRE_FALSE(page->plan().ok());
    desk.acceptConfirmAndSave(panel);

    REQUIRE(desk.panel() == panel);  // not saved
    CHECK(panel->stage() == CallStage::Negotiation);
    CHECK(panel->message().contains(QStringLiteral("Negotiation: The rest: its date must come after")));
    CHECK(desk.focused() == QStringLiteral("restDateEdit"));

    // An amount that cannot be read is where the keyboard goes, not the date.
    page->findChild<QLineEdit *>(QStringLiteral("partAmountEdit"))->setText(QStringLiteral("4x0"));
    rest->setDate(part->date().addDays(15));
    desk.key(Qt::Key_S, Qt::ControlModifier);
    REQUIRE(desk.panel() == panel);
    CHECK(desk.focused() == QStringLiteral("partAmountEdit"));
}

TEST_CASE("What the debtor says in the call can change the approach, and the negotiation says it is this call's",
          "[ui][call]")
{
    CallDesk desk;
    // Without a profile from the listening, the file's own suggestion.
    const QString fileSays = desk.negotiateWithDebtor()->findChild<QLabel *>(QStringLiteral("approachLabel"))->text();
    CHECK(fileSays.startsWith(QStringLiteral("<b>Suggested approach: ")));
    CHECK_FALSE(fileSays.contains(QStringLiteral("Renegotiate")));

    desk.key(Qt::Key_Left, Qt::AltModifier);  // back to the listening
    REQUIRE(desk.panel()->stage() == CallStage::Listening);
    desk.key(Qt::Key_3, Qt::AltModifier);  // willing
    desk.key(Qt::Key_6, Qt::AltModifier);  // not able
    desk.key(Qt::Key_Right, Qt::AltModifier);
    REQUIRE(desk.panel()->stage() == CallStage::Negotiation);
    const QString callSays =
        desk.panel()->negotiationPage()->findChild<QLabel *>(QStringLiteral("approachLabel"))->text();
    CHECK(callSays.startsWith(QStringLiteral("<b>Approach for this call: Renegotiate.</b>")));
    // The file's, named as the file's: the header beside the call still shows it.
    const QString before = fileSays.section(QStringLiteral(": "), 1).section(QLatin1Char('.'), 0, 0);
    CHECK(callSays.endsWith(QStringLiteral("Before the call the file suggested “%1”.").arg(before)));
}

TEST_CASE("What the debtor can pay each time works out how many instalments the plan has", "[ui][call]")
{
    CallDesk desk;
    ui::CallNegotiationPage *page = desk.negotiateWithDebtor();
    auto *kind = page->findChild<QComboBox *>(QStringLiteral("kindCombo"));
    auto *count = page->findChild<QSpinBox *>(QStringLiteral("countSpin"));
    auto *each = page->findChild<QLineEdit *>(QStringLiteral("eachEdit"));
    REQUIRE((kind && count && each));
    kind->setCurrentIndex(2);  // an instalment plan
    const Money owed = store::TotalsRepository(desk.db()).forDebtor(desk.debtorId)->outstanding;
    const Money third = Money::fromMinor(owed.minor() / 3 + 1);  // a little over a third: three

    each->setText(third.format(QLocale()));
    CHECK(count->value() == instalmentsToCover(owed, third));
    CHECK(count->value() == 3);
    REQUIRE(page->plan().ok());
    for (const InstalmentTerms &t : page->plan().instalments)
        CHECK(t.amount <= third);
    // Too little each time for a plan of 60 is said, and no plan is offered.
    each->setText(QStringLiteral("1"));
    CHECK_FALSE(page->plan().ok());
    CHECK(page->plan().error.contains(QStringLiteral("a plan has 60 at most")));
    // A count typed by hand clears the amount that set it.
    count->setValue(4);
    CHECK(each->text().isEmpty());
    CHECK(page->plan().ok());
    CHECK(page->plan().instalments.size() == 4);
}

TEST_CASE("A plan by the quincena falls on the 15th and the month's end", "[ui][call]")
{
    CallDesk desk;
    ui::CallNegotiationPage *page = desk.negotiateWithDebtor();
    auto *kind = page->findChild<QComboBox *>(QStringLiteral("kindCombo"));
    auto *count = page->findChild<QSpinBox *>(QStringLiteral("countSpin"));
    auto *frequency = page->findChild<QComboBox *>(QStringLiteral("frequencyCombo"));
    auto *first = page->findChild<QDateEdit *>(QStringLiteral("firstDateEdit"));
    REQUIRE((kind && count && frequency && first));
    kind->setCurrentIndex(2);  // an instalment plan
    REQUIRE(frequency->count() == 4);
    CHECK(frequency->currentText() == QStringLiteral("month"));
    frequency->setCurrentIndex(frequency->findText(QStringLiteral("half month")));
    count->setValue(3);
    first->setDate(QDate(2026, 3, 15));  // the desk's day is the 10th of March

    const OptionPlan plan = page->plan();
    REQUIRE(plan.ok());
    CHECK(plan.frequency == PlanFrequency::Semimonthly);
    QList<QDate> dates;
    for (const InstalmentTerms &t : plan.instalments)
        dates << t.dueDate;
    CHECK(dates == QList<QDate>{QDate(2026, 3, 15), QDate(2026, 3, 31), QDate(2026, 4, 15)});
    // Every two weeks stays a step of fourteen days.
    frequency->setCurrentIndex(frequency->findText(QStringLiteral("two weeks")));
    CHECK(page->plan().instalments.at(1).dueDate == QDate(2026, 3, 29));
}

TEST_CASE("The negotiation names the promise due next with what is left of it, and every promise a new date replaces",
          "[ui][call]")
{
    CallDesk desk;
    // Two promises still to keep, the later one added first; 100.00 of the
    // next one already paid.
    test::addPromise(desk.db(), desk.debtorId, test::pesos(400), kDay.date().addDays(20), kDay.date().addDays(-3));
    const Id next =
        test::addPromise(desk.db(), desk.debtorId, test::pesos(300), kDay.date().addDays(5), kDay.date().addDays(-3));
    store::PromiseRepository(desk.db()).setOutcome(next, PromiseStatus::Pending, test::pesos(100), std::nullopt);
    ui::CallNegotiationPage *page = desk.negotiateWithDebtor();

    const QString balance = test::child<QLabel>(page, "balanceLabel")->text();
    INFO(balance.toStdString());
    const QString promised = QStringLiteral("Open promise: %1 left of %2 due %3")
                                 .arg(ui::MoneyFormatter().format(test::pesos(200)),
                                      ui::MoneyFormatter().format(test::pesos(300)),
                                      ui::DebtorFileTexts::date(kDay.date().addDays(5)));
    CHECK(balance.contains(promised.toHtmlEscaped()));
    CHECK(balance.contains(QStringLiteral("(and 1 more instalment")));
    CHECK(balance.contains(QStringLiteral("which add up to ") + ui::MoneyFormatter().format(test::pesos(400))));
    CHECK_FALSE(balance.contains(QStringLiteral("Not kept")));  // none was broken
    auto *replace = test::child<QCheckBox>(page, "replaceCheck");
    CHECK(replace->text() == QStringLiteral("Replaces the 2 open instalments"));
    CHECK(test::child<QLabel>(page, "replaceHint")->text() == QStringLiteral("They are cancelled."));
    replace->setChecked(false);
    CHECK(test::child<QLabel>(page, "replaceHint")->text().startsWith(QStringLiteral("Unticked, they stay")));
    replace->setChecked(true);
    CHECK(replace->toolTip().contains(QStringLiteral("%1 due %2").arg(ui::MoneyFormatter().format(test::pesos(400)),
                                                                      ui::DebtorFileTexts::date(kDay.date().addDays(20)))));
    // A new date starts from what is left of the promise due next.
    CHECK(test::child<QLineEdit>(page, "newAmountEdit")->text() == QStringLiteral("200.00"));
}

TEST_CASE("The wheel over the negotiation's option scrolls past it unless the option was chosen", "[ui][call]")
{
    CallDesk desk;
    ui::CallNegotiationPage *page = desk.negotiateWithDebtor();
    auto *kind = test::child<QComboBox>(page, "kindCombo");
    const int before = kind->currentIndex();
    desk.key(Qt::Key_Tab);  // anywhere but the option
    REQUIRE_FALSE(kind->hasFocus());
    QWheelEvent down(QPointF(5, 5), kind->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, -120), Qt::NoButton,
                     Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(kind, &down);
    CHECK(kind->currentIndex() == before);
    kind->setFocus();
    QWheelEvent again(QPointF(5, 5), kind->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(kind, &again);
    CHECK(kind->currentIndex() != before);
}

TEST_CASE("Closing a file during a call says the draft is kept on the button that closes it", "[ui][call]")
{
    CallDesk desk;
    desk.negotiateWithDebtor();
    desk.prompts.prompter->answers << true;
    desk.key(Qt::Key_W, Qt::ControlModifier);
    REQUIRE(desk.prompts.prompter->goOnButtons.size() == 1);
    CHECK(desk.prompts.prompter->goOnButtons.first() == QStringLiteral("Close and keep the draft"));
    CHECK(desk.window->debtorFiles()->currentFile() == nullptr);
}

TEST_CASE("A promise's date in the new year is typed whole in the call", "[ui][call][keyboard]")
{
    CallDesk desk;  // the 10th of March 2026
    ui::CallNegotiationPage *page = desk.negotiateWithDebtor();
    auto *kind = page->findChild<QComboBox *>(QStringLiteral("kindCombo"));
    auto *rest = page->findChild<QDateEdit *>(QStringLiteral("restDateEdit"));
    REQUIRE((kind && rest));
    kind->setCurrentIndex(1);  // part now, the rest on a date
    rest->setDisplayFormat(QStringLiteral("dd/MM/yy"));
    rest->setFocus(Qt::TabFocusReason);
    rest->setSelectedSection(QDateTimeEdit::DaySection);
    // On the way, "15/01/26" is before today: the month must not be refused.
    QTest::keyClicks(rest, QStringLiteral("150127"));
    CHECK(rest->date() == QDate(2027, 1, 15));
    // A date already past is typed too, and the option says so.
    rest->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(rest, QStringLiteral("010326"));
    CHECK(rest->date() == QDate(2026, 3, 1));
    CHECK_FALSE(page->plan().ok());
}

TEST_CASE("The next attempt says what time it is for the debtor as the agent changes it", "[ui][call]")
{
    CallDesk desk;  // 17:00 UTC, 11:00 for a debtor in Mexico City
    desk.openFile();
    desk.key(Qt::Key_T, Qt::ControlModifier);
    desk.key(Qt::Key_4, Qt::AltModifier);  // nobody answered
    ui::CallPresentationPage *page = desk.panel()->presentationPage();
    auto *when = page->findChild<QDateTimeEdit *>(QStringLiteral("nextAttemptEdit"));
    auto *reason = page->findChild<QLabel *>(QStringLiteral("nextAttemptReason"));
    REQUIRE((when && reason));
    const auto forDebtor = [](int hour) {
        return QStringLiteral("That is %1 for the debtor.").arg(QLocale().toString(QTime(hour, 0), QLocale::ShortFormat));
    };
    CHECK(reason->text().endsWith(forDebtor(13)));
    when->setDateTime(QDateTime(kDay.date(), QTime(23, 0), Qt::UTC).toLocalTime());
    CHECK(reason->text().endsWith(forDebtor(17)));
    CHECK(reason->text().startsWith(QStringLiteral("Nobody answered")));
    CHECK_FALSE(reason->text().contains(QStringLiteral("closed")));
    // A time outside the debtor's window is said to be so, as it is typed.
    when->setDateTime(QDateTime(kDay.date().addDays(1), QTime(5, 0), Qt::UTC).toLocalTime());
    CHECK(reason->text().contains(QStringLiteral("At that time the debtor's calling window is closed")));
}

TEST_CASE("Nobody answered: the call ends in three keystrokes with its next attempt", "[ui][call]")
{
    CallDesk desk;
    desk.openFile();
    desk.key(Qt::Key_T, Qt::ControlModifier);
    desk.key(Qt::Key_4, Qt::AltModifier);
    desk.key(Qt::Key_S, Qt::ControlModifier);
    CHECK(desk.panel() == nullptr);

    const auto calls = store::CallRepository(desk.db()).forDebtor(desk.debtorId);
    REQUIRE(calls.size() == 1);
    CHECK(calls[0].answeredBy == AnsweredBy::Nobody);
    CHECK(calls[0].outcome == CallOutcome::NoAnswer);
    const auto followUps = store::FollowUpRepository(desk.db()).openForDebtor(desk.debtorId);
    REQUIRE(followUps.size() == 1);
    CHECK(followUps[0].kind == FollowUpKind::Callback);
    // Two hours later, inside the debtor's window.
    const QDateTime expected = kDay.addSecs(2 * 3600).toLocalTime();
    CHECK(followUps[0].dueDate == expected.date());
    CHECK(followUps[0].dueTime == QTime(expected.time().hour(), expected.time().minute()));
}

TEST_CASE("A number that was a wrong number is offered last the next time, and says so", "[ui][call]")
{
    CallDesk desk;
    {
        Contact c = store::ContactRepository(desk.db()).forDebtor(desk.debtorId).first();
        c.phones.append({0, QStringLiteral("+52 55-8765-4321"), QStringLiteral("home")});
        store::ContactRepository(desk.db()).update(c);
    }
    desk.openFile();
    desk.key(Qt::Key_T, Qt::ControlModifier);
    auto *phones = desk.panel()->findChild<QComboBox *>(QStringLiteral("phoneCombo"));
    REQUIRE(phones);
    REQUIRE(phones->count() == 2);
    const QString first = phones->currentData().toString();
    desk.key(Qt::Key_6, Qt::AltModifier);  // a wrong number
    desk.key(Qt::Key_S, Qt::ControlModifier);
    REQUIRE(desk.panel() == nullptr);

    desk.key(Qt::Key_T, Qt::ControlModifier);
    phones = desk.panel()->findChild<QComboBox *>(QStringLiteral("phoneCombo"));
    REQUIRE(phones);
    REQUIRE(phones->count() == 2);
    CHECK(phones->currentData().toString() != first);
    CHECK(phones->itemData(1).toString() == first);
    CHECK(phones->itemText(1).contains(QStringLiteral("wrong number on")));
    CHECK_FALSE(phones->itemText(0).contains(QStringLiteral("wrong number")));
}

TEST_CASE("The number the debtor last answered on is offered first", "[ui][call]")
{
    const QString mobile = QStringLiteral("+56 9 8765 4321");
    const auto firstOffered = [&mobile](bool answeredOnMobile) {
        CallDesk desk;
        Contact c = store::ContactRepository(desk.db()).forDebtor(desk.debtorId).first();
        c.phones.append({0, mobile, QStringLiteral("móvil")});
        store::ContactRepository(desk.db()).update(c);
        if (answeredOnMobile) {
            Call answered;
            answered.debtorId = desk.debtorId;
            answered.startedAt = kDay.addDays(-3);
            answered.endedAt = answered.startedAt.addSecs(120);
            answered.phoneDialled = mobile;
            answered.answeredBy = AnsweredBy::Debtor;
            answered.outcome = CallOutcome::Callback;
            store::CallRepository(desk.db()).add(answered);
        }
        desk.startCall();
        auto *phones = desk.panel()->findChild<QComboBox *>(QStringLiteral("phoneCombo"));
        REQUIRE(phones);
        CHECK(phones->count() == 2);
        return phones->currentData().toString();
    };
    CHECK(firstOffered(false) == QStringLiteral("+52 55-1234-5678"));  // as the file lists them
    CHECK(firstOffered(true) == mobile);
}

TEST_CASE("When the debtor's only number was a wrong number, the call starts with who else decides", "[ui][call]")
{
    CallDesk desk;
    Contact payer;
    payer.debtorId = desk.debtorId;
    payer.name = QStringLiteral("Laura Gómez");
    payer.role = ContactRole::DecisionMaker;
    payer.phones = {{0, QStringLiteral("+52 55-2222-3333"), QStringLiteral("office")}};
    store::ContactRepository(desk.db()).add(payer);
    desk.openFile();
    desk.key(Qt::Key_T, Qt::ControlModifier);
    auto *contacts = desk.panel()->findChild<QComboBox *>(QStringLiteral("contactCombo"));
    REQUIRE(contacts);
    CHECK(contacts->currentText().startsWith(QStringLiteral("José Pérez Núñez")));
    desk.key(Qt::Key_6, Qt::AltModifier);  // a wrong number
    desk.key(Qt::Key_S, Qt::ControlModifier);
    REQUIRE(desk.panel() == nullptr);

    desk.key(Qt::Key_T, Qt::ControlModifier);
    contacts = desk.panel()->findChild<QComboBox *>(QStringLiteral("contactCombo"));
    REQUIRE(contacts);
    CHECK(contacts->currentText().startsWith(QStringLiteral("Laura Gómez")));
    CHECK(desk.panel()->findChild<QComboBox *>(QStringLiteral("phoneCombo"))->currentData().toString() ==
          QStringLiteral("+52 55-2222-3333"));
}

TEST_CASE("Voicemail and a wrong number end the call the same way", "[ui][call]")
{
    for (const auto &[digit, outcome] : {std::pair{Qt::Key_5, CallOutcome::Voicemail}, std::pair{Qt::Key_6, CallOutcome::WrongNumber}}) {
        CallDesk desk;
        desk.openFile();
        desk.key(Qt::Key_T, Qt::ControlModifier);
        desk.key(digit, Qt::AltModifier);
        desk.key(Qt::Key_S, Qt::ControlModifier);
        const auto calls = store::CallRepository(desk.db()).forDebtor(desk.debtorId);
        REQUIRE(calls.size() == 1);
        CHECK(calls[0].outcome == outcome);
    }
}

TEST_CASE("A third party hears only the neutral text and the call goes no further", "[ui][call]")
{
    CallDesk desk;
    desk.openFile();
    desk.key(Qt::Key_T, Qt::ControlModifier);
    ui::CallPanel *panel = desk.panel();
    REQUIRE(panel);
    desk.key(Qt::Key_3, Qt::AltModifier);
    const QString said = panel->presentationPage()->scriptText();
    CHECK(said.contains(QStringLiteral("José Pérez Núñez")));
    CHECK_FALSE(said.contains(QStringLiteral("1,000")));
    CHECK_FALSE(said.contains(QStringLiteral("account")));
    CHECK_FALSE(said.contains(QStringLiteral("debt")));
    desk.key(Qt::Key_Right, Qt::AltModifier);
    CHECK(panel->stage() == CallStage::Presentation);
    CHECK(panel->message().contains(QStringLiteral("presentation")));
    desk.key(Qt::Key_S, Qt::ControlModifier);
    const auto calls = store::CallRepository(desk.db()).forDebtor(desk.debtorId);
    REQUIRE(calls.size() == 1);
    CHECK(calls[0].answeredBy == AnsweredBy::ThirdParty);
    CHECK(calls[0].outcome == CallOutcome::ThirdParty);
    CHECK(store::PromiseRepository(desk.db()).forDebtor(desk.debtorId).isEmpty());
    CHECK(store::FollowUpRepository(desk.db()).openForDebtor(desk.debtorId).size() == 1);
}

TEST_CASE("A first refusal asks for an alternative before the refusal can be recorded", "[ui][call]")
{
    CallDesk desk;
    ui::CallPanel *panel = desk.refuseAtPreClose();
    CHECK(panel->preClosePage()->isAskingForAlternative());
    desk.key(Qt::Key_S, Qt::ControlModifier);
    CHECK(desk.panel() == panel);
    CHECK(panel->message().contains(QStringLiteral("alternative")));
    CHECK(store::CallRepository(desk.db()).forDebtor(desk.debtorId).isEmpty());

    desk.key(Qt::Key_5, Qt::AltModifier);  // offered one; they still refuse
    CHECK_FALSE(panel->preClosePage()->isAskingForAlternative());
    CHECK(desk.focused() == QStringLiteral("reasonEdit"));
    desk.type(QStringLiteral("Says the invoice is not theirs"));
    desk.key(Qt::Key_Tab);
    desk.type(QStringLiteral("Send the statement and call on Monday"));
    desk.key(Qt::Key_S, Qt::ControlModifier);
    CHECK(desk.panel() == nullptr);

    const auto calls = store::CallRepository(desk.db()).forDebtor(desk.debtorId);
    REQUIRE(calls.size() == 1);
    CHECK(calls[0].outcome == CallOutcome::Refusal);
    CHECK(calls[0].alternativeOffered);
    CHECK(calls[0].refusalReason == QStringLiteral("Says the invoice is not theirs"));
    CHECK(calls[0].nextStep == QStringLiteral("Send the statement and call on Monday"));
    // Invoice not received is an argument: the task that removes it was scheduled.
    CHECK(hasKind(store::FollowUpRepository(desk.db()).openForDebtor(desk.debtorId), FollowUpKind::SendInvoiceCopy));
}

namespace {

// The desk's user is the system account's (USER), as at a real desk.
} // namespace

TEST_CASE("A call outside the calling window is refused, and a supervisor's override is audited", "[ui][call]")
{
    SECTION("an agent cannot dial")
    {
        // An office with users: one with none is one person's, who decides.
        const DeskLogin login("agente");
        CallDesk desk(kNight);
        desk.addUser("agente", QStringLiteral("Raúl Medina Torres"), UserRole::Agent);
        desk.openFile();
        desk.key(Qt::Key_T, Qt::ControlModifier);
        ui::CallPanel *panel = desk.panel();
        REQUIRE(panel);
        CHECK(panel->isBlocked());
        CHECK(panel->decision().reasons().join(QLatin1Char(' ')).contains(QStringLiteral("23:00")));
        CHECK_FALSE(panel->findChild<QWidget *>(QStringLiteral("overrideBox"))->isVisible());
        desk.key(Qt::Key_4, Qt::AltModifier);
        CHECK_FALSE(panel->presentationPage()->answeredBy().has_value());
        desk.key(Qt::Key_S, Qt::ControlModifier);
        CHECK(panel->message().contains(QStringLiteral("contact rules")));
        CHECK(store::CallRepository(desk.db()).forDebtor(desk.debtorId).isEmpty());
    }
    SECTION("a supervisor overrides with a written reason")
    {
        // The desk user is the system account: this desk is a supervisor's.
        const DeskLogin login("supervisora");
        CallDesk desk(kNight);
        const Id supervisorId = desk.addUser("supervisora", QStringLiteral("Mónica Téllez"), UserRole::Supervisor);
        desk.openFile();
        desk.key(Qt::Key_T, Qt::ControlModifier);
        ui::CallPanel *panel = desk.panel();
        REQUIRE(panel);
        REQUIRE(panel->isBlocked());
        REQUIRE(desk.focused() == QStringLiteral("overrideReasonEdit"));
        // A stray key and Enter lift nothing: the reason must say why, and
        // the button is pressed on purpose.
        desk.type(QStringLiteral("1"));
        desk.key(Qt::Key_Return);
        CHECK(panel->isBlocked());
        panel->findChild<QPushButton *>(QStringLiteral("overrideButton"))->click();
        CHECK(panel->isBlocked());
        CHECK(panel->message().contains(QStringLiteral("tells the audit log nothing")));
        for (const auto &entry : store::AuditRepository(desk.db()).latest(20))
            CHECK(entry.action != QStringLiteral("contact.override"));
        panel->findChild<QLineEdit *>(QStringLiteral("overrideReasonEdit"))->clear();
        desk.type(QStringLiteral("He asked us to call after his night shift"));
        desk.key(Qt::Key_Return);
        CHECK(panel->isBlocked());
        panel->findChild<QPushButton *>(QStringLiteral("overrideButton"))->click();
        CHECK_FALSE(panel->isBlocked());
        const auto entry = store::AuditRepository(desk.db()).latest(1).at(0);
        CHECK(entry.action == QStringLiteral("contact.override"));
        CHECK(entry.userId == supervisorId);
        CHECK(entry.details.contains(QStringLiteral("night shift")));

        desk.key(Qt::Key_4, Qt::AltModifier);
        desk.key(Qt::Key_S, Qt::ControlModifier);
        const auto calls = store::CallRepository(desk.db()).forDebtor(desk.debtorId);
        REQUIRE(calls.size() == 1);
        CHECK(calls[0].overrideReason == QStringLiteral("He asked us to call after his night shift"));
        CHECK(calls[0].agentId == supervisorId);
    }
}

TEST_CASE("A debtor marked do-not-contact offers no override, not even to a supervisor", "[ui][call]")
{
    const DeskLogin login("supervisora");
    CallDesk desk;
    desk.addUser("supervisora", QStringLiteral("Mónica Téllez"), UserRole::Supervisor);
    Debtor d = *store::DebtorRepository(desk.db()).byId(desk.debtorId);
    d.doNotContact = true;
    store::DebtorRepository(desk.db()).update(d);
    desk.openFile();
    desk.key(Qt::Key_T, Qt::ControlModifier);
    ui::CallPanel *panel = desk.panel();
    REQUIRE(panel);
    CHECK(panel->isBlocked());
    CHECK_FALSE(panel->decision().overridable());
    CHECK_FALSE(panel->findChild<QWidget *>(QStringLiteral("overrideBox"))->isVisible());
    const QString gate = panel->findChild<QLabel *>(QStringLiteral("gateLabel"))->text();
    CHECK(gate.contains(QStringLiteral("never overridden")));
    CHECK_FALSE(gate.contains(QStringLiteral("another contact")));  // the debtor's mark closes them all
    desk.key(Qt::Key_S, Qt::ControlModifier);
    CHECK(store::CallRepository(desk.db()).forDebtor(desk.debtorId).isEmpty());
}

TEST_CASE("A call typed when the program dies comes back at the next start, and goes when discarded", "[ui][call]")
{
    CallDesk desk;
    desk.openFile();
    desk.key(Qt::Key_T, Qt::ControlModifier);
    desk.key(Qt::Key_1, Qt::AltModifier);
    desk.key(Qt::Key_Right, Qt::AltModifier);
    desk.key(Qt::Key_Down);
    desk.key(Qt::Key_Tab);
    desk.type(QStringLiteral("Never got the invoice"));
    const QString desk_ = ui::DeskUser::login();
    REQUIRE(test::waitFor([&] { return services::CallDrafts(desk.db(), desk.clock).load(desk.debtorId, desk_).has_value(); }));

    desk.crashAndRestart();
    ui::DebtorFileView *file = desk.window->debtorFiles()->currentFile();
    REQUIRE(file);
    CHECK(file->debtorId() == desk.debtorId);
    ui::CallPanel *panel = file->callPanel();
    REQUIRE(panel);
    CHECK(panel->isRecovered());
    CHECK(panel->stage() == CallStage::Listening);
    const CallWorksheet w = panel->worksheet();
    CHECK(w.answeredBy == AnsweredBy::Debtor);
    CHECK(w.excuseCategory == ExcuseCategory::InvoiceNotReceived);
    CHECK(w.excuseWords == QStringLiteral("Never got the invoice"));

    desk.prompts.prompter->answers = {true};
    desk.window->debtorFiles()->actions()->discardCall->trigger();
    CHECK(file->callPanel() == nullptr);
    CHECK_FALSE(services::CallDrafts(desk.db(), desk.clock).load(desk.debtorId, desk_).has_value());
    CHECK(store::CallRepository(desk.db()).forDebtor(desk.debtorId).isEmpty());
}

TEST_CASE("The call's keys are listed in Help ▸ Keyboard shortcuts", "[ui][call]")
{
    CallDesk desk;
    desk.openFile();
    ui::ShortcutsWindow *shortcuts = desk.window->showShortcuts();
    QStringList rows;
    for (const auto &[keys, action] : shortcuts->entries())
        rows << keys + QLatin1Char('=') + action;
    CHECK(rows.contains(QStringLiteral("Ctrl+T=Start call")));
    CHECK(rows.contains(QStringLiteral("Alt+Right=Next stage of the call")));
    CHECK(rows.contains(QStringLiteral("Alt+Left=Previous stage of the call")));
    CHECK(rows.contains(QStringLiteral("Ctrl+S=Save call")));
    shortcuts->close();
}

TEST_CASE("The call script saved in Edit ▸ Call script is what the next call reads", "[ui][call][script]")
{
    CallDesk desk;
    QDialog *form = desk.window->showCallScript();
    auto *text = form->findChild<QPlainTextEdit *>(QStringLiteral("stageEdit"));
    REQUIRE(text);
    // The presentation is read before anyone is known to be the debtor: no
    // {reference} or {balance} in it (the form refuses them).
    text->setPlainText(QStringLiteral("{greeting}, {agent} speaking, calling {debtor} about an account."));
    form->accept();
    REQUIRE_FALSE(form->isVisible());

    desk.openFile();
    desk.key(Qt::Key_T, Qt::ControlModifier);  // Start call
    ui::CallPanel *panel = desk.panel();
    REQUIRE(panel);
    CHECK(panel->presentationPage()->scriptText().contains(QStringLiteral("speaking, calling José Pérez Núñez about an account.")));
}

TEST_CASE("A technique added in Edit ▸ Call script is offered in the next call's negotiation", "[ui][call][script]")
{
    CallDesk desk;
    QDialog *form = desk.window->showCallScript();
    auto *tabs = form->findChild<QTabWidget *>(QStringLiteral("tabs"));
    auto *add = form->findChild<QPushButton *>(QStringLiteral("addTechniqueButton"));
    REQUIRE((tabs && add));
    tabs->setCurrentWidget(form->findChild<QWidget *>(QStringLiteral("techniquesTab")));
    add->click();
    auto *name = form->findChild<QLineEdit *>(QStringLiteral("techniqueEdit"));
    REQUIRE(name);
    QTest::keyClicks(name, QStringLiteral("Open question"));
    auto *list = form->findChild<QListWidget *>(QStringLiteral("techniqueList"));
    CHECK(list->currentItem()->text() == QStringLiteral("Open question"));
    // A reason reworded on its own tab.
    tabs->setCurrentWidget(form->findChild<QWidget *>(QStringLiteral("reasonsTab")));
    auto *reason = form->findChild<QLineEdit *>(QStringLiteral("reasonEdit"));
    reason->selectAll();
    QTest::keyClicks(reason, QStringLiteral("Never got the invoice"));
    form->accept();
    REQUIRE_FALSE(form->isVisible());

    ui::CallNegotiationPage *page = desk.negotiateWithDebtor();
    auto *techniques = page->findChild<QListView *>(QStringLiteral("techniquesView"));
    REQUIRE(techniques);
    const QAbstractItemModel *model = techniques->model();
    CHECK(model->index(model->rowCount() - 1, 0).data().toString() == QStringLiteral("Open question"));
    const auto script = services::ScriptLibrary(desk.db()).scriptFor(QStringLiteral("en"));
    REQUIRE(script);
    CHECK(script->excuses.first().label == QStringLiteral("Never got the invoice"));
}

TEST_CASE("Money taken on the line is what the saved call says first, with the rest promised", "[ui][call]")
{
    CallDesk desk;
    desk.openFile();
    desk.key(Qt::Key_T, Qt::ControlModifier);  // Start call
    ui::CallPanel *panel = desk.panel();
    REQUIRE(panel);
    desk.key(Qt::Key_1, Qt::AltModifier);  // the debtor answered
    desk.key(Qt::Key_Right, Qt::AltModifier);
    REQUIRE(panel->stage() == CallStage::Listening);
    for (int i = 0; i < 3; ++i)  // no money right now
        desk.key(Qt::Key_Down);
    desk.key(Qt::Key_Right, Qt::AltModifier);
    REQUIRE(panel->stage() == CallStage::Negotiation);
    auto *page = panel->negotiationPage();
    page->findChild<QComboBox *>(QStringLiteral("kindCombo"))->setCurrentIndex(1);  // a part now, the rest later
    page->findChild<QLineEdit *>(QStringLiteral("partAmountEdit"))->setText(QStringLiteral("400"));
    page->findChild<QCheckBox *>(QStringLiteral("paidNowCheck"))->setChecked(true);
    page->findChild<QLineEdit *>(QStringLiteral("referenceEdit"))->setText(QStringLiteral("TRF-7781"));
    const OptionPlan plan = page->plan();
    REQUIRE(plan.ok());
    REQUIRE(plan.paidNow);
    REQUIRE(plan.instalments.size() == 2);
    desk.acceptConfirmAndSave(panel);
    INFO(panel->message().toStdString());
    REQUIRE(desk.panel() == nullptr);
    const QString said = desk.window->debtorFiles()->currentFile()->message();
    INFO(said.toStdString());
    CHECK(said.startsWith(QStringLiteral("Call saved: 400.00")));
    CHECK(said.contains(QStringLiteral("paid during the call; the rest, 600.00")));
    CHECK_FALSE(said.contains(QStringLiteral("plan")));
}

TEST_CASE("A debtor who pays it all on the line is not asked why they had not paid", "[ui][call]")
{
    CallDesk desk;
    ui::CallNegotiationPage *page = desk.negotiateWithDebtor();  // no excuse chosen on the way
    ui::CallPanel *panel = desk.panel();
    page->findChild<QComboBox *>(QStringLiteral("kindCombo"))->setCurrentIndex(0);  // pay in full
    page->findChild<QCheckBox *>(QStringLiteral("paidNowCheck"))->setChecked(true);
    page->findChild<QLineEdit *>(QStringLiteral("referenceEdit"))->setText(QStringLiteral("NEQUI-M7731920"));
    REQUIRE(page->plan().ok());
    desk.acceptConfirmAndSave(panel);
    INFO(panel->message().toStdString());
    REQUIRE(desk.panel() == nullptr);
    CHECK(desk.window->debtorFiles()->currentFile()->message().startsWith(QStringLiteral("Call saved: 1,000.00")));
}

TEST_CASE("After a refusal the call-back says what time it is for the debtor when the clocks differ", "[ui][call]")
{
    CallDesk desk;  // the debtor is in Mexico City
    ui::CallPanel *panel = desk.refuseAtPreClose();
    desk.key(Qt::Key_5, Qt::AltModifier);  // offered one; they still refuse
    auto *page = panel->preClosePage();
    auto *when = page->findChild<QDateTimeEdit *>(QStringLiteral("callbackEdit"));
    auto *forDebtor = page->findChild<QLabel *>(QStringLiteral("callbackDebtorTime"));
    REQUIRE((when && forDebtor));
    const QDateTime atUtc(kDay.date(), QTime(23, 0), Qt::UTC);  // 17:00 in Mexico City
    when->setDateTime(atUtc.toLocalTime());
    const QTime mexico = atUtc.toTimeZone(QTimeZone("America/Mexico_City")).time();
    if (atUtc.toLocalTime().time() == mexico) {
        CHECK(forDebtor->isHidden());  // the same clock: nothing to say
    } else {
        CHECK_FALSE(forDebtor->isHidden());
        CHECK(forDebtor->text() == QStringLiteral("That is %1 for the debtor.")
                                       .arg(QLocale().toString(QTime(17, 0), QLocale::ShortFormat)));
    }
}

TEST_CASE("The negotiation names the broken promise the call is about with what of it is unpaid", "[ui][call]")
{
    CallDesk desk;
    // Instalment 2 of 300.00 fell due ten days ago with 100.00 paid.
    const Id broken =
        test::addPromise(desk.db(), desk.debtorId, test::pesos(300), kDay.date().addDays(-10), kDay.date().addDays(-40));
    store::PromiseRepository(desk.db()).setOutcome(broken, PromiseStatus::PartiallyKept, test::pesos(100),
                                                   std::nullopt);
    ui::CallNegotiationPage *page = desk.negotiateWithDebtor();
    const QString balance = test::child<QLabel>(page, "balanceLabel")->text();
    INFO(balance.toStdString());
    // Paid in part is said so: "not kept" would tell the debtor they paid nothing.
    CHECK(balance.contains(QStringLiteral("Kept in part: ")));
    CHECK_FALSE(balance.contains(QStringLiteral("Not kept")));
    CHECK(balance.contains(QStringLiteral("%1 of it unpaid").arg(ui::MoneyFormatter().format(test::pesos(200)))));
    CHECK(balance.contains(ui::DebtorFileTexts::date(kDay.date().addDays(-10))));
    // The file's header counts it, neither kept nor broken.
    CHECK(balance.contains(QStringLiteral("Promises kept: 0 · broken: 0 · kept in part: 1")));
    const QString profile = desk.window->findChild<ui::DebtorFileHeader *>()
                                ->findChild<QLabel *>(QStringLiteral("profileLabel"))
                                ->text()
                                .replace(QChar(0xa0), u' ');
    CHECK(profile.contains(QStringLiteral("kept in part: 1")));
}

TEST_CASE("A call that reached nobody brings where it ends and its next attempt into view", "[ui][call]")
{
    CallDesk desk;
    desk.window->resize(1280, 560);  // a short window: the end of the stage starts below the fold
    desk.openFile();
    desk.key(Qt::Key_T, Qt::ControlModifier);
    ui::CallPanel *panel = desk.panel();
    REQUIRE(panel);
    auto *end = test::child<QWidget>(panel->presentationPage(), "endFrame");
    desk.key(Qt::Key_4, Qt::AltModifier);  // nobody answered
    REQUIRE(end->isVisible());
    QTest::qWait(50);
    REQUIRE(test::waitFor([&] { return !end->visibleRegion().isEmpty(); }));
    CHECK(end->visibleRegion().boundingRect().height() == end->height());
}

TEST_CASE("The office's answer to an objection is brought into view as the agent picks it", "[ui][call]")
{
    CallDesk desk;
    desk.window->resize(1280, 600);  // a short window: the answer starts below the fold
    ui::CallNegotiationPage *page = desk.negotiateWithDebtor();
    auto *answer = test::child<QLabel>(page, "answerLabel");
    desk.key(Qt::Key_7, Qt::AltModifier);  // the answers to objections
    desk.type(QStringLiteral("too much"));
    desk.key(Qt::Key_Return);
    QTest::qWait(50);
    REQUIRE(test::waitFor([&] { return !answer->visibleRegion().isEmpty(); }));
    // All of it, not a sliver at the panel's edge.
    CHECK(answer->visibleRegion().boundingRect().height() == answer->height());
}

TEST_CASE("A call on a Sunday offers next week's dates on a weekday", "[ui][call]")
{
    CallDesk desk(QDateTime(QDate(2026, 12, 6), QTime(17, 0), Qt::UTC));  // a Sunday
    ui::CallNegotiationPage *page = desk.negotiateWithDebtor();
    auto *newDate = page->findChild<QDateEdit *>(QStringLiteral("newDateEdit"));
    auto *firstDate = page->findChild<QDateEdit *>(QStringLiteral("firstDateEdit"));
    REQUIRE((newDate && firstDate));
    CHECK(newDate->date() == QDate(2026, 12, 14));  // the Monday, not Sunday the 13th
    CHECK(firstDate->date() == QDate(2026, 12, 14));
}

TEST_CASE("The proposal is as tall as the option chosen, with no empty band left by a plan's table", "[ui][call]")
{
    CallDesk desk;
    ui::CallNegotiationPage *page = desk.negotiateWithDebtor();
    auto *kind = test::child<QComboBox>(page, "kindCombo");
    auto *stack = test::child<QStackedWidget>(page, "optionStack");
    auto *full = test::child<QWidget>(page, "fullPage");
    auto *plan = test::child<QWidget>(page, "planPage");
    kind->setCurrentIndex(stack->indexOf(full));
    QTest::qWait(20);
    // A single date's page under a plan's table and its fields.
    REQUIRE(plan->sizeHint().height() > full->sizeHint().height() + 40);
    CHECK(stack->sizeHint().height() < plan->sizeHint().height());
    CHECK(stack->height() <= full->sizeHint().height() + 10);
    kind->setCurrentIndex(stack->indexOf(plan));
    QTest::qWait(20);
    CHECK(stack->sizeHint().height() >= plan->sizeHint().height());
    CHECK(stack->height() >= plan->minimumSizeHint().height());
}
