#include "writebench.h"

#include <fcntl.h>
#include <unistd.h>

#include "catalogue.h"
#include "democache.h"
#include "floormeasure.h"
#include "services/callgate.h"
#include "services/callservice.h"
#include "services/paymentservice.h"
#include "services/workqueueservice.h"
#include "store/database.h"
#include "store/portfoliorepository.h"
#include "store/userrepository.h"
#include "store/walcheckpointer.h"

#include <QDir>
#include <QFile>

#include <exception>
#include <stdexcept>

namespace libreta::bench {
namespace {

using namespace domain;

constexpr int kWarmups = 3;

// A right-party call that ends in a promise: the call, its excuse and
// profile, the promise with its reminder and check, totals and audit.
services::CallDraft promiseCall(Id debtor, std::optional<Id> agent, const QDateTime &now)
{
    services::CallDraft d;
    d.call.debtorId = debtor;
    d.call.agentId = agent;
    d.call.startedAt = now.addSecs(-240);
    d.call.endedAt = now;
    d.call.answeredBy = AnsweredBy::Debtor;
    d.call.outcome = CallOutcome::Promise;
    d.call.notes.presentation = QStringLiteral("Se identificó al titular");
    d.call.excuseCategory = ExcuseCategory::NoFunds;
    d.call.excuseKind = ExcuseKind::Excuse;
    d.call.excuseWords = QStringLiteral("Cobra la quincena el viernes");
    d.call.willing = true;
    d.call.able = false;
    d.call.commitmentText = QStringLiteral("Transferencia de $500.00 el viernes");
    d.call.commitmentConfirmed = true;
    Promise p;
    p.amount = Money::fromMinor(50000);
    p.dueDate = now.toLocalTime().date().addDays(5);
    p.method = PaymentMethod::Transfer;
    d.promise = p;
    return d;
}

QString copyOf(const QString &from, const QString &to)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(to + QLatin1String(suffix));
    if (!QFile::copy(from, to))
        throw std::runtime_error("could not copy the demo file to " + to.toStdString());
    // On disk before any write is timed: otherwise the system writes the
    // copy's gigabytes back while the runs flush their commits, and each
    // flush waits behind that (commits at a million debtors took 1.3 to
    // 4 ms from one run to the next).
    const int fd = ::open(QFile::encodeName(to).constData(), O_RDONLY);
    if (fd < 0 || ::fsync(fd) != 0) {
        if (fd >= 0)
            ::close(fd);
        throw std::runtime_error("could not flush the copy " + to.toStdString());
    }
    ::close(fd);
    return to;
}

} // namespace

void WriteBench::run(Catalogue &figures)
{
    Figure &next = figures[QStringLiteral("next_call")];
    Figure &payment = figures[QStringLiteral("post_payment")];
    Figure &call = figures[QStringLiteral("commit_call")];
    const QString floorLabel = QStringLiteral(
        "the same statements (one durable transaction each) through the SQLite C API, on a second copy");
    QDir scratch(m_scratchDir);
    try {
        if (!scratch.mkpath(QStringLiteral(".")))
            throw std::runtime_error("could not create " + m_scratchDir.toStdString());
        const QString app = copyOf(m_demo.path, scratch.filePath(QStringLiteral("writes-app.sqlite")));
        const QString floorCopy = copyOf(m_demo.path, scratch.filePath(QStringLiteral("writes-floor.sqlite")));
        {
            store::Database db(app);
            // As the app's window does while a file is open: commits leave
            // copying the log back into the file to another thread. The
            // floor's connection keeps SQLite's own checkpoint at commit.
            store::WalCheckpointer checkpointer(db);
            SqlFloor floor(floorCopy);
            FloorMeasure measure(floor);
            // The afternoon of the day the office is at: every debtor's
            // calling hours are open, whatever the hour the bench runs.
            const domain::FixedClock clock(QDateTime(m_demo.date, QTime(16, 0), Qt::UTC));

            // Debtors who owe, spread over the file (by name, not by id): one
            // list pays, the other is called, and a call goes only to a
            // debtor the contact rules allow now (the service refuses the
            // rest: do-not-contact, seven attempts this week).
            store::PortfolioQuery owing;
            owing.filters.withBalanceOnly = true;
            const int needed = m_runs + kWarmups;
            QList<Id> payers, callable;
            services::CallGate gate(db, clock);
            for (const auto &row : store::PortfolioRepository(db).fetchPage(owing, std::nullopt, 6 * needed)) {
                if (callable.size() < needed && callable.size() <= payers.size() &&
                    gate.check(row.debtorId, std::nullopt, clock.nowUtc()).allowed)
                    callable.append(row.debtorId);
                else if (payers.size() < needed)
                    payers.append(row.debtorId);
            }
            if (payers.size() < needed || callable.size() < needed)
                throw std::runtime_error("the demo file has too few debtors who owe for the write figures");
            std::optional<Id> agent;
            for (const User &u : store::UserRepository(db).all())
                if (u.role == UserRole::Agent && !agent)
                    agent = u.id;

            try {
                // An agent asks for the next call again and again, as through
                // a shift: each answer claims its debtor, so the queue moves on.
                if (!agent)
                    throw std::runtime_error("the demo file has no agent to ask for the next call");
                services::WorkQueueService queue(db, clock);
                int found = 0;
                measure.writes(next, [&](int) { found += queue.next(*agent).next ? 1 : 0; }, m_runs, kWarmups);
                next.detail = QStringLiteral("services::WorkQueueService::next for one agent, %1 of %2 answers a "
                                             "debtor to call (each claimed, so the next answer is another); ")
                                  .arg(found)
                                  .arg(m_runs + kWarmups) +
                              next.detail;
            } catch (const std::exception &e) {
                next.state = Figure::State::Failed;
                next.reason = QString::fromUtf8(e.what());
            }
            try {
                services::PaymentService service(db, clock);
                measure.writes(payment, [&](int i) {
                    services::PostPaymentRequest r;
                    r.debtorId = payers.at(i);
                    r.amount = Money::fromMinor(15000);
                    r.paidOn = clock.today();
                    r.method = PaymentMethod::Transfer;
                    r.reference = QStringLiteral("BENCH-%1").arg(i);
                    service.post(r);
                }, m_runs, kWarmups);
                payment.detail = QStringLiteral("$150.00 by transfer to a debtor who owes, through "
                                                "services::PaymentService::post; ") + payment.detail;
            } catch (const std::exception &e) {
                payment.state = Figure::State::Failed;
                payment.reason = QString::fromUtf8(e.what());
            }
            try {
                services::CallService service(db, clock);
                measure.writes(call, [&](int i) {
                    service.commit(promiseCall(callable.at(i), agent, clock.nowUtc()));
                }, m_runs, kWarmups);
                call.detail = QStringLiteral("right-party call with a promise, reminder and check, through "
                                             "services::CallService::commit; ") + call.detail;
            } catch (const std::exception &e) {
                call.state = Figure::State::Failed;
                call.reason = QString::fromUtf8(e.what());
            }
        }
    } catch (const std::exception &e) {
        for (Figure *f : {&next, &payment, &call}) {
            f->state = Figure::State::Failed;
            f->reason = QString::fromUtf8(e.what());
        }
    }
    for (Figure *f : {&payment, &call})
        f->floorLabel = floorLabel;
    // The queue's claim is a lease: its transaction asks for no flush to
    // disk (PRAGMA synchronous=NORMAL around it), and the floor replays
    // those pragmas with the rest.
    next.floorLabel = QStringLiteral(
        "the same statements (one transaction each, the claim's not flushed to disk, as the app sends them) "
        "through the SQLite C API, on a second copy");
    scratch.removeRecursively();
}

} // namespace libreta::bench
