#include "ui/timezonecombo.h"

#include "domain/textfold.h"
#include "ui/timezonenames.h"

#include <QComboBox>
#include <QCompleter>
#include <QSet>
#include <QTimeZone>

namespace libreta::ui {
namespace {

constexpr int kIdRole = Qt::UserRole;
// What the completer matches: the name, the same folded (no accents) and
// the id, so "mexico", "México" and "America/Mexico" all find it.
constexpr int kSearchRole = Qt::UserRole + 1;

// Puts the chosen name in the field, not the text it was matched on.
class NameCompleter final : public QCompleter {
public:
    using QCompleter::QCompleter;
    QString pathFromIndex(const QModelIndex &index) const override { return index.data(Qt::DisplayRole).toString(); }
};

void addZone(QComboBox *combo, const QString &id, const QString &label)
{
    combo->addItem(label, id);
    const QString search = label + u' ' + domain::foldForSearch(label) + u' ' + id;
    combo->setItemData(combo->count() - 1, search, kSearchRole);
}

} // namespace

void fillTimeZones(QComboBox *combo, const QString &current)
{
    QSet<QString> named;
    for (const TimeZoneNames::Zone &zone : TimeZoneNames::market()) {
        addZone(combo, zone.id, zone.label);
        named.insert(zone.id);
    }
    combo->insertSeparator(combo->count());
    for (const QByteArray &raw : QTimeZone::availableTimeZoneIds()) {
        const QString id = QString::fromUtf8(raw);
        if (!named.contains(id))
            addZone(combo, id, id);
    }
    combo->setInsertPolicy(QComboBox::NoInsert);
    auto *completer = new NameCompleter(combo->model(), combo);
    completer->setCompletionRole(kSearchRole);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    combo->setCompleter(completer);
    const int at = combo->findData(current, kIdRole);
    if (at >= 0)
        combo->setCurrentIndex(at);
    else
        combo->setCurrentText(current);
}

QString chosenTimeZone(const QComboBox *combo)
{
    const QString typed = combo->currentText().trimmed();
    const int at = combo->findText(typed, Qt::MatchFixedString);
    if (at >= 0 && !combo->itemData(at, kIdRole).toString().isEmpty())
        return combo->itemData(at, kIdRole).toString();
    return typed;
}

} // namespace libreta::ui
