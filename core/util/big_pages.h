// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace crossroads::bigPages {

// The window's start allocates some tens of megabytes in many pieces on
// several threads (the record, its projected outlines, the first frame).
// Where a page fault is slow (a virtual machine), first touching that
// memory in 4 KiB pages is a large part of the start: about 11,000 faults.
// These ask malloc for its memory in big steps and the kernel to back it
// with 2 MiB pages, as glibc's `glibc.malloc.hugetlb=1` tunable does for a
// process started with it. Hints only: where the kernel has no big pages,
// memory is served as before.

// The heap of the main thread: first thing in the program, before any
// other thread. Returns whether it was marked.
bool enableForProcess();
// The heap of the calling thread, when it is not the main thread's (the
// other threads share a second one): first thing in a thread that
// allocates much. Nothing unless enableForProcess() was called.
void adoptThisThread();

} // namespace crossroads::bigPages
