#include "extract/notebook.h"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "extract/source_lines.h"
#include "util/text.h"

namespace notecheck {
namespace {

using nlohmann::json;

// nbformat stores text as a string or a list of lines.
std::string joined(const json& j) {
  if (j.is_string()) return j.get<std::string>();
  std::string out;
  if (j.is_array()) {
    for (const json& part : j) {
      if (part.is_string()) out += part.get<std::string>();
    }
  }
  return out;
}

// The document line of each source element of the code cells, in order: the lines after a
// `"source": [` line. Empty when the file is not laid out one element per line.
class LineFinder {
 public:
  explicit LineFinder(const Document& doc) : doc_(doc) {}

  // Lines of the next cell's source elements and of its first output text; advances.
  std::vector<int> next_cell(size_t elements, int* output_line) {
    size_t cell = find("\"cell_type\"", pos_);
    if (cell == kNone) return {};
    size_t next_cell = find("\"cell_type\"", cell + 1);
    size_t source = find("\"source\"", cell);
    size_t text = find("\"text", cell);
    *output_line = text != kNone && text < next_cell ? static_cast<int>(text) + 2 : 0;
    pos_ = cell + 1;
    if (source == kNone || source >= next_cell) return {};
    std::vector<int> lines;
    const std::string& head = doc_.lines[source];
    if (trim_right(head).back() != '[')
      return std::vector<int>(elements, static_cast<int>(source) + 1);
    for (size_t i = 0; i < elements; ++i) lines.push_back(static_cast<int>(source + 2 + i));
    return lines;
  }

 private:
  static constexpr size_t kNone = static_cast<size_t>(-1);
  size_t find(const char* needle, size_t from) const {
    for (size_t i = from; i < doc_.lines.size(); ++i) {
      if (doc_.lines[i].find(needle) != std::string::npos) return i;
    }
    return kNone;
  }

  const Document& doc_;
  size_t pos_ = 0;
};

void attach_outputs(Snippet& s, const json& cell, int output_line, SyntaxChecker& checker) {
  std::string stream, result;
  for (const json& out : cell.value("outputs", json::array())) {
    std::string type = out.value("output_type", "");
    if (type == "stream" && out.value("name", "") == "stdout") stream += joined(out["text"]);
    if (type == "execute_result" && out.contains("data"))
      result += joined(out["data"]["text/plain"]);
  }
  if (stream.empty() && result.empty()) return;
  Analysis a = checker.analyze(s.code);
  // Output belongs to the last statement only if no earlier one prints: an earlier print or
  // loop would have written part of it. Plain calls (`items.append(3)`) are taken as silent.
  int last_line = 0, top = 0, printers = 0;
  bool last_prints = false, last_is_value = false;
  for (const StatementInfo& st : a.statements) {
    if (st.depth != 0) continue;
    static const char* kBlocks[] = {"For",  "AsyncFor",  "While", "If",
                                    "With", "AsyncWith", "Try",   "Match"};
    bool prints = st.is_print || std::any_of(std::begin(kBlocks), std::end(kBlocks),
                                             [&](const char* k) { return st.kind == k; });
    printers += prints;
    ++top;
    last_line = st.end_line;
    last_prints = prints;
    last_is_value = st.kind == "Expr" && !st.is_print;
  }
  bool stream_ok = stream.empty() || top == 1 || (printers == 1 && last_prints);
  bool result_ok = result.empty() || last_is_value;
  std::string want = stream_ok && result_ok ? stream + result : "";
  while (!want.empty() && want.back() == '\n') want.pop_back();
  if (want.empty() || last_line == 0) return;
  Claim c;
  c.kind = ClaimKind::kDoctestOutput;
  c.code_line = last_line;
  c.doc_line = output_line > 0 ? output_line : s.doc_line(last_line);
  c.text = want;
  std::vector<std::string> lines = split_lines(s.code);
  c.statement = std::string(trim(lines[last_line - 1]));
  s.claims.push_back(std::move(c));
}

}  // namespace

bool looks_like_notebook(const Document& doc) {
  if (ends_with(doc.path, ".ipynb")) return true;
  std::string_view t = trim_left(doc.text);
  return starts_with(t, "{") && doc.text.find("\"nbformat\"") != std::string::npos &&
         doc.text.find("\"cells\"") != std::string::npos;
}

std::vector<Snippet> notebook_snippets(const Document& doc, SyntaxChecker& checker) {
  std::vector<Snippet> out;
  json nb = json::parse(doc.text, nullptr, false);
  if (nb.is_discarded() || !nb.contains("cells") || !nb["cells"].is_array()) {
    Snippet s = make_snippet({{1, doc.line(1)}}, "notebook", "json");
    s.runnable = false;
    s.reason = "not a readable notebook: the .ipynb is not valid nbformat JSON";
    out.push_back(std::move(s));
    return out;
  }
  std::string language = "python";
  if (nb.contains("metadata") && nb["metadata"].contains("kernelspec")) {
    language = nb["metadata"]["kernelspec"].value("language", "python");
  }
  LineFinder finder(doc);
  for (const json& cell : nb["cells"]) {
    const json& source = cell.contains("source") ? cell["source"] : json();
    size_t elements = source.is_array() ? source.size() : 1;
    int output_line = 0;
    std::vector<int> element_lines = finder.next_cell(elements, &output_line);
    if (cell.value("cell_type", "") != "code") continue;
    std::vector<std::string> code_lines = split_lines(joined(source));
    if (std::all_of(code_lines.begin(), code_lines.end(),
                    [](const std::string& l) { return is_blank(l); }))
      continue;
    std::vector<SourceLine> lines;
    for (size_t i = 0; i < code_lines.size(); ++i) {
      int line = i < element_lines.size() ? element_lines[i]
                 : element_lines.empty()  ? 1
                                          : element_lines.back();
      lines.push_back({line, code_lines[i]});
    }
    Snippet s = make_snippet(lines, "notebook", language == "python" ? "python" : language);
    if (language != "python") {
      s.runnable = false;
      s.reason = "not Python (" + language + " kernel)";
    } else if (reject_if_too_large(s)) {
    } else if (auto magic = std::find_if(code_lines.begin(), code_lines.end(),
                                         [](const std::string& l) {
                                           std::string_view t = trim_left(l);
                                           return starts_with(t, "%") || starts_with(t, "!");
                                         });
               magic != code_lines.end()) {
      s.runnable = false;
      s.reason = "IPython magic or shell escape: " + one_line(trim(*magic), 60);
    } else if (SyntaxResult r = checker.check(s.code); !r.ok) {
      s.runnable = false;
      s.reason = compile_failure_reason(s, r);
    } else {
      attach_outputs(s, cell, output_line, checker);
    }
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace notecheck
