#include "services/importsource.h"

#include "csv/encoding.h"
#include "csv/readahead.h"
#include "services/inputerror.h"

namespace libreta::services {
namespace {

constexpr int kHeaderSearchRecords = 40;

csv::DelimitedFile open(const QString &path, const ImportFormat &format)
{
    try {
        return csv::DelimitedFile(path, csv::ReadOptions{format.encoding, format.delimiter});
    } catch (const csv::ParseError &e) {
        throw InputError(QStringLiteral("file"), e.message());
    }
}

int knownTitles(ImportKind kind, const csv::Record &r)
{
    int n = 0;
    for (int i = 0; i < r.size(); ++i) {
        const QString folded = ImportFields::foldHeader(ImportSource::cellText(r.cell(i)));
        if (folded.isEmpty())
            continue;
        for (const ImportField &f : ImportFields::of(kind))
            if (folded == ImportFields::foldHeader(f.name) || f.synonyms.contains(folded)) {
                ++n;
                break;
            }
    }
    return n;
}

int nonEmpty(const csv::Record &r)
{
    int n = 0;
    for (int i = 0; i < r.size(); ++i)
        n += r.cell(i).isEmpty() ? 0 : 1;
    return n;
}

} // namespace

QString ImportSource::cellText(QByteArrayView utf8) { return QString::fromUtf8(utf8).trimmed(); }

ImportSource::ImportSource(const QString &path, ImportKind kind, const ImportFormat &format)
    : m_file(open(path, format))
{
    findHeader(kind, format.headerLine);
}

void ImportSource::findHeader(ImportKind kind, std::optional<qint64> chosen)
{
    struct Candidate {
        qint64 line;
        QStringList cells;
        int known;
        int filled;
    };
    QList<Candidate> seen;
    try {
        m_file.read([&](const csv::Record &r) {
            if (r.isBlank())
                return true;
            if (chosen && r.line() < *chosen)
                return true;
            QStringList cells;
            for (int i = 0; i < r.trimmedSize(); ++i)
                cells << cellText(r.cell(i));
            seen.append({r.line(), cells, knownTitles(kind, r), nonEmpty(r)});
            return !chosen && seen.size() < kHeaderSearchRecords;
        });
    } catch (const csv::ParseError &e) {
        // A header that is read before the malformed part is still found;
        // the rows report the error when they are read.
        if (seen.isEmpty())
            throw InputError(QStringLiteral("file"), e.message());
    }
    if (seen.isEmpty())
        throw InputError(QStringLiteral("file"), tr("The file has no rows: it is blank."));

    const Candidate *header = nullptr;
    if (chosen) {
        if (seen.first().line != *chosen)
            throw InputError(QStringLiteral("header"),
                             tr("Line %1 is blank or past the end of the file; choose the line with the column titles.")
                                 .arg(*chosen));
        header = &seen.first();
    } else {
        m_headerDetected = true;
        // The first line with two titles the importer knows; failing that,
        // the first with as many cells as the lines below it (a title line
        // above the table fills one cell).
        for (const Candidate &c : std::as_const(seen))
            if (c.known >= 2) {
                header = &c;
                break;
            }
        if (!header) {
            int widest = 0;
            for (const Candidate &c : std::as_const(seen))
                widest = std::max(widest, c.filled);
            for (const Candidate &c : std::as_const(seen))
                if (c.filled >= 2 && c.filled * 2 >= widest) {
                    header = &c;
                    break;
                }
        }
        if (!header)
            header = &seen.first();
    }
    m_headerLine = header->line;
    m_headers = header->cells;
    for (int i = 0; i < m_headers.size(); ++i)
        if (m_headers[i].isEmpty())
            m_headers[i] = tr("Column %1").arg(i + 1);
}

void ImportSource::readRows(const csv::Parser::Handler &handler, const csv::DelimitedFile::Progress &progress) const
{
    try {
        m_file.read(dataRows(handler), progress);
    } catch (const csv::ParseError &e) {
        throw InputError(QStringLiteral("file"), e.message());
    }
}

void ImportSource::readAllRowsAhead(const csv::Parser::Handler &handler,
                                    const csv::DelimitedFile::Progress &progress) const
{
    try {
        csv::readAhead(m_file, dataRows(handler), progress);
    } catch (const csv::ParseError &e) {
        throw InputError(QStringLiteral("file"), e.message());
    }
}

csv::Parser::Handler ImportSource::dataRows(const csv::Parser::Handler &handler) const
{
    return [this, &handler](const csv::Record &r) {
        if (r.line() <= m_headerLine || r.isBlank())
            return true;
        return handler(r);
    };
}

QList<SourceRow> ImportSource::firstRows(int count) const
{
    QList<SourceRow> rows;
    if (count <= 0)
        return rows;
    try {
        readRows([&](const csv::Record &r) {
            SourceRow row{r.line(), {}};
            for (int i = 0; i < r.size(); ++i)
                row.cells << cellText(r.cell(i));
            rows.append(row);
            return rows.size() < count;
        });
    } catch (const InputError &) {
        // A malformed tail does not hide the rows before it from the preview.
    }
    return rows;
}

QList<SourceRow> ImportSource::firstLines(int count) const
{
    QList<SourceRow> rows;
    try {
        m_file.read([&](const csv::Record &r) {
            SourceRow row{r.line(), {}};
            for (int i = 0; i < r.trimmedSize(); ++i)
                row.cells << cellText(r.cell(i));
            rows.append(row);
            return rows.size() < count;
        });
    } catch (const csv::ParseError &) {
    }
    return rows;
}

} // namespace libreta::services
