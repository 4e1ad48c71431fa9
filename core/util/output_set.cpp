// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/output_set.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace crossroads {
namespace {

qint64 envNumber(const char *name)
{
    bool ok = false;
    const qint64 value = qEnvironmentVariable(name).toLongLong(&ok);
    return ok ? value : -1;
}

std::atomic<qint64> &writeLimit()
{
    static std::atomic<qint64> limit{envNumber("CROSSROADS_TEST_FAIL_WRITE_AFTER")};
    return limit;
}

std::atomic<qint64> &stagedBytes()
{
    static std::atomic<qint64> written{0};
    return written;
}

std::atomic<int> &renameToFail()
{
    static std::atomic<int> index{int(envNumber("CROSSROADS_TEST_FAIL_RENAME"))};
    return index;
}

std::atomic<int> &renamesDone()
{
    static std::atomic<int> done{0};
    return done;
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// A temporary file whose every write passes the test hook, so a test can
// make the disk "full" after any number of bytes.
class StagedFile : public QFile
{
public:
    using QFile::QFile;
    // Streaming writers (PDF, SVG) do not check every write: remember it.
    bool failed() const { return m_failed || error() != QFileDevice::NoError; }

protected:
    qint64 writeData(const char *data, qint64 length) override
    {
        const qint64 limit = writeLimit().load();
        if (limit >= 0 && stagedBytes().fetch_add(length) + length > limit) {
            setErrorString(systemError(ENOSPC));
            m_failed = true;
            return -1;
        }
        const qint64 written = QFile::writeData(data, length);
        m_failed = m_failed || written != length;
        return written;
    }

private:
    bool m_failed = false;
};

// The file's own path when it is a symbolic link: the link stays, what it
// points to is replaced.
QString resolved(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink()) {
        const QString target = info.symLinkTarget();
        if (!target.isEmpty())
            return target;
    }
    return info.absoluteFilePath();
}

// A mkstemp pattern for a hidden file beside `path`, named after it when
// the name leaves room (a long name would pass the 255-byte limit).
QByteArray hiddenBeside(const QString &path, const char *what)
{
    const QFileInfo info(path);
    QByteArray name = "." + QFile::encodeName(info.fileName()) + what + ".XXXXXX";
    if (name.size() > 255)
        name = QByteArray(".crossroads") + what + ".XXXXXX";
    return QFile::encodeName(info.absolutePath()) + "/" + name;
}

} // namespace

struct OutputSet::Entry
{
    QString target;   // what the user named
    QString path;     // where the bytes go (a link's target)
    QString temporary;
    QString backup;   // a hard link to the old file while committing
    int fd = -1;
    std::unique_ptr<StagedFile> file;
    bool renamed = false;
};

OutputSet::OutputSet() = default;

OutputSet::~OutputSet()
{
    discard();
}

void OutputSet::failWritesAfter(qint64 bytes)
{
    stagedBytes().store(0);
    writeLimit().store(bytes);
}

void OutputSet::failRename(int index)
{
    renamesDone().store(0);
    renameToFail().store(index);
}

std::optional<Error> OutputSet::checkTarget(const QString &path)
{
    if (path.isEmpty())
        return Error{path, {}, QStringLiteral("no output file named")};
    const QFileInfo info(path);
    if (!QFileInfo(info.absolutePath()).isDir())
        return Error{path, {}, QStringLiteral("the folder %1 does not exist").arg(info.absolutePath())};
    struct stat st {};
    if (::stat(QFile::encodeName(info.absoluteFilePath()).constData(), &st) != 0)
        return std::nullopt;  // absent (or a dangling link): created new
    if (S_ISDIR(st.st_mode))
        return Error{path, {}, QStringLiteral("is a folder, not a file; name a file to write")};
    if (!S_ISREG(st.st_mode))
        return Error{path, {}, QStringLiteral("is a device, pipe or other special file; exports are written only to regular files")};
    return std::nullopt;
}

Result<QIODevice *> OutputSet::stage(const QString &target)
{
    if (auto problem = checkTarget(target))
        return *problem;
    for (const auto &e : m_entries)
        if (e->target == target)
            return Error{target, {}, QStringLiteral("named twice in one output")};
    auto entry = std::make_unique<Entry>();
    entry->target = target;
    entry->path = resolved(target);
    const QFileInfo info(entry->path);
    QByteArray name = hiddenBeside(entry->path, "");
    entry->fd = ::mkstemp(name.data());
    if (entry->fd < 0)
        return Error{target, {}, QStringLiteral("cannot write in %1: %2").arg(info.absolutePath(), systemError(errno))};
    entry->temporary = QFile::decodeName(name);
    // mkstemp creates 0600: give the new file the old one's permissions,
    // or the usual ones for a new file.
    struct stat st {};
    mode_t mode = 0;
    if (::stat(QFile::encodeName(entry->path).constData(), &st) == 0) {
        mode = st.st_mode & 07777;
    } else {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        mode = 0666 & ~mask;
    }
    ::fchmod(entry->fd, mode);
    entry->file = std::make_unique<StagedFile>();
    if (!entry->file->open(entry->fd, QIODevice::WriteOnly, QFileDevice::DontCloseHandle)) {
        ::close(entry->fd);
        ::unlink(name.constData());
        return Error{target, {}, QStringLiteral("cannot write: %1").arg(entry->file->errorString())};
    }
    QIODevice *device = entry->file.get();
    m_entries.push_back(std::move(entry));
    return device;
}

std::optional<Error> OutputSet::add(const QString &path, const QByteArray &bytes)
{
    Result<QIODevice *> device = stage(path);
    if (!device)
        return device.error();
    if (device.value()->write(bytes) != bytes.size())
        return Error{path, {}, QStringLiteral("cannot write: %1").arg(device.value()->errorString())};
    return std::nullopt;
}

std::optional<Error> OutputSet::commit()
{
    // By value: discard() destroys the entry the name came from.
    auto fail = [this](QString path, const QString &why) {
        discard();
        return Error{path, {}, QStringLiteral("cannot write: %1; nothing was changed").arg(why)};
    };
    // 1. Everything on disk before anything is replaced.
    for (const auto &e : m_entries) {
        if (e->file->failed() || !e->file->flush())
            return fail(e->target, e->file->errorString());
        e->file->close();
        if (::fsync(e->fd) != 0 || ::close(e->fd) != 0) {
            const int error = errno;
            e->fd = -1;
            return fail(e->target, systemError(error));
        }
        e->fd = -1;
    }
    // 2. Keep a second name for each old file, so a failed rename further
    // on can put every earlier one back.
    for (const auto &e : m_entries) {
        const QByteArray path = QFile::encodeName(e->path);
        if (::access(path.constData(), F_OK) != 0)
            continue;
        QByteArray name = hiddenBeside(e->path, ".old");
        const int fd = ::mkstemp(name.data());
        if (fd < 0)
            return fail(e->target, systemError(errno));
        ::close(fd);
        ::unlink(name.constData());
        if (::link(path.constData(), name.constData()) == 0)
            e->backup = QFile::decodeName(name);
        // Without hard links (some file systems) the set is still replaced
        // file by file, only without the way back.
    }
    // 3. The renames.
    for (const auto &e : m_entries) {
        const int index = renamesDone().fetch_add(1);
        const bool injected = renameToFail().load() >= 0 && index == renameToFail().load();
        if (injected || ::rename(QFile::encodeName(e->temporary).constData(), QFile::encodeName(e->path).constData()) != 0) {
            const QString why = systemError(injected ? EIO : errno);
            for (const auto &done : m_entries) {
                if (!done->renamed)
                    continue;
                if (!done->backup.isEmpty())
                    ::rename(QFile::encodeName(done->backup).constData(), QFile::encodeName(done->path).constData());
                else
                    ::unlink(QFile::encodeName(done->path).constData());
                done->backup.clear();
                done->renamed = false;
            }
            return fail(e->target, why);
        }
        e->renamed = true;
        e->temporary.clear();
    }
    // 4. Done: the old files' second names go, and the folders' entries are
    // made durable too.
    QStringList folders;
    for (const auto &e : m_entries) {
        if (!e->backup.isEmpty())
            ::unlink(QFile::encodeName(e->backup).constData());
        e->backup.clear();
        const QString folder = QFileInfo(e->path).absolutePath();
        if (!folders.contains(folder))
            folders << folder;
    }
    for (const QString &folder : folders) {
        const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
        if (fd >= 0) {
            ::fsync(fd);
            ::close(fd);
        }
    }
    m_entries.clear();
    return std::nullopt;
}

void OutputSet::discard()
{
    for (const auto &e : m_entries) {
        if (e->file)
            e->file->close();
        if (e->fd >= 0)
            ::close(e->fd);
        if (!e->temporary.isEmpty())
            ::unlink(QFile::encodeName(e->temporary).constData());
        if (!e->backup.isEmpty())
            ::unlink(QFile::encodeName(e->backup).constData());
    }
    m_entries.clear();
}

} // namespace crossroads
