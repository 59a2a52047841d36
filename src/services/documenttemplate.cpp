#include "services/documenttemplate.h"

namespace libreta::services {
namespace {

using Row = QHash<QString, QString>;

QString lookup(const QString &name, const Row *row, const TemplateValues &values)
{
    if (row) {
        const auto it = row->constFind(name);
        if (it != row->constEnd())
            return it.value();
    }
    return values.fields.value(name);
}

QString render(QStringView text, const Row *row, const TemplateValues &values)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(u"{{", i);
        if (open < 0) {
            out += text.mid(i);
            break;
        }
        out += text.mid(i, open - i);
        const qsizetype close = text.indexOf(u"}}", open + 2);
        if (close < 0) {
            out += text.mid(open);
            break;
        }
        const QString tag = text.mid(open + 2, close - open - 2).trimmed().toString();
        if (tag.startsWith(u'#') || tag.startsWith(u'^')) {
            const bool inverted = tag.startsWith(u'^');
            const QString name = tag.mid(1).trimmed();
            const QString end = QStringLiteral("{{/") + name + QStringLiteral("}}");
            const qsizetype endAt = text.indexOf(end, close + 2);
            if (endAt < 0) {
                out += text.mid(open, close + 2 - open);
                i = close + 2;
                continue;
            }
            const QStringView inner = text.mid(close + 2, endAt - close - 2);
            const auto list = values.lists.constFind(name);
            if (list != values.lists.constEnd()) {
                if (inverted) {
                    if (list->isEmpty())
                        out += render(inner, row, values);
                } else {
                    for (const Row &item : *list)
                        out += render(inner, &item, values);
                }
            } else {
                const bool filled = !lookup(name, row, values).isEmpty();
                if (filled != inverted)
                    out += render(inner, row, values);
            }
            i = endAt + end.size();
            continue;
        }
        // A value's own line breaks (an address, payment instructions) stay.
        out += lookup(tag, row, values).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        i = close + 2;
    }
    return out;
}

} // namespace

QString fillTemplate(const QString &html, const TemplateValues &values) { return render(html, nullptr, values); }

} // namespace libreta::services
