#pragma once

#include "services/documentservice.h"
#include "ui/formcontext.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DocumentDialog;
}

namespace libreta::ui {

// A letter or statement for one debtor: shown as it will print, in Spanish
// or English, with Save as PDF and Print. The office's details for the
// header are one button away. A letter that cannot be written yet (a
// paid-in-full letter while something is owed) says why instead.
class DocumentDialog final : public QDialog {
    Q_OBJECT

public:
    DocumentDialog(const FormContext &context, services::DocumentKind kind, domain::Id debtorId,
                   QWidget *parent = nullptr);
    ~DocumentDialog() override;

    void setLanguage(const QString &language);  // "es", "en"
    const services::Document &document() const { return m_document; }
    bool ready() const { return !m_document.html.isEmpty(); }
    QString errorText() const;
    // Writes the PDF without asking where (tests, scripts); false when it failed.
    bool savePdf(const QString &path);
    QDialog *editOfficeDetails();

    // The language letters are written in by default: the desk's.
    static QString defaultLanguage();
    // The formats of a letter in `language`: the desk's own when the letter
    // is in the desk's language, otherwise that language's (an English
    // letter from a Mexican desk still writes its amounts the English way).
    static QLocale localeFor(const QString &language);
    // The request for `kind` in `language`, with its formats and the
    // office's currency sign; the debtor is left for the caller.
    static services::DocumentRequest requestFor(store::Database &db, services::DocumentKind kind,
                                                const QString &language);
    // Where an office keeps its own templates.
    static QString officeTemplates();

Q_SIGNALS:
    // Saved as PDF or printed, and noted in the debtor's file.
    void written();

private:
    // Notes in the debtor's file that the document was written.
    void noteWritten(bool printed);
    void compose();
    // The notice above the letter when it cannot say how to reach or pay the office.
    void sayWhatIsMissing(const services::OfficeDetails &office);
    void choosePdf();
    void print();

    std::unique_ptr<::Ui::DocumentDialog> m_ui;
    FormContext m_context;
    services::DocumentKind m_kind;
    domain::Id m_debtorId;
    services::Document m_document;
    QLocale m_locale;
};

} // namespace libreta::ui
