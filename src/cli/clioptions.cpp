#include "cli/clioptions.h"

#include "cli/clicontext.h"
#include "domain/dateorder.h"
#include "domain/shortdate.h"

#include <QLocale>

namespace libreta::cli {

CliOptions::CliOptions(CliContext &context, const QString &command, const QString &synopsis)
    : m_context(context), m_command(command), m_synopsis(synopsis)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, QString()));
}

bool CliOptions::helpAsked(const QStringList &arguments)
{
    return arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"));
}

int CliOptions::exitCode() const { return m_helpShown ? Done : Usage; }

void CliOptions::add(const QString &name, const QString &description, const QString &valueName)
{
    m_parser.addOption(valueName.isEmpty() ? QCommandLineOption(name, description)
                                           : QCommandLineOption(name, description, valueName));
    m_described.append({valueName.isEmpty() ? QStringLiteral("--") + name
                                            : QStringLiteral("--%1 %2").arg(name, valueName),
                        description});
}

bool CliOptions::parse()
{
    QStringList args = m_context.arguments;
    args.prepend(m_command);
    if (helpAsked(m_context.arguments)) {
        // The command's usage and each option with what it does, in the
        // desk's language, on standard output: asked for, not an error.
        m_context.out << tr("Usage: libreta-cli [--db FILE] %1 %2").arg(m_command, m_synopsis) << Qt::endl;
        for (const auto &[option, description] : std::as_const(m_described))
            m_context.out << QStringLiteral("  %1\n      %2").arg(option, description) << Qt::endl;
        m_helpShown = true;
        return false;
    }
    if (!m_parser.parse(args)) {
        usageError(m_parser.errorText());
        return false;
    }
    if (!m_parser.positionalArguments().isEmpty()) {
        usageError(tr("Unexpected argument: %1").arg(m_parser.positionalArguments().first()));
        return false;
    }
    return true;
}

bool CliOptions::require(const QString &name)
{
    if (m_parser.isSet(name) && !m_parser.value(name).trimmed().isEmpty())
        return true;
    usageError(tr("The option --%1 is required.").arg(name));
    return false;
}

void CliOptions::usageError(const QString &message)
{
    m_context.err << message << Qt::endl
                  << tr("Usage: libreta-cli [--db FILE] %1 %2").arg(m_command, m_synopsis) << Qt::endl;
}

std::optional<QDate> CliOptions::date(const QString &name, const QDate &fallback)
{
    if (!m_parser.isSet(name))
        return fallback;
    const QString text = m_parser.value(name).trimmed();
    // ISO always (scripts); else as the desk writes dates, in its order:
    // 07/12/2026 is the 7th of December in Madrid and Mexico City.
    const QString shortFormat = QLocale().dateFormat(QLocale::ShortFormat);
    const auto order = shortFormat.indexOf(u'M') < shortFormat.indexOf(u'd') ? domain::DateOrder::MonthDayYear
                                                                             : domain::DateOrder::DayMonthYear;
    QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        d = domain::parseDate(QStringView(text), order).value_or(QDate());
    if (!d.isValid()) {
        m_context.err << tr("--%1: «%2» is not a date; write it as YYYY-MM-DD or as %3.")
                             .arg(name, m_parser.value(name),
                                  domain::shortDate(QDate(QDate::currentDate().year(), 12, 31)))
                      << Qt::endl;
        return std::nullopt;
    }
    return d;
}

std::optional<int> CliOptions::positiveInt(const QString &name, int fallback)
{
    if (!m_parser.isSet(name))
        return fallback;
    bool ok = false;
    const int v = m_parser.value(name).toInt(&ok);
    if (!ok || v <= 0) {
        m_context.err << tr("--%1: «%2» is not a whole number greater than zero.")
                             .arg(name, m_parser.value(name))
                      << Qt::endl;
        return std::nullopt;
    }
    return v;
}

} // namespace libreta::cli
