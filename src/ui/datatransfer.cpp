#include "ui/datatransfer.h"

#include "services/inputerror.h"
#include "store/database.h"
#include "store/storeerror.h"
#include "ui/exportperioddialog.h"
#include "ui/filedialogs.h"
#include "ui/importwizard.h"
#include "ui/prompter.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QThread>

#include <spdlog/spdlog.h>

namespace libreta::ui {

using namespace services;

DataTransfer::DataTransfer(QWidget *window, const domain::Clock &clock)
    : QObject(window), m_window(window), m_clock(clock)
{
    connect(this, &DataTransfer::exported, this, [this](const QString &path, qint64 rows) {
        Q_EMIT statusMessage(tr("%1 rows written to %2").arg(QLocale().toString(rows), QDir::toNativeSeparators(path)));
    });
    connect(this, &DataTransfer::failed, this, [this](const QString &message) {
        Prompter::instance().showError(m_window, tr("Export"), message);
    });
}

DataTransfer::~DataTransfer()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

char DataTransfer::defaultDelimiter() { return QLocale().decimalPoint() == QStringLiteral(",") ? ';' : ','; }

ImportWizard *DataTransfer::showImport(store::Database &db, std::optional<domain::Id> userId)
{
    auto *wizard = new ImportWizard(db, m_clock, userId, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, &DataTransfer::imported);
    wizard->open();
    return wizard;
}

void DataTransfer::chooseAndExport(ExportKind kind, store::Database &db, const store::PortfolioQuery &portfolio)
{
    ExportRequest request;
    request.kind = kind;
    request.portfolio = portfolio;
    request.day = m_clock.today();
    chooseAndExport(request, db);
}

std::optional<std::pair<QString, char>> DataTransfer::choosePath(const QString &label)
{
    // Named by how the spreadsheet writes amounts, not by its language:
    // Excel in Spanish from Mexico reads commas, from Spain semicolons. Short:
    // the save dialog's list cuts a longer name before its example. The
    // example is what the file holds: no thousands separator, which a
    // spreadsheet would read as another column or as text.
    const QString comma = tr("CSV with commas: amounts as 1234.50 (*.csv)");
    const QString semicolon = tr("CSV with semicolons: amounts as 1234,50 (*.csv)");
    QString filter = defaultDelimiter() == ';' ? semicolon : comma;
    const QString folder = FileDialogs::documentsFolder();
    const QString name = tr("%1-%2.csv").arg(label.toLower(), m_clock.today().toString(Qt::ISODate));
    QString path = FileDialogs::saveFile(m_window, tr("Export %1").arg(label), QDir(folder).filePath(name),
                                         comma + QStringLiteral(";;") + semicolon, &filter);
    if (path.isEmpty())
        return std::nullopt;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    return std::pair{path, filter == semicolon ? ';' : ','};
}

void DataTransfer::chooseAndExport(ExportRequest request, store::Database &db)
{
    const ExportKind kind = request.kind;
    if (exporting()) {
        Q_EMIT statusMessage(tr("An export is still being written; try again when it is done."));
        return;
    }
    // Calls, payments and promises pile up for years: which days, before
    // where (a promise's, the day it is due).
    if ((kind == ExportKind::Calls || kind == ExportKind::Payments || kind == ExportKind::Promises) && !request.from &&
        !request.to) {
        ExportPeriodDialog period(m_clock.today(), ExportService::kindLabel(kind).toLower(), m_window);
        if (period.exec() != QDialog::Accepted)
            return;
        request.from = period.from();
        request.to = period.to();
    }
    const auto chosen = choosePath(ExportService::kindLabel(kind));
    if (!chosen)
        return;
    request.delimiter = chosen->second;
    // A report, or the portfolio as shown, is for reading in a spreadsheet:
    // its columns (and the portfolio's values) in words.
    request.titlesInWords = ExportService::inWordsAtTheDesk(kind);
    exportTo(request, db.path(), chosen->first);
}

void DataTransfer::chooseAndWrite(const QString &label, const Writer &write)
{
    const auto chosen = choosePath(label);
    if (!chosen)
        return;
    const QString &path = chosen->first;
    QSaveFile file(path);
    qint64 rows = 0;
    if (file.open(QIODevice::WriteOnly)) {
        rows = write(file, chosen->second);
        if (file.commit()) {
            Q_EMIT exported(path, rows);
            return;
        }
    }
    Q_EMIT failed(tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}

void DataTransfer::exportTo(const ExportRequest &request, const QString &databasePath, const QString &path)
{
    if (exporting())
        return;
    auto rows = std::make_shared<qint64>(0);
    auto error = std::make_shared<QString>();
    const domain::Clock &clock = m_clock;
    m_thread = QThread::create([request, databasePath, path, rows, error, &clock] {
        try {
            store::Database db(databasePath);
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                throw InputError(QStringLiteral("out"), tr("%1 could not be written: %2")
                                                           .arg(QDir::toNativeSeparators(path), file.errorString()));
            *rows = ExportService(db, clock).write(request, file);
            if (!file.commit())
                throw InputError(QStringLiteral("out"), tr("%1 could not be written: %2")
                                                           .arg(QDir::toNativeSeparators(path), file.errorString()));
        } catch (const InputError &e) {
            *error = e.message();
        } catch (const store::StoreError &e) {
            *error = e.message();
        }
    });
    connect(m_thread, &QThread::finished, this, [this, rows, error, path] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (error->isEmpty())
            Q_EMIT exported(path, *rows);
        else
            Q_EMIT failed(*error);
    });
    Q_EMIT statusMessage(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    m_thread->start();
}

} // namespace libreta::ui
