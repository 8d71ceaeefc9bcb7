// Choosing what a check covers: FILE:LINE, --shard, --changed, notecheck.toml.
#include <gtest/gtest.h>

#include <set>

#include "tests/cli_support.h"
#include "util/file.h"

namespace notecheck::testing {
namespace {

std::set<std::string> documents_of(const CommandResult& r) {
  std::set<std::string> out;
  auto j = nlohmann::json::parse(r.out, nullptr, false);
  if (!j.is_object()) return {"<no report: " + r.err + ">"};
  for (const auto& d : j["documents"]) out.insert(d["path"].get<std::string>());
  return out;
}

TEST(CliFileLine, ChecksOnlyTheSnippetAtThatLine) {
  std::string basics = source_dir() + "/examples/basics.md";
  int line = line_of(basics, "print(0.1 + 0.2 == 0.3)  # True");
  auto j = check_json("examples/basics.md:" + std::to_string(line));
  ASSERT_EQ(j["snippets"].size(), 1u) << j.dump();
  ASSERT_EQ(j["claims"].size(), 2u);  // the snippet's two claims
  EXPECT_EQ(j["claims"][0]["line"], line);
  EXPECT_EQ(j["claims"][0]["verdict"], "wrong");

  // A snippet that continues an earlier one still runs after it.
  int greet = line_of(basics, "print(greet(\"Ada\"))");
  auto c = check_json("examples/basics.md:" + std::to_string(greet));
  ASSERT_EQ(c["claims"].size(), 1u);
  EXPECT_EQ(c["claims"][0]["verdict"], "correct");

  CommandResult none = run_notecheck("check examples/basics.md:3");
  EXPECT_EQ(none.exit_code, 2);
  EXPECT_NE(none.err.find("examples/basics.md:3: no snippet at this line"), std::string::npos);
}

TEST(CliShard, ShardsPartitionTheDocuments) {
  std::set<std::string> whole =
      documents_of(run_notecheck("check --format json --timeout 2 examples"));
  ASSERT_GE(whole.size(), 3u);
  std::set<std::string> all;
  size_t total = 0;
  for (int k = 1; k <= 2; ++k) {
    CommandResult r = run_notecheck("check --format json --timeout 2 --shard " + std::to_string(k) +
                                    "/2 examples");
    auto docs = documents_of(r);
    EXPECT_GE(docs.size(), whole.size() / 2) << k;  // balanced
    total += docs.size();
    all.insert(docs.begin(), docs.end());
  }
  EXPECT_EQ(total, whole.size());  // disjoint
  EXPECT_EQ(all, whole);           // complete
  CommandResult bad = run_notecheck("check --shard 3/2 examples");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("--shard wants K/N"), std::string::npos);
}

TEST(CliChanged, ChecksTheNotesGitSeesModifiedOrUntracked) {
  std::string dir = scratch_dir("changed");
  copy_into("basics.md", dir, "notes/basics.md");
  copy_into("plain_notes.txt", dir, "notes/plain_notes.txt");
  CommandResult init = shell_in(dir,
                                "git init -q . && git add notes && git -c user.name=t -c "
                                "user.email=t@t commit -qm init");
  ASSERT_EQ(init.exit_code, 0) << init.err;
  EXPECT_EQ(documents_of(run_in(dir, "check --changed --format json")), std::set<std::string>{});

  ASSERT_TRUE(write_file_atomic(dir + "/notes/new.md", "```python\nprint(1)  # 1\n```\n"));
  shell_in(dir, "echo >> notes/plain_notes.txt");
  ASSERT_TRUE(write_file_atomic(dir + "/notes/ignored.bin", "x"));  // not a note
  EXPECT_EQ(documents_of(run_in(dir, "check --changed --format json")),
            (std::set<std::string>{"notes/new.md", "notes/plain_notes.txt"}));
  // From a subfolder, and limited to a path.
  EXPECT_EQ(documents_of(run_in(dir + "/notes", "check --changed --format json .")),
            (std::set<std::string>{"new.md", "plain_notes.txt"}));
  EXPECT_EQ(documents_of(run_in(dir, "check --changed --format json notes/new.md")),
            (std::set<std::string>{"notes/new.md"}));
  // Since a commit: committed changes count too.
  shell_in(dir, "git add -A && git -c user.name=t -c user.email=t@t commit -qm two");
  EXPECT_EQ(documents_of(run_in(dir, "check --since HEAD~1 --format json")),
            (std::set<std::string>{"notes/new.md", "notes/plain_notes.txt"}));

  CommandResult outside = run_in("/", "check --changed");
  EXPECT_EQ(outside.exit_code, 2);
  EXPECT_NE(outside.err.find("--changed needs a git repository"), std::string::npos) << outside.err;
}

TEST(CliConfig, DefaultsSkipsAndPerDocumentTimeouts) {
  std::string dir = scratch_dir("config");
  copy_into("basics.md", dir, "notes/basics.md");
  copy_into("runaway.md", dir, "notes/drafts/runaway.md");
  ASSERT_TRUE(
      write_file_atomic(dir + "/notes/slow.md",
                        "```python\nimport time\ntime.sleep(1.5)\nprint('done')  # done\n```\n"));
  ASSERT_TRUE(write_file_atomic(dir + "/notecheck.toml", R"(
[check]
paths = ["notes"]
exclude = ["notes/drafts/**"]
format = "json"
timeout = 1

[[document]]
path = "slow.md"
timeout = 5
)"));
  // No path, no --format: both from the file; drafts are skipped; slow.md gets its own timeout.
  CommandResult r = run_in(dir + "/notes", "check");
  EXPECT_EQ(documents_of(r), (std::set<std::string>{"./basics.md", "./slow.md"})) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(claim_at(j, "slow.md", 4)["verdict"], "correct") << j["claims"].dump();
  // The command line wins over the file.
  CommandResult text = run_in(dir, "check --format text --no-cache");
  EXPECT_NE(text.out.find("notes/basics.md:"), std::string::npos) << text.out;
  // --no-config checks the skipped draft.
  CommandResult all = run_in(dir, "check --no-config --format json --timeout 2 notes");
  EXPECT_EQ(documents_of(all).count("notes/drafts/runaway.md"), 1u);

  ASSERT_TRUE(write_file_atomic(dir + "/notecheck.toml", "[check]\ntimout = 3\n"));
  CommandResult typo = run_in(dir, "check");
  EXPECT_EQ(typo.exit_code, 2);
  EXPECT_NE(typo.err.find("notecheck.toml:2: unknown key \"timout\" in [check]"), std::string::npos)
      << typo.err;
}

}  // namespace
}  // namespace notecheck::testing
