// Edit ▸ Call script in the desk: a supervisor edits a stage's words and
// the answers to objections; a wrong one is brought into view and named
// with nothing stored; an agent only reads them.

#include "debtorfiletesthelpers.h"
#include "services/scriptlibrary.h"
#include "store/userrepository.h"
#include "support/tempdb.h"
#include "ui/mainwindow.h"
#include "ui/scriptdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>

using namespace libreta;
using namespace libreta::domain;

namespace {

const FixedClock kClock(QDateTime(QDate(2026, 11, 30), QTime(18, 0), Qt::UTC));

struct ScriptForm {
    test::PrompterScope prompts;
    test::TempDb t;
    Id userId = 0;
    std::unique_ptr<ui::ScriptDialog> dialog;

    explicit ScriptForm(UserRole role)
    {
        store::UserRepository users(t.db());
        users.add(User{0, QStringLiteral("sue"), QStringLiteral("Sue Ríos"), UserRole::Supervisor, true});
        userId = role == UserRole::Supervisor
                     ? 1
                     : users.add(User{0, QStringLiteral("ana"), QStringLiteral("Ana"), UserRole::Agent, true});
        dialog = std::make_unique<ui::ScriptDialog>(ui::FormContext{t.db(), kClock, userId}, QStringLiteral("es"));
        dialog->show();
    }
    template <typename T>
    T *get(const char *name)
    {
        return test::child<T>(dialog.get(), name);
    }
    void save() { get<QDialogButtonBox>("buttons")->button(QDialogButtonBox::Save)->click(); }
    store::CallScript stored() { return *services::ScriptLibrary(t.db()).scriptFor(QStringLiteral("es")); }
};

} // namespace

TEST_CASE("A supervisor edits a stage and an objection, and a wrong text is shown where it is", "[ui][script]")
{
    ScriptForm f(UserRole::Supervisor);
    REQUIRE(f.dialog->mayChange());
    CHECK_FALSE(f.get<QLabel>("readOnlyLabel")->isVisible());
    auto *stages = f.get<QListWidget>("stageList");
    auto *text = f.get<QPlainTextEdit>("stageEdit");
    CHECK(stages->count() == 6);
    CHECK(stages->currentRow() == 0);
    CHECK(text->toPlainText() == f.stored().stages.value(QStringLiteral("presentation")));
    CHECK(f.get<QLabel>("versionLabel")->text().contains(QStringLiteral("1")));

    // Choosing another stage shows its words, and is no edit.
    stages->setCurrentRow(2);
    CHECK(text->toPlainText() == f.stored().stages.value(QStringLiteral("negotiation")));
    CHECK_FALSE(f.dialog->isDirty());

    text->setPlainText(QStringLiteral("Le propongo cubrir su {deuda} hoy."));
    CHECK(f.dialog->isDirty());
    stages->setCurrentRow(0);  // the edit is kept while another stage is read
    auto *tabs = f.get<QTabWidget>("tabs");
    tabs->setCurrentIndex(1);
    f.save();
    CHECK(f.dialog->isVisible());
    CHECK(tabs->currentIndex() == 0);
    CHECK(stages->currentRow() == 2);
    CHECK(text->toPlainText() == QStringLiteral("Le propongo cubrir su {deuda} hoy."));
    CHECK(f.dialog->errorFor(QStringLiteral("stage.negotiation")).contains(QStringLiteral("{deuda}")));
    CHECK(f.stored().version == 1);

    text->setPlainText(QStringLiteral("Le propongo cubrir los {saldo} hoy."));
    tabs->setCurrentIndex(1);
    auto *objections = f.get<QListWidget>("objectionList");
    const int before = objections->count();
    f.get<QPushButton>("addObjectionButton")->click();
    CHECK(objections->count() == before + 1);
    CHECK(objections->currentRow() == before);
    QTest::keyClicks(f.get<QLineEdit>("objectionEdit"), QStringLiteral("Ya no trabajo ahi"));
    CHECK(objections->item(before)->text() == QStringLiteral("Ya no trabajo ahi"));
    objections->setCurrentRow(0);
    f.save();  // the new objection has no answer yet
    CHECK(f.dialog->isVisible());
    CHECK(objections->currentRow() == before);
    CHECK(f.dialog->errorFor(QStringLiteral("objection")).contains(QString::number(before + 1)));

    f.get<QPlainTextEdit>("answerEdit")->setPlainText(QStringLiteral("Entiendo. ¿Con quién puedo hablar de la cuenta?"));
    f.save();
    CHECK_FALSE(f.dialog->isVisible());
    CHECK(f.dialog->savedVersion() == 2);
    const store::CallScript s = f.stored();
    CHECK(s.version == 2);
    CHECK(s.stages.value(QStringLiteral("negotiation")) == QStringLiteral("Le propongo cubrir los {saldo} hoy."));
    REQUIRE(s.objectionAnswers.size() == before + 1);
    CHECK(s.objectionAnswers.last().first == QStringLiteral("Ya no trabajo ahi"));
}

TEST_CASE("Removing an objection takes it out of the next version only", "[ui][script]")
{
    ScriptForm f(UserRole::Supervisor);
    const store::CallScript first = f.stored();
    REQUIRE(first.objectionAnswers.size() >= 2);
    auto *objections = f.get<QListWidget>("objectionList");
    f.get<QTabWidget>("tabs")->setCurrentIndex(1);
    objections->setCurrentRow(0);
    f.get<QPushButton>("removeObjectionButton")->click();
    CHECK(objections->count() == first.objectionAnswers.size() - 1);
    CHECK(f.get<QLineEdit>("objectionEdit")->text() == first.objectionAnswers[1].first);
    f.save();
    CHECK_FALSE(f.dialog->isVisible());
    const store::CallScript s = f.stored();
    CHECK(s.objectionAnswers == first.objectionAnswers.mid(1));
    const auto old = store::ScriptRepository(f.t.db()).byId(first.id);
    REQUIRE(old);
    CHECK(old->objectionAnswers == first.objectionAnswers);
}

TEST_CASE("Saving the call script untouched stores no new version", "[ui][script]")
{
    ScriptForm f(UserRole::Supervisor);
    f.get<QListWidget>("stageList")->setCurrentRow(4);
    f.save();
    CHECK_FALSE(f.dialog->isVisible());
    CHECK_FALSE(f.dialog->savedVersion().has_value());
    CHECK(f.stored().version == 1);
}

TEST_CASE("An agent reads the call script and cannot change it", "[ui][script]")
{
    ScriptForm f(UserRole::Agent);
    CHECK_FALSE(f.dialog->mayChange());
    CHECK(f.get<QLabel>("readOnlyLabel")->isVisible());
    CHECK(f.get<QPlainTextEdit>("stageEdit")->isReadOnly());
    CHECK(f.get<QPlainTextEdit>("answerEdit")->isReadOnly());
    CHECK_FALSE(f.get<QPushButton>("addObjectionButton")->isVisible());
    auto *buttons = f.get<QDialogButtonBox>("buttons");
    CHECK_FALSE(buttons->button(QDialogButtonBox::Save));
    REQUIRE(buttons->button(QDialogButtonBox::Close));
    buttons->button(QDialogButtonBox::Close)->click();
    CHECK_FALSE(f.dialog->isVisible());
}

TEST_CASE("Edit ▸ Call script opens the form from the main window", "[ui][script][mainwindow]")
{
    test::TempDb t;
    ui::MainWindow window(std::move(t.database));
    auto *action = window.findChild<QAction *>(QStringLiteral("actionCallScript"));
    REQUIRE(action);
    action->trigger();
    auto *dialog = window.findChild<ui::ScriptDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->mayChange());  // no users listed: whoever works there
    dialog->reject();
}
