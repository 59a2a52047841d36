#include "ui/filedialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>
#include <QFileIconProvider>
#include <QMimeDatabase>

namespace libreta::ui::FileDialogs {
namespace {

// A file's icon and type from its name: the file itself is never opened.
class NameOnlyIcons final : public QFileIconProvider {
public:
    using QFileIconProvider::icon;

    QIcon icon(const QFileInfo &info) const override
    {
        if (!info.isFile())
            return QFileIconProvider::icon(info);
        const QMimeType type = m_types.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
        return QIcon::fromTheme(type.iconName(), QFileIconProvider::icon(QFileIconProvider::File));
    }

    QString type(const QFileInfo &info) const override
    {
        if (!info.isFile())
            return QFileIconProvider::type(info);
        const QMimeType type = m_types.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
        return type.comment().isEmpty() ? type.name() : type.comment();
    }

private:
    QMimeDatabase m_types;
};

QString run(QFileDialog &dialog, QString *chosenFilter = nullptr)
{
    NameOnlyIcons icons;  // outlives the dialog's use of it
    dialog.setIconProvider(&icons);
#ifndef Q_OS_WIN
    // Windows locks belong to a handle, so its native dialog cannot drop ours.
    dialog.setOption(QFileDialog::DontUseNativeDialog);
#endif
    if (chosenFilter && !chosenFilter->isEmpty())
        dialog.selectNameFilter(*chosenFilter);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return QString();
    if (chosenFilter)
        *chosenFilter = dialog.selectedNameFilter();
    return dialog.selectedFiles().constFirst();
}

} // namespace

QString openFile(QWidget *parent, const QString &caption, const QString &start, const QString &filter)
{
    QFileDialog dialog(parent, caption, start, filter);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return run(dialog);
}

QString saveFile(QWidget *parent, const QString &caption, const QString &start, const QString &filter,
                 QString *chosenFilter)
{
    QFileDialog dialog(parent, caption, start, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    return run(dialog, chosenFilter);
}

QString existingFolder(QWidget *parent, const QString &caption, const QString &start)
{
    QFileDialog dialog(parent, caption, start);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    return run(dialog);
}

QString documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (QDir(documents).exists())
        return documents;
    // A Spanish desktop's folder, where no XDG setting names it: Qt then
    // says ~/Documents, which such a desktop never made.
    const QString spanish = QDir::home().filePath(QStringLiteral("Documentos"));
    return QDir(spanish).exists() ? spanish : QDir::homePath();
}

} // namespace libreta::ui::FileDialogs
