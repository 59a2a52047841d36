#pragma once

#include "domain/clock.h"
#include "domain/entities.h"
#include "store/agendaitem.h"
#include "store/agendarepository.h"

#include <QSet>
#include <QWidget>

#include <memory>

class QDialog;

namespace Ui {
class AgendaView;
}

namespace libreta::store {
class Database;
}

namespace libreta::ui {

class AgendaActions;
class AgendaCalendar;
class AgendaModel;

// The agenda section: the day's follow-ups grouped by kind (Today), what is
// left from earlier days (Overdue), the coming week (Next 7 days) and a
// month calendar with a count per day. An agent sees their own items by
// default, a supervisor everyone's; both can choose whose, and which kind.
// Enter opens the debtor's file; the actions mark an item done with its
// result, move it to another day, give it to another agent (supervisors)
// or start the call. The day sheet prints or saves the day as a PDF.
class AgendaView final : public QWidget {
    Q_OBJECT

public:
    enum class View { Today, Overdue, NextDays, Month };

    explicit AgendaView(store::Database &db, QWidget *parent = nullptr);
    ~AgendaView() override;

    // The clock the desk dates things by (tests set a fixed one); the view
    // moves to its day.
    void setClock(const domain::Clock &clock);
    // The model, read first if it was not yet.
    AgendaModel *model();
    // Reads the agenda if nothing was read yet (the window calls it once it
    // has painted; showing the agenda does it too).
    void ensureLoaded();
    bool isLoaded() const { return m_loaded; }
    AgendaCalendar *calendar() const { return m_calendar; }
    View view() const { return m_view; }
    void showView(View view);
    // What the day sheet prints: the whole day of whoever is shown,
    // whatever the Kind picks.
    store::AgendaScope sheetScope() const;
    // The Today view on another day (the month view's click, the arrows).
    void showDay(const QDate &day);
    // What one agent (0: nobody) has left from earlier days: the Panel's
    // Follow-through sends a supervisor here. False, and nothing changed,
    // when the agent is not among those the agenda can show.
    bool showOverdueOf(domain::Id agentId);
    // The day changed while the desk was open: "today" moves to it.
    void setToday(const QDate &today);
    QDate today() const { return m_today; }
    void reload();
    // The keyboard on the list, on its first item when none is current.
    void focusList();
    // Someone else said they are at the desk: "whose agenda" starts again
    // from them (an agent on their own, a supervisor on everyone's).
    void deskUserChanged();
    void saveLayout() const;

    // The selected item (nullptr for none or a group row) and selecting one.
    const store::AgendaItem *currentItem() const;
    bool selectItem(domain::Id followUpId);
    // The forms of the actions, opened on the current item (nullptr when
    // none is selected or it is not allowed); they do not block.
    QDialog *markDone();
    QDialog *reschedule();
    QDialog *reassign();
    // The day sheet of the day shown, as a PDF; false when it failed.
    bool saveDaySheet(const QString &path);
    bool maySupervise() const { return m_maySupervise; }

Q_SIGNALS:
    void statusMessage(const QString &text);
    void debtorActivated(domain::Id debtorId);
    void startCallRequested(domain::Id debtorId);
    // A follow-up of this debtor was changed from the agenda.
    void debtorChanged(domain::Id debtorId);

protected:
    // Coming back to the agenda reads it again: another desk, or the
    // command line (a payment, a roll-over), may have changed it meanwhile.
    void showEvent(QShowEvent *event) override;

private:
    void setUpActions();
    void setUpFilters(store::Database &db);
    void fillWhoChoices(store::Database &db);
    void updateTexts();
    void updateActions();
    void afterReload();
    void fetchVisible();
    void loadMonthCounts();
    void activate(const QModelIndex &index);
    void applyWho();
    void printDaySheet();
    void chooseDaySheetFile();
    QDate sheetDay() const;
    QDialog *openForm(QDialog *dialog, domain::Id debtorId);

    std::unique_ptr<::Ui::AgendaView> m_ui;
    store::Database &m_db;
    domain::SystemClock m_systemClock;
    const domain::Clock *m_clock = &m_systemClock;
    AgendaModel *m_model = nullptr;
    AgendaCalendar *m_calendar = nullptr;
    View m_view = View::Today;
    QDate m_today;
    std::optional<domain::Id> m_deskUserId;
    bool m_maySupervise = false;
    QList<domain::User> m_users;
    QSet<int> m_collapsed;  // groups the person folded, kept across reloads
    domain::Id m_selected = 0;
    int m_selectedRow = -1;
    int m_selectedGroup = -1;
    bool m_loaded = false;

    AgendaActions *m_actions = nullptr;
};

} // namespace libreta::ui
