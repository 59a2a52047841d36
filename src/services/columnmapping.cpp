#include "services/columnmapping.h"

namespace libreta::services {

int findColumn(const QStringList &headers, const QString &title)
{
    const QString wanted = ImportFields::foldHeader(title);
    for (qsizetype i = 0; i < headers.size(); ++i)
        if (ImportFields::foldHeader(headers.at(i)) == wanted)
            return int(i);
    return -1;
}

ColumnMapping ColumnMapping::suggest(ImportKind kind, const QStringList &headers)
{
    ColumnMapping m(int(headers.size()));
    const QList<ImportField> &fields = ImportFields::of(kind);
    QStringList folded;
    for (const QString &h : headers)
        folded << ImportFields::foldHeader(h);
    auto taken = [&](const QString &field) { return m.m_fields.contains(field); };

    // A title that is exactly a field's name.
    for (int c = 0; c < folded.size(); ++c)
        for (const ImportField &f : fields)
            if (m.m_fields[c].isEmpty() && !folded[c].isEmpty() && !taken(f.name) &&
                folded[c] == ImportFields::foldHeader(f.name))
                m.m_fields[c] = f.name;
    // Then exactly a synonym, field by field: of two columns that could
    // be the field, the one whose title comes first in its list; then the
    // titles a field takes only when no other field claimed them.
    const auto bySynonyms = [&](const QStringList ImportField::*list) {
        for (const ImportField &f : fields) {
            if (taken(f.name))
                continue;
            int best = -1;
            qsizetype bestRank = 0;
            for (int c = 0; c < folded.size(); ++c) {
                if (!m.m_fields[c].isEmpty() || folded[c].isEmpty())
                    continue;
                const qsizetype rank = (f.*list).indexOf(folded[c]);
                if (rank >= 0 && (best < 0 || rank < bestRank)) {
                    best = c;
                    bestRank = rank;
                }
            }
            if (best >= 0)
                m.m_fields[best] = f.name;
        }
    };
    bySynonyms(&ImportField::synonyms);
    bySynonyms(&ImportField::fallbackSynonyms);
    // A longer title that holds a synonym: the longest synonym found wins.
    for (int c = 0; c < folded.size(); ++c) {
        if (!m.m_fields[c].isEmpty() || folded[c].isEmpty())
            continue;
        QString best;
        qsizetype bestLength = 0;
        for (const ImportField &f : fields) {
            if (taken(f.name))
                continue;
            for (const QString &s : f.synonyms)
                if (s.size() >= 5 && s.size() > bestLength && folded[c].contains(s)) {
                    best = f.name;
                    bestLength = s.size();
                }
        }
        if (!best.isEmpty())
            m.m_fields[c] = best;
    }
    // A file of invoices or payments with no code for its debtors names them
    // by the tax id ("RUT", "NIT"): that column then names the debtor, who is
    // found by it (DebtorSpellings). Last, so a code column wins.
    if (kind != ImportKind::Debtors && !taken(QStringLiteral("debtor_ref"))) {
        const auto taxId = ImportFields::find(ImportKind::Debtors, QStringLiteral("tax_id"));
        for (int c = 0; taxId && c < folded.size(); ++c)
            if (m.m_fields[c].isEmpty() && taxId->synonyms.contains(folded[c])) {
                m.m_fields[c] = QStringLiteral("debtor_ref");
                break;
            }
    }
    return m;
}

QStringList ColumnMapping::titlesFor(ImportKind kind, const QStringList &headers, const QString &field)
{
    const auto f = ImportFields::find(kind, field);
    QStringList titles;
    if (!f)
        return titles;
    for (const QString &title : headers) {
        const QString folded = ImportFields::foldHeader(title);
        if (folded == ImportFields::foldHeader(f->name) || f->synonyms.contains(folded))
            titles << title;
    }
    return titles;
}

void ColumnMapping::setField(int column, const QString &field)
{
    if (column < 0 || column >= m_fields.size())
        return;
    if (!field.isEmpty())
        for (QString &f : m_fields)
            if (f == field)
                f.clear();
    m_fields[column] = field;
}

QString ColumnMapping::apply(ImportKind kind, const QStringList &headers, const QString &spec)
{
    const qsizetype eq = spec.lastIndexOf(u'=');
    if (eq < 0)
        return tr("--map %1: write it as COLUMN=FIELD, for example \"Razón social=name\".").arg(spec);
    const QString title = spec.left(eq).trimmed();
    QString field = spec.mid(eq + 1).trimmed();
    if (field == u"-")
        field.clear();
    int column = findColumn(headers, title);
    if (column < 0) {
        bool isNumber = false;
        const int number = title.toInt(&isNumber);
        if (isNumber && number >= 1 && number <= headers.size())
            column = number - 1;
    }
    if (column < 0)
        return tr("--map %1: the file has no column «%2»; its columns are: %3.")
            .arg(spec, title, headers.join(QStringLiteral(", ")));
    if (!field.isEmpty() && !ImportFields::find(kind, field))
        return tr("--map %1: «%2» is not a field of %3; the fields are: %4.")
            .arg(spec, field, ImportFields::kindName(kind), ImportFields::names(kind).join(QStringLiteral(", ")));
    setField(column, field);
    return {};
}

QStringList ColumnMapping::missingRequired(ImportKind kind) const
{
    QStringList missing;
    for (const QString &f : ImportFields::requiredNames(kind))
        if (!m_fields.contains(f))
            missing << f;
    // Debtors keyed by their tax id alone take it as their reference
    // (RowReader::debtor).
    if (kind == ImportKind::Debtors && m_fields.contains(QStringLiteral("tax_id")))
        missing.removeAll(QStringLiteral("ref"));
    return missing;
}

QJsonObject ColumnMapping::toJson(const QStringList &headers) const
{
    QJsonObject o;
    for (int c = 0; c < m_fields.size() && c < headers.size(); ++c)
        if (!m_fields[c].isEmpty())
            o.insert(headers.at(c), m_fields[c]);
    return o;
}

ColumnMapping ColumnMapping::fromJson(const QJsonObject &json, ImportKind kind, const QStringList &headers,
                                      QStringList *unmatched)
{
    ColumnMapping m(int(headers.size()));
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString field = it.value().toString();
        if (!ImportFields::find(kind, field))
            continue;
        const int c = findColumn(headers, it.key());
        if (c < 0) {
            if (unmatched)
                unmatched->append(it.key());
            continue;
        }
        m.setField(c, field);
    }
    return m;
}

} // namespace libreta::services
