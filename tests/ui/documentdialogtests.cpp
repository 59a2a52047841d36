// The statement and letters from the debtor file: preview, language,
// refusal in words, PDF written, and the office's details.

#include "debtorfiletesthelpers.h"
#include "services/importservice.h"
#include "store/database.h"
#include "store/debtorrepository.h"
#include "support/tempdb.h"
#include "services/debtorfilereader.h"
#include "ui/debtortimelinemodel.h"
#include "ui/documentdialog.h"
#include "ui/itemroles.h"
#include "ui/moneyformatter.h"
#include "ui/officedetailsdialog.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace libreta;
using namespace libreta::ui;

namespace {

const domain::FixedClock &docClock()
{
    static const domain::FixedClock c(QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC));
    return c;
}

domain::Id officeWithInvoices(store::Database &db)
{
    const QString dir = QStringLiteral(LIBRETA_TEST_DATA_DIR "/import/");
    for (auto [kind, file] : {std::pair{services::ImportKind::Debtors, "debtors-utf8bom-semicolon-crlf.csv"},
                              {services::ImportKind::Invoices, "invoices-iso-point.csv"}}) {
        services::ImportRequest r;
        r.kind = kind;
        r.path = dir + QString::fromLatin1(file);
        REQUIRE(services::ImportService(db, docClock()).run(r).stored);
    }
    return store::DebtorRepository(db).byRef(QStringLiteral("000123"))->id;
}

} // namespace

TEST_CASE("The statement dialog previews the document, switches language and saves a PDF", "[ui][documents]")
{
    test::TempDb t;
    const domain::Id debtor = officeWithInvoices(t.db());
    const FormContext context{t.db(), docClock(), std::nullopt};
    DocumentDialog dialog(context, services::DocumentKind::Statement, debtor);
    dialog.setLanguage(QStringLiteral("es"));
    REQUIRE(dialog.ready());
    CHECK(dialog.windowTitle() == QStringLiteral("Estado de cuenta — José Pérez Núñez"));
    dialog.setLanguage(QStringLiteral("en"));
    CHECK(dialog.windowTitle() == QStringLiteral("Account statement — José Pérez Núñez"));
    CHECK(dialog.document().html.contains(QStringLiteral("F-0002")));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("statement.pdf"));
    QSignalSpy written(&dialog, &DocumentDialog::written);
    REQUIRE(dialog.savePdf(pdf));
    QFile f(pdf);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(5) == "%PDF-");
    CHECK(written.count() == 1);

    // The debtor's history says so, for whoever calls next.
    const auto file = services::DebtorFileReader(t.db()).read(debtor, QDate(2026, 1, 15), docClock().nowUtc());
    REQUIRE(file);
    REQUIRE(file->documents.size() == 1);
    ui::DebtorTimelineModel timeline;
    timeline.setFile(*file, ui::MoneyFormatter(QStringLiteral("MXN")));
    timeline.setKindFilter(ui::DebtorTimelineModel::EntryKind::Document);
    REQUIRE(timeline.rowCount() == 1);
    CHECK(timeline.index(0, ui::DebtorTimelineModel::What).data().toString() ==
          QStringLiteral("Account statement saved as PDF"));
    CHECK(timeline.index(0, ui::DebtorTimelineModel::Kind).data().toString() == QStringLiteral("Document"));
    // A kind that comes in after the file was opened is read whole.
    CHECK(timeline.headerData(ui::DebtorTimelineModel::Kind, Qt::Horizontal, ui::ReadWholeRole).toBool());
    CHECK_FALSE(timeline.headerData(ui::DebtorTimelineModel::What, Qt::Horizontal, ui::ReadWholeRole).toBool());
}

TEST_CASE("A paid-in-full letter for a debtor who owes says why instead", "[ui][documents]")
{
    test::TempDb t;
    const domain::Id debtor = officeWithInvoices(t.db());
    const FormContext context{t.db(), docClock(), std::nullopt};
    DocumentDialog dialog(context, services::DocumentKind::PaidInFull, debtor);
    CHECK_FALSE(dialog.ready());
    CHECK(dialog.errorText().contains(QStringLiteral("José Pérez Núñez still owes")));
}

TEST_CASE("Office details entered once appear in every letter's header", "[ui][documents]")
{
    test::TempDb t;
    const domain::Id debtor = officeWithInvoices(t.db());
    const FormContext context{t.db(), docClock(), std::nullopt};
    DocumentDialog dialog(context, services::DocumentKind::Statement, debtor);
    dialog.show();
    // The shipped template is not pointed at: only an office's own is.
    CHECK_FALSE(test::child<QLabel>(&dialog, "templateLabel")->isVisible());
    // A new office's letter cannot say how to reach or pay it: said above it.
    auto *missing = test::child<QLabel>(&dialog, "missingLabel");
    CHECK(missing->isVisible());
    CHECK(missing->text() == QStringLiteral("This letter does not say how to reach the office or how to pay: add it "
                                            "with Office details… above."));
    auto *office = qobject_cast<OfficeDetailsDialog *>(dialog.editOfficeDetails());
    REQUIRE(office);
    office->setDetails({});
    office->accept();
    CHECK(office->errorText().startsWith(QStringLiteral("Office name")));
    // Printed on every letter: checked as a contact's are.
    office->setDetails({QStringLiteral("Cobranza Ágil S.C."), QString(), QString(), QStringLiteral("cobranza@agil"),
                        QString(), QString()});
    office->accept();
    CHECK(office->errorText().startsWith(QStringLiteral("E-mail: “cobranza@agil” is not an e-mail address")));
    office->setDetails({QStringLiteral("Cobranza Ágil S.C."), QString(), QStringLiteral("55 50"), QString(), QString(),
                        QString()});
    office->accept();
    CHECK(office->errorText().startsWith(QStringLiteral("Phone: “55 50” has too few digits")));
    office->setDetails({QStringLiteral("Cobranza Ágil S.C."), QStringLiteral("Av. Reforma 10"), QStringLiteral("55 5000 0000"),
                        QString(), QString(), QString()});
    office->accept();
    REQUIRE(test::waitFor([&] { return dialog.document().html.contains(QStringLiteral("Cobranza Ágil S.C.")); }));
    CHECK(dialog.document().html.contains(QStringLiteral("Av. Reforma 10")));
    CHECK(missing->text() == QStringLiteral("This letter does not say how to pay: add it with Office details… above."));
}

TEST_CASE("A payment reminder shows the overdue invoices and the date to pay them by", "[ui][documents]")
{
    test::TempDb t;
    const domain::Id debtor = officeWithInvoices(t.db());
    const FormContext context{t.db(), docClock(), std::nullopt};
    DocumentDialog dialog(context, services::DocumentKind::PaymentReminder, debtor);
    dialog.setLanguage(QStringLiteral("es"));
    REQUIRE(dialog.ready());
    CHECK(dialog.windowTitle() == QStringLiteral("Recordatorio de pago — José Pérez Núñez"));
    CHECK(dialog.document().html.contains(QStringLiteral("F-0001")));
    // A week from the desk's day, in the desk's formats.
    CHECK(dialog.document().html.contains(QLocale().toString(QDate(2026, 1, 22), QLocale::LongFormat)));
}
