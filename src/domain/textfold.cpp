#include "domain/textfold.h"

#include <QStringList>

#include <algorithm>

namespace libreta::domain {

QString foldForSearch(QStringView text)
{
    // NFD splits "é" into "e" + a combining accent, which is then dropped.
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (QChar c : decomposed) {
        const QChar::Category cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Other_Format)
            continue;  // accents, and invisible marks such as a soft hyphen inside a word
        if (c.isSpace() || c.isPunct() || cat == QChar::Other_Control) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(u' ');
            pendingSpace = false;
        }
        out.append(c);
    }
    // Case folding, not lower-casing: it is meant for comparing text.
    return out.toCaseFolded();
}

QString phoneDigits(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        if (c >= u'0' && c <= u'9')
            out.append(c);
    return out;
}

QString referenceNumberWithoutZeros(QStringView reference)
{
    const QStringView ref = reference.trimmed();
    if (ref.isEmpty() || ref.front() != u'0')
        return {};
    for (QChar c : ref)
        if (c < u'0' || c > u'9')
            return {};
    qsizetype first = 0;
    while (first < ref.size() && ref[first] == u'0')
        ++first;
    return ref.mid(first).toString();
}

QStringList extraSearchWords(QStringView reference, QStringView taxId)
{
    const QStringList referenceWords = foldForSearch(reference).split(u' ', Qt::SkipEmptyParts);
    const QStringList taxWords = foldForSearch(taxId).split(u' ', Qt::SkipEmptyParts);
    QStringList out;
    const auto add = [&](const QString &word) {
        if (!word.isEmpty() && !referenceWords.contains(word) && !taxWords.contains(word) && !out.contains(word))
            out << word;
    };
    add(referenceNumberWithoutZeros(reference));
    // Letters, then separators, then the digits: the number is the digits.
    const QStringView ref = reference.trimmed();
    qsizetype at = 0;
    while (at < ref.size() && ref[at].isLetter())
        ++at;
    const qsizetype lettersEnd = at;
    while (at < ref.size() && (ref[at].isPunct() || ref[at].isSpace()))
        ++at;
    const QStringView digits = ref.mid(at);
    const bool allDigits = !digits.isEmpty() && std::all_of(digits.begin(), digits.end(), [](QChar c) {
        return c >= u'0' && c <= u'9';
    });
    if (lettersEnd > 0 && allDigits) {
        qsizetype first = 0;
        while (first + 1 < digits.size() && digits[first] == u'0')
            ++first;
        add(digits.mid(first).toString());
    }
    if (taxWords.size() > 1)
        add(taxWords.join(QString()));
    return out;
}

QString invoiceNumberKey(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == u'-' || c == u' ' || c == u'.' || c == u'/' || c == u'_')
            continue;
        // SQLite's upper() changes ASCII letters only: so does this.
        out.append(c >= u'a' && c <= u'z' ? QChar(c.unicode() - (u'a' - u'A')) : c);
    }
    return out;
}

QString invoiceNumberTail(QStringView key)
{
    qsizetype i = 0;
    while (i < key.size() && key[i] >= u'A' && key[i] <= u'Z')
        ++i;
    return key.mid(i).toString();
}

qsizetype invoiceNumberTailUtf8(QByteArrayView number, char *out)
{
    qsizetype length = 0;
    for (const char c : number) {
        if (c == '-' || c == ' ' || c == '.' || c == '/' || c == '_')
            continue;
        const char upper = c >= 'a' && c <= 'z' ? char(c - ('a' - 'A')) : c;
        if (length == 0 && upper >= 'A' && upper <= 'Z')
            continue;  // the series' letters before the first other character
        out[length++] = upper;
    }
    return length;
}

InvoiceNumberSearch invoiceNumberSearch(QStringView typed)
{
    InvoiceNumberSearch search;
    search.key = invoiceNumberKey(typed.trimmed());
    search.tail = invoiceNumberTail(search.key);
    return search;
}

bool InvoiceNumberSearch::applies() const
{
    return tail.size() >= kMinTail && tail.front() >= u'0' && tail.front() <= u'9';
}

bool InvoiceNumberSearch::matches(QStringView number) const
{
    if (!applies())
        return false;
    const QString numberKey = invoiceNumberKey(number);
    return invoiceNumberTail(numberKey).startsWith(tail) && numberKey.contains(key);
}

bool InvoiceNumberSearch::isWhole(QStringView number) const
{
    if (!applies())
        return false;
    const QString numberKey = invoiceNumberKey(number);
    return invoiceNumberTail(numberKey) == tail && numberKey.contains(key);
}

} // namespace libreta::domain
