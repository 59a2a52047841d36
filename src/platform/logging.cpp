#include "platform/logging.h"

#include "platform/paths.h"

#include <QDir>
#include <QtGlobal>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace libreta::platform {
namespace {

void forwardQtMessage(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    const std::string text = message.toStdString();
    switch (type) {
    case QtDebugMsg: spdlog::debug("qt: {}", text); break;
    case QtInfoMsg: spdlog::info("qt: {}", text); break;
    case QtWarningMsg: spdlog::warn("qt: {}", text); break;
    case QtCriticalMsg:
    case QtFatalMsg: spdlog::error("qt: {}", text); break;
    }
}

} // namespace

void setUpLogging(const QString &programName, bool alsoToStderr)
{
    std::vector<spdlog::sink_ptr> sinks;
    const QString file = QDir(logFolder()).filePath(programName + QStringLiteral(".log"));
    try {
        sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            file.toStdString(), 5 * 1024 * 1024, 3));
    } catch (const spdlog::spdlog_ex &) {
        // An unwritable data folder must not stop the program; stderr remains.
        alsoToStderr = true;
    }
    if (alsoToStderr)
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    auto logger = std::make_shared<spdlog::logger>(programName.toStdString(), sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::info);
    const QByteArray level = qgetenv("LIBRETA_LOG_LEVEL");
    if (!level.isEmpty())
        logger->set_level(spdlog::level::from_str(level.toStdString()));
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    spdlog::flush_every(std::chrono::seconds(2));
    qInstallMessageHandler(forwardQtMessage);
}

} // namespace libreta::platform
