#include "app/demooffice.h"

#include "services/demogenerator.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>

namespace libreta::app {
namespace {

constexpr int kDemoDebtors = 2000;

} // namespace

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
        // The money of the desk's country: euros in Spain, pesos in Mexico.
        const QString currency = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
        if (currency.size() == 3)
            options.currencyCode = currency;
        services::generateDemo(*db, options, [&progress](qint64 done, qint64 total) {
            progress.setMaximum(int(total));
            progress.setValue(int(done));  // a modal dialog processes events here
        });
    } catch (...) {
        // Leave no half-filled file behind: the next start tries again.
        db.reset();
        store::Database::removeFiles(path);
        throw;
    }
    return db;
}

} // namespace libreta::app
