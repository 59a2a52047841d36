#include "platform/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace libreta::platform {

bool installTranslators(const QLocale &locale)
{
    static QTranslator *ours = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **t : {&ours, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    // The sources are English: C (scripts, tests) reads them as they are;
    // English loads only the plural forms ("1 debtor", not "1 debtor(s)").
    if (locale.language() == QLocale::C)
        return false;
    if (locale.language() == QLocale::English) {
        ours = new QTranslator;
        if (ours->load(QStringLiteral(":/i18n/libreta_en.qm")))
            QCoreApplication::installTranslator(ours);
        return false;
    }
    ours = new QTranslator;
    const bool found = ours->load(locale, QStringLiteral("libreta"), QStringLiteral("_"),
                                  QStringLiteral(":/i18n"));
    if (found)
        QCoreApplication::installTranslator(ours);
    qt = new QTranslator;
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return found;
}

} // namespace libreta::platform
