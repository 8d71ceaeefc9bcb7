#include "util/forked_call.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <stdexcept>

namespace notecheck {
namespace {

using namespace std::chrono_literals;
constexpr std::chrono::milliseconds kLong = 60s;  // never reached when the child reports

TEST(ForkedCall, HandsBackWhatTheChildComputedFromTheParentsData) {
  std::string big(300000, 'x');  // larger than a pipe's buffer
  big += std::to_string(::getpid());
  ForkedCall call([&] { return big + (::getpid() == std::stoi(big.substr(300000)) ? "!" : "?"); });
  ASSERT_TRUE(call.started());
  std::optional<std::string> got = call.wait(kLong);
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(got->size(), big.size() + 1);
  EXPECT_EQ(got->back(), '?');  // computed in another process, from the parent's string
}

TEST(ForkedCall, AChildThatThrowsOrCrashesIsAFailureNotAnEmptyResult) {
  ForkedCall throws([]() -> std::string { throw std::runtime_error("no"); });
  std::string error;
  EXPECT_FALSE(throws.wait(kLong, &error).has_value());
  EXPECT_EQ(error, "the child failed (exit status 1)");

  ForkedCall crashes([]() -> std::string {
    std::raise(SIGSEGV);
    return "unreachable";
  });
  EXPECT_FALSE(crashes.wait(kLong, &error).has_value());
  EXPECT_EQ(error, "the child was killed by signal 11");
}

TEST(ForkedCall, AnEmptyResultIsAResult) {
  ForkedCall call([] { return std::string(); });
  std::optional<std::string> got = call.wait(kLong);
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ(*got, "");
}

TEST(ForkedCall, AChildThatDoesNotFinishInTimeIsAFailureAndIsKilled) {
  pid_t child = 0;
  {
    ForkedCall call([]() -> std::string {
      ::pause();
      return "";
    });
    child = call.pid();
    std::string error;
    EXPECT_FALSE(call.wait(200ms, &error).has_value());
    EXPECT_EQ(error, "the child did not finish within 0.2 s");
  }
  EXPECT_EQ(::waitpid(child, nullptr, WNOHANG), -1);  // killed and reaped
}

TEST(ForkedCall, HooksRunAroundTheFork) {
  std::string order;
  ForkHooks hooks{[&] { order += "before "; }, [&] { order += "parent "; },
                  [&] { order += "child "; }};
  ForkedCall call([&] { return order; }, hooks);  // the child's copy, after its hook
  EXPECT_EQ(call.wait(kLong).value_or("?"), "before child ");
  EXPECT_EQ(order, "before parent ");
}

TEST(ForkedCall, AChildNotWaitedForIsKilledAndReaped) {
  pid_t child = 0;
  {
    ForkedCall call([]() -> std::string {
      ::pause();
      return "";
    });
    ASSERT_TRUE(call.started());
    child = call.pid();
  }
  // Reaped by the destructor: not even a zombie is left under that pid.
  EXPECT_EQ(::waitpid(child, nullptr, WNOHANG), -1);
  EXPECT_EQ(errno, ECHILD);
}

}  // namespace
}  // namespace notecheck
