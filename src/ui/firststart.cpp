#include "ui/firststart.h"

#include "services/officesetupservice.h"
#include "store/database.h"
#include "store/storeerror.h"
#include "ui/filedialogs.h"
#include "ui/mainwindow.h"
#include "ui/newofficedialog.h"
#include "ui/newofficefile.h"
#include "ui/officefileopener.h"
#include "ui/prompter.h"
#include "ui/welcomedialog.h"

#include <QDir>
#include <QFileInfo>

namespace libreta::ui {
namespace {

std::unique_ptr<store::Database> startOwnOffice(const QString &folder, const domain::Clock &clock, QString &path)
{
    NewOfficeDialog office;
    if (office.exec() != QDialog::Accepted)
        return nullptr;
    const services::OfficeSetup setup = office.setup();
    path = FirstStart::ownOfficePath(folder, setup.name);
    if (!NewOfficeFile::make(nullptr, path, setup, clock))
        return nullptr;
    return OfficeFileOpener::open(path);
}

std::unique_ptr<store::Database> openChosenFile(QString &path)
{
    path = FileDialogs::openFile(nullptr, MainWindow::tr("Open a Libreta file"), QDir::homePath(),
                                 MainWindow::officeFileFilter());
    if (path.isEmpty())
        return nullptr;
    return OfficeFileOpener::open(path);
}

} // namespace

FirstStart::Opened FirstStart::run(const QString &folder, const DemoMaker &makeDemo, const domain::Clock &clock)
{
    QDir().mkpath(folder);
    for (;;) {
        WelcomeDialog welcome;
        if (welcome.exec() != QDialog::Accepted)
            return {};
        Opened opened;
        try {
            switch (welcome.choice()) {
            case WelcomeDialog::Choice::OwnOffice:
                opened.db = startOwnOffice(folder, clock, opened.path);
                break;
            case WelcomeDialog::Choice::Demo:
                opened.path = demoPath(folder);
                // A demo tried before is taken up where it was left.
                opened.db = QFileInfo::exists(opened.path) ? OfficeFileOpener::open(opened.path) : makeDemo(opened.path);
                break;
            case WelcomeDialog::Choice::OpenFile:
                opened.db = openChosenFile(opened.path);
                break;
            }
        } catch (const store::StoreError &e) {
            Prompter::instance().showError(nullptr, QStringLiteral("Libreta"),
                                           tr("%1\n\nFile: %2").arg(e.message(), QDir::toNativeSeparators(opened.path)));
            continue;
        }
        if (opened.db)
            return opened;
    }
}

QString FirstStart::ownOfficePath(const QString &folder, const QString &officeName)
{
    QString base;
    for (const QChar c : officeName.simplified())
        base += (c.category() == QChar::Other_Control || QStringLiteral("\\/:*?\"<>|").contains(c)) ? u' ' : c;
    // Dots at either end make a hidden file or one Windows refuses.
    while (base.startsWith(u'.') || base.startsWith(u' '))
        base.remove(0, 1);
    while (base.endsWith(u'.') || base.endsWith(u' '))
        base.chop(1);
    base = base.simplified().left(80);
    if (base.isEmpty())
        base = QStringLiteral("libreta");
    const QDir dir(folder);
    QString path = dir.filePath(base + QStringLiteral(".sqlite"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("%1 %2.sqlite").arg(base).arg(n));
    return path;
}

QString FirstStart::demoPath(const QString &folder)
{
    return QDir(folder).filePath(tr("demo-office") + QStringLiteral(".sqlite"));
}

} // namespace libreta::ui
