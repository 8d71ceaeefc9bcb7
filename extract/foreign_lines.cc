#include "extract/foreign_lines.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <regex>
#include <string_view>

#include "extract/line_lexer.h"
#include "util/text.h"

namespace notecheck {
namespace {

// Commands that start a shell line in Python notes. Lowercase words only: prose sentences
// start with a capital.
constexpr std::array<std::string_view, 62> kCommands = {
    "pip",          "pip3",
    "python",       "python3",
    "py",           "pipenv",
    "poetry",       "uv",
    "conda",        "pyenv",
    "virtualenv",   "source",
    "export",       "cd",
    "ls",           "mkdir",
    "rm",           "cp",
    "mv",           "cat",
    "echo",         "curl",
    "wget",         "git",
    "docker",       "docker-compose",
    "kubectl",      "helm",
    "npm",          "npx",
    "yarn",         "node",
    "gunicorn",     "uvicorn",
    "hypercorn",    "daphne",
    "celery",       "flask",
    "django-admin", "alembic",
    "pytest",       "mypy",
    "black",        "ruff",
    "flake8",       "isort",
    "coverage",     "tox",
    "kernprof",     "sudo",
    "apt",          "apt-get",
    "brew",         "make",
    "redis-cli",    "psql",
    "twine",        "jupyter",
    "streamlit",    "locust",
    "pre-commit",   "chmod",
};

constexpr std::array<std::string_view, 14> kStopWords = {
    "is", "are", "was", "the", "a", "an", "for", "to", "and", "or", "with", "of", "in", "as",
};

bool has_non_ascii(std::string_view s) {
  return std::any_of(s.begin(), s.end(),
                     [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

std::string_view first_word(std::string_view s, std::string_view* rest) {
  size_t end = s.find_first_of(" \t");
  std::string_view word = s.substr(0, end);
  *rest = end == std::string_view::npos ? std::string_view() : trim_left(s.substr(end));
  return word;
}

bool is_shell(std::string_view line) {
  std::string_view t = trim(line);
  if (starts_with(t, "$ ")) return t.size() > 2;  // a prompt
  if (has_non_ascii(t)) return false;             // `pip → package manager.` is prose
  std::string_view rest;
  std::string_view word = first_word(t, &rest);
  if (word == "sudo") word = first_word(rest, &rest);
  if (rest.empty() || std::find(kCommands.begin(), kCommands.end(), word) == kCommands.end()) {
    return false;
  }
  std::string_view arg_rest;
  std::string_view arg = first_word(rest, &arg_rest);
  if (std::find(kStopWords.begin(), kStopWords.end(), arg) != kStopWords.end()) return false;
  static const std::regex kArg(R"(^[-\w./:@"'\[$<{~%*][^\s]*$)");
  if (!std::regex_match(std::string(arg), kArg)) return false;
  // Python that happens to start with such a name: `python = 3`, `flask.Flask(...)`.
  if (arg == "=" || arg[0] == '(' || arg[0] == '.' || arg[0] == ',') return false;
  bool flags = rest.find(" -") != std::string_view::npos || rest[0] == '-';
  return !ends_with(t, ".") || flags;
}

}  // namespace

std::string foreign_line_language(const std::string& line) {
  if (line.size() > kMaxCodeLineBytes) return "";
  std::string_view t = trim(line);
  if (t.empty() || t[0] == '#') return "";
  static const std::regex kDockerfile(
      R"(^(FROM|RUN|CMD|COPY|ADD|WORKDIR|EXPOSE|ENV|ENTRYPOINT|ARG|USER|VOLUME|LABEL|HEALTHCHECK)\s+[^=\s].*$)");
  static const std::regex kSql(
      R"(^(SELECT\s.*\sFROM\s|INSERT\s+INTO\s|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s|CREATE\s+(TABLE|INDEX|VIEW|DATABASE|UNIQUE)\s|ALTER\s+TABLE\s|DROP\s+(TABLE|INDEX)\s|EXPLAIN\s).*)");
  static const std::regex kRoute(R"(^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+/\S*.*$)");
  static const std::regex kHtml(R"(^</?[A-Za-z][\w-]*(\s[^>]*)?/?>.*$|^<!--.*$)");
  std::string s(t);
  if ((starts_with(t, "{%") && s.find("%}") != std::string::npos) ||
      (starts_with(t, "{{") && s.find("}}") != std::string::npos)) {
    return "html-template";
  }
  // Routes, Dockerfile and SQL lines start with a word in capitals and a space, HTML with '<':
  // most lines (prose starts `The ...`) never reach a regex.
  size_t caps = 0;
  while (caps < t.size() && t[caps] >= 'A' && t[caps] <= 'Z') ++caps;
  const bool capital = caps > 0 && caps < t.size() && std::strchr(" \t\n\v\f\r", t[caps]);
  if (capital && std::regex_match(s, kRoute)) return "http-routes";
  if (capital && std::regex_match(s, kDockerfile)) return "dockerfile";
  if (capital && std::regex_match(s, kSql)) return "sql";
  if (t[0] == '<' && std::regex_match(s, kHtml)) return "html";
  if (is_shell(t)) return "bash";
  return "";
}

bool comment_belongs_to(const std::string& comment, const std::string& language) {
  if (language == "dockerfile") return true;
  if (language == "bash") return comment.find("Dockerfile") == std::string::npos;
  return false;
}

std::string block_language(const std::vector<std::string>& lines) {
  std::string common;
  int arrows = 0, code_lines = 0;
  for (const std::string& line : lines) {
    std::string_view t = trim(line);
    if (t.empty() || t[0] == '#') continue;
    ++code_lines;
    for (std::string_view arrow : {"\u2192", "\u2190", "\u2193", "\u2191", "->", "=>", "-->"}) {
      if (t.find(arrow) != std::string_view::npos) {
        ++arrows;
        break;
      }
    }
    std::string lang = foreign_line_language(line);
    if (lang.empty()) {
      common = "-";
    } else if (common.empty()) {
      common = lang;
    } else if (common != lang) {
      bool markup = (common == "html" || common == "html-template") &&
                    (lang == "html" || lang == "html-template");
      common = markup ? "html-template" : "-";
    }
  }
  if (!common.empty() && common != "-") return common;
  if (code_lines > 0 && arrows * 2 >= code_lines) return "diagram";
  return "";
}

}  // namespace notecheck
