#include "store/database.h"
#include "store/followuprepository.h"
#include "store/promiserepository.h"
#include "store/settingsrepository.h"
#include "store/userrepository.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/agendamodel.h"
#include "ui/itemroles.h"

#include <QAbstractItemModelTester>

#include <catch2/catch.hpp>

using namespace libreta;
using namespace libreta::domain;
using ui::AgendaModel;

namespace {

const QDate kToday(2026, 3, 2);

Id addFollowUp(store::Database &db, Id debtor, FollowUpKind kind, const QDate &due, std::optional<QTime> time,
               const QString &what, std::optional<Id> assignee = std::nullopt)
{
    FollowUp f;
    f.debtorId = debtor;
    f.kind = kind;
    f.dueDate = due;
    f.dueTime = time;
    f.description = what;
    f.assignedTo = assignee;
    if (kind == FollowUpKind::PromiseReminder || kind == FollowUpKind::PromiseCheck) {
        Promise p;
        p.debtorId = debtor;
        p.amount = test::pesos(750);
        p.dueDate = due;
        p.madeOn = due.addDays(-3);
        p.method = PaymentMethod::Deposit;
        f.promiseId = store::PromiseRepository(db).add(p);
    }
    return *store::FollowUpRepository(db).add(f);
}

QStringList childTexts(const AgendaModel &model, const QModelIndex &group, int column, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(group); ++row)
        out << model.index(row, column, group).data(role).toString();
    return out;
}

} // namespace

TEST_CASE("The agenda groups a day's items by kind, each in time order with any-time items first", "[ui][agenda]")
{
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("Ana Ruiz"));
    addFollowUp(t.db(), debtor, FollowUpKind::Callback, kToday.addDays(-30), std::nullopt, QStringLiteral("a month ago"));
    addFollowUp(t.db(), debtor, FollowUpKind::Callback, kToday, QTime(11, 0), QStringLiteral("at eleven"));
    addFollowUp(t.db(), debtor, FollowUpKind::Callback, kToday, std::nullopt, QStringLiteral("any time today"));
    addFollowUp(t.db(), debtor, FollowUpKind::Callback, kToday.addDays(-1), QTime(9, 0), QStringLiteral("yesterday"));
    addFollowUp(t.db(), debtor, FollowUpKind::Callback, kToday, QTime(9, 30), QStringLiteral("at half past nine"));
    addFollowUp(t.db(), debtor, FollowUpKind::SendStatement, kToday, std::nullopt, QStringLiteral("the statement"));
    addFollowUp(t.db(), debtor, FollowUpKind::PromiseReminder, kToday, QTime(9, 0), QString());
    addFollowUp(t.db(), debtor, FollowUpKind::Callback, kToday.addDays(1), QTime(9, 0), QStringLiteral("tomorrow"));

    AgendaModel model(t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDay(kToday);

    REQUIRE(model.rowCount() == 3);  // call-backs, promises due, statements; empty groups are not shown
    CHECK(model.index(0, 0).data(ui::KindRole).toInt() == int(AgendaGroup::Callback));
    CHECK(model.index(1, 0).data(ui::KindRole).toInt() == int(AgendaGroup::PromiseDue));
    CHECK(model.index(2, 0).data(ui::KindRole).toInt() == int(AgendaGroup::SendStatement));
    CHECK(model.index(0, 0).data().toString().contains(QStringLiteral("(3)")));
    const QModelIndex callbacks = model.groupIndex(AgendaGroup::Callback);
    CHECK(childTexts(model, callbacks, AgendaModel::Details) ==
          QStringList{QStringLiteral("any time today"), QStringLiteral("at half past nine"), QStringLiteral("at eleven")});
    CHECK(model.index(0, AgendaModel::Debtor, callbacks).data().toString() == QStringLiteral("Ana Ruiz"));
    const QModelIndex promise = model.index(0, 0, model.groupIndex(AgendaGroup::PromiseDue));
    CHECK(model.index(0, AgendaModel::Amount, promise.parent()).data().toString().contains(QStringLiteral("750")));
    CHECK_FALSE(model.index(0, AgendaModel::Method, promise.parent()).data().toString().isEmpty());
    CHECK(model.total() == 5);
    CHECK(model.earlierCount() == 2);
    CHECK(promise.data(Qt::DecorationRole).value<QColor>().isValid());  // coloured by kind

    model.setRange(AgendaModel::Range::Overdue, kToday);
    REQUIRE(model.rowCount() == 1);
    CHECK(childTexts(model, model.index(0, 0), AgendaModel::Details) ==
          QStringList{QStringLiteral("yesterday"), QStringLiteral("a month ago")});
    model.setRange(AgendaModel::Range::NextDays, kToday);
    CHECK(model.total() == 1);
}

TEST_CASE("The agenda lists its groups in the order the office set for Next call", "[ui][agenda]")
{
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("Ana Ruiz"));
    addFollowUp(t.db(), debtor, FollowUpKind::Callback, kToday, QTime(11, 0), QStringLiteral("call back"));
    addFollowUp(t.db(), debtor, FollowUpKind::SendStatement, kToday, std::nullopt, QStringLiteral("the statement"));
    addFollowUp(t.db(), debtor, FollowUpKind::PromiseReminder, kToday, QTime(9, 0), QString());
    const auto groups = [](const AgendaModel &model) {
        QList<AgendaGroup> out;
        for (int row = 0; row < model.rowCount(); ++row)
            out << AgendaGroup(model.index(row, 0).data(ui::KindRole).toInt());
        return out;
    };

    AgendaModel model(t.db());
    model.setDay(kToday);
    CHECK(groups(model) == QList<AgendaGroup>{AgendaGroup::Callback, AgendaGroup::PromiseDue,
                                              AgendaGroup::SendStatement});

    // A supervisor puts the tasks first and the promises due before the
    // call-backs: the agenda follows as it is read again.
    OfficeSettings rules = store::SettingsRepository(t.db()).load();
    rules.queueOrder = {QueueStretch::Tasks, QueueStretch::PromisesDueToday, QueueStretch::BrokenPromises,
                        QueueStretch::PromiseChecks, QueueStretch::Callbacks};
    store::SettingsRepository(t.db()).save(rules);
    model.reload();
    CHECK(groups(model) == QList<AgendaGroup>{AgendaGroup::SendStatement, AgendaGroup::PromiseDue,
                                              AgendaGroup::Callback});
    CHECK(childTexts(model, model.index(0, 0), AgendaModel::Details).join(QString()).contains(
        QStringLiteral("the statement")));
}

TEST_CASE("The agenda reads a page per group and fetches the next one when asked", "[ui][agenda]")
{
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("A-1"));
    const int callbacks = AgendaModel::kFirstPageSize + AgendaModel::kPageSize + 7;
    for (int i = 0; i < callbacks; ++i)
        addFollowUp(t.db(), debtor, FollowUpKind::Callback, kToday, QTime(8, 0).addSecs(60 * i), QString());
    addFollowUp(t.db(), debtor, FollowUpKind::NoteFollowUp, kToday, std::nullopt, QStringLiteral("nota"));

    AgendaModel model(t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDay(kToday);
    const QModelIndex group = model.groupIndex(AgendaGroup::Callback);
    CHECK(model.count(AgendaGroup::Callback) == callbacks);
    CHECK(model.rowCount(group) == AgendaModel::kFirstPageSize);  // never the whole day
    CHECK(model.loadedItems() == AgendaModel::kFirstPageSize + 1);
    REQUIRE(model.canFetchMore(group));
    model.fetchMore(group);
    model.fetchMore(group);
    CHECK(model.rowCount(group) == callbacks);
    CHECK_FALSE(model.canFetchMore(group));
    // In time order across the pages.
    QStringList times = childTexts(model, group, AgendaModel::Due);
    QStringList sorted = times;
    std::sort(sorted.begin(), sorted.end());
    CHECK(times == sorted);
    CHECK(times.removeDuplicates() == 0);
}

TEST_CASE("The agenda shows one agent's items, nobody's, or everyone's", "[ui][agenda]")
{
    test::TempDb t;
    store::UserRepository users(t.db());
    const Id ana = users.add({0, QStringLiteral("ana"), QStringLiteral("Ana"), UserRole::Agent, true});
    const Id beto = users.add({0, QStringLiteral("beto"), QStringLiteral("Beto"), UserRole::Agent, true});
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("A-1"));
    addFollowUp(t.db(), debtor, FollowUpKind::Callback, kToday, QTime(9, 0), QStringLiteral("de Ana"), ana);
    addFollowUp(t.db(), debtor, FollowUpKind::SendInvoiceCopy, kToday, std::nullopt, QStringLiteral("de Beto"), beto);
    addFollowUp(t.db(), debtor, FollowUpKind::NoteFollowUp, kToday, std::nullopt, QStringLiteral("de nadie"));

    AgendaModel model(t.db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDay(kToday);
    CHECK(model.total() == 3);
    model.setWho(store::AgendaScope::Who::Agent, ana);
    CHECK(model.total() == 1);
    CHECK(model.index(0, AgendaModel::AssignedTo, model.index(0, 0)).data().toString() == QStringLiteral("Ana"));
    model.setWho(store::AgendaScope::Who::Unassigned);
    CHECK(model.total() == 1);
    CHECK(model.index(0, AgendaModel::Details, model.index(0, 0)).data().toString().contains(QStringLiteral("nadie")));
    model.setWho(store::AgendaScope::Who::Everyone);
    model.setGroupFilter(AgendaGroup::SendInvoiceCopy);
    CHECK(model.rowCount() == 1);
    CHECK(model.total() == 1);
}

TEST_CASE("A promise paid in part is listed by what is left of it", "[ui][agenda]")
{
    test::TempDb t;
    const Id debtor = test::addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("Ana Ruiz"));
    const Id item = addFollowUp(t.db(), debtor, FollowUpKind::PromiseReminder, kToday, QTime(9, 0), QString());
    const Id promise = *store::FollowUpRepository(t.db()).byId(item)->promiseId;
    store::PromiseRepository(t.db()).setOutcome(promise, PromiseStatus::Pending, test::pesos(200), std::nullopt);

    AgendaModel model(t.db());
    model.setDay(kToday);
    const QModelIndex group = model.groupIndex(AgendaGroup::PromiseDue);
    REQUIRE(model.rowCount(group) == 1);
    const QString left = model.money().format(test::pesos(550));
    const QString whole = model.money().format(test::pesos(750));
    CHECK(model.index(0, AgendaModel::Amount, group).data().toString() == left);
    CHECK(model.index(0, AgendaModel::Amount, group).data(Qt::ToolTipRole).toString().contains(whole));
    CHECK(model.index(0, AgendaModel::Details, group).data().toString().startsWith(
        QStringLiteral("Remind: %1 left of %2 by ").arg(left, whole)));
}
