// The MainWindow's office files: opening one (File ▸ Open, the recent
// files), starting a new one (File ▸ New office file) and what their file
// dialogs offer. Split from mainwindow.cpp, which builds the window and its
// sections.

#include "ui/mainwindow.h"

#include "services/officesetupservice.h"
#include "store/database.h"
#include "store/storeerror.h"
#include "ui/debtorfiletabs.h"
#include "ui/filedialogs.h"
#include "ui/newofficedialog.h"
#include "ui/newofficefile.h"
#include "ui/officefileopener.h"
#include "ui/uisettings.h"
#include "ui_mainwindow.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>

namespace libreta::ui {

bool MainWindow::openFile(const QString &path, bool create)
{
    if (!create && !QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("Open"), tr("The file %1 no longer exists.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    // The open debtor files belong to the file being left.
    if (!m_files->closeAllFiles())
        return false;
    try {
        setDatabase(OfficeFileOpener::open(path, this));
    } catch (const store::StoreError &e) {
        QMessageBox::critical(this, create ? tr("New office file") : tr("Open"), e.message());
        return false;
    }
    showStatusMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

QString MainWindow::officeFileFilter()
{
    return tr("Libreta files (*.sqlite *.libreta);;All files (*)");
}

void MainWindow::chooseFileToOpen()
{
    const QString path = FileDialogs::openFile(this, tr("Open a Libreta file"),
                                               QFileInfo(m_db->path()).absolutePath(), officeFileFilter());
    if (!path.isEmpty())
        openFile(path, false);
}

void MainWindow::chooseNewFile()
{
    QString path = FileDialogs::saveFile(this, tr("New office file"),
                                         QFileInfo(m_db->path()).absolutePath(), officeFileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    // Said before the office's name is asked, not after.
    if (NewOfficeFile::refuseExisting(this, path))
        return;
    NewOfficeDialog office(QLocale(), this);
    if (office.exec() != QDialog::Accepted)
        return;
    startNewOffice(path, office.setup());
}

bool MainWindow::startNewOffice(const QString &path, const services::OfficeSetup &setup)
{
    return NewOfficeFile::make(this, path, setup, *m_clock) && openFile(path, true);
}

void MainWindow::fillRecentMenu()
{
    m_ui->menuRecent->clear();
    const QStringList files = UiSettings().recentFiles();
    for (const QString &path : files) {
        QAction *action = m_ui->menuRecent->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path, false); });
    }
    if (files.isEmpty())
        m_ui->menuRecent->addAction(tr("No recent files"))->setEnabled(false);
}

} // namespace libreta::ui
