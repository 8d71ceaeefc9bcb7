// gen_notes DIR MEGABYTES: writes the generated corpus (bench/corpus.h) into DIR as 256 KB
// documents, half Markdown (.md) and half plain text (.txt), for `notecheck extract` runs.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "bench/corpus.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: gen_notes DIR MEGABYTES\n");
    return 2;
  }
  const std::string dir = argv[1];
  const size_t total = static_cast<size_t>(std::atof(argv[2]) * (1 << 20));
  const size_t doc_bytes = 256 << 10;
  size_t made = 0;
  for (uint32_t seed = 1; made < total; ++seed) {
    bool markdown = seed % 2 == 1;
    std::string text = markdown ? notecheck::bench::generate_markdown_notes(doc_bytes, seed)
                                : notecheck::bench::generate_plain_notes(doc_bytes, seed);
    std::string path = dir + "/note" + std::to_string(seed) + (markdown ? ".md" : ".txt");
    std::ofstream out(path, std::ios::binary);
    out << text;
    if (!out) {
      std::fprintf(stderr, "gen_notes: cannot write %s\n", path.c_str());
      return 1;
    }
    made += text.size();
  }
  return 0;
}
