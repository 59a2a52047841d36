#pragma once

#include "services/documentbatch.h"
#include "ui/formcontext.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DocumentBatchDialog;
}

namespace libreta::documents {
class PdfBook;
class PdfFolder;
}

namespace libreta::ui {

// Debtor ▸ Documents for several debtors: the same statement or letter for
// every debtor the portfolio shows, or those picked in it, written as one
// PDF to print (each debtor on pages of its own) or as one PDF per debtor
// in a folder. Works a slice at a time on the window's own thread (the
// layout of a document needs fonts, and a slice is a few documents), so
// the window stays alive and Stop takes effect between two documents.
class DocumentBatchDialog final : public QDialog {
    Q_OBJECT

public:
    // `selected`: the debtors picked in the portfolio, offered beside all
    // those shown (and chosen to start with when there are two or more).
    DocumentBatchDialog(const FormContext &context, const store::PortfolioQuery &shown,
                        const QList<domain::Id> &selected = {}, QWidget *parent = nullptr);
    ~DocumentBatchDialog() override;

    // What the last run came to, in words (also shown in the form).
    QString resultText() const { return m_result; }
    bool working() const { return m_batch != nullptr; }
    // Where the documents go: a PDF file, or a folder (one PDF per debtor).
    QString destination() const;
    // Starts writing, as the Write button does.
    void start();
    // Asks a run to stop after the document it is on.
    void stop();

    void reject() override;

Q_SIGNALS:
    // A run ended: how many documents it wrote.
    void batchEnded(qint64 written);

private:
    services::DocumentBatchRequest request() const;
    QString defaultDestination() const;
    void chooseDestination();
    void updateChoices();
    void switchOutput();
    void updateCount();
    void step();
    bool writeOne(const services::Document &document, QString *error);
    void end(const QString &error = {});
    QString kindWords(qint64 count) const;
    void setWorking(bool working);
    void openResult();
    void growToContent();
    // Shows `text` under the choices, in red when something was refused.
    void say(const QString &text, bool refused = false);

    std::unique_ptr<::Ui::DocumentBatchDialog> m_ui;
    FormContext m_context;
    store::PortfolioQuery m_shown;
    QList<domain::Id> m_selected;
    qint64 m_shownCount = 0;
    QString m_result;
    // While a run lasts.
    std::unique_ptr<services::DocumentBatch> m_batch;
    std::unique_ptr<documents::PdfBook> m_book;
    std::unique_ptr<documents::PdfFolder> m_pdfFolder;
    QString m_folder;  // one PDF per debtor: where they go
    QList<domain::Id> m_writtenFor;  // the debtors whose document is written
    qint64 m_total = 0;
    bool m_stopAsked = false;
    bool m_closeWhenStopped = false;  // closed while writing: closes once stopped
    bool m_pathChosen = false;        // a destination the person typed or chose, kept over the suggested ones
    QString m_opened;      // what Open shows once a run wrote something
    QString m_lastFolder;  // where the last run wrote: the next one is offered a name there
};

} // namespace libreta::ui
