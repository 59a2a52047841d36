#pragma once

#include <QFrame>

#include <functional>

class QHBoxLayout;
class QLabel;

namespace libreta::ui {

// A band across the top of the sections that says something the agent
// should see now (a call-back whose time has come, why the next call was
// chosen) with a button or two to act on it, until dismissed or replaced.
class NoticeBar final : public QFrame {
    Q_OBJECT

public:
    enum class Tone { Info, Alert };
    struct Button {
        QString text;
        std::function<void()> action;
    };

    explicit NoticeBar(QWidget *parent = nullptr);

    void showNotice(const QString &text, Tone tone, const QList<Button> &buttons = {});
    QString text() const;
    void dismiss();

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QHBoxLayout *m_buttons = nullptr;
};

} // namespace libreta::ui
