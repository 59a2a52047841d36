#include "store/database.h"
#include "store/followuprepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/agendamodel.h"

#include <QAbstractItemModelTester>

#include <catch2/catch.hpp>

using namespace libreta;
using namespace libreta::domain;
using ui::AgendaModel;

namespace {

void addFollowUp(store::Database &db, Id debtor, const QDate &due, std::optional<QTime> time, const QString &what)
{
    FollowUp f;
    f.debtorId = debtor;
    f.kind = FollowUpKind::Callback;
    f.dueDate = due;
    f.dueTime = time;
    f.description = what;
    store::FollowUpRepository(db).add(f);
}

} // namespace

TEST_CASE("The agenda lists today's timed items, then today's others, then older ones newest first",
          "[ui][agenda]")
{
    test::TempDb t;
    const QDate today(2026, 3, 2);
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("Ana Ruiz"));
    addFollowUp(t.db(), debtor, today.addDays(-30), std::nullopt, QStringLiteral("a month ago"));
    addFollowUp(t.db(), debtor, today, std::nullopt, QStringLiteral("any time today"));
    addFollowUp(t.db(), debtor, today, QTime(11, 0), QStringLiteral("at eleven"));
    addFollowUp(t.db(), debtor, today.addDays(-1), QTime(9, 0), QStringLiteral("yesterday"));
    addFollowUp(t.db(), debtor, today, QTime(9, 30), QStringLiteral("at half past nine"));
    addFollowUp(t.db(), debtor, today.addDays(1), QTime(9, 0), QStringLiteral("tomorrow"));

    AgendaModel model(t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDay(today);

    QStringList order;
    for (int row = 0; row < model.rowCount(); ++row)
        order << model.index(row, AgendaModel::Kind).data(Qt::ToolTipRole).toString();
    CHECK(order == QStringList{QStringLiteral("at half past nine"), QStringLiteral("at eleven"),
                               QStringLiteral("any time today"), QStringLiteral("yesterday"),
                               QStringLiteral("a month ago")});
    CHECK(model.overdueCount() == 2);
    CHECK(model.index(0, AgendaModel::Debtor).data().toString() == QStringLiteral("Ana Ruiz"));
}
