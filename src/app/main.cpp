// libreta [FILE]: the desktop app. The composition root: logging, language,
// the database file (a demo office on the very first start), the main window.

#include "platform/logging.h"
#include "platform/paths.h"
#include "platform/translations.h"
#include "services/demogenerator.h"
#include "store/database.h"
#include "store/storeerror.h"
#include "ui/agendaview.h"
#include "ui/debtorfiletabs.h"
#include "ui/debtorfileview.h"
#include "ui/deskuser.h"
#include "ui/mainwindow.h"
#include "ui/paymentdialog.h"
#include "ui/uisettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <chrono>
#include <cstdio>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <functional>
#include <memory>

namespace {

using namespace libreta;

constexpr int kDemoDebtors = 2000;

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// The very first start: a new file with a demo office of kDemoDebtors
// debtors, so the desk can be tried before any real data is imported.
std::unique_ptr<store::Database> createDemoOffice(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto db = std::make_unique<store::Database>(path);
    // Busy until the generator reports (it does so per batch of debtors);
    // shown at once, since the window only appears when the file is ready.
    QProgressDialog progress(QCoreApplication::translate("Main", "Creating a demo office with %1 debtors to try Libreta…")
                                 .arg(QLocale().toString(kDemoDebtors)),
                             QString(), 0, 0);
    progress.setWindowTitle(QStringLiteral("Libreta"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(0);
    progress.show();
    QCoreApplication::processEvents();
    try {
        services::DemoOptions options;
        options.debtors = kDemoDebtors;
        options.today = QDate::currentDate();
        services::generateDemo(*db, options, [&progress](qint64 done, qint64 total) {
            progress.setMaximum(int(total));
            progress.setValue(int(done));  // a modal dialog processes events here
        });
    } catch (...) {
        // Leave no half-filled file behind: the next start tries again.
        db.reset();
        removeDatabaseFiles(path);
        throw;
    }
    return db;
}

// --bench-startup, for libreta-bench: once the window has painted, print
// when (the steady clock, which the parent process shares) and the resident
// memory, then quit. The bare-window floor in bench/ reports the same way.
class BenchStartupReport final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;  // the rest of this frame paints before the timer fires
            QTimer::singleShot(0, this, [] {
                const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                    std::chrono::steady_clock::now().time_since_epoch());
                QFile status(QStringLiteral("/proc/self/status"));
                QByteArray rss;
                if (status.open(QIODevice::ReadOnly))
                    for (const QByteArray &line : status.readAll().split('\n'))
                        if (line.startsWith("VmRSS:"))
                            rss = line.mid(6).trimmed().split(' ').value(0);
                std::printf("libreta-bench-startup painted_ns=%lld rss_kib=%s\n", static_cast<long long>(ns.count()),
                            rss.isEmpty() ? "0" : rss.constData());
                std::fflush(stdout);
                QApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

// Runs `work` once the watched window has painted for the first time, so
// whatever it starts never delays the window (the day roll-over, the
// call-back alarm).
class AfterFirstPaint final : public QObject {
public:
    AfterFirstPaint(QObject *parent, std::function<void()> work) : QObject(parent), m_work(std::move(work)) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_work) {
            QTimer::singleShot(0, this, [work = std::move(m_work)] { work(); });
            m_work = nullptr;
            QCoreApplication::instance()->removeEventFilter(this);  // allowed from inside the filter
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_work;
};

int refuse(const QString &message)
{
    spdlog::error("app: could not open the database");
    QMessageBox::critical(nullptr, QStringLiteral("Libreta"), message);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Libreta"));
    QApplication::setApplicationName(QStringLiteral("Libreta"));
    QApplication::setApplicationDisplayName(QStringLiteral("Libreta"));
    platform::setUpLogging(QStringLiteral("libreta"), true);

    // Screenshots for the documentation run on settings of their own, so
    // they neither depend on the user's layout nor overwrite it.
    QTemporaryDir screenshotSettings;
    const QStringList rawArguments = QApplication::arguments();
    if (std::any_of(rawArguments.cbegin(), rawArguments.cend(),
                    [](const QString &a) {
                        return a.startsWith(QLatin1String("--screenshot")) || a == QLatin1String("--bench-startup");
                    }))
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, screenshotSettings.path());

    // The language and formats chosen in Edit ▸ Preferences, else the system's.
    const ui::UiSettings uiSettings;
    QLocale::setDefault(uiSettings.formatLocale());
    platform::installTranslators(uiSettings.languageLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Main", "Libreta: a desk for collecting overdue accounts by phone."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("Main", "The Libreta file to open (default: the last one)."));
    // For documentation and checks: save the window as an image once shown, then quit.
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QString(), QStringLiteral("png"));
    QCommandLineOption section(QStringLiteral("section"), QString(), QStringLiteral("number"));
    QCommandLineOption benchStartup(QStringLiteral("bench-startup"));
    // --preferences: the Preferences dialog opens (a screenshot saves it).
    QCommandLineOption preferences(QStringLiteral("preferences"));
    preferences.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(preferences);
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    section.setFlags(QCommandLineOption::HiddenFromHelp);
    // --open-debtor REF opens that debtor's file; with --payment-dialog AMOUNT
    // the payment form opens on it with the amount typed, and a screenshot
    // saves the form.
    QCommandLineOption openDebtor(QStringLiteral("open-debtor"), QString(), QStringLiteral("reference"));
    QCommandLineOption paymentDialog(QStringLiteral("payment-dialog"), QString(), QStringLiteral("amount"));
    openDebtor.setFlags(QCommandLineOption::HiddenFromHelp);
    paymentDialog.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({openDebtor, paymentDialog});
    // --agenda-view today|overdue|week|month shows that view of the agenda;
    // --next-call asks the work queue once the window is up (screenshots).
    QCommandLineOption agendaView(QStringLiteral("agenda-view"), QString(), QStringLiteral("view"));
    QCommandLineOption nextCall(QStringLiteral("next-call"));
    // --day-sheet PDF saves the agenda's day sheet of today and quits.
    QCommandLineOption daySheet(QStringLiteral("day-sheet"), QString(), QStringLiteral("pdf"));
    agendaView.setFlags(QCommandLineOption::HiddenFromHelp);
    nextCall.setFlags(QCommandLineOption::HiddenFromHelp);
    daySheet.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({agendaView, nextCall, daySheet});
    benchStartup.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({screenshot, section, benchStartup});
    parser.process(app);

    const QStringList files = parser.positionalArguments();
    const QString path = QFileInfo(files.value(0, platform::defaultDatabasePath())).absoluteFilePath();
    std::unique_ptr<store::Database> db;
    try {
        if (!files.isEmpty() && !QFileInfo::exists(path))
            return refuse(QCoreApplication::translate("Main", "The file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
        db = QFileInfo::exists(path) ? std::make_unique<store::Database>(path) : createDemoOffice(path);
    } catch (const store::StoreError &e) {
        // NewerSchemaError included: the store refused before writing anything.
        return refuse(e.message());
    }
    platform::rememberDatabasePath(path);
    ui::UiSettings().addRecentFile(path);

    ui::MainWindow window(std::move(db));
    QObject::connect(&window, &ui::MainWindow::databaseChanged, &platform::rememberDatabasePath);
    if (parser.isSet(section))
        window.showSection(parser.value(section).toInt());
    QPointer<QWidget> form;  // the payment form, when asked for
    if (parser.isSet(openDebtor)) {
        window.showSection(ui::MainWindow::PortfolioSection);
        ui::DebtorFileView *file = window.debtorFiles()->openDebtorByRef(parser.value(openDebtor));
        if (file && parser.isSet(paymentDialog))
            QTimer::singleShot(0, file, [file, &form, amount = parser.value(paymentDialog)] {
                form = file->recordPayment(amount);
            });
    }
    if (parser.isSet(agendaView)) {
        const QString view = parser.value(agendaView);
        window.showSection(ui::MainWindow::AgendaSection);
        window.agendaView()->showView(view == QLatin1String("overdue") ? ui::AgendaView::View::Overdue
                                      : view == QLatin1String("week")  ? ui::AgendaView::View::NextDays
                                      : view == QLatin1String("month") ? ui::AgendaView::View::Month
                                                                       : ui::AgendaView::View::Today);
    }
    if (parser.isSet(daySheet))
        return window.agendaView()->saveDaySheet(parser.value(daySheet)) ? 0 : 1;
    if (parser.isSet(nextCall))
        QTimer::singleShot(0, &window, [&window] { window.nextCall(); });
    if (parser.isSet(preferences))
        QTimer::singleShot(0, &window, [&window, &form] { form = window.showPreferences(); });
    if (parser.isSet(screenshot)) {
        window.resize(1440, 860);
        QTimer::singleShot(700, &window, [&window, &form, file = parser.value(screenshot)] {
            QWidget *shown = form ? form.data() : static_cast<QWidget *>(&window);
            if (!shown->grab().save(file))
                spdlog::error("app: could not save the screenshot");
            // exit(), not quit(): quit() first asks the windows to close, and a
            // form with typed values would ask whether to discard them.
            QCoreApplication::exit(0);
        });
    }
    if (parser.isSet(benchStartup))
        app.installEventFilter(new BenchStartupReport(&window));
    else
        // Not for the benchmark: it starts the app on its kept demo office,
        // which a roll-over for another day would change between runs.
        app.installEventFilter(new AfterFirstPaint(&window, [&window] { window.startBackgroundWork(); }));
    window.show();
    // An office that lists its people: whoever sits down says who they are
    // once, so their work carries their name (not for screenshots or the bench).
    if (!parser.isSet(screenshot) && !parser.isSet(benchStartup) && ui::DeskUser::needsChoice(window.database()))
        QTimer::singleShot(0, &window, [&window] { window.askWhoIsWorking(); });
    return QApplication::exec();
}
