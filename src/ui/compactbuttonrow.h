#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QBoxLayout;
class QToolButton;

namespace libreta::ui {

// A row of tool buttons with their words beside their icons that shows
// only the icons (the words stay in each button's tooltip) when its row is
// narrower than the words need, so a row of actions never holds the window
// wider than a small screen (1024 pixels) and keeps its words on a wider one.
class CompactButtonRow final : public QObject {
    Q_OBJECT

public:
    // `row` holds `buttons` (and may hold spacers or other widgets); it is
    // watched through the widget it lays out.
    CompactButtonRow(QBoxLayout *row, const QList<QToolButton *> &buttons);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void measure();
    void fit();

    QBoxLayout *m_row;
    QList<QPointer<QToolButton>> m_buttons;
    QList<int> m_words;  // what each button's words add to its icon
};

} // namespace libreta::ui
