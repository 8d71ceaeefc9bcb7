// Malformed command lines and notecheck.toml (issue 5): each is one clear line on stderr and
// exit status 2; documents that can be read are still checked.
#include <gtest/gtest.h>

#include <filesystem>

#include "tests/cli_support.h"
#include "util/file.h"

namespace notecheck::testing {
namespace {

// Exit 2 and exactly one line on stderr, `notecheck: ...` containing `want`, or `want` itself
// when it names the document line (`file:line: message`).
void expect_usage_error(const CommandResult& r, const std::string& want, const std::string& what) {
  EXPECT_EQ(r.exit_code, 2) << what << "\n" << r.err;
  EXPECT_TRUE(r.err.rfind("notecheck: ", 0) == 0 || r.err.rfind(want, 0) == 0) << what << "\n"
                                                                               << r.err;
  EXPECT_NE(r.err.find(want), std::string::npos) << what << "\n" << r.err;
  ASSERT_FALSE(r.err.empty()) << what;
  EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << what << ": more than one line\n" << r.err;
}

TEST(CliErrors, MalformedCommandLinesAreOneLineAndExitTwo) {
  const std::pair<const char*, const char*> cases[] = {
      {"bogus examples", "unknown command \"bogus\""},
      {"check --format xml examples", "--format: xml not in"},
      {"check --shard 3/2 examples", "--shard wants K/N"},
      {"check --shard two examples", "--shard wants K/N"},
      {"check --jobs 0 examples", "--jobs"},
      {"check --timeout 0 examples", "--timeout"},
      {"check --report foo examples", "--report wants FORMAT=FILE"},
      {"check --report xml=r.xml examples", "--report: unknown format"},
      {"check --bogus examples", "--bogus"},
      {"check --diff --fix examples", "--diff or --fix"},
      {"check examples/basics.md:abc", "examples/basics.md:abc: LINE must be a line number"},
      {"check examples/basics.md:0", "examples/basics.md:0: LINE must be a line number"},
      {"check examples/basics.md:3", "examples/basics.md:3: no snippet at this line"},
      {"check --config missing.toml examples", "missing.toml"},
      {"extract examples", "--out is required"},
      {"run", "snippets is required"},
  };
  for (const auto& [args, want] : cases) expect_usage_error(run_notecheck(args), want, args);
}

TEST(CliErrors, MalformedConfigurationIsOneLineWithItsLine) {
  std::string dir = scratch_dir("cli_errors_config");
  copy_into("basics.md", dir, "basics.md");
  const std::pair<const char*, const char*> cases[] = {
      {"[check\n", "notecheck.toml:1: "},
      {"[check]\nbogus = 1\n", "notecheck.toml:2: unknown key \"bogus\" in [check]"},
      {"title = 1\n", "notecheck.toml:1: unknown key \"title\""},
      {"[check]\njobs = \"two\"\n", "notecheck.toml:2: \"jobs\" must be an integer"},
      {"[check]\ncache = \"yes\"\n", "notecheck.toml:2: \"cache\" must be true or false"},
      {"[check]\npaths = \"notes\"\n", "notecheck.toml:2: \"paths\" must be a list of strings"},
      {"[check]\nformat = \"xml\"\n", "notecheck.toml:2: unknown format \"xml\""},
      {"[check]\ntimeout = 0\n", "notecheck.toml:2: \"timeout\" must be between 0.1 and 3600"},
      {"[check]\njobs = 0\n", "notecheck.toml:2: \"jobs\" must be between 1 and 256"},
      {"[[document]]\ntimeout = 2\n", "notecheck.toml:1: [[document]] needs a path"},
      {"[[document]]\npath = \"*.md\"\ntimeout = -1\n", "notecheck.toml:3: \"timeout\" must be"},
      {"[document]\npath = \"x\"\n", "use [[document]] entries"},
  };
  for (const auto& [toml, want] : cases) {
    std::string error;
    ASSERT_TRUE(write_file_atomic(dir + "/notecheck.toml", toml, &error)) << error;
    expect_usage_error(run_in(dir, "check basics.md"), want, toml);
  }
}

// A path that cannot be read is reported in the report; the other documents are still judged.
TEST(CliErrors, AMissingPathLosesNothingElse) {
  int exit_code = 0;
  auto j = check_json("missing.md examples/basics.md", &exit_code);
  EXPECT_EQ(exit_code, 2);
  bool missing_reported = false;
  for (const auto& d : j["documents"])
    missing_reported |= d["path"] == "missing.md" && !d.value("error", "").empty();
  EXPECT_TRUE(missing_reported) << j["documents"].dump();
  EXPECT_FALSE(
      claim_at(j, "examples/basics.md",
               line_of(source_dir() + "/examples/basics.md", "print(0.1 + 0.2 == 0.3)  # True"))
          .is_null());
}

// `notecheck run` with a snippet file that cannot be read still runs the others.
TEST(CliErrors, AnUnreadableSnippetFileLosesNothingElse) {
  std::string first;
  for (const auto& e : std::filesystem::directory_iterator(source_dir() + "/snippets/basics"))
    if (first.empty() || e.path().string() < first) first = e.path().string();
  CommandResult r = run_notecheck("run missing.py '" + first + "'");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "notecheck: missing.py: cannot read: No such file or directory\n");
  EXPECT_NE(r.out.find("1 snippets (1 run)"), std::string::npos) << r.out;
}

// Bad input (issue 3.6), all in one folder: each unreadable document is one line naming it (and
// the line at fault), the readable ones (CRLF with a BOM, tabs mixed with spaces, empty) are
// checked as usual, and nothing else is lost.
TEST(CliErrors, BadInputIsOneLinePerDocumentAndLosesNothing) {
  std::string dir = scratch_dir("cli_errors_bad_input");
  auto put = [&](const std::string& name, const std::string& text) {
    std::string error;
    ASSERT_TRUE(write_file_atomic(dir + "/notes/" + name, text, &error)) << error;
  };
  put("binary.md", std::string("x = 1\n\0\0binary\n", 16));
  put("bad_utf8.md", "```python\nprint(1 + 1)  # 2\n```\n\xff\xfe bad \xc3\x28\n");
  put("huge.txt", std::string(50u << 20, 'x') + "\n");
  put("crlf_bom.md", "\xef\xbb\xbf# CRLF\r\n\r\n```python\r\nprint(2 * 3)  # 6\r\n```\r\n");
  put("tabs.txt", "Mixed tabs:\n\ndef f():\n\tif True:\n\t    return 5\n\nprint(f())  # 5\n");
  put("empty.md", "");
  copy_into("basics.md", dir + "/notes", "basics.md");
  shell_in(dir, "ln -s /nonexistent/target notes/link.md");
  CommandResult r = run_in(dir, "check notes --no-cache --timeout 5 -v");
  EXPECT_EQ(r.exit_code, 2) << r.err;
  for (const char* want : {"notes/binary.md:2: error: binary file (a NUL byte)\n",
                           "notes/bad_utf8.md:4: error: invalid UTF-8\n",
                           "notes/huge.txt:1: error: a line of 50 MB: not a note\n",
                           "notes/link.md: error: no such file\n", "notes/crlf_bom.md:4: correct",
                           "notes/tabs.txt:7: correct", "notes/basics.md:"}) {
    EXPECT_NE(r.out.find(want), std::string::npos) << want << "\n" << r.out;
  }
  EXPECT_NE(r.out.find("8 documents"), std::string::npos) << r.out;
}

// A file name in another encoding (Latin-1 `café.md`) is a note like any other: extract
// writes it (the name shown with U+FFFD in the expected files), check judges it.
TEST(CliErrors, ANoteNamedInAnotherEncodingIsExtractedAndChecked) {
  std::string dir = scratch_dir("cli_errors_latin1_name");
  std::string error;
  ASSERT_TRUE(write_file_atomic(dir + "/notes/caf\xe9.md", "```python\nprint(1 + 1)  # 2\n```\n",
                                &error))
      << error;
  CommandResult extracted = run_in(dir, "extract notes --out out --no-cache -q");
  EXPECT_EQ(extracted.exit_code, 0) << extracted.err;
  EXPECT_EQ(extracted.err, "");
  std::string expected = read_file(dir + "/out/expected/caf\xe9/000_L2.json").value_or("");
  EXPECT_NE(expected.find("\"document\": \"notes/caf\xef\xbf\xbd.md\""), std::string::npos)
      << expected;
  CommandResult checked = run_in(dir, "check notes --no-cache -v");
  EXPECT_EQ(checked.exit_code, 0) << checked.err;
  EXPECT_NE(checked.out.find(":2: correct"), std::string::npos) << checked.out;
}

}  // namespace
}  // namespace notecheck::testing
