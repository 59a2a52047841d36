#pragma once

#include <QLabel>

namespace libreta::ui {

// A one-line label that gives way to a narrow window down to `chars`
// characters, its text then ending in "…" where it is cut (its tooltip
// should say it whole). The status bar's who and which file use it: a long
// name or file name must not hold the window wider than a small screen.
class ElidingLabel final : public QLabel {
    Q_OBJECT

public:
    explicit ElidingLabel(int chars, QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    // Whether the text is drawn shortened at the present width.
    bool isElided() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_chars;
};

} // namespace libreta::ui
