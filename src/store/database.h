#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace libreta::store {

// One open connection to a Libreta file, ready to use: pragmas set and the
// schema migrated. Each thread opens its own Database on the same file.
class Database final {
public:
    // Opens (creating when absent) and migrates. Throws NewerSchemaError for a
    // file from a newer program (left untouched) and StoreError otherwise.
    explicit Database(const QString &path);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QSqlDatabase &connection() { return m_db; }
    const QString &path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }

    int schemaVersion();
    static int latestSchemaVersion();

    // Transactions nest: the outermost is a real BEGIN IMMEDIATE, inner ones
    // are savepoints. Use Transaction (transaction.h), not these.
    void begin();
    void commit();
    void rollback();
    int transactionDepth() const { return m_depth; }

    // Prepared statements are kept per SQL text: preparing costs more than
    // running, and bulk work (demo data, imports) runs the same few millions
    // of times. A statement already in use is not handed out twice.
    struct CachedStatement {
        QSqlQuery query;
        bool inUse = false;
    };
    CachedStatement *acquireStatement(const QString &sql);

private:
    void applyPragmas();
    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_depth = 0;
    QHash<QString, std::shared_ptr<CachedStatement>> m_statements;
};

} // namespace libreta::store
