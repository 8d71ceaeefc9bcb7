#include "extract/mojibake.h"

#include <string_view>
#include <unordered_map>
#include <vector>

#include "util/utf8.h"

namespace notecheck {
namespace {

// High halves (bytes 0x80..0xFF) of the code pages, as decoders map them to Unicode.
constexpr char32_t kMacRoman[128] = {
    0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1, 0x00E0, 0x00E2, 0x00E4, 0x00E3,
    0x00E5, 0x00E7, 0x00E9, 0x00E8, 0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3,
    0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC, 0x2020, 0x00B0, 0x00A2, 0x00A3,
    0x00A7, 0x2022, 0x00B6, 0x00DF, 0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8,
    0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211, 0x220F, 0x03C0, 0x222B, 0x00AA,
    0x00BA, 0x03A9, 0x00E6, 0x00F8, 0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB,
    0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153, 0x2013, 0x2014, 0x201C, 0x201D,
    0x2018, 0x2019, 0x00F7, 0x25CA, 0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
    0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1, 0x00CB, 0x00C8, 0x00CD, 0x00CE,
    0x00CF, 0x00CC, 0x00D3, 0x00D4, 0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC,
    0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7,
};

// Windows-1252; its five undefined bytes are kept as the C1 controls browsers decode them to.
constexpr char32_t kWindows1252[128] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, 0x00A0, 0x00A1, 0x00A2, 0x00A3,
    0x00A4, 0x00A5, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x00B9, 0x00BA, 0x00BB,
    0x00BC, 0x00BD, 0x00BE, 0x00BF, 0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
    0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF, 0x00D0, 0x00D1, 0x00D2, 0x00D3,
    0x00D4, 0x00D5, 0x00D6, 0x00D7, 0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF,
    0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB,
    0x00EC, 0x00ED, 0x00EE, 0x00EF, 0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7,
    0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF,
};

struct CodePage {
  const char* name;
  std::unordered_map<char32_t, unsigned char> to_byte;  // reverse of the high half
};

CodePage make_code_page(const char* name, const char32_t* high) {
  CodePage page{name, {}};
  for (int i = 0; i < 128; ++i) {
    page.to_byte[high ? high[i] : static_cast<char32_t>(0x80 + i)] =
        static_cast<unsigned char>(0x80 + i);
  }
  return page;
}

const std::vector<CodePage>& code_pages() {
  static const std::vector<CodePage> pages = [] {
    std::vector<CodePage> p;
    p.push_back(make_code_page("Mac Roman", kMacRoman));
    p.back().to_byte[0x00A4] = 0xDB;  // pre-1998 Mac Roman had the currency sign at 0xDB
    p.push_back(make_code_page("Windows-1252", kWindows1252));
    p.push_back(make_code_page("Latin-1", nullptr));
    return p;
  }();
  return pages;
}

// Mojibake turns each non-ASCII character into a run of two to four non-ASCII characters, so
// adjacent non-ASCII pairs measure how garbled a text is. Real text has few (emoji + variation
// selector, "—’" and the like).
size_t suspicious_pairs(std::string_view s) {
  size_t pairs = 0, pos = 0;
  bool prev_high = false;
  char32_t cp;
  while (pos < s.size()) {
    if (static_cast<unsigned char>(s[pos]) < 0x80) {  // ASCII, most of a note: no decoding
      prev_high = false;
      ++pos;
      continue;
    }
    if (!decode_utf8(s, pos, cp)) return pairs;  // callers pass valid UTF-8
    bool high = cp >= 0x80;
    if (high && prev_high) ++pairs;
    prev_high = high;
  }
  return pairs;
}

// Re-encodes every character to `page`; false if one is not in it.
bool encode_to_page(std::string_view s, const CodePage& page, std::string* bytes) {
  bytes->clear();
  bytes->reserve(s.size());
  size_t pos = 0;
  char32_t cp;
  while (pos < s.size()) {
    if (static_cast<unsigned char>(s[pos]) < 0x80) {
      *bytes += s[pos++];
      continue;
    }
    if (!decode_utf8(s, pos, cp)) return false;
    if (cp < 0x80) {
      *bytes += static_cast<char>(cp);
      continue;
    }
    auto it = page.to_byte.find(cp);
    if (it == page.to_byte.end()) return false;
    *bytes += static_cast<char>(it->second);
  }
  return true;
}

}  // namespace

bool repair_mojibake(const std::string& text, std::string* repaired, std::string* what) {
  bool has_high = false;
  for (char c : text) has_high |= static_cast<unsigned char>(c) >= 0x80;
  if (!has_high) return false;
  size_t before = suspicious_pairs(text);
  std::string bytes;
  for (const CodePage& page : code_pages()) {
    if (!encode_to_page(text, page, &bytes)) continue;
    // The bytes must decode as UTF-8 and actually contain multi-byte characters; otherwise the
    // text was genuine 8-bit-range Unicode, not mojibake.
    if (bytes == text || find_invalid_utf8(bytes) != std::string::npos) continue;
    if (suspicious_pairs(bytes) >= before) continue;
    *repaired = std::move(bytes);
    *what = std::string("repaired mojibake: UTF-8 read as ") + page.name;
    return true;
  }
  return false;
}

}  // namespace notecheck
