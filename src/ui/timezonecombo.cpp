#include "ui/timezonecombo.h"

#include <QComboBox>
#include <QCompleter>
#include <QTimeZone>

namespace libreta::ui {

void fillTimeZones(QComboBox *combo, const QString &current)
{
    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zones << QString::fromUtf8(id);
    combo->addItems(zones);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    combo->setCurrentText(current);
}

} // namespace libreta::ui
