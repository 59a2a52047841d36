#include "csv/delimitedfile.h"

#include "csv/delimiter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace libreta::csv {

DelimitedFile::DelimitedFile(const QString &path, const ReadOptions &options) : m_path(path)
{
    // Said in the program's words: the system's ("No such file or
    // directory", or Spain's "fichero") reached a Peruvian office as is.
    if (!QFileInfo(path).exists())
        throw ParseError(0, tr("There is no file %1; check its name and folder.").arg(QDir::toNativeSeparators(path)));
    if (QFileInfo(path).isDir())
        throw ParseError(0, tr("%1 is a folder; name the file inside it to import.").arg(QDir::toNativeSeparators(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ParseError(0, tr("%1 could not be opened: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    m_size = file.size();
    if (m_size == 0)
        throw ParseError(0, tr("%1 is empty.").arg(QDir::toNativeSeparators(path)));
    const QByteArray raw = file.read(kHeadBytes);
    const EncodingGuess guess = detectEncoding(raw);
    if (options.encoding) {
        m_encoding = *options.encoding;
    } else {
        if (guess.binary)
            throw ParseError(0, tr("%1 is not a text file (it holds binary data); save the spreadsheet as CSV "
                                   "and import that file.")
                                    .arg(QDir::toNativeSeparators(path)));
        m_encoding = guess.encoding;
        m_encodingFromBom = guess.fromBom;
    }
    Utf8Transcoder transcoder(m_encoding);
    transcoder.convert(raw, m_head);
    m_delimiter = options.delimiter ? *options.delimiter : detectDelimiter(m_head);
}

void DelimitedFile::read(const Parser::Handler &handler, const Progress &progress) const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        throw ParseError(0, tr("%1 could not be opened: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()));
    Parser parser(m_delimiter);
    Utf8Transcoder transcoder(m_encoding);
    QByteArray chunk(kChunkBytes, Qt::Uninitialized);
    QByteArray converted;
    qint64 done = 0;
    while (!parser.stopped()) {
        const qint64 n = file.read(chunk.data(), kChunkBytes);
        if (n < 0)
            throw ParseError(0, tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()));
        if (n == 0)
            break;
        const QByteArrayView bytes(chunk.constData(), n);
        if (transcoder.passesThrough()) {
            parser.feed(bytes.sliced(transcoder.bomToSkip(bytes)), handler);
        } else {
            converted.resize(0);
            transcoder.convert(bytes, converted);
            parser.feed(converted, handler);
        }
        done += n;
        if (progress)
            progress(done, m_size);
    }
    if (!parser.stopped())
        parser.finish(handler);
}

} // namespace libreta::csv
