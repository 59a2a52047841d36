#pragma once

// The real libreta-cli binary run on a real file, as a script would run it:
// what the command-line test files share.

#include <catch2/catch.hpp>

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

} // namespace libreta::test
