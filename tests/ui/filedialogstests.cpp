// The desk's file dialogs list the office's own folder without touching the
// office's files: on Unix a read of them would drop the locks that tell
// another program (libreta-cli backup) the office is open.

#include "debtorfiletesthelpers.h"
#include "support/fixtures.h"
#include "support/tempdb.h"
#include "ui/filedialogs.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>

using namespace libreta;

namespace {

// The locks this process holds on `path`, as the kernel lists them.
int locksHeldOn(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray inode = ':' + QByteArray::number(qulonglong(info.st_ino)) + ' ';
    const QByteArray pid = ' ' + QByteArray::number(qint64(::getpid())) + ' ';
    int held = 0;
    for (const QByteArray &line : locks.readAll().split('\n'))
        held += line.contains(pid) && line.contains(inode) ? 1 : 0;
    return held;
}

} // namespace

TEST_CASE("Listing the office's folder in a file dialog keeps the office's locks", "[ui][filedialogs]")
{
    if (!QFile::exists(QStringLiteral("/proc/locks"))) {
        WARN("no /proc/locks on this system: not checked");
        return;
    }
    test::TempDb t;
    test::addDebtor(t.db(), QStringLiteral("L-1"));
    const QString shm = t.path() + QStringLiteral("-shm");
    const int before = locksHeldOn(shm);
    REQUIRE(before > 0);  // SQLite's mark of a connection that is open

    int during = -1;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto *model = dialog->findChild<QFileSystemModel *>();
        REQUIRE(model);
        // Every file's icon and type, as the listing and its details show them.
        REQUIRE(test::waitFor([&] { return model->rowCount(model->index(dialog->directory().absolutePath())) >= 3; }, 5000));
        const QModelIndex folder = model->index(dialog->directory().absolutePath());
        for (int row = 0; row < model->rowCount(folder); ++row) {
            model->data(model->index(row, 0, folder), Qt::DecorationRole);
            model->type(model->index(row, 0, folder));
        }
        QTest::qWait(500);  // the model asks for them on its own thread
        for (int row = 0; row < model->rowCount(folder); ++row)
            model->type(model->index(row, 0, folder));
        during = locksHeldOn(shm);
        dialog->reject();
    });
    CHECK(ui::FileDialogs::openFile(nullptr, QStringLiteral("Open"), QFileInfo(t.path()).absolutePath(),
                                    QStringLiteral("All files (*)"))
              .isEmpty());
    CHECK(during == before);
    CHECK(locksHeldOn(shm) == before);
}

TEST_CASE("Documents and exports are proposed in the documents folder, or at home when there is none",
          "[ui][files]")
{
    QTemporaryDir home;
    REQUIRE(home.isValid());
    const QByteArray oldHome = qgetenv("HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    REQUIRE(documents.startsWith(home.path()));

    CHECK(ui::FileDialogs::documentsFolder() == QDir::homePath());  // a new account: no Documents yet
    // A Spanish desktop's Documentos, when Qt's name for it is not there.
    const QString documentos = QDir(home.path()).filePath(QStringLiteral("Documentos"));
    REQUIRE(QDir().mkpath(documentos));
    if (documents != documentos)
        CHECK(ui::FileDialogs::documentsFolder() == documentos);
    REQUIRE(QDir().mkpath(documents));
    CHECK(ui::FileDialogs::documentsFolder() == documents);
    qputenv("HOME", oldHome);
}
