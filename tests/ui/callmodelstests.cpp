#include "debtorfiletesthelpers.h"
#include "domain/paymentoption.h"
#include "ui/callconfirmation.h"
#include "ui/instalmentsmodel.h"
#include "ui/itemroles.h"
#include "ui/objectionsmodel.h"
#include "ui/techniquesmodel.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

using namespace libreta;
using namespace libreta::domain;

namespace {

ui::CallSetup setupFor(const QString &name)
{
    ui::CallSetup s;
    s.file.debtor.id = 1;
    s.file.debtor.name = name;
    s.file.debtor.externalRef = QStringLiteral("CLI-7");
    s.file.today = QDate(2026, 3, 10);
    s.file.settings.paymentInstructions = QStringLiteral("Deposit to 0123-456 quoting {reference}.");
    s.officeName = QStringLiteral("Despacho Prueba");
    s.agentName = QStringLiteral("Lucía Hernández");
    s.values.reference = QStringLiteral("CLI-7");
    return s;
}

OptionPlan threeMonthly()
{
    PaymentOption o;
    o.kind = OptionKind::Instalments;
    o.balance = Money::fromMinor(100000);
    o.instalments = 3;
    o.frequency = PlanFrequency::Monthly;
    o.firstDate = QDate(2026, 3, 15);
    return buildOption(o, 10, QDate(2026, 3, 10));
}

} // namespace

TEST_CASE("The instalments model shows each instalment and passes the model tester", "[ui][call][models]")
{
    ui::InstalmentsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const OptionPlan plan = threeMonthly();
    model.setInstalments(plan.instalments, ui::MoneyFormatter(QStringLiteral("MXN")));
    REQUIRE(model.rowCount() == 3);
    CHECK(model.index(0, ui::InstalmentsModel::Amount).data().toString().contains(QStringLiteral("333.34")));
    CHECK(model.index(2, ui::InstalmentsModel::Amount).data(ui::RawValueRole).toLongLong() == 33333);
    CHECK(model.index(2, ui::InstalmentsModel::Date).data(ui::RawValueRole).toDate() == QDate(2026, 5, 15));
    model.setInstalments({}, ui::MoneyFormatter());
    CHECK(model.rowCount() == 0);
}

TEST_CASE("The objections narrow as the agent types, ignoring accents", "[ui][call][models]")
{
    ui::ObjectionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setObjections({{QStringLiteral("Ya pagué."), QStringLiteral("Lo revisamos juntos.")},
                         {QStringLiteral("No tengo dinero."), QStringLiteral("¿Cuánto puede dar hoy?")},
                         {QStringLiteral("Nunca recibí la factura."), QStringLiteral("Se la envío ahora.")}});
    CHECK(model.rowCount() == 3);
    model.setFilter(QStringLiteral("PAGUE"));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0).data().toString() == QStringLiteral("Ya pagué."));
    CHECK(model.answerAt(0) == QStringLiteral("Lo revisamos juntos."));
    model.setFilter(QStringLiteral("cuanto hoy"));  // words of the answer count too
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0).data(ui::ObjectionsModel::AnswerRole).toString().contains(QStringLiteral("hoy")));
    model.setFilter(QStringLiteral("xyz"));
    CHECK(model.rowCount() == 0);
    CHECK(model.answerAt(0).isEmpty());
    model.setFilter(QString());
    CHECK(model.rowCount() == 3);
}

TEST_CASE("Techniques are ticked by their code and pass the model tester", "[ui][call][models]")
{
    ui::TechniquesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTechniques({{QStringLiteral("options"), QStringLiteral("Offer options"), QString()},
                         {QStringLiteral("silence"), QStringLiteral("Silence"), QStringLiteral("Stay quiet")}});
    int changes = 0;
    QObject::connect(&model, &ui::TechniquesModel::checkedChanged, [&changes] { ++changes; });
    CHECK(model.flags(model.index(0)) & Qt::ItemIsUserCheckable);
    CHECK(model.setData(model.index(1), Qt::Checked, Qt::CheckStateRole));
    CHECK(model.checkedCodes() == QStringList{QStringLiteral("silence")});
    CHECK(model.index(1).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK(model.index(1).data(Qt::ToolTipRole).toString() == QStringLiteral("Stay quiet"));
    CHECK(model.setData(model.index(1), Qt::Unchecked, Qt::CheckStateRole));
    CHECK(model.checkedCodes().isEmpty());
    CHECK(changes == 2);
    model.setCheckedCodes({QStringLiteral("options"), QStringLiteral("retired_code")});
    CHECK(model.index(0).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK(model.checkedCodes().contains(QStringLiteral("retired_code")));
}

TEST_CASE("The written confirmation reads back every instalment, prints to PDF and copies as text", "[ui][call]")
{
    const ui::CallSetup setup = setupFor(QStringLiteral("José Pérez Núñez"));
    const ui::CallConfirmation confirmation(setup, threeMonthly(), PaymentMethod::Deposit);
    const QString readBack = confirmation.readBack();
    CHECK(readBack.contains(QStringLiteral("3 monthly instalments")));
    CHECK(readBack.contains(QStringLiteral("by bank deposit")));
    CHECK(readBack.count(QLatin1Char('\n')) == 3);
    CHECK(readBack.contains(QStringLiteral("333.34")));
    CHECK(confirmation.instructions() == QStringLiteral("Deposit to 0123-456 quoting CLI-7."));

    const QString text = confirmation.plainText();
    CHECK(text.startsWith(QStringLiteral("Despacho Prueba")));
    CHECK(text.contains(QStringLiteral("José Pérez Núñez (reference CLI-7)")));
    CHECK(text.contains(QStringLiteral("Lucía Hernández")));
    confirmation.copyToClipboard();
    CHECK(QGuiApplication::clipboard()->text() == text);

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("confirmation.pdf"));
    REQUIRE(confirmation.savePdf(pdf));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(4) == QByteArray("%PDF"));

    // A direct debit has nothing to transfer: the agent confirms the
    // account, and the debtor's copy says the payments are charged.
    const ui::CallConfirmation charged(setup, threeMonthly(), PaymentMethod::DirectDebit);
    CHECK(charged.instructions().startsWith(QStringLiteral("Nothing to transfer")));
    CHECK_FALSE(charged.plainText().contains(QStringLiteral("0123-456")));
    CHECK(charged.plainText().contains(QStringLiteral("charged on its date to the account you authorised")));
    CHECK_FALSE(charged.html().contains(QStringLiteral("0123-456")));

    // Above the office's limit, the debtor is told the discount waits for approval.
    PaymentOption o;
    o.kind = OptionKind::FullPayment;
    o.balance = Money::fromMinor(100000);
    o.discountPercent = 30;
    o.date = QDate(2026, 3, 12);
    const ui::CallConfirmation discounted(setup, buildOption(o, 10, QDate(2026, 3, 10)), PaymentMethod::Cash);
    CHECK(discounted.readBack().contains(QStringLiteral("in cash")));
    CHECK(discounted.readBack().contains(QStringLiteral("30%")));
    CHECK(discounted.readBack().contains(QStringLiteral("supervisor")));
    // A supervisor on the call approves it there: the debtor hears it stands.
    ui::CallSetup supervisor = setup;
    supervisor.approvesOwnDiscounts = true;
    const ui::CallConfirmation approved(supervisor, buildOption(o, 10, QDate(2026, 3, 10)), PaymentMethod::Cash);
    CHECK(approved.readBack().contains(QStringLiteral("30%")));
    CHECK_FALSE(approved.readBack().contains(QStringLiteral("supervisor")));
}

TEST_CASE("A part now and the rest later is read back as two dates, not as a plan paid every so often",
          "[ui][call]")
{
    const ui::CallSetup setup = setupFor(QStringLiteral("José Pérez Núñez"));
    PaymentOption o;
    o.kind = OptionKind::PartNowRestLater;
    o.balance = Money::fromMinor(100000);
    o.partNow = Money::fromMinor(40000);
    o.date = QDate(2026, 3, 11);
    o.restDate = QDate(2026, 3, 30);  // nineteen days: no step of a plan
    const OptionPlan plan = buildOption(o, 10, QDate(2026, 3, 10));
    REQUIRE(plan.ok());
    const QStringList lines =
        ui::CallConfirmation(setup, plan, PaymentMethod::Transfer).readBack().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].startsWith(QStringLiteral("You will pay 400.00$ on ")));
    CHECK(lines[1].startsWith(QStringLiteral("You will pay the rest, 600.00$, on ")));
    for (const QString &line : lines) {
        CHECK_FALSE(line.contains(QStringLiteral("instalments")));
        CHECK(line.endsWith(QStringLiteral("by bank transfer.")));
    }
}
