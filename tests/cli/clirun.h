#pragma once

// The real libreta-cli binary run on a real file, as a script would run it:
// what the command-line test files share.

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace libreta::test {

struct Run {
    int status = -1;
    QString out;
    QString err;
};

// English messages and '.' decimals, whatever the machine's locale.
inline Run cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LIBRETA_CLI_PATH), args);
    REQUIRE(p.waitForFinished(300000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// As cron runs a command: no LANG, LC_* or LANGUAGE at all.
inline Run cliWithNoLocaleSet(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys())
        if (name == QLatin1String("LANG") || name == QLatin1String("LANGUAGE") || name.startsWith(QLatin1String("LC_")))
            env.remove(name);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(LIBRETA_CLI_PATH), args);
    REQUIRE(p.waitForFinished(300000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// A file of the importer's corpus (tests/data/import).
inline QString corpusFile(const char *name)
{
    return QDir(QStringLiteral(LIBRETA_TEST_DATA_DIR "/import")).filePath(QString::fromLatin1(name));
}

// What a file holds, to tell that a refused command left it as it was.
inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// An office file of its own in a folder that goes with the test.
struct Office {
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("office.sqlite"));
    Run run(QStringList args)
    {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return cli(args);
    }
};

// An office made with `init`, as every command but `init` and `demo` needs.
struct InitialisedOffice : Office {
    InitialisedOffice() { run({QStringLiteral("init")}); }
};

} // namespace libreta::test
