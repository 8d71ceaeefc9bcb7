// UTF-8 decoding, encoding and validation. Strict: overlong forms, surrogates and code points
// above U+10FFFF are invalid, as Python's own decoder treats them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace notecheck {

// Decodes one code point at `pos` and advances `pos` past it. Returns false (leaving `pos`
// unchanged) if the bytes at `pos` are not a valid UTF-8 sequence.
bool decode_utf8(std::string_view s, size_t& pos, char32_t& cp);

// Appends `cp` encoded as UTF-8.
void append_utf8(std::string& out, char32_t cp);

// Byte offset of the first invalid sequence, or std::string_view::npos if `s` is valid.
size_t find_invalid_utf8(std::string_view s);

}  // namespace notecheck
