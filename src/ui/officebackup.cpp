#include "ui/officebackup.h"

#include "services/inputerror.h"
#include "store/database.h"
#include "store/storeerror.h"
#include "ui/filedialogs.h"
#include "ui/prompter.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QThread>
#include <QWidget>

#include <memory>

namespace libreta::ui {

using namespace services;

OfficeBackup::OfficeBackup(QWidget *window, const domain::Clock &clock) : QObject(window), m_window(window), m_clock(clock)
{
    connect(this, &OfficeBackup::failed, this, [this](const QString &message) {
        Q_EMIT statusMessage(tr("The backup copy was not saved."));
        Prompter::instance().showError(m_window, tr("Backup copy"), message);
    });
}

void OfficeBackup::tellSaved(const BackupResult &copy)
{
    const QString where = QDir::toNativeSeparators(copy.path);
    Q_EMIT statusMessage(tr("Backup copy saved to %1").arg(where));
    Prompter::instance().showInfo(
        m_window, tr("Backup copy"),
        tr("The copy is in %1: %2 and %3, %4.\n\nKeep it away from this computer too (a USB drive, the cloud): "
           "if the computer fails, the copy is what is left. File ▸ Open… opens it like any office file.")
            .arg(where, tr("%Ln debtor(s)", nullptr, int(copy.debtors)), tr("%Ln invoice(s)", nullptr, int(copy.invoices)),
                 QLocale().formattedDataSize(copy.bytes, 1, QLocale::DataSizeTraditionalFormat)));
}

OfficeBackup::~OfficeBackup()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void OfficeBackup::chooseAndSave(const QString &databasePath)
{
    if (saving()) {
        Q_EMIT statusMessage(tr("A backup copy is still being saved; wait until it is done."));
        return;
    }
    const QString folder = FileDialogs::documentsFolder();
    const QString name = BackupService::suggestedName(databasePath, m_clock.today());
    QString path = FileDialogs::saveFile(m_window, tr("Save a backup copy"), QDir(folder).filePath(name),
                                         tr("Libreta files (*.sqlite *.libreta)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    saveTo(databasePath, path);
}

void OfficeBackup::saveTo(const QString &databasePath, const QString &target)
{
    if (saving())
        return;
    auto copy = std::make_shared<BackupResult>();
    auto error = std::make_shared<QString>();
    const domain::Clock &clock = m_clock;
    m_thread = QThread::create([databasePath, target, copy, error, &clock] {
        try {
            store::Database db(databasePath);
            *copy = BackupService(db, clock).saveCopy(target);
        } catch (const InputError &e) {
            *error = e.message();
        } catch (const store::StoreError &e) {
            *error = e.message();
        }
    });
    connect(m_thread, &QThread::finished, this, [this, copy, error] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (!error->isEmpty()) {
            Q_EMIT failed(*error);
            return;
        }
        // Listeners first (the status bar's "last copy"), then the box that
        // waits for the person.
        Q_EMIT saved(*copy);
        tellSaved(*copy);
    });
    Q_EMIT statusMessage(tr("Saving a backup copy to %1…").arg(QDir::toNativeSeparators(target)));
    m_thread->start();
}

} // namespace libreta::ui
