// SPDX-License-Identifier: GPL-3.0-or-later
// Big pages for the start's heap: memory first touched after enabling them
// takes a fault per 2 MiB, not per 4 KiB. Each case runs in a process of
// its own (a death test's child), since the change holds for the whole
// process.
#include "util/big_pages.h"

#include <QFile>

#include <gtest/gtest.h>
#include <sys/resource.h>

#include <cstdlib>
#include <cstring>
#include <thread>
#include <vector>

using namespace crossroads;

namespace {

// glibc's malloc serves the heap (a sanitizer's allocator does not use it)
// and the kernel offers big pages.
bool kernelHasBigPages()
{
#if defined(__SANITIZE_ADDRESS__)
    return false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return false;
#endif
#endif
    QFile f(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
    return f.open(QIODevice::ReadOnly) && !f.readAll().contains("[never]");
}

long faultsSoFar()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return usage.ru_minflt;
}

// Faults taken to allocate and first write 32 MiB in blocks of 256 KiB, the
// size of a ring buffer or a band of pixels (each below malloc's own
// threshold for a mapping of its own).
long faultsToFill32MiB()
{
    constexpr std::size_t kBlock = 256 << 10, kBlocks = 128;
    std::vector<void *> blocks;
    const long before = faultsSoFar();
    for (std::size_t i = 0; i < kBlocks; ++i) {
        blocks.push_back(std::malloc(kBlock));
        std::memset(blocks.back(), 1, kBlock);
    }
    const long faults = faultsSoFar() - before;
    for (void *b : blocks)
        std::free(b);
    return faults;
}

// The same on a new thread that marks its heap first, as the loader and
// the render's helpers do. A new thread is given the second heap, not the
// main thread's.
long faultsToFill32MiBOnAThread()
{
    long faults = 0;
    std::thread([&faults] {
        bigPages::adoptThisThread();
        faults = faultsToFill32MiB();
    }).join();
    return faults;
}

// In 4 KiB pages the fill takes 8,192 faults; in 2 MiB pages a few dozen,
// plus what comes from heap the test program had in small pages already.
constexpr long kFewFaults = 8192 / 4;

// Each case in a child process of its own, where the kernel and the
// allocator can give big pages at all.
class BigPagesDeathTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!kernelHasBigPages())
            GTEST_SKIP() << "no glibc heap, or no transparent huge pages";
        GTEST_FLAG_SET(death_test_style, "threadsafe");
    }
};

} // namespace

// Mutation tried: no madvise on the main heap -> 8,200 faults, the child
// exits 1.
TEST_F(BigPagesDeathTest, TheMainHeapIsServedInBigPages)
{
    EXPECT_EXIT(
        {
            const bool marked = bigPages::enableForProcess();
            const long faults = faultsToFill32MiB();
            std::fprintf(stderr, "marked %d, faults %ld\n", int(marked), faults);
            std::exit(marked && faults < kFewFaults ? 0 : 1);
        },
        ::testing::ExitedWithCode(0), "");
}

// The heap the other threads share: it too.
// Mutation tried: adoptThisThread() doing nothing -> 8,200 faults.
TEST_F(BigPagesDeathTest, AThreadsOwnHeapIsServedInBigPages)
{
    EXPECT_EXIT(
        {
            bigPages::enableForProcess();
            const long faults = faultsToFill32MiBOnAThread();
            std::fprintf(stderr, "faults %ld\n", faults);
            std::exit(faults < kFewFaults ? 0 : 1);
        },
        ::testing::ExitedWithCode(0), "");
}

// Without enableForProcess() (the command line, the tests), nothing
// changes: a thread's heap keeps small pages.
TEST_F(BigPagesDeathTest, NothingChangesUnlessEnabled)
{
    EXPECT_EXIT(
        {
            const long faults = faultsToFill32MiBOnAThread();
            std::fprintf(stderr, "faults %ld\n", faults);
            std::exit(faults >= kFewFaults ? 0 : 1);
        },
        ::testing::ExitedWithCode(0), "");
}
