// Extraction throughput (issue 4, part 4): bytes of notes per second through the extract
// stage (make_document + extract_snippets) with the real syntax checker (CPython's compiler in
// this process), on generated Markdown and plain-text corpora (bench/corpus.h).
//
// The corpus is one document per `kDocBytes` so per-document work is counted as it happens
// with real notes (a few hundred KB each at most); the total is set by --corpus_mb.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <memory>
#include <string>
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

notecheck::SyntaxChecker& checker() {
  static std::unique_ptr<notecheck::SyntaxChecker> instance =
      notecheck::make_python_syntax_checker();
  return *instance;
}

void BM_Extract(benchmark::State& state) {
  const bool markdown = state.range(0) == 1;
  state.SetLabel(markdown ? "markdown" : "plain");
  const std::vector<std::string> docs = corpus(markdown);
  size_t bytes = 0, snippets = 0, runnable = 0;
  for (const std::string& d : docs) bytes += d.size();
  for (auto _ : state) {
    snippets = runnable = 0;
    for (size_t i = 0; i < docs.size(); ++i) {
      notecheck::Document doc = notecheck::make_document("note" + std::to_string(i), docs[i]);
      for (const notecheck::Snippet& s : notecheck::extract_snippets(doc, checker())) {
        ++snippets;
        runnable += s.runnable;
      }
    }
  }
  if (runnable == 0) state.SkipWithError("no runnable snippet found: the corpus is wrong");
  state.SetBytesProcessed(static_cast<int64_t>(bytes * state.iterations()));
  state.counters["MB"] = static_cast<double>(bytes) / 1e6;
  state.counters["snippets"] = static_cast<double>(snippets);
  state.counters["runnable"] = static_cast<double>(runnable);
}

BENCHMARK(BM_Extract)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond)->UseRealTime()
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
  checker();  // interpreter start-up is not extraction
  benchmark::Initialize(&rest_argc, rest.data());
  if (benchmark::ReportUnrecognizedArguments(rest_argc, rest.data())) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
