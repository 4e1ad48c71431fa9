// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/render_jobs.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

using namespace crossroads;

// Mutation tried: start() running the work in place — the thread ids match.
TEST(RenderJobs, WorkRunsOnAnotherThread)
{
    RenderJobs jobs;
    std::thread::id ranOn;
    jobs.start([&ranOn] { ranOn = std::this_thread::get_id(); }).get();
    EXPECT_NE(ranOn, std::this_thread::get_id());
}

// A render never returns with a job still drawing into its cache.
// Mutation tried: jobs on detached threads and a destructor that does not
// wait — the flag is still false.
TEST(RenderJobs, NoJobOutlivesItsRender)
{
    std::atomic<bool> finished = false;
    {
        RenderJobs jobs;
        jobs.start([&finished] {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            finished = true;
        });
    }
    EXPECT_TRUE(finished);
}

TEST(RenderJobs, WhatAJobThrowsReachesWhoWaitsForIt)
{
    RenderJobs jobs;
    const std::shared_future<void> job = jobs.start([] { throw std::runtime_error("no memory for the overlay"); });
    EXPECT_THROW(job.get(), std::runtime_error);
}

// One job at a time beside the render's thread, in the order started.
// Mutation tried: not waiting for the job before — the second job starts
// while the first sleeps.
TEST(RenderJobs, JobsRunOneAfterTheOther)
{
    RenderJobs jobs;
    std::atomic<int> done = 0;
    int seenBySecond = -1;
    jobs.start([&done] {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        done = 1;
    });
    jobs.start([&done, &seenBySecond] { seenBySecond = done; }).get();
    EXPECT_EQ(seenBySecond, 1);
}
