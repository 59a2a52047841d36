#pragma once

// The office the Panel's service tests read: Ana's talk of the 10th with a
// promise and two techniques, Beto's unanswered calls, a plan, payments in
// and before the month (tests/services/panelservicetests.cpp and
// panelfollowthroughtests.cpp).

#include "support/fixtures.h"
#include "support/tempdb.h"

#include "domain/entities.h"
#include "store/callrepository.h"
#include "store/debtorrepository.h"
#include "store/paymentrepository.h"
#include "store/promiserepository.h"
#include "store/sqlquery.h"

namespace libreta::test::panel {

using namespace libreta::domain;

const QDate kFrom(2026, 11, 1);
const QDate kTo(2026, 11, 30);
// Read on a day when every promise of the office has ended its grace.
const QDate kEveryResultFinal(2027, 3, 1);

struct Office {
    // Ana's conversation of the 10th, the one the reviews score.
    Id anasTalk()
    {
        return store::SqlQuery(t.db(), QStringLiteral("SELECT id FROM calls WHERE agent_id = %1 ORDER BY started_at "
                                                      "LIMIT 1")
                                           .arg(people.ana))
            .execScalar();
    }

    test::TempDb t;
    test::TwoAgentsAndSupervisor people;
    Id alto = 0;  // Ana's debtor, "Alto saldo"
    Id bajo = 0;  // nobody's, "Bajo"
    Id promise = 0;

    Office()
    {
        people = test::addTwoAgentsAndSupervisor(t.db());
        store::DebtorRepository debtors(t.db());
        alto = test::addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("Ferretería Alto"));
        Debtor a = *debtors.byId(alto);
        a.segment = QStringLiteral("Alto saldo");
        a.assignedAgentId = people.ana;
        debtors.update(a);
        bajo = test::addDebtor(t.db(), QStringLiteral("B-1"), QStringLiteral("Papelería Bajo"));
        Debtor b = *debtors.byId(bajo);
        b.segment = QStringLiteral("Bajo");
        debtors.update(b);

        // Ana talks to her debtor and gets a promise, with two techniques;
        // Beto calls the other one twice and nobody answers.
        Call talk;
        talk.debtorId = alto;
        talk.agentId = people.ana;
        talk.startedAt = QDateTime(QDate(2026, 11, 10), QTime(16, 0), Qt::UTC);
        talk.endedAt = talk.startedAt.addSecs(300);
        talk.answeredBy = AnsweredBy::Debtor;
        talk.outcome = CallOutcome::Promise;
        talk.techniques = {QStringLiteral("silence"), QStringLiteral("summary")};
        const Id callId = store::CallRepository(t.db()).add(talk);
        test::addCall(t.db(), bajo, people.beto, QDateTime(QDate(2026, 11, 11), QTime(17, 0), Qt::UTC),
                      AnsweredBy::Nobody);
        test::addCall(t.db(), bajo, people.beto, QDateTime(QDate(2026, 11, 12), QTime(17, 0), Qt::UTC),
                      AnsweredBy::Nobody);
        Promise p;
        p.debtorId = alto;
        p.callId = callId;
        p.amount = test::pesos(500);
        p.dueDate = QDate(2026, 11, 20);
        p.madeOn = QDate(2026, 11, 10);
        promise = store::PromiseRepository(t.db()).add(p);
        // Beto's debtor agrees a plan of two instalments in another call
        // of Ana's: one promise made, for both amounts.
        Call plan = talk;
        plan.debtorId = bajo;
        plan.startedAt = QDateTime(QDate(2026, 11, 13), QTime(16, 0), Qt::UTC);
        plan.endedAt = plan.startedAt.addSecs(300);
        plan.techniques.clear();
        const Id planCall = store::CallRepository(t.db()).add(plan);
        PaymentPlan instalments;
        instalments.debtorId = bajo;
        for (const int month : {12, 1}) {
            Promise i;
            i.amount = test::pesos(100);
            i.dueDate = QDate(month == 12 ? 2026 : 2027, month, 15);
            i.madeOn = QDate(2026, 11, 13);
            instalments.instalments.append(i);
        }
        store::PromiseRepository(t.db()).addPlan(instalments, planCall);

        Payment paid;
        paid.debtorId = alto;
        paid.paidOn = QDate(2026, 11, 19);
        paid.amount = test::pesos(500);
        store::PaymentRepository(t.db()).add(paid);
        Payment other;
        other.debtorId = bajo;
        other.paidOn = QDate(2026, 10, 31);  // the month before
        other.amount = test::pesos(80);
        store::PaymentRepository(t.db()).add(other);
        store::PromiseRepository(t.db()).setOutcome(promise, PromiseStatus::Kept, test::pesos(500), QDate(2026, 11, 19));
    }
};

} // namespace libreta::test::panel
