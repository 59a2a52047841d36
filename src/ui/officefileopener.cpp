#include "ui/officefileopener.h"

#include "store/database.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QProgressDialog>

namespace libreta::ui {

std::unique_ptr<store::Database> OfficeFileOpener::open(const QString &path, QWidget *parent)
{
    const int version = QFileInfo::exists(path) ? store::Database::schemaVersionOf(path) : 0;
    // A new or empty file is created in a moment; a newer one is refused
    // by the store without a word written.
    if (version == 0 || version >= store::Database::latestSchemaVersion())
        return std::make_unique<store::Database>(path);
    // Busy (no steps to count: the store reports none); shown at once and
    // painted before the migrations hold the thread.
    QProgressDialog notice(parent);
    auto *text = new QLabel(tr("Updating %1 for this version of Libreta…\n"
                               "In an office with many debtors this can take a minute. Nothing is lost if it is "
                               "interrupted: it goes on from where it stopped the next time the file is opened.")
                                .arg(QFileInfo(path).fileName()));
    text->setWordWrap(true);
    text->setMinimumWidth(text->fontMetrics().averageCharWidth() * 60);
    notice.setLabel(text);
    notice.setCancelButton(nullptr);
    notice.setRange(0, 0);
    notice.setWindowTitle(QStringLiteral("Libreta"));
    notice.setWindowModality(Qt::ApplicationModal);
    notice.setMinimumDuration(0);
    notice.show();
    for (int i = 0; i < 3; ++i)  // the window and its text laid out and painted
        QCoreApplication::processEvents();
    return std::make_unique<store::Database>(path);
}

} // namespace libreta::ui
