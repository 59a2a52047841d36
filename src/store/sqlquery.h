#pragma once

#include "domain/money.h"
#include "store/database.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>  // store-internal header: only the store and its tests include it
#include <QString>
#include <QTime>
#include <QVariant>

#include <memory>
#include <optional>

namespace libreta::store {

// A prepared statement that throws StoreError on failure and converts the
// project's value types to and from their column formats in one place:
// money as integer minor units, dates as 'YYYY-MM-DD', instants as UTC ISO.
class SqlQuery final {
public:
    SqlQuery(Database &db, const QString &sql);
    ~SqlQuery();
    Q_DISABLE_COPY_MOVE(SqlQuery)

    SqlQuery &bind(const QString &name, const QVariant &value);
    SqlQuery &bind(const QString &name, const QString &value);
    SqlQuery &bind(const QString &name, qint64 value);
    SqlQuery &bind(const QString &name, int value);
    SqlQuery &bind(const QString &name, bool value);
    SqlQuery &bind(const QString &name, domain::Money value);
    SqlQuery &bind(const QString &name, const QDate &value);
    SqlQuery &bind(const QString &name, const QDateTime &value);
    SqlQuery &bind(const QString &name, const QTime &value);
    template <typename T>
    SqlQuery &bind(const QString &name, const std::optional<T> &value)
    {
        if (value)
            return bind(name, *value);
        return bind(name, QVariant());
    }

    SqlQuery &exec();
    // Runs; false when the database refuses, and nothing is logged or thrown:
    // for settings SQLite may refuse where that costs only speed.
    bool tryExec();
    bool next();
    // Runs and returns the first column of the first row (RETURNING id, count(*)).
    qint64 execScalar();
    int rowsAffected() const;

    QVariant value(int column) const;
    QString text(int column) const;
    qint64 integer(int column) const;
    bool boolean(int column) const;
    domain::Money money(int column) const;
    QDate date(int column) const;
    std::optional<QDate> optionalDate(int column) const;
    std::optional<QDateTime> optionalInstant(int column) const;
    QDateTime instant(int column) const;
    std::optional<qint64> optionalInteger(int column) const;
    std::optional<QTime> optionalTime(int column) const;
    bool isNull(int column) const;

    static QString dateText(const QDate &date);
    static QString instantText(const QDateTime &instant);

private:
    Database::CachedStatement *m_cached = nullptr;
    std::unique_ptr<QSqlQuery> m_own;  // only when the cached one is busy
    QSqlQuery &m_query;
    QString m_sql;

    static QSqlQuery &pick(Database &db, const QString &sql, Database::CachedStatement *&cached,
                           std::unique_ptr<QSqlQuery> &own);
};

} // namespace libreta::store
