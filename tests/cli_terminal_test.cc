// What a person at a terminal sees: the progress bar (only on a terminal, only for runs over a
// second), colour (never with NO_COLOR), and a --help that lists the options by group.
#include <gtest/gtest.h>

#include "tests/cli_support.h"

namespace notecheck::testing {
namespace {

// Runs notecheck under script(1), which gives it a pseudo-terminal; returns what it wrote there.
CommandResult on_terminal(const std::string& args, const std::string& env = "") {
  std::string dir = scratch_dir("tty");
  return shell_in(
      dir, "env " + env + " TERM=xterm script -qec \"'" + binary() + "' " + args + "\" /dev/null");
}

TEST(CliTerminal, ProgressBarOnATerminalForLongRunsOnly) {
  std::string runaway = source_dir() + "/examples/runaway.md";
  CommandResult tty = on_terminal("check --no-cache --timeout 2 '" + runaway + "'");
  EXPECT_NE(tty.out.find("snippet runs"), std::string::npos) << tty.out;
  EXPECT_NE(tty.out.find("\r\x1b[K"), std::string::npos);  // erased before the report

  CommandResult pipe = run_notecheck("check --no-cache --timeout 2 examples/runaway.md");
  EXPECT_EQ(pipe.err.find("snippet runs"), std::string::npos) << pipe.err;
  EXPECT_EQ(pipe.err.find('\x1b'), std::string::npos);
  CommandResult quiet = on_terminal("check -q --no-cache --timeout 2 '" + runaway + "'");
  EXPECT_EQ(quiet.out.find("snippet runs"), std::string::npos) << quiet.out;
}

TEST(CliTerminal, ColourUnlessNoColor) {
  std::string basics = source_dir() + "/examples/basics.md";
  CommandResult colour = on_terminal("check '" + basics + "'");
  EXPECT_NE(colour.out.find("\x1b[31mwrong\x1b[0m"), std::string::npos) << colour.out;
  CommandResult plain = on_terminal("check '" + basics + "'", "NO_COLOR=1");
  EXPECT_EQ(plain.out.find("\x1b[31m"), std::string::npos) << plain.out;
  EXPECT_NE(plain.out.find(": wrong: claimed"), std::string::npos);
  CommandResult forced = run_notecheck("check --color always examples/basics.md");
  EXPECT_NE(forced.out.find("\x1b[31mwrong"), std::string::npos);
}

TEST(CliWatch, ChecksAgainWhenANoteIsSaved) {
  std::string dir = scratch_dir("watch");
  CommandResult w = shell_in(dir,
                             "printf '```python\\nprint(1 + 1)  # 2\\n```\\n' > a.md; "
                             "(sleep 3; printf '```python\\nprint(1 + 1)  # 3\\n```\\n' > a.md) & "
                             "timeout -s INT 8 '" +
                                 binary() + "' check --watch a.md; wait");
  EXPECT_NE(w.out.find("1 claims: 1 correct"), std::string::npos) << w.out << w.err;
  EXPECT_NE(w.err.find("notecheck: a.md changed; checking again"), std::string::npos) << w.err;
  EXPECT_NE(w.out.find("a.md:2: wrong: claimed \"3\" but got \"2\""), std::string::npos) << w.out;
}

TEST(CliHelp, GroupsOptionsAndShowsExamples) {
  CommandResult help = run_notecheck("check --help");
  EXPECT_EQ(help.exit_code, 0);
  for (const char* text :
       {"Selecting:", "Running:", "Report:", "Fixing:", "--changed", "--shard K/N",
        "--report FORMAT=FILE", "--diff", "--fix", "--watch", "FILE:LINE"})
    EXPECT_NE(help.out.find(text), std::string::npos) << text << "\n" << help.out;
  CommandResult top = run_notecheck("--help");
  EXPECT_NE(top.out.find("notecheck check notes/python.md:120"), std::string::npos) << top.out;
}

}  // namespace
}  // namespace notecheck::testing
