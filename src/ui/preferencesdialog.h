#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace libreta::ui {

// Edit ▸ Preferences: the language of the interface and how amounts and
// dates are written, kept in UiSettings. Both apply at the next start (the
// dialog says so): every open window, model and formatter would otherwise
// have to be rebuilt while the user may have unsaved edits in a debtor file.
class PreferencesDialog final : public QDialog {
    Q_OBJECT

public:
    // `currencyCode`: the office's currency, for the example amount.
    explicit PreferencesDialog(const QString &currencyCode, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // "" (follow the system) or a language code; "" (follow the language) or a locale name.
    QString chosenLanguage() const;
    QString chosenFormats() const;
    void choose(const QString &language, const QString &formats);

    // Stores the choices and closes; whether anything changed.
    void accept() override;
    bool changedSettings() const { return m_changed; }

private:
    void showExample();

    std::unique_ptr<::Ui::PreferencesDialog> m_ui;
    QString m_currencyCode;
    bool m_changed = false;
};

} // namespace libreta::ui
