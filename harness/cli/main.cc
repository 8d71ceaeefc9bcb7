// notecheck's entry point. The same binary is also the sandboxed worker ("zygote"): the CLI
// starts copies of itself with the hidden first argument `__worker`.
#include <cstring>

#include "harness/cli/app.h"
#include "harness/run/worker.h"

int main(int argc, char** argv) {
  if (argc > 1 && std::strcmp(argv[1], "__worker") == 0) return notecheck::worker_main(argc, argv);
  return notecheck::cli_main(argc, argv);
}
