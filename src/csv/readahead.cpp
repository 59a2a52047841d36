#include "csv/readahead.h"

#include "csv/recordbatch.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>

namespace libreta::csv {
namespace {

// Enough records that handing a batch over costs nothing beside them, few
// enough that the handler starts at once; a few batches ahead at most
// (about a megabyte).
constexpr qsizetype kBatchRecords = 4096;
constexpr qsizetype kBatchBytes = 256 * 1024;
constexpr size_t kBatchesAhead = 4;

// Batches from the parsing thread to the calling one.
class Channel final {
public:
    // The parsing thread: false once the reader wants no more.
    bool push(RecordBatch &&batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_stopped || m_batches.size() < kBatchesAhead; });
        if (m_stopped)
            return false;
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }
    // The parsing thread is done, by the end of the file or by `error`.
    void close(std::exception_ptr error)
    {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
        m_error = std::move(error);
        m_changed.notify_all();
    }

    // The calling thread: false when no batch is left.
    bool pop(RecordBatch &out)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_closed || !m_batches.empty(); });
        if (m_batches.empty())
            return false;
        out = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return true;
    }
    void stop()
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }
    std::exception_ptr error()
    {
        const std::lock_guard lock(m_mutex);
        return m_error;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<RecordBatch> m_batches;
    bool m_closed = false;
    bool m_stopped = false;
    std::exception_ptr m_error;
};

void parseInto(const DelimitedFile &file, Channel &channel)
{
    RecordBatch batch;
    qint64 bytesRead = 0;
    try {
        file.read(
            [&](const Record &record) {
                batch.append(record);
                if (batch.size() < kBatchRecords && batch.bytes() < kBatchBytes)
                    return true;
                batch.bytesRead = bytesRead;
                return channel.push(std::exchange(batch, RecordBatch()));
            },
            [&](qint64 done, qint64) { bytesRead = done; });
        if (!batch.isEmpty()) {
            batch.bytesRead = bytesRead;
            channel.push(std::move(batch));
        }
        channel.close(nullptr);
    } catch (...) {
        // The records before the error are handled first, as read() does.
        if (!batch.isEmpty()) {
            batch.bytesRead = bytesRead;
            channel.push(std::move(batch));
        }
        channel.close(std::current_exception());
    }
}

// Stops the parsing thread and waits for it, however the handler leaves.
class Joined final {
public:
    Joined(Channel &channel, std::thread &thread) : m_channel(channel), m_thread(thread) {}
    ~Joined()
    {
        m_channel.stop();
        m_thread.join();
    }
    Q_DISABLE_COPY_MOVE(Joined)

private:
    Channel &m_channel;
    std::thread &m_thread;
};

} // namespace

void readAhead(const DelimitedFile &file, const Parser::Handler &handler, const DelimitedFile::Progress &progress)
{
    Channel channel;
    std::thread parsing([&] { parseInto(file, channel); });
    const Joined joined(channel, parsing);
    RecordBatch batch;
    while (channel.pop(batch)) {
        if (!batch.deliver(handler))
            return;
        if (progress)
            progress(batch.bytesRead, file.size());
    }
    if (const std::exception_ptr error = channel.error())
        std::rethrow_exception(error);
}

} // namespace libreta::csv
