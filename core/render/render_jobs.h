// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <future>
#include <vector>

namespace crossroads {

// Work one render hands to other threads. A layer whose overlay is not yet
// drawn (a new view, the first frame) draws it beside the layers under it
// and waits for it when its turn comes; on two cores the names and borders
// of a first frame then cost no time of their own. All of it has ended
// when the render returns, whatever happened: a job only ever touches its
// own overlay and what it was given.
class RenderJobs
{
public:
    RenderJobs() = default;
    RenderJobs(const RenderJobs &) = delete;
    RenderJobs &operator=(const RenderJobs &) = delete;
    ~RenderJobs() { waitForAll(); }

    // Starts `work` on another thread; wait on the result before using
    // what it draws (get() hands on what it threw).
    std::shared_future<void> start(std::function<void()> work);
    void waitForAll();

private:
    std::vector<std::shared_future<void>> m_started;
};

} // namespace crossroads
