// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace crossroads {

// Files that only make sense together (an image and its sidecars, a frame
// and its georeferencing, a notes file) written all or nothing. Every file
// is first written to a temporary file in its target's folder and synced;
// commit() then renames each over its target. If anything fails, the
// temporary files are removed and every old target is left (or put back)
// exactly as it was. Targets that are not regular files (devices, FIFOs,
// folders) are refused, never replaced.
class OutputSet
{
public:
    OutputSet();
    ~OutputSet();  // removes whatever was staged but not committed
    OutputSet(const OutputSet &) = delete;
    OutputSet &operator=(const OutputSet &) = delete;

    // Whether `path` may be written: its folder exists and it is absent or
    // a regular file (a symbolic link counts as what it points to).
    static std::optional<Error> checkTarget(const QString &path);

    // A device writing the temporary file for `path`; valid until commit()
    // or discard(). Writers that stream (PDF, SVG) write into it.
    Result<QIODevice *> stage(const QString &path);
    // Stages `bytes` as the whole content of `path`.
    std::optional<Error> add(const QString &path, const QByteArray &bytes);

    // Syncs every staged file, then renames each over its target; on a
    // failure rolls back what was already renamed.
    std::optional<Error> commit();
    void discard();

    // Test hooks: make writes fail once `bytes` have been written in this
    // process (as a full disk would), or make the n-th rename (0-based)
    // fail. Negative disables. The environment variables
    // CROSSROADS_TEST_FAIL_WRITE_AFTER and CROSSROADS_TEST_FAIL_RENAME set
    // the same for a whole process, so command-line tests can use them.
    static void failWritesAfter(qint64 bytes);
    static void failRename(int index);

private:
    struct Entry;
    std::vector<std::unique_ptr<Entry>> m_entries;
};

} // namespace crossroads
