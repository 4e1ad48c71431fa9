// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/big_pages.h"

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <atomic>
#include <cstdint>
#include <cstdlib>

namespace crossroads::bigPages {
namespace {

constexpr std::uintptr_t kBigPage = std::uintptr_t(2) << 20;
// The heap grows by this much above what is asked for.
constexpr std::size_t kPad = std::size_t(64) << 20;
// Asked for once to grow the heap: with the pad, 80 MiB.
constexpr std::size_t kFirstStep = std::size_t(16) << 20;
// glibc maps each thread's heap as a region of this size, aligned to it
// (HEAP_MAX_SIZE on 64-bit systems). Were it another size, the hint would
// only miss.
constexpr std::uintptr_t kThreadHeap = std::uintptr_t(64) << 20;

std::atomic<bool> g_enabled{false};

std::uintptr_t alignUp(std::uintptr_t p) { return (p + kBigPage - 1) & ~(kBigPage - 1); }
std::uintptr_t programBreak() { return reinterpret_cast<std::uintptr_t>(sbrk(0)); }

} // namespace

bool enableForProcess()
{
    // Blocks below 32 MiB come from the heap (not each from a mapping of
    // its own, in fresh pages), the heap grows 64 MiB at a time, and up to
    // 64 MiB freed at its top stays for the next allocation instead of
    // going back to the kernel.
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TOP_PAD, int(kPad));
    mallopt(M_TRIM_THRESHOLD, int(kPad));
    // Two heaps: the main thread's, and one the other threads share (the
    // loader, PROJ, the render's helpers). A heap's first 2 MiB are
    // touched before it can be marked and stay in small pages; a heap per
    // thread would each start so, and one heap for all would have the
    // window's thread wait on the loader's allocations.
    mallopt(M_ARENA_MAX, 2);
    g_enabled = true;
    // Grow the heap now (malloc writes only the block's header) and mark
    // the new part: the kernel gives big pages on first touch.
    const std::uintptr_t from = alignUp(programBreak());
    void *block = std::malloc(kFirstStep);
    std::free(block);
    const std::uintptr_t to = programBreak() & ~(kBigPage - 1);
    if (block == nullptr || to <= from)
        return false;
    return madvise(reinterpret_cast<void *>(from), to - from, MADV_HUGEPAGE) == 0;
}

void adoptThisThread()
{
    if (!g_enabled)
        return;
    void *probe = std::malloc(1);  // binds the thread to its heap
    if (probe == nullptr)
        return;
    const auto at = reinterpret_cast<std::uintptr_t>(probe);
    std::free(probe);
    // Below the program break: the main heap, marked already.
    if (at < programBreak())
        return;
    (void)madvise(reinterpret_cast<void *>(at & ~(kThreadHeap - 1)), kThreadHeap, MADV_HUGEPAGE);
}

} // namespace crossroads::bigPages
