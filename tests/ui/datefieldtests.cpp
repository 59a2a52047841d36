#include "debtorfiletesthelpers.h"
#include "store/debtorrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/formcontext.h"
#include "ui/invoicedialog.h"

#include <QApplication>
#include <QDateEdit>
#include <QLineEdit>

using namespace libreta;

namespace {

QString focusedName() { return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString(); }

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
}

} // namespace

TEST_CASE("Tab leaves a form's date field whole, as it leaves any other field", "[ui][forms][keyboard]")
{
    test::PrompterScope prompts;
    test::TempDb t;
    const domain::Id id = test::addDebtor(t.db(), QStringLiteral("R-1"), QStringLiteral("Ana Ruiz"));
    const domain::FixedClock clock(QDateTime(QDate(2026, 11, 30), QTime(17, 0), Qt::UTC));
    ui::InvoiceDialog dialog(ui::FormContext{t.db(), clock, std::nullopt}, *store::DebtorRepository(t.db()).byId(id));
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto *issued = dialog.findChild<QDateEdit *>(QStringLiteral("issueDateEdit"));
    REQUIRE(issued);
    const QDate before = issued->date();

    issued->setFocus(Qt::TabFocusReason);
    REQUIRE(focusedName() == QStringLiteral("issueDateEdit"));
    press(Qt::Key_Tab);
    CHECK(focusedName() == QStringLiteral("dueDateEdit"));  // not the month of the same date
    press(Qt::Key_Tab);
    CHECK(focusedName() == QStringLiteral("amountEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("1250.00"));
    CHECK(issued->date() == before);  // the amount went where it was meant to
    press(Qt::Key_Backtab);
    press(Qt::Key_Backtab);
    CHECK(focusedName() == QStringLiteral("issueDateEdit"));

    SECTION("a date is still typed part after part: a complete part moves on to the next")
    {
        issued->setDisplayFormat(QStringLiteral("dd/MM/yy"));  // the desk's short format in Mexico
        issued->setSelectedSection(QDateTimeEdit::DaySection);
        QTest::keyClicks(issued, QStringLiteral("151026"));
        CHECK(issued->date() == QDate(2026, 10, 15));
        CHECK(focusedName() == QStringLiteral("issueDateEdit"));
    }
}
