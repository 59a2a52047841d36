#pragma once

#include "domain/entities.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <optional>

namespace libreta::cli {

struct CliContext;

// Parses a command's own options and turns typed text into values; every
// failure is written to the context's error stream naming the option.
class CliOptions final {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    CliOptions(CliContext &context, const QString &command, const QString &synopsis);

    void add(const QString &name, const QString &description, const QString &valueName = {});
    // False when the arguments do not parse (usage error already reported),
    // or when --help asked for the command's options (written out).
    bool parse();
    // What a command returns when parse() said false: Done after --help.
    int exitCode() const;
    // Whether `arguments` ask for help (--help, -h): a command reading
    // words before its options (import, export) lets them go first.
    static bool helpAsked(const QStringList &arguments);
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    // Every value of an option given more than once (--map a=b --map c=d).
    QStringList values(const QString &name) const { return m_parser.values(name); }
    // False (and the error written) when a required option is missing.
    bool require(const QString &name);

    std::optional<QDate> date(const QString &name, const QDate &fallback);
    std::optional<int> positiveInt(const QString &name, int fallback);

    void usageError(const QString &message);

private:
    CliContext &m_context;
    QString m_command;
    QString m_synopsis;
    QCommandLineParser m_parser;
    QList<QPair<QString, QString>> m_described;  // "--map COLUMN=FIELD", what it does
    bool m_helpShown = false;
};

} // namespace libreta::cli
