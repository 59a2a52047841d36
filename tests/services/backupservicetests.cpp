// File ▸ Save a backup copy: a copy that opens as an office, written while
// the desk works, that never leaves a half-written file under the name of
// a good one.

#include "servicetesthelpers.h"
#include "support/fixtures.h"
#include "support/tempdb.h"

#include "services/backupservice.h"
#include "store/backuprepository.h"
#include "store/database.h"
#include "store/debtorrepository.h"
#include "store/transaction.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace libreta;
using namespace libreta::services;

namespace {

const domain::FixedClock kClock(QDateTime(QDate(2026, 11, 30), QTime(18, 5), Qt::UTC));

QStringList filesIn(const QString &dir) { return QDir(dir).entryList(QDir::Files, QDir::Name); }

} // namespace

TEST_CASE("A backup copy opens as the same office and says when it was made", "[services][backup]")
{
    test::TempDb t;
    const domain::Id debtor = test::addDebtor(t.db(), QStringLiteral("A-1"), QStringLiteral("Ferretería Núñez"));
    test::addInvoice(t.db(), debtor, QStringLiteral("F-1"), QDate(2026, 11, 1), test::pesos(1500));
    test::addDebtor(t.db(), QStringLiteral("A-2"), QStringLiteral("María López"));
    QTemporaryDir out;
    const QString target = out.filePath(QStringLiteral("despacho-copia.sqlite"));

    BackupService backups(t.db(), kClock);
    CHECK_FALSE(backups.lastBackup());
    const BackupResult result = backups.saveCopy(target);
    CHECK(result.path == target);
    CHECK(result.debtors == 2);
    CHECK(result.invoices == 1);
    CHECK(result.bytes == QFileInfo(target).size());
    CHECK(backups.lastBackup() == std::optional<QDateTime>(kClock.nowUtc()));
    // Only the copy: nothing of its making is left beside it.
    CHECK(filesIn(out.path()) == QStringList{QStringLiteral("despacho-copia.sqlite")});

    // Opened as an office, it holds what the office held.
    store::Database copy(target);
    const auto found = store::DebtorRepository(copy).byRef(QStringLiteral("A-1"));
    REQUIRE(found);
    CHECK(found->name == QStringLiteral("Ferretería Núñez"));
}

TEST_CASE("A new copy replaces an older one of the same name only once it reads back whole",
          "[services][backup]")
{
    test::TempDb t;
    test::addDebtor(t.db(), QStringLiteral("A-1"));
    QTemporaryDir out;
    const QString target = out.filePath(QStringLiteral("copia.sqlite"));
    BackupService backups(t.db(), kClock);
    backups.saveCopy(target);
    test::addDebtor(t.db(), QStringLiteral("A-2"));
    // A copy stopped half-way last time left its partial file: it goes.
    {
        QFile stale(target + QStringLiteral(".partial"));
        REQUIRE(stale.open(QIODevice::WriteOnly));
        stale.write("half a copy");
    }
    CHECK(backups.saveCopy(target).debtors == 2);
    CHECK(store::BackupRepository::inspectCopy(target).debtors == 2);
    CHECK(filesIn(out.path()) == QStringList{QStringLiteral("copia.sqlite")});
}

TEST_CASE("A backup is refused where it cannot go, naming the place, and leaves everything as it was",
          "[services][backup]")
{
    test::TempDb t;
    test::addDebtor(t.db(), QStringLiteral("A-1"));
    BackupService backups(t.db(), kClock);
    QTemporaryDir out;

    CHECK(test::refusedField([&] { backups.saveCopy(QString()); }) == QStringLiteral("out"));
    // Over the office file itself, however it is spelled.
    const QString same = QDir(QFileInfo(t.path()).absolutePath()).filePath(QStringLiteral("./libreta.sqlite"));
    CHECK(test::refusedMessage([&] { backups.saveCopy(same); }).contains(QStringLiteral("office file")));
    const QString missing = out.filePath(QStringLiteral("no-such-folder/copia.sqlite"));
    CHECK(test::refusedMessage([&] { backups.saveCopy(missing); })
              .contains(QDir::toNativeSeparators(out.filePath(QStringLiteral("no-such-folder")))));
    QDir(out.path()).mkdir(QStringLiteral("carpeta"));
    CHECK(test::refusedMessage([&] { backups.saveCopy(out.filePath(QStringLiteral("carpeta"))); })
              .contains(QStringLiteral("is a folder")));

    CHECK_FALSE(backups.lastBackup());
    CHECK(filesIn(out.path()).isEmpty());
    CHECK(store::DebtorRepository(t.db()).byRef(QStringLiteral("A-1")));
}

TEST_CASE("A copy is not made from inside a transaction of the same connection", "[services][backup]")
{
    test::TempDb t;
    QTemporaryDir out;
    store::Transaction tx(t.db());
    CHECK(test::refusedField([&] { BackupService(t.db(), kClock).saveCopy(out.filePath(QStringLiteral("c.sqlite"))); }) ==
          QStringLiteral("out"));
    CHECK(filesIn(out.path()).isEmpty());
}

TEST_CASE("The suggested name says which office and which day", "[services][backup]")
{
    CHECK(BackupService::suggestedName(QStringLiteral("/datos/despacho.sqlite"), QDate(2026, 11, 30)) ==
          QStringLiteral("despacho-copy-2026-11-30.sqlite"));
    CHECK(BackupService::suggestedName(QString(), QDate(2026, 11, 30)) == QStringLiteral("libreta-copy-2026-11-30.sqlite"));
}
