#include "ui/agendaview.h"

#include "store/storeerror.h"
#include "ui/agendacalendar.h"
#include "ui/agendadaysheet.h"
#include "ui/agendamodel.h"
#include "ui/filedialogs.h"
#include "ui_agendaview.h"

#include <QDir>
#include <QPrintDialog>
#include <QPrinter>

// The agenda's day sheet: the day shown, whoever's it is, printed or saved
// as a PDF an agent carries (ui::AgendaDaySheet lays it out).

namespace libreta::ui {

QDate AgendaView::sheetDay() const
{
    return m_view == View::Month ? m_calendar->selectedDate() : m_model->day();
}

store::AgendaScope AgendaView::sheetScope() const
{
    // The sheet an agent carries: a Kind picked on screen (its groups, or
    // only what was put off) does not thin it.
    store::AgendaScope scope = m_model->scope();
    scope.from = scope.to = sheetDay();
    scope.putOffOnly = false;
    return scope;
}

bool AgendaView::saveDaySheet(const QString &path)
{
    ensureLoaded();
    const store::AgendaScope scope = sheetScope();
    try {
        const AgendaDaySheet sheet(m_db, scope, m_ui->whoCombo->currentText(), m_model->money());
        if (!sheet.savePdf(path)) {
            Q_EMIT statusMessage(tr("The day sheet could not be written to %1.").arg(QDir::toNativeSeparators(path)));
            return false;
        }
        Q_EMIT statusMessage(tr("Day sheet saved to %1.").arg(QDir::toNativeSeparators(path)));
        return true;
    } catch (const store::StoreError &e) {
        Q_EMIT statusMessage(e.message());
        return false;
    }
}

void AgendaView::chooseDaySheetFile()
{
    const QString folder = FileDialogs::documentsFolder();
    const QString name = tr("agenda-%1.pdf").arg(sheetDay().toString(Qt::ISODate));
    const QString path = FileDialogs::saveFile(this, tr("Save the day sheet"), QDir(folder).filePath(name),
                                               tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        saveDaySheet(path);
}

void AgendaView::printDaySheet()
{
    ensureLoaded();
    const store::AgendaScope scope = sheetScope();
    try {
        const AgendaDaySheet sheet(m_db, scope, m_ui->whoCombo->currentText(), m_model->money());
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageOrientation(QPageLayout::Landscape);
        QPrintDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Print the day sheet"));
        if (dialog.exec() == QDialog::Accepted)
            sheet.printTo(&printer);
    } catch (const store::StoreError &e) {
        Q_EMIT statusMessage(e.message());
    }
}

} // namespace libreta::ui
