#pragma once

#include <QDialog>

#include <memory>

class QLocale;

namespace Ui {
class UserGuideWindow;
}

namespace libreta::ui {

// Help ▸ User guide: the guide that comes with the program, in the desk's
// language (the Spanish one, or the English one for any other), with a
// box to find a word in it. Its pictures are shown when the program's
// docs/screenshots folder is at hand (a build, or an installed copy beside
// the program); without them the text reads whole. Not modal: it stays
// open beside the work.
class UserGuideWindow final : public QDialog {
    Q_OBJECT

public:
    explicit UserGuideWindow(const QLocale &locale, QWidget *parent = nullptr);
    ~UserGuideWindow() override;

    // The next place the words appear, from the cursor, round to the start
    // once; false (and said) when they appear nowhere.
    bool findNext(const QString &words);
    QString text() const;

    // The guide's Markdown for `locale`, its pictures left out when the
    // folder they are in cannot be found.
    static QString guideMarkdown(const QLocale &locale);

private:
    std::unique_ptr<::Ui::UserGuideWindow> m_ui;
};

} // namespace libreta::ui
