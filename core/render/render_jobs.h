// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <future>
#include <vector>

namespace crossroads {

// Work one render hands to another thread. A layer whose overlay is not
// yet drawn (a new view, the first frame) draws it beside the layers under
// it and waits for it when its turn comes. Jobs run one after the other, in
// the order started, beside the render's own thread: two threads for two
// cores, rather than jobs and render taking turns on them. All of it has
// ended when the render returns, whatever happened: a job only ever touches
// its own overlay and what it was given.
class RenderJobs
{
public:
    RenderJobs() = default;
    RenderJobs(const RenderJobs &) = delete;
    RenderJobs &operator=(const RenderJobs &) = delete;
    ~RenderJobs() { waitForAll(); }

    // Starts `work` on another thread once the jobs started before it are
    // done; wait on the result before using what it draws (get() hands on
    // what it threw).
    std::shared_future<void> start(std::function<void()> work);
    void waitForAll();

private:
    std::vector<std::shared_future<void>> m_started;
    std::shared_future<void> m_last;
};

} // namespace crossroads
