#pragma once

#include "domain/entities.h"

namespace libreta::store {

class Database;

// The office's rules (grace days, calling window, currency...): business
// data, so it lives in the database file, not in QSettings.
class SettingsRepository final {
public:
    explicit SettingsRepository(Database &db) : m_db(db) {}

    domain::OfficeSettings load();
    // The grace days alone, as load() reads them: what every payment posted
    // needs, one statement where the whole rules take fourteen (a tenth of
    // the time of posting a payment, in an import of thousands).
    int graceDays();
    // The order Next call offers scheduled work in, as load() reads it: one
    // statement, for the agenda, which lists its groups in that order.
    domain::QueueOrder queueOrder();
    void save(const domain::OfficeSettings &settings);

    QString value(const QString &key, const QString &fallback = {});
    void setValue(const QString &key, const QString &value);

private:
    int intValue(const char *key, int fallback);
    // A value of each segment that has its own, kept as `prefix` + name.
    QMap<QString, int> bySegment(const QString &prefix);
    void setBySegment(const QString &prefix, const QMap<QString, int> &values);

    Database &m_db;
};

} // namespace libreta::store
