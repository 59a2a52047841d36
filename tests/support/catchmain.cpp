#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "domain/money.h"
#include "domain/officecountry.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

// What an office opened by one test (a Chilean demo, a CLI run on a
// Peruvian file) set for the process is not left to the next: whole pesos
// or Yape would otherwise depend on the order the tests ran in.
struct OfficeCurrencyReset : Catch::TestEventListenerBase {
    using TestEventListenerBase::TestEventListenerBase;
    void testCaseStarting(const Catch::TestCaseInfo &) override
    {
        libreta::domain::Money::setCurrencyDecimals(2);
        libreta::domain::setOfficeCountry(libreta::domain::OfficeCountry::Other);
    }
};

} // namespace

CATCH_REGISTER_LISTENER(OfficeCurrencyReset)

int main(int argc, char *argv[])
{
    // Tests never need a display and never touch the user's real folders.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Nor the developer's language: the C locale, as CTest's ENVIRONMENT
    // meant to give them (catch_discover_tests passes only the first of its
    // variables), so LANGUAGE=es in a shell no longer gives a test the
    // Spanish script where it types English. The pictures' runs
    // (scripts/screenshots) take the desk's language from their own.
    if (qEnvironmentVariableIsEmpty("LIBRETA_SCREENSHOT_DIR")) {
        qputenv("LC_ALL", "C.UTF-8");
        qunsetenv("LANGUAGE");
    }
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    // Nor settings left by an earlier run (test mode keeps them in
    // ~/.qttest for good): what one run's tables saved of their columns
    // was read back by the next, and its pictures showed it.
    const QTemporaryDir settings;
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    return Catch::Session().run(argc, argv);
}
