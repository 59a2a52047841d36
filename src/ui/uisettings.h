#pragma once

#include <QByteArray>
#include <QLocale>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace libreta::ui {

// The desk's UI preferences, typed, over QSettings (the same file the
// platform layer keeps the last database in). Business data (currency,
// grace days, calling window) lives in the database, never here.
class UiSettings final {
public:
    UiSettings();
    Q_DISABLE_COPY_MOVE(UiSettings)

    // "" follows the system language; otherwise a locale name ("es", "en").
    QString language() const;
    void setLanguage(const QString &language);
    // How amounts and dates are written: "" follows the language (in the
    // system's country when it speaks that language); otherwise a locale
    // name ("es_MX", "es_ES", "en_US").
    QString formats() const;
    void setFormats(const QString &formats);
    // What the two settings above mean, for the next start (app/main.cpp).
    QLocale languageLocale() const { return languageLocaleFor(language()); }
    QLocale formatLocale() const { return formatLocaleFor(language(), formats()); }
    static QLocale languageLocaleFor(const QString &language);
    static QLocale formatLocaleFor(const QString &language, const QString &formats);
    // The call script's language ("es", "en"): the desk's; a Spanish office
    // calls in Spanish.
    QString scriptLanguage() const;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    int section() const;
    void setSection(int section);
    // The side bar of sections (View ▸ Show side bar); the toolbar is kept
    // in windowState() with the window's other bars.
    bool sideBarShown() const;
    void setSideBarShown(bool shown);

    // A table's header (column widths, order, sort indicator), per view name.
    QByteArray headerState(const QString &view) const;
    void setHeaderState(const QString &view, const QByteArray &state);
    void removeHeaderState(const QString &view);

    // Who works at this desk on a given file (File ▸ Who is working): the
    // office user's login, per database path. Empty when never chosen.
    QString deskLogin(const QString &databasePath) const;
    void setDeskLogin(const QString &databasePath, const QString &login);

    // Most recent first, at most kMaxRecentFiles, only files that still exist.
    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    static constexpr int kMaxRecentFiles = 8;

private:
    mutable QSettings m_settings;
};

} // namespace libreta::ui
