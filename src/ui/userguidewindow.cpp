#include "ui/userguidewindow.h"

#include "ui_userguidewindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>

namespace libreta::ui {
namespace {

// Where the guide's pictures may be: beside the program once installed,
// else the source tree it was built from.
QString picturesFolder()
{
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/docs");
    for (const QString &folder : {beside, QStringLiteral(LIBRETA_DOCS_DIR)})
        if (QFileInfo(folder + QStringLiteral("/screenshots")).isDir())
            return folder;
    return {};
}

} // namespace

UserGuideWindow::UserGuideWindow(const QLocale &locale, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::UserGuideWindow>())
{
    m_ui->setupUi(this);
    if (const QString folder = picturesFolder(); !folder.isEmpty())
        m_ui->guideBrowser->setSearchPaths({folder});
    m_ui->guideBrowser->setMarkdown(guideMarkdown(locale));
    connect(m_ui->findEdit, &QLineEdit::returnPressed, this, [this] { findNext(m_ui->findEdit->text()); });
    connect(m_ui->nextButton, &QPushButton::clicked, this, [this] { findNext(m_ui->findEdit->text()); });
    connect(m_ui->findEdit, &QLineEdit::textChanged, m_ui->findResult, &QLabel::clear);
}

UserGuideWindow::~UserGuideWindow() = default;

QString UserGuideWindow::guideMarkdown(const QLocale &locale)
{
    const bool spanish = locale.language() == QLocale::Spanish;
    QFile file(spanish ? QStringLiteral(":/guide/guia-de-usuario.md") : QStringLiteral(":/guide/user-guide.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString markdown = QString::fromUtf8(file.readAll());
    if (picturesFolder().isEmpty()) {
        // A picture that cannot be found would show as an empty frame.
        static const QRegularExpression picture(QStringLiteral("^[ \\t]*!\\[[^\\]]*\\]\\([^)]*\\)\\s*$"),
                                                QRegularExpression::MultilineOption);
        markdown.remove(picture);
    }
    return markdown;
}

bool UserGuideWindow::findNext(const QString &words)
{
    const QString wanted = words.trimmed();
    if (wanted.isEmpty())
        return false;
    QTextBrowser *browser = m_ui->guideBrowser;
    bool found = browser->find(wanted);
    if (!found) {
        // From the top once more: the words may be above where the reader is.
        browser->moveCursor(QTextCursor::Start);
        found = browser->find(wanted);
    }
    m_ui->findResult->setText(found ? QString() : tr("Not in the guide."));
    return found;
}

QString UserGuideWindow::text() const { return m_ui->guideBrowser->toPlainText(); }

} // namespace libreta::ui
