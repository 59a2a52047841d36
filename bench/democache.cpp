#include "democache.h"

#include "benchoptions.h"
#include "schemafingerprint.h"
#include "services/demogenerator.h"
#include "store/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>
#include <stdexcept>

namespace libreta::bench {
namespace {

void removeWithCompanions(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

DemoFile generate(const BenchOptions &o, const QString &path, const QString &sidecar)
{
    const QString partial = path + QStringLiteral(".partial");
    removeWithCompanions(partial);
    removeWithCompanions(path);
    QFile::remove(sidecar);

    DemoFile demo;
    demo.path = path;
    demo.debtors = o.debtors;
    demo.seed = o.seed;
    demo.date = QDate::currentDate();
    std::fprintf(stderr, "Making a demo office of %d debtors (seed %u) in %s; it is kept for the next runs.\n",
                 o.debtors, o.seed, qPrintable(QDir::toNativeSeparators(path)));
    QElapsedTimer timer;
    timer.start();
    services::DemoSummary summary;
    {
        store::Database db(partial);
        services::DemoOptions options;
        options.debtors = o.debtors;
        options.seed = o.seed;
        options.today = demo.date;
        qint64 shown = -1;
        summary = services::generateDemo(db, options, [&](qint64 done, qint64 total) {
            if (done * 10 / total != shown) {
                shown = done * 10 / total;
                std::fprintf(stderr, "  %lld of %lld debtors (%.0f s)\n", static_cast<long long>(done),
                             static_cast<long long>(total), double(timer.elapsed()) / 1000.0);
            }
        });
    }  // closing the last connection checkpoints the write-ahead log into the file
    if (QFileInfo::exists(partial + QStringLiteral("-wal")) || !QFile::rename(partial, path))
        throw std::runtime_error("the new demo file could not be closed cleanly or moved into place");

    demo.generatedSeconds = double(timer.elapsed()) / 1000.0;
    demo.summary = {{QStringLiteral("debtors"), summary.debtors},   {QStringLiteral("contacts"), summary.contacts},
                    {QStringLiteral("invoices"), summary.invoices}, {QStringLiteral("payments"), summary.payments},
                    {QStringLiteral("calls"), summary.calls},       {QStringLiteral("promises"), summary.promises},
                    {QStringLiteral("followups"), summary.followups}};
    const QJsonObject json{{QStringLiteral("debtors"), o.debtors},
                           {QStringLiteral("seed"), qint64(o.seed)},
                           {QStringLiteral("date"), demo.date.toString(Qt::ISODate)},
                           {QStringLiteral("generated_seconds"), demo.generatedSeconds},
                           {QStringLiteral("summary"), demo.summary}};
    QFile out(sidecar);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(json).toJson()) < 0)
        throw std::runtime_error("could not write the demo file's description");
    return demo;
}

} // namespace

DemoFile DemoCache::ensure(const BenchOptions &o)
{
    if (!QDir().mkpath(o.dataDir))
        throw std::runtime_error("could not create the data folder " + o.dataDir.toStdString());
    const QString base = QDir(o.dataDir).filePath(QStringLiteral("demo-%1-seed%2").arg(o.debtors).arg(o.seed));
    const QString path = base + QStringLiteral(".sqlite");
    const QString sidecar = base + QStringLiteral(".json");

    QFile in(sidecar);
    if (o.regenerate || !QFileInfo::exists(path) || !in.open(QIODevice::ReadOnly))
        return generate(o, path, sidecar);
    const QJsonObject json = QJsonDocument::fromJson(in.readAll()).object();
    DemoFile demo;
    demo.path = path;
    demo.debtors = o.debtors;
    demo.seed = o.seed;
    demo.date = QDate::fromString(json.value(QStringLiteral("date")).toString(), Qt::ISODate);
    demo.summary = json.value(QStringLiteral("summary")).toObject();
    demo.generatedSeconds = json.value(QStringLiteral("generated_seconds")).toDouble();
    demo.reused = true;
    if (!demo.date.isValid() || json.value(QStringLiteral("debtors")).toInt() != o.debtors)
        return generate(o, path, sidecar);
    // Brings a file made by an older build up to the current schema before
    // anything is timed (the app would do the same on open).
    {
        store::Database migrate(path);
    }
    if (SchemaFingerprint::of(path) != SchemaFingerprint::ofThisBuild()) {
        std::fprintf(stderr, "The kept demo file's schema is not the one this build makes (a migration changed "
                             "since it was made): making it again.\n");
        return generate(o, path, sidecar);
    }
    return demo;
}

} // namespace libreta::bench
