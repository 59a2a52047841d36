#include "support/tempdb.h"
#include "ui/summarycounter.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace libreta;

namespace {

quint64 ticketOf(const QList<QVariant> &signal) { return signal.at(0).value<quint64>(); }

// Waits until `ticket` is answered by counted(); false if it never is.
bool countedTicket(QSignalSpy &counted, quint64 ticket)
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        for (const QList<QVariant> &signal : std::as_const(counted))
            if (ticketOf(signal) == ticket)
                return true;
        counted.wait(100);
    }
    return false;
}

} // namespace

TEST_CASE("A newer count stops the one running and is answered, with nothing reported as failed",
          "[ui][portfolio][summary]")
{
    test::TempDb t;
    ui::SummaryCounter counter(t.path());
    QSignalSpy counted(&counter, &ui::SummaryCounter::counted);
    QSignalSpy failed(&counter, &ui::SummaryCounter::failed);
    store::PortfolioQuery query;

    // The first request opens the worker's connection.
    counter.request(1, query);
    REQUIRE(countedTicket(counted, 1));

    // Each request stops whatever the worker runs, here nothing: the stop
    // must not fall on the count asked for next.
    counter.request(2, query);
    REQUIRE(countedTicket(counted, 2));

    // Typed fast: only the last must be answered, and none fails.
    query.search = QStringLiteral("g");
    counter.request(3, query);
    query.search = QStringLiteral("ga");
    counter.request(4, query);
    query.search = QStringLiteral("gar");
    counter.request(5, query);
    REQUIRE(countedTicket(counted, 5));
    CHECK(failed.isEmpty());
}
