#include "platform/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace libreta::platform {

namespace {

// The key names as the guide writes them ("Ctrl+Mayús+O"): Qt's own
// Spanish spells them out ("Control+Mayúsculas+O"), which widened every
// menu. Ours is installed after Qt's, so it is asked first.
[[maybe_unused]] const char *const kKeyNames[] = {
    QT_TRANSLATE_NOOP("QShortcut", "Ctrl"),
    QT_TRANSLATE_NOOP("QShortcut", "Shift"),
};

// The file dialog's words: Qt's own Spanish says "fichero" and
// "directorio" (and "r al directorio superior", cut short) where the rest
// of the desk says "archivo" and "carpeta", understood in Spain and America.
[[maybe_unused]] const char *const kFileDialogWords[] = {
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go to the parent directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Find Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "%1\nDirectory not found.\nPlease verify the correct directory name was given."),
    QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directories"),
    QT_TRANSLATE_NOOP("QFileDialog", "Could not delete directory."),
    QT_TRANSLATE_NOOP("QFileDialog", "Directory:"),
    QT_TRANSLATE_NOOP("QFileDialog", "%1 already exists.\nDo you want to replace it?"),
    QT_TRANSLATE_NOOP("QFileDialog", "%1\nFile not found.\nPlease verify the correct file name was given."),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Invalid filename"),
    // The type and date columns: "Folder" was left in English, and Qt's
    // Spanish writes "Ultima modificación" without its accent.
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Name"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Size"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Type"),
};

// The base Spanish catalogue is written for Mexico, the first market.
// Spain, and Latin America outside Mexico, have overlays with only the
// words they say otherwise («cuotas», not «parcialidades»); the United
// States' Spanish is mostly Mexican and keeps the base.
QString regionalOverlay(const QLocale &locale)
{
    if (locale.language() != QLocale::Spanish)
        return {};
    switch (locale.territory()) {
    case QLocale::Mexico:
    case QLocale::UnitedStates:
    case QLocale::AnyTerritory:
        return {};
    case QLocale::Spain:
        return QStringLiteral("es_ES");
    default:
        return QStringLiteral("es_419");
    }
}

} // namespace

bool installTranslators(const QLocale &locale)
{
    static QTranslator *regional = nullptr;
    static QTranslator *ours = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **t : {&regional, &ours, &qt}) {
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
    // Qt's first: the one installed last is asked first, and ours words
    // a few of Qt's own strings (the key names) as the office reads them.
    qt = new QTranslator;
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // The base catalogue by language alone: looked up by the whole locale,
    // Spain's desk would find its overlay instead of the catalogue beneath.
    ours = new QTranslator;
    const bool found =
        ours->load(QStringLiteral(":/i18n/libreta_%1.qm").arg(QLocale::languageToCode(locale.language())));
    if (found)
        QCoreApplication::installTranslator(ours);
    const QString region = regionalOverlay(locale);
    if (found && !region.isEmpty()) {
        regional = new QTranslator;
        if (regional->load(QStringLiteral(":/i18n/libreta_%1.qm").arg(region)))
            QCoreApplication::installTranslator(regional);
    }
    return found;
}

} // namespace libreta::platform
