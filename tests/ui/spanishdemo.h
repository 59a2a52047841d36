#pragma once

// The start the "[.screenshots]" tests share: where the pictures go
// (LIBRETA_SCREENSHOT_DIR), the desk in Spanish (Mexico), and a demo office
// of 300 debtors as of 2026-11-23, with a clock at 11:00 in Mexico City
// (inside every demo debtor's calling hours).

#include "domain/clock.h"
#include "platform/translations.h"
#include "services/demogenerator.h"
#include "support/tempdb.h"

#include <QDir>
#include <QLocale>

#include <catch2/catch.hpp>

namespace libreta::test {

// The desk's language, set before the office's file is made: the file
// stores its default call scripts in the language of the desk that made it.
struct SpanishDesk {
    SpanishDesk()
    {
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Mexico));
        platform::installTranslators(QLocale(QLocale::Spanish, QLocale::Mexico));
    }
};

struct SpanishDemo {
    SpanishDemo()
    {
        REQUIRE_FALSE(out.isEmpty());
        services::DemoOptions demo;
        demo.debtors = 300;
        demo.today = today;
        services::generateDemo(t.db(), demo);
    }

    // The path of picture `name` in the screenshots' directory.
    QString picture(const QString &name) const { return QDir(out).filePath(name); }

    const QString out = qEnvironmentVariable("LIBRETA_SCREENSHOT_DIR");
    const SpanishDesk desk;  // before `t`
    const QDate today{2026, 11, 23};
    TempDb t;
    const domain::FixedClock clock{QDateTime(today, QTime(17, 0), Qt::UTC)};
};

} // namespace libreta::test
