// The Reviews section: a supervisor scores a conversation from the list;
// an agent reads the reviews of their own calls and cannot score.

#include "debtorfiletesthelpers.h"
#include "deskwindow.h"
#include "domain/labels.h"
#include "platform/translations.h"
#include "services/callcorrectionservice.h"
#include "services/reviewservice.h"
#include "store/callrepository.h"
#include "store/reviewrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/mainwindow.h"
#include "ui/noticebar.h"
#include "ui/reviewlistmodel.h"
#include "ui/reviewsview.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QTableView>
#include <QFont>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QHeaderView>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QApplication>
#include <QSignalSpy>
#include <QStyleOptionViewItem>
#include <QTextBrowser>

using namespace libreta;
using namespace libreta::domain;

namespace {

const FixedClock kClock(QDateTime(QDate(2026, 11, 30), QTime(18, 0), Qt::UTC));

struct Office {
    test::TempDb t;
    test::TwoAgentsAndSupervisor staff = test::addTwoAgentsAndSupervisor(t.db());
    Id ana = staff.ana;
    Id beto = staff.beto;
    Id sue = staff.sue;
    Id debtor = test::addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("Ferretería Núñez"));
    Id anasCall = conversation(ana, QDateTime(QDate(2026, 11, 29), QTime(16, 0), Qt::UTC));
    Id betosCall = conversation(beto, QDateTime(QDate(2026, 11, 30), QTime(16, 0), Qt::UTC));
    // A call with notes and a commitment to read.
    Id conversation(Id agent, const QDateTime &at)
    {
        Call c;
        c.debtorId = debtor;
        c.agentId = agent;
        c.startedAt = at;
        c.answeredBy = AnsweredBy::Debtor;
        c.outcome = CallOutcome::Promise;
        c.notes.listening = QStringLiteral("Dice que su cliente no le ha pagado");
        c.commitmentText = QStringLiteral("Pagará $1,500.00 el 5 de diciembre por transferencia");
        return store::CallRepository(t.db()).add(c);
    }
};

} // namespace

TEST_CASE("A supervisor scores a conversation from the Reviews list", "[ui][reviews]")
{
    Office o;
    test::DeskLogin login("sue");
    ui::ReviewsView view(o.t.db(), kClock);
    view.show();
    REQUIRE(view.mayScore());
    REQUIRE(view.model()->rowCount() == 2);
    CHECK(view.model()->item(0)->callId == o.betosCall);  // newest first

    REQUIRE(view.selectCall(o.anasCall));
    auto *notes = test::child<QTextBrowser>(&view, "callNotes");
    CHECK(notes->toPlainText().contains(QStringLiteral("su cliente no le ha pagado")));
    CHECK(notes->toPlainText().contains(QStringLiteral("Pagará $1,500.00")));

    // Nothing scored and nothing written: refused, said beside the form.
    CHECK_FALSE(view.saveScore());
    CHECK(view.errorText().startsWith(QStringLiteral("Score at least one stage")));

    test::child<QSpinBox>(&view, "score1Spin")->setValue(4);
    test::child<QSpinBox>(&view, "score3Spin")->setValue(2);
    test::child<QPlainTextEdit>(&view, "coachingEdit")->setPlainText(QStringLiteral("Ofrece el convenio antes."));
    REQUIRE(view.saveScore());
    const int row = view.model()->rowOf(o.anasCall);
    REQUIRE(row >= 0);
    CHECK(view.model()->item(row)->averageScore == std::optional<double>(3.0));
    const auto reviews = store::ReviewRepository(o.t.db()).forCall(o.anasCall);
    REQUIRE(reviews.size() == 1);
    CHECK(reviews.first().coaching == QStringLiteral("Ofrece el convenio antes."));

    // Only what nobody scored yet.
    test::child<QCheckBox>(&view, "unscoredCheck")->setChecked(true);
    REQUIRE(view.model()->rowCount() == 1);
    CHECK(view.model()->item(0)->callId == o.betosCall);

    // Ctrl+S saves a score as it saves a call, from the field being typed in.
    view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    REQUIRE(view.selectCall(o.betosCall));
    test::child<QSpinBox>(&view, "score5Spin")->setValue(5);
    auto *coaching = test::child<QPlainTextEdit>(&view, "coachingEdit");
    coaching->setFocus();
    QTest::keyClick(coaching, Qt::Key_S, Qt::ControlModifier);
    CHECK(store::ReviewRepository(o.t.db()).forCall(o.betosCall).size() == 1);
}

TEST_CASE("Saving a score brings up the next call nobody scored, ready to score", "[ui][reviews]")
{
    Office o;
    test::DeskLogin login("sue");
    ui::ReviewsView view(o.t.db(), kClock);
    view.show();
    view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    QSignalSpy said(&view, &ui::ReviewsView::statusMessage);
    REQUIRE(view.selectCall(o.betosCall));  // the newest, first in the list
    test::child<QSpinBox>(&view, "score1Spin")->setValue(5);
    REQUIRE(view.saveScore());
    CHECK(view.model()->item(view.findChild<QTableView *>(QStringLiteral("callsTable"))->currentIndex().row())->callId ==
          o.anasCall);
    CHECK(QApplication::focusWidget() == test::child<QSpinBox>(&view, "score1Spin"));
    REQUIRE_FALSE(said.isEmpty());
    CHECK(said.last().at(0).toString() == QStringLiteral("Score saved. Next: the next call not scored yet."));

    // The last one to score: it stays, and says it was saved.
    test::child<QSpinBox>(&view, "score1Spin")->setValue(3);
    REQUIRE(view.saveScore());
    CHECK(said.last().at(0).toString() == QStringLiteral("Score saved."));
}

TEST_CASE("A score box clicked into takes the first digit typed over its «—»", "[ui][reviews]")
{
    Office o;
    test::DeskLogin login("sue");
    ui::ReviewsView view(o.t.db(), kClock);
    view.show();
    view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    REQUIRE(view.selectCall(o.betosCall));
    auto *presentation = test::child<QSpinBox>(&view, "score1Spin");
    REQUIRE(presentation->text() == QStringLiteral("—"));
    // A click leaves the cursor after the dash, not the dash selected.
    QTest::mouseClick(presentation, Qt::LeftButton, {}, presentation->rect().center());
    presentation->findChild<QLineEdit *>()->end(false);
    QTest::keyClick(presentation, Qt::Key_4);
    CHECK(presentation->value() == 4);
    // A second digit replaces the first, as a score has one.
    QTest::keyClick(presentation, Qt::Key_3);
    CHECK(presentation->value() == 3);
}

TEST_CASE("A score typed and not saved is asked about before another call is read", "[ui][reviews]")
{
    Office o;
    test::PrompterScope prompts;
    test::DeskLogin login("sue");
    ui::ReviewsView view(o.t.db(), kClock);
    view.show();
    REQUIRE(view.selectCall(o.anasCall));
    // Reading another call with nothing typed asks nothing.
    REQUIRE(view.selectCall(o.betosCall));
    REQUIRE(view.selectCall(o.anasCall));
    CHECK(prompts.prompter->asked.isEmpty());

    test::child<QSpinBox>(&view, "score1Spin")->setValue(4);
    test::child<QPlainTextEdit>(&view, "coachingEdit")->setPlainText(QStringLiteral("Ofrece el convenio antes."));
    auto *table = test::child<QTableView>(&view, "callsTable");
    const auto currentCall = [&] { return view.model()->item(table->currentIndex().row())->callId; };

    // "Keep editing": the row goes back and the form keeps what was typed.
    prompts.prompter->answers = {false};
    view.selectCall(o.betosCall);
    CHECK(prompts.prompter->asked.size() == 1);
    CHECK(currentCall() == o.anasCall);
    CHECK(test::child<QSpinBox>(&view, "score1Spin")->value() == 4);
    CHECK(test::child<QPlainTextEdit>(&view, "coachingEdit")->toPlainText() == QStringLiteral("Ofrece el convenio antes."));

    // Let go: the other call is read, and nothing was stored.
    prompts.prompter->answers = {true};
    REQUIRE(view.selectCall(o.betosCall));
    CHECK(prompts.prompter->asked.size() == 2);
    CHECK(currentCall() == o.betosCall);
    CHECK(test::child<QSpinBox>(&view, "score1Spin")->value() == test::child<QSpinBox>(&view, "score1Spin")->minimum());  // "—"
    CHECK(store::ReviewRepository(o.t.db()).forCall(o.anasCall).isEmpty());

    // Saved, it is not asked about.
    test::child<QSpinBox>(&view, "score2Spin")->setValue(3);
    REQUIRE(view.saveScore());
    REQUIRE(view.selectCall(o.anasCall));
    CHECK(prompts.prompter->asked.size() == 2);
}

TEST_CASE("In Spanish every conversation's outcome in the Reviews list is read whole", "[ui][reviews]")
{
    // Spanish for this test (its outcomes are the longer ones), English again after it.
    struct SpanishScope {
        SpanishScope() { platform::installTranslators(QLocale(QLocale::Spanish, QLocale::Mexico)); }
        ~SpanishScope() { platform::installTranslators(QLocale::c()); }
    } spanish;
    Office o;
    // A call of each outcome a conversation can have, beside the two promises.
    for (const auto outcome : {CallOutcome::Payment, CallOutcome::Refusal, CallOutcome::Callback}) {
        Call c;
        c.debtorId = o.debtor;
        c.agentId = o.ana;
        c.startedAt = QDateTime(QDate(2026, 11, 30), QTime(17, static_cast<int>(outcome)), Qt::UTC);
        c.answeredBy = AnsweredBy::Debtor;
        c.outcome = outcome;
        store::CallRepository(o.t.db()).add(c);
    }
    test::DeskLogin login("sue");
    ui::ReviewsView view(o.t.db(), kClock);
    view.resize(1280, 700);
    view.show();
    auto *table = test::child<QTableView>(&view, "callsTable");
    REQUIRE(view.model()->rowCount() == 5);
    QStyleOptionViewItem option;
    option.initFrom(table);
    QStringList seen;
    for (int row = 0; row < view.model()->rowCount(); ++row) {
        const QModelIndex cell = view.model()->index(row, ui::ReviewListModel::Outcome);
        seen << cell.data().toString();
        INFO(cell.data().toString().toStdString());
        // What the table's own delegate says the text needs, margins and all.
        CHECK(table->visualRect(cell).width() >= table->itemDelegate()->sizeHint(option, cell).width());
    }
    CHECK(seen.contains(QStringLiteral("Promesa de pago")));
}

TEST_CASE("A corrected call is listed once, read as corrected, and scored as itself", "[ui][reviews][callcorrection]")
{
    Office o;
    services::CallCorrection fix = services::CallCorrection::of(*store::CallRepository(o.t.db()).byId(o.anasCall));
    fix.notes.listening = QStringLiteral("Su cliente le pagará el viernes");
    const Id correction = services::CallCorrectionService(o.t.db(), kClock).correct(fix, o.sue);

    test::DeskLogin login("sue");
    ui::ReviewsView view(o.t.db(), kClock);
    view.show();
    REQUIRE(view.model()->rowCount() == 2);
    CHECK(view.model()->rowOf(correction) < 0);
    REQUIRE(view.selectCall(o.anasCall));
    const QString notes = test::child<QTextBrowser>(&view, "callNotes")->toPlainText();
    CHECK(notes.contains(QStringLiteral("Corrected on")));
    CHECK(notes.contains(QStringLiteral("le pagará el viernes")));
    CHECK_FALSE(notes.contains(QStringLiteral("no le ha pagado")));
    test::child<QSpinBox>(&view, "score2Spin")->setValue(3);
    REQUIRE(view.saveScore());
    CHECK(store::ReviewRepository(o.t.db()).forCall(o.anasCall).size() == 1);

    // Corrected again from here: the form opens on the latest words.
    REQUIRE(test::child<QPushButton>(&view, "correctCallButton")->isEnabled());
    QDialog *dialog = view.correctCall();
    REQUIRE(dialog);
    auto *listening = test::child<QPlainTextEdit>(dialog, "listeningEdit");
    CHECK(listening->toPlainText() == QStringLiteral("Su cliente le pagará el viernes"));
    listening->setPlainText(QStringLiteral("Su cliente le pagará el lunes"));
    test::child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Save)->click();
    CHECK(test::child<QTextBrowser>(&view, "callNotes")->toPlainText().contains(QStringLiteral("el lunes")));
    CHECK(store::CallRepository(o.t.db()).correctionOf(o.debtor, correction).has_value());
}

TEST_CASE("An agent reads the reviews of their own calls and cannot score", "[ui][reviews]")
{
    Office o;
    {
        test::DeskLogin supervisor("sue");
        ui::ReviewsView review(o.t.db(), kClock);
        review.show();
        REQUIRE(review.selectCall(o.anasCall));
        test::child<QSpinBox>(&review, "score5Spin")->setValue(5);
        test::child<QPlainTextEdit>(&review, "coachingEdit")->setPlainText(QStringLiteral("Excelente cierre."));
        REQUIRE(review.saveScore());
    }
    test::DeskLogin login("ana");
    ui::ReviewsView view(o.t.db(), kClock);
    view.show();
    CHECK_FALSE(view.mayScore());
    REQUIRE(view.model()->rowCount() == 1);  // Beto's call is not hers
    CHECK(view.model()->item(0)->callId == o.anasCall);
    CHECK_FALSE(test::child<QComboBox>(&view, "agentCombo")->isEnabled());
    CHECK_FALSE(test::child<QWidget>(&view, "scoreBox")->isVisible());
    CHECK(test::child<QTextBrowser>(&view, "callNotes")->toPlainText().contains(QStringLiteral("Excelente cierre.")));
    // Each score with its stage: which one to work on is the point.
    CHECK(test::child<QTextBrowser>(&view, "callNotes")->toPlainText().contains(QStringLiteral("Pre-close — · Close 5")));
}

TEST_CASE("The Reviews section is the main window's third", "[ui][reviews][mainwindow]")
{
    Office o;
    test::DeskLogin login("sue");
    ui::MainWindow window(std::move(o.t.database));
    window.show();
    // Not read before the section is shown.
    CHECK(window.reviewsView()->model()->rowCount() == 0);
    window.showSection(ui::MainWindow::ReviewsSection);
    CHECK(window.currentSection() == ui::MainWindow::ReviewsSection);
    REQUIRE(window.reviewsView());
    CHECK(window.reviewsView()->isVisibleTo(&window));
    // The section starts a week back from the machine's day: from the
    // calls' week whenever the test runs.
    test::child<QDateEdit>(window.reviewsView(), "fromEdit")->setDate(QDate(2026, 11, 23));
    CHECK(window.reviewsView()->model()->rowCount() == 2);
}

TEST_CASE("An agent is told in the band of reviews of their calls, and reading them clears it", "[ui][reviews]")
{
    Office o;
    // A call of three weeks ago, scored just now (the desk's clock is the
    // computer's): older than the list's first week.
    const FixedClock now(QDateTime::currentDateTimeUtc());
    const Id oldCall = o.conversation(o.ana, now.nowUtc().addDays(-21));
    const Id yesterdays = o.conversation(o.ana, now.nowUtc().addDays(-1));  // not reviewed
    QualityReview review;
    review.callId = oldCall;
    review.scores = {4, 5, 3, 4, 4};
    review.coaching = QStringLiteral("Repite el compromiso completo antes de cerrar.");
    services::ReviewService(o.t.db(), now, o.sue).save(review);

    test::DeskWindow desk(o.t, "ana");
    ui::MainWindow &window = desk.window;
    window.showSection(ui::MainWindow::PortfolioSection);
    window.remindReviews();
    REQUIRE_FALSE(window.noticeBar()->isHidden());
    CHECK(window.noticeBar()->text().startsWith(QStringLiteral("1 new review(s) of your calls since you last read them")));
    QPushButton *read = nullptr;
    for (QPushButton *b : window.noticeBar()->findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Read them"))
            read = b;
    REQUIRE(read);
    read->click();
    CHECK(window.currentSection() == ui::MainWindow::ReviewsSection);
    CHECK(window.noticeBar()->isHidden());
    // The list reaches back to the reviewed call, which stands out while it is read.
    auto *reviews = window.findChild<ui::ReviewsView *>();
    CHECK(test::child<QDateEdit>(reviews, "fromEdit")->date() <= now.nowUtc().addDays(-21).toLocalTime().date());
    ui::ReviewListModel *list = reviews->model();
    REQUIRE(test::waitFor([&] { return list->rowOf(oldCall) >= 0; }));
    CHECK(list->isNew(list->rowOf(oldCall)));
    CHECK(test::child<QTableView>(reviews, "callsTable")->currentIndex().row() == list->rowOf(oldCall));
    CHECK(list->index(list->rowOf(oldCall), ui::ReviewListModel::Score).data(Qt::FontRole).value<QFont>().bold());
    REQUIRE(list->rowOf(yesterdays) >= 0);
    CHECK_FALSE(list->isNew(list->rowOf(yesterdays)));
    // Asked again while they read (the desk's watchers start): still marked.
    window.remindReviews();
    CHECK(list->isNew(list->rowOf(oldCall)));
    // The supervisor sits down while Reviews is shown: Ana's news are not theirs.
    QDialog *who = window.askWhoIsWorking();
    auto *combo = test::child<QComboBox>(who, "userCombo");
    combo->setCurrentIndex(combo->findData(QStringLiteral("sue")));
    who->accept();
    REQUIRE(test::waitFor([&] { return list->rowOf(oldCall) >= 0; }));
    CHECK_FALSE(list->isNew(list->rowOf(oldCall)));
    who = window.askWhoIsWorking();
    combo = test::child<QComboBox>(who, "userCombo");
    combo->setCurrentIndex(combo->findData(QStringLiteral("ana")));
    who->accept();
    // Read: the next start says nothing.
    window.showSection(ui::MainWindow::PortfolioSection);
    window.remindReviews();
    CHECK(window.noticeBar()->isHidden());
}

TEST_CASE("When someone else sits down, the score form is theirs, never what the last person typed",
          "[ui][reviews][mainwindow]")
{
    Office o;
    QualityReview review;
    review.callId = o.anasCall;
    review.scores = {4, 3, 2, 4, 5};
    // Scored on the window's own clock, the real one: a score dated by
    // kClock stopped being news to Ana a week after it, and the test with it.
    const domain::SystemClock now;
    services::ReviewService(o.t.db(), now, o.sue).save(review);

    test::DeskWindow desk(o.t, "sue");
    ui::MainWindow &window = desk.window;
    window.showSection(ui::MainWindow::ReviewsSection);
    ui::ReviewsView *reviews = window.reviewsView();
    test::child<QDateEdit>(reviews, "fromEdit")->setDate(QDate(2026, 11, 23));
    REQUIRE(reviews->selectCall(o.anasCall));
    auto *negotiation = test::child<QSpinBox>(reviews, "score3Spin");
    CHECK(negotiation->value() == 2);

    // Ana sits down on the same call: her review is to read, not to score.
    test::sitDown(window, "ana");
    CHECK_FALSE(test::child<QWidget>(reviews, "scoreBox")->isVisible());
    CHECK_FALSE(test::child<QWidget>(reviews, "saveButton")->isVisible());
    // Whatever reached the hidden form while she sat there...
    negotiation->setValue(5);
    CHECK_FALSE(reviews->saveScore());
    CHECK_FALSE(reviews->errorText().isEmpty());

    // ...is gone when the supervisor comes back: their own score, no old error.
    test::sitDown(window, "sue");
    CHECK(test::child<QWidget>(reviews, "scoreBox")->isVisible());
    CHECK(negotiation->value() == 2);
    CHECK(reviews->errorText().isEmpty());
    test::child<QPlainTextEdit>(reviews, "commentsEdit")->setPlainText(QStringLiteral("Buen tono."));
    REQUIRE(reviews->saveScore());
    const auto stored = store::ReviewRepository(window.database()).forCall(o.anasCall);
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().scores[2] == std::optional<int>(2));
}
