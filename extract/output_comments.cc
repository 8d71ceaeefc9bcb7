#include "extract/output_comments.h"

#include <map>
#include <string>

#include "extract/directives.h"
#include "extract/output_label.h"
#include "util/text.h"

namespace notecheck {

void add_output_comment_claims(Snippet& s, const Analysis& analysis, std::set<int>& used) {
  std::map<int, const CommentInfo*> own;
  for (const CommentInfo& c : analysis.comments)
    if (c.own_line) own[c.line] = &c;
  auto text_of = [](const CommentInfo& c) {
    return without_directives(std::string_view(c.text).substr(1));
  };
  int from = 1;
  for (auto it = own.begin(); it != own.end(); ++it) {
    const CommentInfo& label_comment = *it->second;
    // Indented labels sit in a body that may never run: only the left margin counts.
    if (label_comment.column != 0 || used.count(label_comment.line)) continue;
    std::string label_text = text_of(label_comment);
    std::optional<OutputLabel> label = output_label(label_text);
    if (!label) continue;
    int last_code = 0;  // the last statement line above the label
    for (const StatementInfo& st : analysis.statements)
      if (st.end_line < label_comment.line) last_code = std::max(last_code, st.end_line);
    if (last_code < from) continue;
    std::vector<std::string> texts = {std::string(trim(label_text))};
    used.insert(label_comment.line);
    for (auto next = std::next(it);
         next != own.end() && next->first == std::prev(next)->first + 1 &&
         !output_label(text_of(*next->second));
         ++next) {
      texts.push_back(text_of(*next->second));
      used.insert(next->first);
      it = next;
    }
    Claim c;
    c.doc_line = s.doc_line(label_comment.line);
    c.code_line = last_code;
    c.from_line = from;
    c.kind = ClaimKind::kOutputBlock;
    c.text = join(texts, "\n");
    c.statement = "the output of lines " + std::to_string(s.doc_line(from)) + "-" +
                  std::to_string(s.doc_line(last_code));
    s.claims.push_back(std::move(c));
    from = it->first + 1;
  }
}

}  // namespace notecheck
