#include "tests/command.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>

#include "util/file.h"
#include "util/text.h"

namespace notecheck::testing {

std::string source_dir() { return NOTECHECK_SOURCE_DIR; }
std::string notes_dir() { return source_dir() + "/../shared/notes"; }

CommandResult shell_in(const std::string& dir, const std::string& command) {
  static int counter = 0;
  std::string err_path =
      "/tmp/notecheck_test_err." + std::to_string(getpid()) + "." + std::to_string(counter++);
  std::string cmd = "cd '" + dir + "' && ( " + command + " ) 2>'" + err_path + "'";
  CommandResult r;
  FILE* pipe = popen(cmd.c_str(), "r");
  if (!pipe) return r;
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) r.out.append(buf, n);
  int status = pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.err = read_file(err_path).value_or("");
  std::remove(err_path.c_str());
  return r;
}

CommandResult run_notecheck(const std::string& args) {
  return shell_in(source_dir(), std::string("'") + NOTECHECK_BINARY + "' " + args);
}

nlohmann::json check_json(const std::string& args, int* exit_code) {
  CommandResult r = run_notecheck("check --format json " + args);
  if (exit_code) *exit_code = r.exit_code;
  return nlohmann::json::parse(r.out, nullptr, /*allow_exceptions=*/false);
}

nlohmann::json claim_at(const nlohmann::json& report, const std::string& document_suffix,
                        int line) {
  if (!report.contains("claims")) return nullptr;
  for (const auto& c : report["claims"]) {
    std::string doc = c["document"];
    if (ends_with(doc, document_suffix) && c["line"] == line) return c;
  }
  return nullptr;
}

int line_of(const std::string& path, const std::string& needle, int occurrence) {
  std::ifstream in(path);
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find(needle) != std::string::npos && --occurrence == 0) return number;
  }
  return 0;
}

int line_exactly(const std::string& path, const std::string& text) {
  std::ifstream in(path);
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line == text) return number;
  }
  return 0;
}

}  // namespace notecheck::testing
