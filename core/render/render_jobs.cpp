// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/render_jobs.h"

#include "util/big_pages.h"

#include <system_error>

namespace crossroads {

std::shared_future<void> RenderJobs::start(std::function<void()> work)
{
    std::shared_future<void> started;
    try {
        started = std::async(std::launch::async, [previous = m_last, work] {
                      bigPages::adoptThisThread();
                      if (previous.valid())
                          previous.wait();  // what it threw is for its own waiter
                      work();
                  }).share();
    } catch (const std::system_error &) {
        // No thread to be had: the work is done here, now, after the rest.
        if (m_last.valid())
            m_last.wait();
        std::promise<void> done;
        try {
            work();
            done.set_value();
        } catch (...) {
            done.set_exception(std::current_exception());
        }
        started = done.get_future().share();
    }
    m_started.push_back(started);
    m_last = started;
    return started;
}

void RenderJobs::waitForAll()
{
    for (const std::shared_future<void> &job : m_started)
        job.wait();
    m_started.clear();
    m_last = {};
}

} // namespace crossroads
