#pragma once

#include <QString>

#include <stdexcept>

namespace libreta::store {

// A failure the store cannot recover from by itself: the message is already
// translated and safe to show (it never carries debtor data).
class StoreError : public std::runtime_error {
public:
    explicit StoreError(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message) {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

// What a statement SQLite refused means to the person at the desk, from
// SQLite's result code: a damaged file, a full disk, a file that cannot be
// written, another program holding it, each with what to do; SQLite's own
// English text only for the rest (a broken rule, which names no data).
// Nothing of the change was kept, whichever it is.
StoreError sqliteFailure(int resultCode, const QString &sqliteText);

// A statement stopped by Database::interrupt(): nothing it would have
// written was kept, and whoever stopped it no longer wants its answer.
class InterruptedError final : public StoreError {
public:
    InterruptedError();
};

// The database file was written by a newer Libreta and was left untouched.
class NewerSchemaError final : public StoreError {
public:
    NewerSchemaError(int found, int known);
    int found() const { return m_found; }
    int known() const { return m_known; }

private:
    int m_found;
    int m_known;
};

// The file is not a Libreta file: another program's database, or no
// database at all (or one damaged past reading). It was left untouched.
class ForeignFileError final : public StoreError {
public:
    enum class Kind { OtherProgramsData, NotADatabase };
    explicit ForeignFileError(Kind kind);
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

} // namespace libreta::store
