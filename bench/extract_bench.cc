// Extraction throughput (issue 4, part 4): bytes of notes per second through the extract
// stage (make_document + extract_snippets) with the real syntax checker (CPython's compiler in
// this process), on generated Markdown and plain-text corpora (bench/corpus.h).
//
// Counters give the profile: calls into the checker, the share of time spent in them, and the
// throughput of everything else (cpp_MBps).
//
// The corpus is one document per `kDocBytes` so per-document work is counted as it happens
// with real notes (a few hundred KB each at most); the total is set by --corpus_mb.
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdlib>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "bench/corpus.h"
#include "extract/document.h"
#include "extract/extractor.h"
#include "harness/run/python_syntax_checker.h"

namespace {

constexpr size_t kDocBytes = 256 << 10;
size_t g_corpus_bytes = 8u << 20;  // --corpus_mb

std::vector<std::string> corpus(bool markdown) {
  std::vector<std::string> docs;
  for (size_t made = 0, seed = 1; made < g_corpus_bytes; ++seed) {
    docs.push_back(markdown ? notecheck::bench::generate_markdown_notes(kDocBytes, seed)
                            : notecheck::bench::generate_plain_notes(kDocBytes, seed));
    made += docs.back().size();
  }
  return docs;
}

notecheck::SyntaxChecker& python_checker() {
  static std::unique_ptr<notecheck::SyntaxChecker> instance =
      notecheck::make_python_syntax_checker();
  return *instance;
}

// Passes every call to a real checker of its own and counts the calls and the time they take,
// so the benchmark tells how much of extraction is CPython's compiler (the profile, in
// counters). A fresh checker for each iteration: the real one remembers its answers for the
// life of a CLI run, which would turn every repetition after the first into hash lookups.
class TimingChecker : public notecheck::SyntaxChecker {
 public:
  using Clock = std::chrono::steady_clock;
  notecheck::SyntaxResult check(const std::string& code) override {
    auto start = Clock::now();
    notecheck::SyntaxResult result = python_->check(code);
    check_seconds += std::chrono::duration<double>(Clock::now() - start).count();
    ++check_calls;
    return result;
  }
  notecheck::Analysis analyze(const std::string& code) override {
    auto start = Clock::now();
    notecheck::Analysis result = python_->analyze(code);
    analyze_seconds += std::chrono::duration<double>(Clock::now() - start).count();
    ++analyze_calls;
    return result;
  }
  double check_seconds = 0, analyze_seconds = 0;
  long check_calls = 0, analyze_calls = 0;

 private:
  std::unique_ptr<notecheck::SyntaxChecker> python_ = notecheck::make_python_syntax_checker();
};

void BM_Extract(benchmark::State& state) {
  const bool markdown = state.range(0) == 1;
  state.SetLabel(markdown ? "markdown" : "plain");
  const std::vector<std::string> docs = corpus(markdown);
  size_t bytes = 0, snippets = 0, runnable = 0;
  for (const std::string& d : docs) bytes += d.size();
  TimingChecker checker;
  double seconds = 0;
  for (auto _ : state) {
    snippets = runnable = 0;
    checker = TimingChecker();
    auto start = TimingChecker::Clock::now();
    for (size_t i = 0; i < docs.size(); ++i) {
      notecheck::Document doc = notecheck::make_document("note" + std::to_string(i), docs[i]);
      for (const notecheck::Snippet& s : notecheck::extract_snippets(doc, checker)) {
        ++snippets;
        runnable += s.runnable;
      }
    }
    seconds = std::chrono::duration<double>(TimingChecker::Clock::now() - start).count();
  }
  if (runnable == 0) state.SkipWithError("no runnable snippet found: the corpus is wrong");
  state.SetBytesProcessed(static_cast<int64_t>(bytes * state.iterations()));
  state.counters["MB"] = static_cast<double>(bytes) / 1e6;
  state.counters["snippets"] = static_cast<double>(snippets);
  state.counters["runnable"] = static_cast<double>(runnable);
  // The profile: calls into CPython's compiler, the share of the time they take, and the
  // throughput of the rest (notecheck's own C++: reading, cmark-gfm, scanning, claims).
  const double python = checker.check_seconds + checker.analyze_seconds;
  state.counters["check_calls"] = static_cast<double>(checker.check_calls);
  state.counters["analyze_calls"] = static_cast<double>(checker.analyze_calls);
  state.counters["python_share"] = seconds > 0 ? python / seconds : 0;
  state.counters["cpp_MBps"] = seconds > python ? bytes / (seconds - python) / 1e6 : 0;
}

// What a cache of analyses keyed by the code (issue 6) would leave: every check() and
// analyze() answered from memory after a first pass, so the time is notecheck's own C++
// (decoding, cmark-gfm, line scanning, claims) plus a hash lookup per call.
class MemoChecker : public notecheck::SyntaxChecker {
 public:
  notecheck::SyntaxResult check(const std::string& code) override {
    auto it = checks_.find(code);
    if (it != checks_.end()) return it->second;
    return checks_.emplace(code, python_checker().check(code)).first->second;
  }
  notecheck::Analysis analyze(const std::string& code) override {
    auto it = analyses_.find(code);
    if (it != analyses_.end()) return it->second;
    return analyses_.emplace(code, python_checker().analyze(code)).first->second;
  }

 private:
  std::unordered_map<std::string, notecheck::SyntaxResult> checks_;
  std::unordered_map<std::string, notecheck::Analysis> analyses_;
};

void BM_ExtractCachedAnalyses(benchmark::State& state) {
  const bool markdown = state.range(0) == 1;
  state.SetLabel(markdown ? "markdown" : "plain");
  const std::vector<std::string> docs = corpus(markdown);
  size_t bytes = 0, runnable = 0;
  for (const std::string& d : docs) bytes += d.size();
  static MemoChecker memo[2];  // filled once, kept across repetitions
  MemoChecker& checker = memo[markdown ? 1 : 0];
  auto extract_all = [&] {
    runnable = 0;
    for (size_t i = 0; i < docs.size(); ++i) {
      notecheck::Document doc = notecheck::make_document("note" + std::to_string(i), docs[i]);
      for (const notecheck::Snippet& s : notecheck::extract_snippets(doc, checker))
        runnable += s.runnable;
    }
  };
  extract_all();  // fills the cache (first repetition), untimed
  for (auto _ : state) extract_all();
  if (runnable == 0) state.SkipWithError("no runnable snippet found: the corpus is wrong");
  state.SetBytesProcessed(static_cast<int64_t>(bytes * state.iterations()));
  state.counters["MB"] = static_cast<double>(bytes) / 1e6;
}

BENCHMARK(BM_Extract)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
BENCHMARK(BM_ExtractCachedAnalyses)
    ->Arg(1)
    ->Arg(0)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1);

}  // namespace

int main(int argc, char** argv) {
  // Own flag first: Google Benchmark rejects flags it does not know.
  std::vector<char*> rest;
  for (int i = 0; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg.rfind("--corpus_mb=", 0) == 0) {
      g_corpus_bytes = static_cast<size_t>(std::atof(arg.c_str() + 12) * (1 << 20));
    } else {
      rest.push_back(argv[i]);
    }
  }
  int rest_argc = static_cast<int>(rest.size());
  python_checker();  // interpreter start-up is not extraction
  benchmark::Initialize(&rest_argc, rest.data());
  if (benchmark::ReportUnrecognizedArguments(rest_argc, rest.data())) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
