#pragma once

#include "store/portfoliorepository.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace libreta::ui {

// Counts and adds up the portfolio rows a query matches on a thread of its
// own, over its own connection to the same file: at a million debtors a
// count of "p" reads a few hundred thousand rows, and the table must not
// wait for it. Only the newest request matters: older ones still queued
// are skipped, and the one being counted is stopped, so the newest starts
// at once (typing "garcia" fast, the count of "g" would otherwise hold up
// the one of "garcia" by up to a fifth of a second at a million debtors).
class SummaryCounter final : public QObject {
    Q_OBJECT

public:
    explicit SummaryCounter(const QString &databasePath, QObject *parent = nullptr);
    ~SummaryCounter() override;

    // Answered later by counted() or failed() with the same ticket.
    void request(quint64 ticket, const store::PortfolioQuery &query);

Q_SIGNALS:
    void counted(quint64 ticket, const libreta::store::PortfolioSummary &summary);
    void failed(quint64 ticket, const QString &message);

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker = nullptr;  // lives in m_thread, deleted when it finishes
    std::shared_ptr<std::atomic<quint64>> m_latest;
    // The worker's connection once open, to stop what it counts.
    std::shared_ptr<std::atomic<store::Database *>> m_connection;
};

} // namespace libreta::ui

Q_DECLARE_METATYPE(libreta::store::PortfolioSummary)
Q_DECLARE_METATYPE(libreta::store::PortfolioQuery)
