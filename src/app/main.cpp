// libreta [FILE]: the desktop app. The composition root: logging, language,
// the database file (on the very first start, the welcome: one's own office,
// the demo or a file), the main window.

#include "app/demooffice.h"
#include "app/hiddenoptions.h"
#include "app/paintwatchers.h"
#include "domain/clock.h"
#include "platform/logging.h"
#include "platform/paths.h"
#include "platform/translations.h"
#include "store/database.h"
#include "store/storeerror.h"
#include "ui/deskuser.h"
#include "ui/firststart.h"
#include "ui/mainwindow.h"
#include "ui/officefileopener.h"
#include "ui/uisettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <memory>

namespace {

using namespace libreta;

int refuse(const QString &message)
{
    spdlog::error("app: could not open the database");
    QMessageBox::critical(nullptr, QStringLiteral("Libreta"), message);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Libreta"));
    QApplication::setApplicationName(QStringLiteral("Libreta"));
    QApplication::setApplicationDisplayName(QStringLiteral("Libreta"));
    platform::setUpLogging(QStringLiteral("libreta"), true);

    QTemporaryDir throwawaySettings;
    if (app::HiddenOptions::wantThrowawaySettings(QApplication::arguments()))
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, throwawaySettings.path());

    // The language and formats chosen in Edit ▸ Preferences, else the system's.
    const ui::UiSettings uiSettings;
    QLocale::setDefault(uiSettings.formatLocale());
    platform::installTranslators(uiSettings.languageLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Main", "Libreta: a desk for collecting overdue accounts by phone."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("Main", "The Libreta file to open (default: the last one)."));
    app::HiddenOptions hidden(parser);
    parser.process(application);

    const QStringList files = parser.positionalArguments();
    QString path = QFileInfo(files.value(0, platform::defaultDatabasePath())).absoluteFilePath();
    if (!files.isEmpty() && !QFileInfo::exists(path))
        return refuse(QCoreApplication::translate("Main", "The file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    const bool unattended = hidden.screenshot() || hidden.benchStartup();
    // The first start on this desk: the person says how to begin.
    bool welcome = !QFileInfo::exists(path) && !unattended;
    std::unique_ptr<ui::MainWindow> built;
    for (;;) {
        try {
            std::unique_ptr<store::Database> db;
            if (welcome) {
                const domain::SystemClock clock;
                ui::FirstStart::Opened opened =
                    ui::FirstStart::run(QFileInfo(path).absolutePath(), &app::createDemoOffice, clock);
                if (!opened.db)
                    return 0;
                db = std::move(opened.db);
                path = QFileInfo(opened.path).absoluteFilePath();
            } else {
                db = QFileInfo::exists(path) ? ui::OfficeFileOpener::open(path) : app::createDemoOffice(path);
            }
            // The window reads the office as it is built: a file damaged
            // beyond what opening checks is caught here too.
            built = std::make_unique<ui::MainWindow>(std::move(db));
            break;
        } catch (const store::StoreError &e) {
            // NewerSchemaError and ForeignFileError included: the store
            // refused before writing anything. Which file is said too: at a
            // start with no file named, it is the one opened last time.
            const QString message =
                QCoreApplication::translate("Main", "%1\n\nFile: %2").arg(e.message(), QDir::toNativeSeparators(path));
            if (!files.isEmpty() || unattended)
                return refuse(message);
            // The file opened last time: the desk is not left without a way
            // in; another can be opened (the latest backup copy) or started.
            spdlog::error("app: could not open the last database");
            QMessageBox::critical(nullptr, QStringLiteral("Libreta"),
                                  message + QStringLiteral("\n\n") +
                                      QCoreApplication::translate("Main", "Open another file, such as your latest backup "
                                                                          "copy, or start an office."));
            welcome = true;
        }
    }
    platform::rememberDatabasePath(path);
    ui::UiSettings().addRecentFile(path);

    ui::MainWindow &window = *built;
    QObject::connect(&window, &ui::MainWindow::databaseChanged, &platform::rememberDatabasePath);
    if (const auto exitStatus = hidden.apply(window))
        return *exitStatus;
    if (hidden.benchStartup())
        application.installEventFilter(new app::BenchStartupReport(&window));
    else
        // Not for the benchmark: it starts the app on its kept demo office,
        // which a roll-over for another day would change between runs.
        application.installEventFilter(new app::AfterFirstPaint(&window, [&window] { window.startBackgroundWork(); }));
    window.show();
    // An office that lists its people: whoever sits down says who they are
    // once, so their work carries their name (not for screenshots or the bench).
    if (!hidden.screenshot() && !hidden.benchStartup() && ui::DeskUser::needsChoice(window.database()))
        QTimer::singleShot(0, &window, [&window] { window.askWhoIsWorking(); });
    return QApplication::exec();
}
