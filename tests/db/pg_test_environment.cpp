// SPDX-License-Identifier: GPL-3.0-or-later
// Stops the test server once every test of the process ran, passed or
// failed, while the application still exists. (Should the process end
// otherwise, the server object's static destructor stops it.)
#include "pg_test_server.h"

#include <gtest/gtest.h>

namespace crossroads::test {
namespace {

class Environment : public ::testing::Environment
{
public:
    void TearDown() override { PgTestServer::shutdown(); }
};
[[maybe_unused]] ::testing::Environment *const environment = ::testing::AddGlobalTestEnvironment(new Environment);

} // namespace
} // namespace crossroads::test
