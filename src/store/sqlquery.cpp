#include "store/sqlquery.h"

#include "store/database.h"
#include "store/storeerror.h"

#include <QSqlError>

#include <spdlog/spdlog.h>
#include <sqlite3.h>

namespace libreta::store {
namespace {
const QString kDateFormat = QStringLiteral("yyyy-MM-dd");
const QString kInstantFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ssZ");

// The column formats are fixed ('YYYY-MM-DD', 'HH:mm'), so they are read
// digit by digit: QDate::fromString with a format runs a general parser that
// costs more than the row it is in. Anything else goes to that parser.
int digits(QStringView s, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

QDate parseDate(const QString &text)
{
    if (text.size() == 10 && text[4] == u'-' && text[7] == u'-') {
        const int y = digits(text, 0, 4), m = digits(text, 5, 2), d = digits(text, 8, 2);
        if (y >= 0 && m >= 0 && d >= 0)
            return QDate(y, m, d);  // invalid (null) when out of range, as fromString gives
    }
    return QDate::fromString(text, kDateFormat);
}

QTime parseTime(const QString &text)
{
    if (text.size() == 5 && text[2] == u':') {
        const int h = digits(text, 0, 2), m = digits(text, 3, 2);
        if (h >= 0 && m >= 0)
            return QTime(h, m);
    }
    return QTime::fromString(text, QStringLiteral("HH:mm"));
}

[[noreturn]] void fail(const QSqlQuery &q, const QString &sql)
{
    // Stopped on purpose (Database::interrupt): not a failure to log.
    if (q.lastError().nativeErrorCode() == QString::number(SQLITE_INTERRUPT)) {
        spdlog::debug("store: query interrupted -- {}", sql.simplified().left(200).toStdString());
        throw InterruptedError();
    }
    // The statement text carries no data (values are bound), so it may be logged.
    spdlog::error("store: query failed: {} -- {}", q.lastError().text().toStdString(),
                  sql.simplified().left(200).toStdString());
    throw sqliteFailure(q.lastError().nativeErrorCode().toInt(), q.lastError().databaseText());
}
} // namespace

QSqlQuery &SqlQuery::pick(Database &db, const QString &sql, Database::CachedStatement *&cached,
                          std::unique_ptr<QSqlQuery> &own)
{
    cached = db.acquireStatement(sql);
    if (cached)
        return Database::queryOf(cached);
    own = std::make_unique<QSqlQuery>(db.connection());
    own->setForwardOnly(true);
    if (!own->prepare(sql))
        fail(*own, sql);
    return *own;
}

SqlQuery::SqlQuery(Database &db, const QString &sql)
    : m_query(pick(db, sql, m_cached, m_own)), m_sql(sql)
{
}

SqlQuery::~SqlQuery()
{
    m_query.finish();
    if (m_cached)
        Database::release(m_cached);
}

SqlQuery &SqlQuery::bind(const QString &name, const QVariant &value)
{
    m_query.bindValue(name, value);
    return *this;
}
SqlQuery &SqlQuery::bind(const QString &name, const QString &value)
{
    // A null QString would be stored as NULL; text columns hold '' instead,
    // so "no value" has one spelling. Absent values come as std::optional.
    return bind(name, QVariant(value.isNull() ? QStringLiteral("") : value));
}
SqlQuery &SqlQuery::bind(const QString &name, qint64 value) { return bind(name, QVariant(value)); }
SqlQuery &SqlQuery::bind(const QString &name, int value) { return bind(name, QVariant(qint64(value))); }
SqlQuery &SqlQuery::bind(const QString &name, bool value) { return bind(name, QVariant(qint64(value ? 1 : 0))); }
SqlQuery &SqlQuery::bind(const QString &name, domain::Money value) { return bind(name, QVariant(value.minor())); }
SqlQuery &SqlQuery::bind(const QString &name, const QDate &value)
{
    return bind(name, value.isValid() ? QVariant(dateText(value)) : QVariant());
}
SqlQuery &SqlQuery::bind(const QString &name, const QDateTime &value)
{
    return bind(name, value.isValid() ? QVariant(instantText(value)) : QVariant());
}
SqlQuery &SqlQuery::bind(const QString &name, const QTime &value)
{
    return bind(name, value.isValid() ? QVariant(value.toString(QStringLiteral("HH:mm"))) : QVariant());
}

SqlQuery &SqlQuery::exec()
{
    if (!m_query.exec())
        fail(m_query, m_sql);
    return *this;
}

bool SqlQuery::tryExec() { return m_query.exec(); }

bool SqlQuery::next() { return m_query.next(); }

qint64 SqlQuery::execScalar()
{
    exec();
    if (!m_query.next())
        return 0;
    const qint64 v = m_query.value(0).toLongLong();
    m_query.finish();
    return v;
}

int SqlQuery::rowsAffected() const { return m_query.numRowsAffected(); }

QVariant SqlQuery::value(int column) const { return m_query.value(column); }
QString SqlQuery::text(int column) const { return m_query.value(column).toString(); }
qint64 SqlQuery::integer(int column) const { return m_query.value(column).toLongLong(); }
bool SqlQuery::boolean(int column) const { return m_query.value(column).toLongLong() != 0; }
domain::Money SqlQuery::money(int column) const
{
    return domain::Money::fromMinor(m_query.value(column).toLongLong());
}
bool SqlQuery::isNull(int column) const { return m_query.value(column).isNull(); }

QDate SqlQuery::date(int column) const
{
    return parseDate(m_query.value(column).toString());
}

std::optional<QDate> SqlQuery::optionalDate(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return date(column);
}

QDateTime SqlQuery::instant(int column) const
{
    QDateTime t = QDateTime::fromString(m_query.value(column).toString(), Qt::ISODate);
    return t.toUTC();
}

std::optional<QDateTime> SqlQuery::optionalInstant(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return instant(column);
}

std::optional<qint64> SqlQuery::optionalInteger(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

std::optional<QTime> SqlQuery::optionalTime(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return parseTime(text(column));
}

QString SqlQuery::dateText(const QDate &date) { return date.toString(kDateFormat); }

QString SqlQuery::instantText(const QDateTime &instant)
{
    return instant.toUTC().toString(kInstantFormat);
}

} // namespace libreta::store
