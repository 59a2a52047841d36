#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace libreta::store {

class Database;

// A saved way to read one shape of file: the kind of rows it holds and its
// settings as JSON text (the services layer owns their meaning).
struct ImportPresetRecord {
    QString name;
    QString kind;      // "debtors", "contacts", "invoices", "payments"
    QString settings;  // JSON
};

class ImportPresetRepository final {
public:
    explicit ImportPresetRepository(Database &db) : m_db(db) {}

    // By name, for one kind or (empty) all.
    QList<ImportPresetRecord> list(const QString &kind = {});
    std::optional<ImportPresetRecord> byName(const QString &name);
    // Adds, or replaces the one with the same name.
    void save(const ImportPresetRecord &preset);
    void remove(const QString &name);

private:
    Database &m_db;
};

} // namespace libreta::store
