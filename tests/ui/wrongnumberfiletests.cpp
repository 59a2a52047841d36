// A wrong number, as the debtor's file shows it afterwards: marked on the
// contacts tab, and the task to find another number named in the history.

#include "calldesk.h"
#include "ui/debtorcontactsmodel.h"
#include "ui/debtorfilecontacts.h"
#include "ui/debtorfiletimeline.h"
#include "ui/debtortimelinemodel.h"

#include <QTableView>

using namespace libreta;
using namespace libreta::domain;
using namespace libreta::test::calls;

TEST_CASE("After a wrong number the contacts tab marks it and the history names the task to find another",
          "[ui][call]")
{
    CallDesk desk;
    ui::DebtorFileView *file = desk.openFile();
    desk.key(Qt::Key_T, Qt::ControlModifier);
    desk.key(Qt::Key_6, Qt::AltModifier);  // a wrong number, the only one the file has
    desk.key(Qt::Key_S, Qt::ControlModifier);
    REQUIRE(desk.panel() == nullptr);

    auto *contacts = file->findChild<ui::DebtorFileContacts *>();
    REQUIRE(contacts);
    const auto *table = contacts->findChild<QTableView *>(QStringLiteral("table"));
    REQUIRE(table);
    const QString phones = table->model()->index(0, ui::DebtorContactsModel::Phones).data().toString();
    // The mark right after the number, before its label: a narrow column still shows it.
    CHECK(phones.startsWith(QStringLiteral("+52 55-1234-5678 — wrong number on")));
    CHECK(phones.endsWith(QStringLiteral("(mobile)")));
    CHECK(table->model()->index(0, ui::DebtorContactsModel::Phones).data(Qt::ForegroundRole).isValid());

    const auto *history = file->timeline()->model();
    QStringList what;
    for (int row = 0; row < history->rowCount(); ++row)
        what << history->index(row, ui::DebtorTimelineModel::What).data().toString();
    INFO(what.join(QLatin1Char('\n')).toStdString());
    CHECK(std::any_of(what.cbegin(), what.cend(), [](const QString &w) {
        return w.startsWith(QStringLiteral("Task: The number dialled is wrong")) && w.endsWith(QStringLiteral("Open"));
    }));
}
