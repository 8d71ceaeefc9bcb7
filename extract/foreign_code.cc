#include "extract/foreign_code.h"

#include <regex>

#include "extract/line_lexer.h"

namespace notecheck {
namespace {

const char* language_of_extension(const std::string& ext) {
  if (ext == "toml") return "toml";
  if (ext == "yaml" || ext == "yml") return "yaml";
  if (ext == "json") return "json";
  if (ext == "cfg" || ext == "ini") return "ini";
  if (ext == "sh" || ext == "bash") return "bash";
  if (ext == "js" || ext == "ts") return "javascript";
  if (ext == "sql") return "sql";
  if (ext == "html") return "html";
  return nullptr;
}

}  // namespace

ForeignSign foreign_code_sign(const std::vector<std::string>& lines,
                              const std::string& line_before) {
  static const std::regex kTomlHeader(R"(^\s*\[\[?[A-Za-z0-9_.\-"]+\]\]?\s*(#.*)?$)");
  static const std::regex kFileComment(R"(^\s*#\s*\S+\.([A-Za-z]+)\s*$)");
  static const std::regex kDockerfile(R"(^\s*#\s*Dockerfile\s*$)");
  static const std::regex kForeignBefore(
      R"(^\s*(//|/\*|const |let |var |function |<(!--|/?[A-Za-z][\w-]*(\s[^>]*)?/?>)|\$ ))");
  for (const std::string& line : lines) {
    std::smatch m;
    if (std::regex_match(line, m, kFileComment)) {
      if (const char* lang = language_of_extension(m[1].str())) {
        return {lang, "the block is headed by a file name: " + line.substr(line.find('#'))};
      }
    }
    if (std::regex_match(line, kDockerfile)) return {"dockerfile", "the block is a Dockerfile"};
    if (line.find_first_not_of(" \t") != std::string::npos &&
        line[line.find_first_not_of(" \t")] != '#') {
      break;  // only the leading comments name the file
    }
  }
  LexState state;
  for (const std::string& line : lines) {
    bool fresh = !state.continues();
    LineLex lex = lex_line(line, state);
    if (fresh && std::regex_match(line, kTomlHeader)) {
      return {"toml", "a TOML [section] header: " + line};
    }
    if (!lex.tokens.empty() && lex.tokens.back().kind == TokenKind::kOp &&
        lex.tokens.back().text == ";") {
      return {"javascript", "statements end with ';'"};
    }
  }
  std::smatch m;
  if (std::regex_search(line_before, m, kForeignBefore)) {
    std::string lead = m[1].str();
    const char* lang = lead[0] == '<' ? "html" : lead[0] == '$' ? "bash" : "javascript";
    return {lang, "it continues non-Python code: " + line_before};
  }
  return {};
}

}  // namespace notecheck
