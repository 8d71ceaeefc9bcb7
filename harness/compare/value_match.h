// Comparison of a claimed value (want) with an observed one (got) as trees, the way a reader means
// them: sets order-free, dicts key-wise, `...` matching anything, a class name matching the class.
#pragma once

#include "harness/run/observation.h"

namespace notecheck {

// Both sides are in the parsed form of literal.h. Numbers compare by value within one type
// (`1_000` == `1000`, `1e3` == `1000.0`) but never across types (`2` != `2.0`, `True` != `1`).
bool values_match(const Value& want, const Value& got);

// pytest's doctest option NUMBER (`# doctest: +NUMBER`): a float in the claim matches a got
// float that equals it to the precision written (`3.14` matches 3.14159...). Set for one claim
// at a time by the judge; the comparison functions read it.
class NumberPrecision {
 public:
  explicit NumberPrecision(bool on);
  ~NumberPrecision();
  NumberPrecision(const NumberPrecision&) = delete;
  NumberPrecision& operator=(const NumberPrecision&) = delete;
  static bool on();

 private:
  bool previous_;
};

// An observed value in the parsed form: its repr parsed when it is literal syntax, otherwise
// its structure, with atoms that are not literals kept as opaque reprs.
Value from_observed(const Value& observed);

// `__main__.X` -> `X`: the module prefix a script's classes carry is noise to a reader.
std::string without_main(const std::string& name);

}  // namespace notecheck
