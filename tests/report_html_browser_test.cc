// The HTML report of the shipped examples opened in a real headless browser (Debian's chromium,
// installed by ci/install-browser.sh), with every network feature off and a fresh profile: the
// page parses as we wrote it and renders to a screenshot (kept for a person to look at).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "tests/cli_support.h"
#include "util/file.h"

namespace notecheck::testing {
namespace {

namespace fs = std::filesystem;

std::string chromium() {
  for (const char* p : {"/usr/bin/chromium", "/usr/bin/chromium-browser"})
    if (fs::exists(p)) return p;
  return "";
}

std::string browser_command(const std::string& dir, const std::string& what) {
  return "timeout 120 '" + chromium() +
         "' --headless --no-sandbox --disable-gpu --disable-background-networking "
         "--disable-component-update --disable-sync --no-first-run --no-default-browser-check "
         "--disable-extensions --user-data-dir='" +
         dir + "/profile' " + what;
}

TEST(ReportHtmlBrowser, RendersTheExamplesReport) {
  if (chromium().empty()) {
    if (std::getenv("CI")) FAIL() << "chromium is missing: ci/test.sh runs ci/install-browser.sh";
    GTEST_SKIP() << "chromium is not installed; run: bash ci/install-browser.sh";
  }
  std::string dir = scratch_dir("html_browser", /*keep=*/true);  // the screenshot stays
  CommandResult r = run_notecheck("check --format html -o '" + dir +
                                  "/report.html' examples/basics.md examples/plain_notes.txt "
                                  "examples/runaway.md --timeout 2");
  ASSERT_EQ(r.exit_code, 1) << r.err;
  std::string url = "file://" + dir + "/report.html";

  // The DOM as the browser built it: our structure survived parsing.
  CommandResult dom = shell_in(dir, browser_command(dir, "--dump-dom '" + url + "'"));
  ASSERT_EQ(dom.exit_code, 0) << dom.err;
  EXPECT_NE(dom.out.find("<h1>notecheck report</h1>"), std::string::npos) << dom.out.substr(0, 500);
  size_t cards = 0;
  for (size_t at = dom.out.find("<article"); at != std::string::npos;
       at = dom.out.find("<article", at + 1))
    ++cards;
  auto json =
      check_json("examples/basics.md examples/plain_notes.txt examples/runaway.md --timeout 2");
  size_t shown = 0;
  for (const auto& c : json["claims"]) {
    std::string v = c["verdict"];
    shown += v == "wrong" || v == "mode-dependent" || v == "nondeterministic" || v == "error";
  }
  EXPECT_EQ(cards, shown);
  EXPECT_NE(dom.out.find("class=\"l hl\""), std::string::npos);  // highlighted claim lines

  // The screenshot: a real PNG of the requested width.
  std::string png = dir + "/report.png";
  CommandResult shot = shell_in(dir, browser_command(dir,
                                                     "--hide-scrollbars --window-size=1280,2400 "
                                                     "--screenshot='" +
                                                         png + "' '" + url + "'"));
  ASSERT_EQ(shot.exit_code, 0) << shot.err;
  std::string bytes = read_file(png).value_or("");
  ASSERT_GT(bytes.size(), 20000u) << "an empty page compresses to almost nothing";
  ASSERT_EQ(bytes.substr(0, 8), "\x89PNG\r\n\x1a\n");
  auto be32 = [&](size_t at) {
    return (static_cast<unsigned char>(bytes[at]) << 24) |
           (static_cast<unsigned char>(bytes[at + 1]) << 16) |
           (static_cast<unsigned char>(bytes[at + 2]) << 8) |
           static_cast<unsigned char>(bytes[at + 3]);
  };
  EXPECT_EQ(be32(16), 1280u);  // IHDR width
  std::cout << "screenshot: " << png << "\n";
}

}  // namespace
}  // namespace notecheck::testing
