// Lexing of the atoms of Python's literal syntax (numbers, strings, bytes, names) for the literal
// parser. Internal to compare: callers use literal.h. Strings are in literal_string.cc.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "harness/run/observation.h"

namespace notecheck {

// An atom lexed at the start of some text, and the offset just past it.
struct LexedAtom {
  Value value;
  size_t end = 0;
};

bool is_ident_start(char c);
bool is_ident_char(char c);

// `12`, `-1_000`, `0x1F`, `2.5e3`, `3j`, `1+2j`: Value atom of type int, float or complex.
// Fails when the number runs into letters (`8KB`), so prose is not mistaken for numbers.
std::optional<LexedAtom> lex_number(std::string_view text, size_t pos);

// `'a'`, `"a"`, `'''a'''`, `r'\d'`, `b'\x00'`, adjacent literals concatenated: type str or bytes,
// `str` holding the decoded content. f-strings are not literals and are refused.
std::optional<LexedAtom> lex_string(std::string_view text, size_t pos);

// `D`, `__main__.X`, `Status.ACTIVE`: the dotted name as text, or nullopt.
std::optional<std::pair<std::string, size_t>> lex_dotted_name(std::string_view text, size_t pos);

// Python's repr of str or bytes content: single quotes unless only double quotes avoid escapes.
std::string python_repr_of_text(std::string_view content, bool is_bytes);

}  // namespace notecheck
