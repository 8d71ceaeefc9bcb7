// Fuzz target: the claim parser. The input is `want \0 got \0 code`: the literal parser in
// each form, the claim-text reader (with the names `code` defines), the reading of `want` as the
// values an unpacking (`code` as its statement) binds, and text matching of want against got,
// as the checker uses them.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "harness/compare/binding_claim.h"
#include "harness/compare/claim_text.h"
#include "harness/compare/known_names.h"
#include "harness/compare/literal.h"
#include "harness/compare/text_match.h"

namespace {

std::string_view next_part(std::string_view* rest) {
  size_t nul = rest->find('\0');
  std::string_view part = rest->substr(0, nul);
  rest->remove_prefix(nul == std::string_view::npos ? rest->size() : nul + 1);
  return part;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  std::string_view want = next_part(&rest);
  std::string_view got = next_part(&rest);
  std::string_view code = next_part(&rest);

  using notecheck::LiteralForm;
  for (LiteralForm form : {LiteralForm::kSingle, LiteralForm::kBareTuple, LiteralForm::kPrinted}) {
    if (auto parsed = notecheck::parse_literal(want, form)) {
      if (parsed->end > want.size()) __builtin_trap();  // must stay inside the text
    }
    notecheck::parse_whole_literal(want, form);
  }
  notecheck::mask_addresses(want);

  notecheck::KnownNames known(code);
  notecheck::ClaimText claim = notecheck::read_claim_text(want, known);
  notecheck::without_trailing_remark(want);
  notecheck::bindings_as_value(code, want);
  if (auto bindings = notecheck::claimed_bindings(code, want)) {
    for (const notecheck::Binding& b : *bindings)
      if (b.value_at + b.value_size > want.size()) __builtin_trap();  // places inside the text
  }

  notecheck::collapse_space(got);
  notecheck::ellipsis_match(want, got);
  notecheck::text_matches(want, got);
  if (!claim.value_text.empty()) notecheck::text_matches(claim.value_text, got);
  return 0;
}
