// The New debtor form: an office without its own numbering is offered the
// reference after its last debtor's, the office's time zone, and a debtor
// saved with them.

#include "debtorfiletesthelpers.h"
#include "store/contactrepository.h"
#include "store/debtorrepository.h"
#include "store/settingsrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/debtordialog.h"
#include "ui/timezonecombo.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace libreta;

TEST_CASE("The new debtor form offers the next reference and saves with it", "[ui][debtor]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    const domain::FixedClock clock(QDateTime(QDate(2026, 12, 1), QTime(17, 0), Qt::UTC));
    test::addDebtor(t.db(), QStringLiteral("EXP-0041"));
    {
        store::SettingsRepository settings(t.db());
        domain::OfficeSettings s = settings.load();
        s.debtorTimeZone = QStringLiteral("Europe/Madrid");
        settings.save(s);
    }

    ui::DebtorDialog form(ui::FormContext{t.db(), clock, std::nullopt}, domain::Debtor());
    auto *ref = test::child<QLineEdit>(&form, "refEdit");
    CHECK(ref->text() == QStringLiteral("EXP-0042"));
    // Where the office's debtors live.
    CHECK(ui::chosenTimeZone(test::child<QComboBox>(&form, "timeZoneCombo")) == QStringLiteral("Europe/Madrid"));
    form.show();
    test::child<QLineEdit>(&form, "nameEdit")->setText(QStringLiteral("Papelería Núñez"));
    test::saveButton(&form)->click();
    CHECK_FALSE(form.isVisible());
    const auto saved = store::DebtorRepository(t.db()).byRef(QStringLiteral("EXP-0042"));
    REQUIRE(saved);
    CHECK(saved->name == QStringLiteral("Papelería Núñez"));
    CHECK(saved->timeZone == QStringLiteral("Europe/Madrid"));

    // A debtor being changed keeps its own.
    ui::DebtorDialog change(ui::FormContext{t.db(), clock, std::nullopt}, *saved);
    CHECK(test::child<QLineEdit>(&change, "refEdit")->text() == QStringLiteral("EXP-0042"));
    const domain::Id other = test::addDebtor(t.db(), QStringLiteral("EXP-0043"));
    ui::DebtorDialog mexican(ui::FormContext{t.db(), clock, std::nullopt}, *store::DebtorRepository(t.db()).byId(other));
    CHECK(ui::chosenTimeZone(test::child<QComboBox>(&mexican, "timeZoneCombo")) == QStringLiteral("America/Mexico_City"));
}

TEST_CASE("A debtor an agent adds is that agent's to start with and a supervisor's is nobody's yet", "[ui][debtor]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    const domain::FixedClock clock(QDateTime(QDate(2026, 12, 1), QTime(17, 0), Qt::UTC));
    const auto staff = test::addTwoAgentsAndSupervisor(t.db());
    ui::DebtorDialog byAgent(ui::FormContext{t.db(), clock, staff.beto}, domain::Debtor());
    CHECK(test::child<QComboBox>(&byAgent, "agentCombo")->currentData().toLongLong() == staff.beto);
    ui::DebtorDialog bySupervisor(ui::FormContext{t.db(), clock, staff.sue}, domain::Debtor());
    CHECK(test::child<QComboBox>(&bySupervisor, "agentCombo")->currentIndex() == 0);  // "Nobody yet"
    // One that exists keeps whoever has it (here nobody), whoever edits it.
    const domain::Id existing = test::addDebtor(t.db(), QStringLiteral("EXP-1"));
    ui::DebtorDialog edit(ui::FormContext{t.db(), clock, staff.beto}, *store::DebtorRepository(t.db()).byId(existing));
    CHECK(test::child<QComboBox>(&edit, "agentCombo")->currentIndex() == 0);
}

TEST_CASE("In a one-person office a new debtor is its owner's to start with", "[ui][debtor]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    const domain::FixedClock clock(QDateTime(QDate(2026, 12, 1), QTime(17, 0), Qt::UTC));
    const domain::Id owner = test::addUser(t.db(), QStringLiteral("rgarza"), QStringLiteral("Roberto Garza"), domain::UserRole::Admin);
    ui::DebtorDialog form(ui::FormContext{t.db(), clock, owner}, domain::Debtor());
    CHECK(test::child<QComboBox>(&form, "agentCombo")->currentData().toLongLong() == owner);
    // With a second person the office shares its debtors out by hand.
    test::addUser(t.db(), QStringLiteral("ana"), QStringLiteral("Ana Ruiz"), domain::UserRole::Agent);
    ui::DebtorDialog second(ui::FormContext{t.db(), clock, owner}, domain::Debtor());
    CHECK(test::child<QComboBox>(&second, "agentCombo")->currentIndex() == 0);
}

TEST_CASE("The new debtor form takes the debtor's phone and the file then has a number to call", "[ui][debtor]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    const domain::FixedClock clock(QDateTime(QDate(2026, 12, 1), QTime(17, 0), Qt::UTC));
    ui::DebtorDialog form(ui::FormContext{t.db(), clock, std::nullopt}, domain::Debtor());
    form.show();
    auto *phone = test::child<QLineEdit>(&form, "phoneEdit");
    CHECK(phone->isVisible());
    test::child<QLineEdit>(&form, "nameEdit")->setText(QStringLiteral("Abarrotes Doña Lupita"));
    phone->setText(QStringLiteral("12"));  // not a number: refused beside the field, nothing stored
    test::saveButton(&form)->click();
    CHECK(form.isVisible());
    CHECK_FALSE(form.errorFor(QStringLiteral("phone.1")).isEmpty());
    CHECK(store::DebtorRepository(t.db()).byRef(test::child<QLineEdit>(&form, "refEdit")->text()) == std::nullopt);
    phone->setText(QStringLiteral("55 1234 5678"));
    test::saveButton(&form)->click();
    CHECK_FALSE(form.isVisible());
    const auto saved = store::DebtorRepository(t.db()).byRef(test::child<QLineEdit>(&form, "refEdit")->text());
    REQUIRE(saved);
    const auto contacts = store::ContactRepository(t.db()).forDebtor(saved->id);
    REQUIRE(contacts.size() == 1);
    CHECK(contacts[0].phones.size() == 1);

    // A debtor being changed has its numbers in Contacts.
    ui::DebtorDialog change(ui::FormContext{t.db(), clock, std::nullopt}, *saved);
    change.show();
    CHECK_FALSE(test::child<QLineEdit>(&change, "phoneEdit")->isVisible());
}

TEST_CASE("A new debtor's kind follows its name until it is chosen by hand", "[ui][debtor]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    const domain::FixedClock clock(QDateTime(QDate(2026, 12, 1), QTime(17, 0), Qt::UTC));
    ui::DebtorDialog form(ui::FormContext{t.db(), clock, std::nullopt}, domain::Debtor());
    form.show();
    auto *name = test::child<QLineEdit>(&form, "nameEdit");
    auto *kind = test::child<QComboBox>(&form, "kindCombo");
    QTest::keyClicks(name, QStringLiteral("Abarrotes La Lupita S.A. de C.V."));  // typed keys: ASCII only
    CHECK(kind->currentData().toInt() == int(domain::DebtorKind::Company));
    // Chosen by hand, the name no longer changes it.
    kind->setCurrentIndex(kind->findData(int(domain::DebtorKind::Person)));
    Q_EMIT kind->activated(kind->currentIndex());
    QTest::keyClicks(name, QStringLiteral(" "));
    CHECK(kind->currentData().toInt() == int(domain::DebtorKind::Person));
}
