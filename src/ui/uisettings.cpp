#include "ui/uisettings.h"

#include <QFileInfo>

namespace libreta::ui {
namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kFormats = QStringLiteral("ui/formats");
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kSection = QStringLiteral("mainWindow/section");
const QString kSideBarShown = QStringLiteral("mainWindow/sideBarShown");
const QString kRecent = QStringLiteral("files/recent");
const QString kDeskLogins = QStringLiteral("files/deskLogins");
QString headerKey(const QString &view) { return QStringLiteral("views/%1/header").arg(view); }
// Paths hold slashes, which QSettings reads as groups: the map is one value.
QString fileKey(const QString &path) { return QFileInfo(path).absoluteFilePath(); }
} // namespace

UiSettings::UiSettings()
    : m_settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("Libreta"), QStringLiteral("libreta"))
{
}

QString UiSettings::language() const { return m_settings.value(kLanguage).toString(); }
void UiSettings::setLanguage(const QString &language) { m_settings.setValue(kLanguage, language); }
QString UiSettings::formats() const { return m_settings.value(kFormats).toString(); }
void UiSettings::setFormats(const QString &formats) { m_settings.setValue(kFormats, formats); }

QLocale UiSettings::languageLocaleFor(const QString &language)
{
    const QLocale system = QLocale::system();
    if (language.isEmpty())
        return system;
    // "Español" on a Mexican desk means Mexico's Spanish, not Spain's.
    const QLocale wanted(language);
    return wanted.language() == system.language() ? system : wanted;
}

QString UiSettings::scriptLanguage() const
{
    return languageLocale().language() == QLocale::Spanish ? QStringLiteral("es") : QStringLiteral("en");
}

QLocale UiSettings::formatLocaleFor(const QString &language, const QString &formats)
{
    return formats.isEmpty() ? languageLocaleFor(language) : QLocale(formats);
}

QByteArray UiSettings::windowGeometry() const { return m_settings.value(kGeometry).toByteArray(); }
void UiSettings::setWindowGeometry(const QByteArray &geometry) { m_settings.setValue(kGeometry, geometry); }
QByteArray UiSettings::windowState() const { return m_settings.value(kState).toByteArray(); }
void UiSettings::setWindowState(const QByteArray &state) { m_settings.setValue(kState, state); }
int UiSettings::section() const { return m_settings.value(kSection, 1).toInt(); }
void UiSettings::setSection(int section) { m_settings.setValue(kSection, section); }
bool UiSettings::sideBarShown() const { return m_settings.value(kSideBarShown, true).toBool(); }
void UiSettings::setSideBarShown(bool shown) { m_settings.setValue(kSideBarShown, shown); }

QByteArray UiSettings::headerState(const QString &view) const
{
    return m_settings.value(headerKey(view)).toByteArray();
}

void UiSettings::setHeaderState(const QString &view, const QByteArray &state)
{
    m_settings.setValue(headerKey(view), state);
}

void UiSettings::removeHeaderState(const QString &view)
{
    if (m_settings.contains(headerKey(view)))
        m_settings.remove(headerKey(view));
}

QString UiSettings::deskLogin(const QString &databasePath) const
{
    return m_settings.value(kDeskLogins).toMap().value(fileKey(databasePath)).toString();
}

void UiSettings::setDeskLogin(const QString &databasePath, const QString &login)
{
    QVariantMap logins = m_settings.value(kDeskLogins).toMap();
    logins.insert(fileKey(databasePath), login);
    m_settings.setValue(kDeskLogins, logins);
}

QStringList UiSettings::recentFiles() const
{
    QStringList out;
    for (const QString &path : m_settings.value(kRecent).toStringList())
        if (QFileInfo::exists(path) && !out.contains(path))
            out.append(path);
    return out.mid(0, kMaxRecentFiles);
}

void UiSettings::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    m_settings.setValue(kRecent, files.mid(0, kMaxRecentFiles));
}

} // namespace libreta::ui
