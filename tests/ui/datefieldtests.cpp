#include "debtorfiletesthelpers.h"
#include "services/debtorfilereader.h"
#include "store/debtorrepository.h"
#include "store/paymentrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/datefields.h"
#include "ui/formcontext.h"
#include "ui/invoicedialog.h"
#include "ui/moneyformatter.h"
#include "ui/paymentdialog.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace libreta;

namespace {

QString focusedName() { return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString(); }

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
}

// The desk's locale for one test: the fields take their format from it when
// they are made.
struct DefaultLocaleScope {
    explicit DefaultLocaleScope(const QLocale &locale) { QLocale::setDefault(locale); }
    ~DefaultLocaleScope() { QLocale::setDefault(previous); }
    QLocale previous;
};

// A new invoice's form, shown for one debtor.
struct InvoiceForm {
    test::PrompterScope prompts;
    test::TempDb t;
    domain::FixedClock clock{QDateTime(QDate(2026, 11, 30), QTime(17, 0), Qt::UTC)};
    ui::InvoiceDialog dialog{ui::FormContext{t.db(), clock, std::nullopt},
                             *store::DebtorRepository(t.db()).byId(
                                 test::addDebtor(t.db(), QStringLiteral("R-1"), QStringLiteral("Ana Ruiz")))};
    InvoiceForm()
    {
        dialog.show();
        dialog.activateWindow();
    }
    QDateEdit *issued() { return dialog.findChild<QDateEdit *>(QStringLiteral("issueDateEdit")); }
};

} // namespace

TEST_CASE("A date is typed as it is written: the slash moves to the month and the year has four digits",
          "[ui][forms][keyboard]")
{
    const DefaultLocaleScope mexico(QLocale(QLocale::Spanish, QLocale::Mexico));
    InvoiceForm form;
    REQUIRE(QTest::qWaitForWindowActive(&form.dialog));
    QDateEdit *issued = form.issued();
    REQUIRE(issued);
    CHECK(issued->displayFormat() == QStringLiteral("dd/MM/yyyy"));
    issued->setFocus(Qt::TabFocusReason);
    REQUIRE(focusedName() == QStringLiteral("issueDateEdit"));

    const auto typed = [issued](const char *keys) {
        issued->setSelectedSection(QDateTimeEdit::DaySection);
        QTest::keyClicks(issued, QString::fromLatin1(keys));
        return issued->date();
    };
    CHECK(typed("12/09/2026") == QDate(2026, 9, 12));
    CHECK(focusedName() == QStringLiteral("issueDateEdit"));  // the slash did not leave the field
    CHECK(typed("1/9/2026") == QDate(2026, 9, 1));
    CHECK(typed("01112026") == QDate(2026, 11, 1));  // not 2020
    CHECK(focusedName() == QStringLiteral("issueDateEdit"));
    press(Qt::Key_Tab);
    CHECK(focusedName() == QStringLiteral("dueDateEdit"));

    SECTION("a day and an hour are typed the same way")
    {
        ui::DateTimeField when;
        when.setDisplayFormat(domain::wholeShortFormat(QStringLiteral("dd/MM/yy HH:mm")));
        when.show();
        when.setFocus(Qt::TabFocusReason);
        when.setSelectedSection(QDateTimeEdit::DaySection);
        QTest::keyClicks(&when, QStringLiteral("3/12/2026 9:30"));
        CHECK(when.dateTime() == QDateTime(QDate(2026, 12, 3), QTime(9, 30)));
    }
}

TEST_CASE("A date typed over the whole field selected (Ctrl+A) replaces it", "[ui][forms][keyboard]")
{
    const DefaultLocaleScope colombia(QLocale(QLocale::Spanish, QLocale::Colombia));
    ui::DateField date;
    date.setDate(QDate(2026, 12, 7));
    date.show();
    date.setFocus(Qt::TabFocusReason);
    QTest::keyClick(&date, Qt::Key_A, Qt::ControlModifier);
    auto *text = date.findChild<QLineEdit *>();
    REQUIRE(text);
    REQUIRE(text->selectedText() == text->text());
    QTest::keyClicks(&date, QStringLiteral("22/12/2026"));
    CHECK(date.date() == QDate(2026, 12, 22));
}

TEST_CASE("An hour of the afternoon is typed with p for p. m., as the field writes it", "[ui][forms][keyboard]")
{
    const DefaultLocaleScope colombia(QLocale(QLocale::Spanish, QLocale::Colombia));
    ui::DateTimeField when;
    when.setDisplayFormat(domain::wholeShortFormat(QStringLiteral("dd/MM/yy h:mm AP")));
    when.setDateTime(QDateTime(QDate(2026, 12, 7), QTime(9, 0)));
    when.show();
    when.setFocus(Qt::TabFocusReason);
    when.setSelectedSection(QDateTimeEdit::HourSection);
    QTest::keyClicks(&when, QStringLiteral("4:00 p"));
    CHECK(when.time() == QTime(16, 0));
    // And back to the morning with a.
    when.setSelectedSection(QDateTimeEdit::AmPmSection);
    QTest::keyClicks(&when, QStringLiteral("a"));
    CHECK(when.time() == QTime(4, 0));
}

TEST_CASE("An hour of the afternoon typed on a 24-hour clock (16:30) is taken in a field with a. m. and p. m.",
          "[ui][forms][keyboard]")
{
    const DefaultLocaleScope colombia(QLocale(QLocale::Spanish, QLocale::Colombia));
    ui::DateTimeField when;
    when.setDisplayFormat(domain::wholeShortFormat(QStringLiteral("dd/MM/yy h:mm AP")));
    when.setDateTime(QDateTime(QDate(2026, 12, 7), QTime(10, 52)));
    when.show();
    when.setFocus(Qt::TabFocusReason);
    when.setSelectedSection(QDateTimeEdit::HourSection);
    QTest::keyClicks(&when, QStringLiteral("1630"));
    CHECK(when.time() == QTime(16, 30));
    // With its colon too, and 10 to 12 stay the morning's (or noon).
    when.setSelectedSection(QDateTimeEdit::HourSection);
    QTest::keyClicks(&when, QStringLiteral("18:15"));
    CHECK(when.time() == QTime(18, 15));
    when.setTime(QTime(9, 0));
    when.setSelectedSection(QDateTimeEdit::HourSection);
    QTest::keyClicks(&when, QStringLiteral("11:45"));
    CHECK(when.time() == QTime(11, 45));
}

TEST_CASE("A next attempt's field is entered by Tab at the hour, where what is typed is", "[ui][forms][keyboard]")
{
    QWidget form;
    auto *before = new QLineEdit(&form);
    auto *when = new ui::DateTimeField(&form);
    when->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    when->setDateTime(QDateTime(QDate(2026, 12, 7), QTime(12, 52)));
    when->setEntrySection(QDateTimeEdit::HourSection);
    auto *layout = new QVBoxLayout(&form);
    layout->addWidget(before);
    layout->addWidget(when);
    form.show();
    form.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&form));
    before->setFocus();
    QTest::keyClick(before, Qt::Key_Tab);
    REQUIRE(when->hasFocus());
    CHECK(when->currentSection() == QDateTimeEdit::HourSection);
    QTest::keyClicks(when, QStringLiteral("18:30"));
    CHECK(when->dateTime() == QDateTime(QDate(2026, 12, 7), QTime(18, 30)));
}

TEST_CASE("Enter in a date or time field presses the form's Save, as in any other field", "[ui][forms][keyboard]")
{
    QDialog form;
    auto *when = new ui::TimeField(&form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &form);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &form, &QDialog::accept);
    auto *layout = new QVBoxLayout(&form);
    layout->addWidget(when);
    layout->addWidget(buttons);
    form.show();
    form.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&form));
    when->setFocus(Qt::TabFocusReason);
    QTest::keyClick(when, Qt::Key_Return);
    CHECK(form.result() == QDialog::Accepted);
}

TEST_CASE("Tab leaves a form's date field whole, as it leaves any other field", "[ui][forms][keyboard]")
{
    InvoiceForm form;
    REQUIRE(QTest::qWaitForWindowActive(&form.dialog));
    QDateEdit *issued = form.issued();
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
        issued->setDisplayFormat(domain::wholeShortFormat(QStringLiteral("dd/MM/yy")));  // the desk's short format in Mexico
        issued->setSelectedSection(QDateTimeEdit::DaySection);
        QTest::keyClicks(issued, QStringLiteral("15102026"));
        CHECK(issued->date() == QDate(2026, 10, 15));
        CHECK(focusedName() == QStringLiteral("issueDateEdit"));
    }
}

namespace {

// The payment form of a debtor owing 1,000.00, on the 1st of December.
struct PaymentForm {
    test::PrompterScope prompts;
    test::TempDb t;
    // The 1st of December: every day of November but the 1st is "later in the month".
    const domain::FixedClock clock{QDateTime(QDate(2026, 12, 1), QTime(17, 0), Qt::UTC)};
    const domain::Id id = test::addDebtor(t.db(), QStringLiteral("R-1"), QStringLiteral("Ana Ruiz"));
    const domain::Id invoice = test::addInvoice(t.db(), id, QStringLiteral("F-1"), QDate(2026, 10, 1), test::pesos(1000));
    // Read once the debtor owes: the form shows what the file says.
    const std::optional<services::DebtorFile> file =
        services::DebtorFileReader(t.db()).read(id, clock.today(), clock.nowUtc());
    ui::PaymentDialog dialog{ui::FormContext{t.db(), clock, std::nullopt}, *file, ui::MoneyFormatter()};
};

} // namespace

TEST_CASE("A payment made on a later day of last month than today's is typed whole", "[ui][forms][keyboard]")
{
    PaymentForm form;
    ui::PaymentDialog &dialog = form.dialog;
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto *date = dialog.findChild<QDateEdit *>(QStringLiteral("dateEdit"));
    REQUIRE(date);
    date->setDisplayFormat(domain::wholeShortFormat(QStringLiteral("dd/MM/yy")));

    date->setFocus(Qt::TabFocusReason);
    date->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(date, QStringLiteral("15112026"));
    CHECK(date->date() == QDate(2026, 11, 15));

    SECTION("a click puts the typing in the part clicked")
    {
        QLineEdit *text = date->findChild<QLineEdit *>();
        REQUIRE(text);
        // Inside the day's two digits, past the field's frame.
        QTest::mouseClick(text, Qt::LeftButton, {}, QPoint(text->fontMetrics().horizontalAdvance(QLatin1Char('1')) + 4, text->height() / 2));
        CHECK(date->currentSection() == QDateTimeEdit::DaySection);
        QTest::keyClicks(date, QStringLiteral("20"));
        CHECK(date->date() == QDate(2026, 11, 20));
    }

    SECTION("a day after today is typed as it is, and refused beside the field on saving")
    {
        date->setSelectedSection(QDateTimeEdit::DaySection);
        QTest::keyClicks(date, QStringLiteral("15122026"));
        CHECK(date->date() == QDate(2026, 12, 15));
        dialog.findChild<QLineEdit *>(QStringLiteral("amountEdit"))->setText(QStringLiteral("100.00"));
        test::saveButton(&dialog)->click();
        CHECK(dialog.isVisible());
        CHECK(dialog.errorFor(QStringLiteral("date")).contains(QStringLiteral("cannot be in the future")));
        CHECK(store::PaymentRepository(form.t.db()).forDebtor(form.id).isEmpty());
    }
}

TEST_CASE("A date's error takes the form's width beneath the field, all of it readable", "[ui][dates]")
{
    PaymentForm form;
    ui::PaymentDialog &dialog = form.dialog;
    dialog.show();
    auto *date = dialog.findChild<QDateEdit *>(QStringLiteral("dateEdit"));
    REQUIRE(date);
    const int fieldWidth = date->width();
    date->setDate(QDate(2026, 12, 10));  // after today: refused
    dialog.findChild<QLineEdit *>(QStringLiteral("amountEdit"))->setText(QStringLiteral("100"));
    dialog.accept();
    REQUIRE(dialog.isVisible());
    QApplication::processEvents();
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("dateError"));
    REQUIRE(error);
    REQUIRE(error->isVisible());
    // Not squeezed to the date's width (it wrapped there into lines the row
    // had no room for), and as tall as its lines need.
    CHECK(error->width() > 2 * fieldWidth);
    CHECK(error->height() >= error->heightForWidth(error->width()));
    CHECK(date->width() == fieldWidth);  // the field itself keeps its width
}
