#include "harness/cache/cache_store.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "harness/cache/cache_keys.h"
#include "harness/cache/snippet_json.h"

namespace notecheck {
namespace {

namespace fs = std::filesystem;

std::string fresh_dir(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / (name + "." + std::to_string(getpid()));
  fs::remove_all(dir);
  return dir.string();
}

TEST(CacheStore, StoresAndReadsEntriesByKey) {
  CacheStore store(fresh_dir("nc_cache_rt"));
  EXPECT_FALSE(store.get("runs", "abcdef").has_value());
  ASSERT_TRUE(store.put("runs", "abcdef", {{"observation", {{"status", "ok"}}}}));
  auto got = store.get("runs", "abcdef");
  ASSERT_TRUE(got.has_value());
  EXPECT_EQ((*got)["observation"]["status"], "ok");
  EXPECT_TRUE(fs::exists(fs::path(store.root()) / "runs" / "ab" / "abcdef.json"));
  // Marked as a cache and kept out of git.
  EXPECT_TRUE(fs::exists(fs::path(store.root()) / "CACHEDIR.TAG"));
  EXPECT_TRUE(fs::exists(fs::path(store.root()) / ".gitignore"));
  fs::remove_all(store.root());
}

TEST(CacheStore, TornOrForeignEntryIsAMiss) {
  CacheStore store(fresh_dir("nc_cache_torn"));
  ASSERT_TRUE(store.put("runs", "abcdef", {{"x", 1}}));
  {
    std::ofstream cut(store.entry_path("runs", "abcdef"), std::ios::trunc);
    cut << "{\"key\": \"abcdef\", \"x\": ";  // as if a write had stopped half way
  }
  EXPECT_FALSE(store.get("runs", "abcdef").has_value());
  // A whole entry copied under another key's name does not answer for it.
  ASSERT_TRUE(store.put("runs", "123456", {{"x", 2}}));
  fs::copy_file(store.entry_path("runs", "123456"), store.entry_path("runs", "abcdef"),
                fs::copy_options::overwrite_existing);
  EXPECT_FALSE(store.get("runs", "abcdef").has_value());
  fs::remove_all(store.root());
}

TEST(CacheStore, DisabledStoreNeverHits) {
  CacheStore store("");
  EXPECT_FALSE(store.put("runs", "abcdef", {{"x", 1}}));
  EXPECT_FALSE(store.get("runs", "abcdef").has_value());
}

// Two processes writing the same entries while a third reads them: every read is a whole
// entry or a miss, never a torn one (the temporary file + rename protocol).
TEST(CacheStore, ConcurrentWritersAndReaderNeverSeeATornEntry) {
  std::string root = fresh_dir("nc_cache_race");
  std::string big(200000, 'x');
  auto writer = [&](int salt) {
    CacheStore store(root);
    for (int i = 0; i < 150; ++i)
      store.put("runs", "key" + std::to_string(i % 5), {{"payload", big}, {"salt", salt}});
    _exit(0);
  };
  pid_t a = fork();
  if (a == 0) writer(1);
  pid_t b = fork();
  if (b == 0) writer(2);
  CacheStore reader(root);
  int whole = 0, torn = 0;
  // Read while the writers run (however long a loaded machine makes them), then once more.
  int done = 0;
  for (int i = 0; done < 2 || i % 5 != 0; ++i) {
    if (i % 5 == 0 && done < 2) {
      done = 0;
      for (pid_t p : {a, b}) done += waitpid(p, nullptr, WNOHANG) == p || kill(p, 0) != 0;
    }
    std::string key = "key" + std::to_string(i % 5);
    std::ifstream in(reader.entry_path("runs", key));
    if (!in) continue;
    if (auto e = reader.get("runs", key)) {
      whole += (*e)["payload"].get<std::string>().size() == big.size();
    } else {
      ++torn;
    }
  }
  EXPECT_EQ(torn, 0);
  EXPECT_GT(whole, 0);
  EXPECT_TRUE(fs::is_empty(fs::path(root) / "tmp"));  // no temporary file left behind
  fs::remove_all(root);
}

TEST(CacheKeys, RunKeyCoversCodePreludeModeAndVersions) {
  RunRequest r{"print(1)\n", "notes.md:3"};
  RunOptions limits;
  CacheVersions v{"0.1.0", "3.11.2"};
  std::string base = run_key(r, limits, v);
  RunRequest moved = r;
  moved.filename = "notes.md:40";  // the snippet moved down the document: same run
  EXPECT_EQ(run_key(moved, limits, v), base);
  RunRequest other = r;
  other.code = "print(2)\n";
  EXPECT_NE(run_key(other, limits, v), base);
  other = r;
  other.prelude = {"x = 1\n"};
  EXPECT_NE(run_key(other, limits, v), base);
  other.prelude_definitions_only = true;
  EXPECT_NE(run_key(other, limits, v),
            run_key(RunRequest{r.code, r.filename, "", {"x = 1\n"}}, limits, v));
  other = r;
  other.mode = "repl";
  EXPECT_NE(run_key(other, limits, v), base);
  other = r;
  other.attempt = 1;  // the nondeterminism check's second run is a run of its own
  EXPECT_NE(run_key(other, limits, v), base);
  EXPECT_NE(run_key(r, limits, {"0.1.1", "3.11.2"}), base);
  EXPECT_NE(run_key(r, limits, {"0.1.0", "3.12.0"}), base);
  limits.timeout_seconds = 30;
  EXPECT_NE(run_key(r, limits, v), base);
}

TEST(CacheKeys, BuildIdentityNamesTheRunningBinary) {
  std::string build = notecheck_build("0.1.0");
  EXPECT_EQ(build.rfind("0.1.0 (", 0), 0u) << build;
  EXPECT_NE(build.find(" bytes, "), std::string::npos);
  EXPECT_EQ(build, notecheck_build("0.1.0"));  // stable while the binary is
}

TEST(SnippetJson, RoundTripsEveryField) {
  Snippet s;
  s.document = "notes.md";
  s.index = 3;
  s.language = "python";
  s.origin = "fenced";
  s.code = "x = 1\nprint(x)  # 1\n";
  s.line_map = {10, 11};
  s.claims.push_back({11, 2, ClaimKind::kTrailingComment, "1", "print(x)"});
  s.runnable = true;
  s.reason = "";
  s.continues = {0, 2};
  Snippet back = snippet_from_json(to_json(s));
  EXPECT_EQ(to_json(back), to_json(s));
  EXPECT_EQ(back.claims[0].kind, ClaimKind::kTrailingComment);
}

}  // namespace
}  // namespace notecheck
