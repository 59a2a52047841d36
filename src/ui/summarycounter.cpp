#include "ui/summarycounter.h"

#include "store/database.h"
#include "store/storeerror.h"

#include <spdlog/spdlog.h>

namespace libreta::ui {

class SummaryCounter::Worker final : public QObject {
    Q_OBJECT

public:
    Worker(QString path, std::shared_ptr<std::atomic<quint64>> latest,
           std::shared_ptr<std::atomic<store::Database *>> connection)
        : m_path(std::move(path)), m_latest(std::move(latest)), m_connection(std::move(connection))
    {
    }
    ~Worker() override { m_connection->store(nullptr); }

    void count(quint64 ticket, const store::PortfolioQuery &query)
    {
        // A stop is only ever asked for along with a newer ticket, so one
        // that falls on the newest count came late, meant for the one
        // before: that count is started once more rather than left
        // unanswered, and then said to have failed, never waited on forever.
        for (int attempt = 1; ticket == m_latest->load(); ++attempt) {
            try {
                open();
                const store::PortfolioSummary summary = m_repository->summary(query);
                Q_EMIT counted(ticket, summary);
                return;
            } catch (const store::InterruptedError &e) {
                if (attempt == 2 && ticket == m_latest->load()) {
                    spdlog::warn("ui: portfolio summary stopped twice with no newer request");
                    Q_EMIT failed(ticket, e.message());
                    return;
                }
            } catch (const store::StoreError &e) {
                spdlog::error("ui: portfolio summary failed");
                Q_EMIT failed(ticket, e.message());
                return;
            }
        }
    }

Q_SIGNALS:
    void counted(quint64 ticket, const libreta::store::PortfolioSummary &summary);
    void failed(quint64 ticket, const QString &message);

private:
    // On the worker's thread: a connection belongs to the thread that
    // opened it.
    void open()
    {
        if (m_db)
            return;
        m_db = std::make_unique<store::Database>(m_path);
        m_db->keepSmallCache();
        m_repository = std::make_unique<store::PortfolioRepository>(*m_db);
        m_connection->store(m_db.get());
    }

    QString m_path;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::shared_ptr<std::atomic<store::Database *>> m_connection;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<store::PortfolioRepository> m_repository;  // before m_db goes
};

SummaryCounter::SummaryCounter(const QString &databasePath, QObject *parent)
    : QObject(parent), m_latest(std::make_shared<std::atomic<quint64>>(0)),
      m_connection(std::make_shared<std::atomic<store::Database *>>(nullptr))
{
    qRegisterMetaType<store::PortfolioSummary>();
    qRegisterMetaType<store::PortfolioQuery>();
    m_worker = new Worker(databasePath, m_latest, m_connection);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &Worker::counted, this, &SummaryCounter::counted);
    connect(m_worker, &Worker::failed, this, &SummaryCounter::failed);
    m_thread.setObjectName(QStringLiteral("portfolio-summary"));
    m_thread.start(QThread::LowPriority);
}

SummaryCounter::~SummaryCounter()
{
    m_latest->store(~quint64(0));  // whatever is queued is stale now
    if (store::Database *db = m_connection->load())
        db->interrupt();
    m_thread.quit();
    m_thread.wait();
}

void SummaryCounter::request(quint64 ticket, const store::PortfolioQuery &query)
{
    m_latest->store(ticket);
    // Whatever the worker counts now was asked before: stop it. Its
    // connection closes only once the thread ends, after ~SummaryCounter.
    if (store::Database *db = m_connection->load())
        db->interrupt();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, ticket, query] { worker->count(ticket, query); },
                              Qt::QueuedConnection);
}

} // namespace libreta::ui

#include "summarycounter.moc"
