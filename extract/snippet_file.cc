#include "extract/snippet_file.h"

#include <filesystem>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include <fmt/format.h>

#include "util/file.h"
#include "util/text.h"

namespace notecheck {
namespace {

constexpr const char* kHeader = "# notecheck snippet: ";
constexpr const char* kLinesHeader = "# notecheck lines: ";

// `key=value` fields of the header; values run to the next ` key=`.
std::string header_field(const std::string& header, const std::string& key) {
  std::string needle = key + "=";
  size_t pos = header.find(needle);
  if (pos == std::string::npos) return "";
  pos += needle.size();
  size_t end = header.find(' ', pos);
  if (key == "document") {
    // Paths may contain spaces: the document field is last-but-known-keys; cut at " lines=".
    end = header.find(" lines=", pos);
  }
  return header.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
}

ClaimKind claim_kind_of(const std::string& s) {
  if (std::optional<ClaimKind> k = claim_kind_from(s)) return *k;
  throw std::runtime_error("unknown claim kind \"" + s + "\"");
}

}  // namespace

std::string document_folder(const std::string& document_path) {
  return std::filesystem::path(document_path).stem().string();
}

std::string snippet_stem(const Snippet& snippet) {
  return fmt::format("{:03}_L{}", snippet.index, snippet.start_line());
}

std::string format_line_map(const std::vector<int>& m) {
  std::string out;
  for (size_t i = 0; i < m.size();) {
    size_t j = i;
    while (j + 1 < m.size() && m[j + 1] == m[j] + 1) ++j;
    if (!out.empty()) out += ",";
    out += j == i ? std::to_string(m[i]) : fmt::format("{}-{}", m[i], m[j]);
    i = j + 1;
  }
  return out;
}

std::vector<int> parse_line_map(const std::string& text) {
  std::vector<int> out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t comma = text.find(',', pos);
    std::string part =
        text.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos);
    size_t dash = part.find('-');
    int a = std::stoi(part.substr(0, dash));
    int b = dash == std::string::npos ? a : std::stoi(part.substr(dash + 1));
    if (b < a || b - a > 10'000'000) throw std::runtime_error("bad line range \"" + part + "\"");
    for (int l = a; l <= b; ++l) out.push_back(l);
    if (comma == std::string::npos) break;
    pos = comma + 1;
  }
  return out;
}

std::string snippet_file_text(const Snippet& s) {
  std::string out =
      fmt::format("{}document={} lines={}-{} index={} origin={} language={}\n", kHeader, s.document,
                  s.start_line(), s.end_line(), s.index, s.origin, s.language);
  out += kLinesHeader + format_line_map(s.line_map) + "\n";
  out += s.code;
  if (!s.code.empty() && s.code.back() != '\n') out += "\n";
  return out;
}

std::string expected_file_text(const Snippet& s) {
  nlohmann::json claims = nlohmann::json::array();
  for (const Claim& c : s.claims) {
    claims.push_back({{"line", c.doc_line},
                      {"code_line", c.code_line},
                      {"kind", to_string(c.kind)},
                      {"statement", c.statement},
                      {"claim", c.text}});
    if (c.on_assignment) claims.back()["on_assignment"] = true;
    if (c.from_line) claims.back()["from_code_line"] = c.from_line;
    if (!c.probe.empty()) claims.back()["probe"] = c.probe;
    if (c.number) claims.back()["number"] = true;
  }
  nlohmann::json j = {{"document", s.document}, {"start", s.start_line()},
                      {"end", s.end_line()},    {"runnable", s.runnable},
                      {"reason", s.reason},     {"continues", s.continues},
                      {"claims", claims}};
  // A path that is not UTF-8 (a file name in another encoding) is shown with U+FFFD.
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

SnippetPaths snippet_paths(const Snippet& snippet, const std::string& out_dir) {
  namespace fs = std::filesystem;
  fs::path base(out_dir);
  std::string folder = document_folder(snippet.document);
  std::string stem = snippet_stem(snippet);
  return {(base / "snippets" / folder / (stem + ".py")).string(),
          (base / "expected" / folder / (stem + ".json")).string()};
}

std::string expected_path_for(const std::string& snippet_path) {
  namespace fs = std::filesystem;
  fs::path p(snippet_path);
  fs::path root = p.parent_path().parent_path().parent_path();
  return (root / "expected" / p.parent_path().filename() / p.stem()).string() + ".json";
}

Snippet read_snippet_file(const std::string& path) {
  std::string error;
  auto text = read_file(path, &error);
  if (!text) throw std::runtime_error(path + ": cannot read: " + error);
  std::vector<std::string> lines = split_lines(*text);
  if (lines.size() < 2 || !starts_with(lines[0], kHeader) || !starts_with(lines[1], kLinesHeader))
    throw std::runtime_error(path + ":1: not a notecheck snippet file (missing header)");

  Snippet s;
  s.document = header_field(lines[0], "document");
  s.origin = header_field(lines[0], "origin");
  s.language = header_field(lines[0], "language");
  std::string index = header_field(lines[0], "index");
  s.index = index.empty() ? 0 : std::atoi(index.c_str());
  std::vector<int> map;
  try {
    map = parse_line_map(lines[1].substr(std::string(kLinesHeader).size()));
  } catch (const std::exception& e) {
    throw std::runtime_error(path + ":2: bad line map: " + e.what());
  }
  for (size_t i = 2; i < lines.size(); ++i) s.code += lines[i] + "\n";

  // After an edit the code may have more or fewer lines: extend the map past the end so that
  // every message still points near the right document line.
  size_t n = lines.size() - 2;
  if (map.size() > n) map.resize(n);
  while (map.size() < n) map.push_back(map.empty() ? 1 : map.back() + 1);
  s.line_map = map;

  std::string expected = expected_path_for(path);
  if (auto json_text = read_file(expected)) {
    try {
      auto j = nlohmann::json::parse(*json_text);
      s.runnable = j.value("runnable", true);
      s.reason = j.value("reason", "");
      s.continues = j.value("continues", std::vector<int>{});
      for (const auto& c : j.at("claims")) {
        Claim claim;
        claim.doc_line = c.at("line").get<int>();
        claim.code_line = c.at("code_line").get<int>();
        claim.kind = claim_kind_of(c.at("kind").get<std::string>());
        claim.statement = c.value("statement", "");
        claim.text = c.at("claim").get<std::string>();
        claim.on_assignment = c.value("on_assignment", false);
        claim.from_line = c.value("from_code_line", 0);
        claim.probe = c.value("probe", "");
        claim.number = c.value("number", false);
        s.claims.push_back(std::move(claim));
      }
    } catch (const std::exception& e) {
      throw std::runtime_error(expected + ": malformed: " + one_line(e.what()));
    }
  }
  return s;
}

}  // namespace notecheck
