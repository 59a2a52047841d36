#pragma once

#include <QCoreApplication>
#include <QString>

namespace libreta::domain {
class Clock;
}
namespace libreta::store {
class Database;
}

namespace libreta::services {

// What a new office is started with: the name it introduces itself by (in
// the calls' scripts and on letters) and the money its amounts are in.
struct OfficeSetup {
    QString name;
    QString currencyCode;  // ISO 4217: "MXN", "EUR"
    // The person starting it, its first user and administrator: the name
    // they introduce themselves by on calls, and the login their desk is
    // recognised by (ownerLogin() when empty). `libreta-cli init` makes an
    // office that lists nobody; its first user is added in Edit ▸ Office users.
    QString ownerName;
    QString ownerLogin;
};

// File ▸ New office file (and `libreta-cli init`): a new office's name and
// currency, and the team's default call scripts, stored at once. The
// currency is chosen only while the office holds no debtor: every amount
// stored afterwards is in it.
class OfficeSetupService final {
    Q_DECLARE_TR_FUNCTIONS(OfficeSetup)

public:
    explicit OfficeSetupService(store::Database &db) : m_db(db) {}

    // Throws InputError naming "name", "currency" or "owner"; needs no
    // file, so a form can check what was typed before the file is made.
    static void check(const OfficeSetup &setup);
    // The login a new office's first user gets: the computer's account
    // when it has the shape of one ("ana.lopez"), or else one made of
    // their name ("José Núñez" → "jose.nunez"), so the desk that makes the
    // office is theirs.
    static QString ownerLogin(const QString &account, const QString &ownerName);
    // The login `setup`'s owner gets: its own, or one made of their name.
    static QString ownerLoginOf(const OfficeSetup &setup);
    // A currency code's shape and whether any country's money has it.
    static void checkCurrency(const QString &currencyCode);
    // Refuses another currency than the office's once it has a debtor
    // (`libreta-cli init --currency` on a file in use): its amounts would
    // silently become another money.
    void keepCurrency(const QString &currencyCode);
    void start(const OfficeSetup &setup, const domain::Clock &clock);

private:
    store::Database &m_db;
};

} // namespace libreta::services
