#include "harness/cli/config.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <toml++/toml.h>

#include "harness/report/report_formats.h"

namespace notecheck {

namespace fs = std::filesystem;

namespace {

std::string find_config_file() {
  std::error_code ec;
  for (fs::path dir = fs::current_path(ec); !dir.empty(); dir = dir.parent_path()) {
    fs::path candidate = dir / "notecheck.toml";
    if (fs::is_regular_file(candidate, ec)) return candidate.string();
    if (dir == dir.parent_path()) break;
  }
  return "";
}

std::string where(const Config& c, const toml::node& node) {
  return fmt::format("{}:{}", c.path, node.source().begin.line);
}

void check_keys(const Config& c, const toml::table& table, const std::set<std::string>& allowed,
                const std::string& section) {
  for (const auto& [key, node] : table) {
    if (!allowed.count(std::string(key.str())))
      throw std::runtime_error(
          fmt::format("{}: unknown key \"{}\" in {}", where(c, node), key.str(), section));
  }
}

template <class T>
const char* type_name() {
  if constexpr (std::is_same_v<T, double>) return "a number";
  if constexpr (std::is_same_v<T, int64_t>) return "an integer";
  if constexpr (std::is_same_v<T, bool>) return "true or false";
  return "a string";
}

template <class T>
std::optional<T> get(const Config& c, const toml::table& table, const char* key) {
  const toml::node* node = table.get(key);
  if (!node) return std::nullopt;
  if constexpr (std::is_same_v<T, double>) {
    if (auto v = node->value<double>()) return *v;  // integers convert too
  } else if (auto v = node->value_exact<T>()) {
    return *v;
  }
  throw std::runtime_error(
      fmt::format("{}: \"{}\" must be {}", where(c, *node), key, type_name<T>()));
}

// A number within the range the command line allows for the same option.
template <class T>
std::optional<T> get_in(const Config& c, const toml::table& table, const char* key, T low, T high) {
  std::optional<T> v = get<T>(c, table, key);
  if (v && !(*v >= low && *v <= high))
    throw std::runtime_error(fmt::format("{}: \"{}\" must be between {} and {}",
                                         where(c, *table.get(key)), key, low, high));
  return v;
}

constexpr double kMinTimeout = 0.1, kMaxTimeout = 3600;  // as --timeout

std::vector<std::string> strings(const Config& c, const toml::table& table, const char* key) {
  std::vector<std::string> out;
  const toml::node* node = table.get(key);
  if (!node) return out;
  const toml::array* array = node->as_array();
  if (!array)
    throw std::runtime_error(
        fmt::format("{}: \"{}\" must be a list of strings", where(c, *node), key));
  for (const toml::node& item : *array) {
    auto s = item.value_exact<std::string>();
    if (!s)
      throw std::runtime_error(
          fmt::format("{}: \"{}\" must be a list of strings", where(c, item), key));
    out.push_back(*s);
  }
  return out;
}

bool match_here(const char* p, const char* s) {
  for (; *p; ++p) {
    if (p[0] == '*' && p[1] == '*') {
      if (p[2] == '/') {  // "**/": zero or more whole folders
        for (const char* t = s; t; t = std::strchr(t, '/') ? std::strchr(t, '/') + 1 : nullptr)
          if (match_here(p + 3, t)) return true;
        return false;
      }
      for (const char* t = s;; ++t) {
        if (match_here(p + 2, t)) return true;
        if (!*t) return false;
      }
    }
    if (*p == '*') {
      for (const char* t = s;; ++t) {
        if (match_here(p + 1, t)) return true;
        if (!*t || *t == '/') return false;
      }
    }
    if (!*s || (*p == '?' ? *s == '/' : *p != *s)) return false;
    ++s;
  }
  return !*s;
}

}  // namespace

bool glob_match(const std::string& pattern, const std::string& path) {
  if (pattern.find('/') == std::string::npos) {
    std::string name = path.substr(path.rfind('/') + 1);
    return match_here(pattern.c_str(), name.c_str());
  }
  std::string p = pattern.rfind("./", 0) == 0 ? pattern.substr(2) : pattern;
  return match_here(p.c_str(), path.c_str());
}

std::optional<Config> load_config(const std::string& explicit_path, std::string* error) {
  Config c;
  c.path = explicit_path.empty() ? find_config_file() : explicit_path;
  if (c.path.empty()) return c;
  c.base_dir = fs::absolute(c.path).parent_path().string();
  try {
    toml::table root = toml::parse_file(c.path);
    check_keys(c, root, {"check", "document"}, "the file");
    if (const toml::table* check = root["check"].as_table()) {
      check_keys(
          c, *check,
          {"paths", "exclude", "jobs", "timeout", "format", "continuation", "cache", "cache_dir"},
          "[check]");
      c.paths = strings(c, *check, "paths");
      c.exclude = strings(c, *check, "exclude");
      if (auto v = get_in<int64_t>(c, *check, "jobs", 1, 256)) c.jobs = static_cast<int>(*v);
      c.timeout = get_in(c, *check, "timeout", kMinTimeout, kMaxTimeout);
      c.format = get<std::string>(c, *check, "format");
      const auto& formats = report_formats();
      if (c.format && std::find(formats.begin(), formats.end(), *c.format) == formats.end())
        throw std::runtime_error(fmt::format("{}: unknown format \"{}\" (use {})",
                                             where(c, *check->get("format")), *c.format,
                                             fmt::join(formats, ", ")));
      c.continuation = get<bool>(c, *check, "continuation");
      c.cache = get<bool>(c, *check, "cache");
      c.cache_dir = get<std::string>(c, *check, "cache_dir");
    }
    if (const toml::node* docs = root.get("document")) {
      const toml::array* list = docs->as_array();
      if (!list) throw std::runtime_error(where(c, *docs) + ": use [[document]] entries");
      for (const toml::node& item : *list) {
        const toml::table* t = item.as_table();
        if (!t) throw std::runtime_error(where(c, item) + ": use [[document]] entries");
        check_keys(c, *t, {"path", "timeout", "continuation", "skip"}, "[[document]]");
        DocumentRule rule;
        auto pattern = get<std::string>(c, *t, "path");
        if (!pattern) throw std::runtime_error(where(c, item) + ": [[document]] needs a path");
        rule.pattern = *pattern;
        rule.timeout = get_in(c, *t, "timeout", kMinTimeout, kMaxTimeout);
        rule.continuation = get<bool>(c, *t, "continuation");
        rule.skip = get<bool>(c, *t, "skip").value_or(false);
        c.documents.push_back(std::move(rule));
      }
    }
  } catch (const toml::parse_error& e) {
    if (error) *error = fmt::format("{}:{}: {}", c.path, e.source().begin.line, e.description());
    return std::nullopt;
  } catch (const std::exception& e) {
    if (error) *error = e.what();
    return std::nullopt;
  }
  return c;
}

DocumentSettings settings_for(const Config& config, const std::string& document_path) {
  DocumentSettings s;
  if (config.path.empty()) return s;
  std::string rel = fs::absolute(document_path)
                        .lexically_normal()
                        .lexically_relative(config.base_dir)
                        .generic_string();
  for (const std::string& pattern : config.exclude)
    if (glob_match(pattern, rel)) s.excluded = true;
  for (const DocumentRule& rule : config.documents) {
    if (!glob_match(rule.pattern, rel)) continue;
    if (rule.skip) s.excluded = true;
    if (rule.timeout) s.timeout = rule.timeout;
    if (rule.continuation) s.continuation = rule.continuation;
  }
  return s;
}

}  // namespace notecheck
