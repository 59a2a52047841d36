#include "store/importpresetrepository.h"

#include "store/sqlquery.h"

namespace libreta::store {

QList<ImportPresetRecord> ImportPresetRepository::list(const QString &kind)
{
    SqlQuery q(m_db, QStringLiteral("SELECT name, kind, settings FROM import_presets "
                                    "WHERE :kind = '' OR kind = :kind ORDER BY name COLLATE NOCASE"));
    q.bind(QStringLiteral(":kind"), kind).exec();
    QList<ImportPresetRecord> out;
    while (q.next())
        out.append({q.text(0), q.text(1), q.text(2)});
    return out;
}

std::optional<ImportPresetRecord> ImportPresetRepository::byName(const QString &name)
{
    SqlQuery q(m_db, QStringLiteral("SELECT name, kind, settings FROM import_presets WHERE name = :name"));
    q.bind(QStringLiteral(":name"), name).exec();
    if (!q.next())
        return std::nullopt;
    return ImportPresetRecord{q.text(0), q.text(1), q.text(2)};
}

void ImportPresetRepository::save(const ImportPresetRecord &preset)
{
    SqlQuery(m_db, QStringLiteral("INSERT INTO import_presets (name, kind, settings, updated_at) "
                                  "VALUES (:name, :kind, :settings, :now) ON CONFLICT (name) DO UPDATE SET "
                                  "kind = excluded.kind, settings = excluded.settings, updated_at = excluded.updated_at"))
        .bind(QStringLiteral(":name"), preset.name)
        .bind(QStringLiteral(":kind"), preset.kind)
        .bind(QStringLiteral(":settings"), preset.settings)
        .bind(QStringLiteral(":now"), QDateTime::currentDateTimeUtc())
        .exec();
}

void ImportPresetRepository::remove(const QString &name)
{
    SqlQuery(m_db, QStringLiteral("DELETE FROM import_presets WHERE name = :name"))
        .bind(QStringLiteral(":name"), name)
        .exec();
}

} // namespace libreta::store
