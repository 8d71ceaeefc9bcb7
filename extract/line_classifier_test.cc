#include "extract/line_classifier.h"

#include <gtest/gtest.h>

namespace notecheck {
namespace {

LineKind kind_of(const std::string& line) { return classify_lines({line}, {})[0].kind; }

TEST(LineClassifier, ProseThatCannotBePython) {
  // Real lines of ../shared/notes: glued labels, sentences, bullets, table rows.
  for (const char* line : {
           "Real-world gotcha: In production, the biggest memory issue is not cycles.",
           "Cyclic GC (Handles Circular References):",
           "Example:",
           "Answer:What interviewers are really testing: Whether you understand memory.",
           "yield from \xE2\x80\x94 delegates to a sub-generator, essential for recursive:",
           "sorted() vs .sort():",
           "1 + \"2\" raises TypeError",
           "| Immutable | Mutable | user-defined classes (by default) |",
           "Thread 0 starting",
           "Diamond problem.",
           "Flask.",
           "What is the GIL?",
           "Answer: app.mount(\"/static\", StaticFiles(directory=\"static\"))",
           "SerializationManual_asdict().model_dump(), .model_dump_json()",
           "const csrftoken = document.cookie.match(/csrftoken=([^;]+)/)?.[1];",
           "gunicorn -k uvicorn.workers.UvicornWorker app:app -w 4",
           "I don't know",
       }) {
    EXPECT_EQ(kind_of(line), LineKind::kProse) << line;
  }
}

TEST(LineClassifier, CodeEvidence) {
  for (const char* line : {"print(s1 is s2)    # True", "a = []  # refcount = 1",
                           "def __new__(cls, *args):", "@wraps(func)  # Preserves __name__",
                           "from functools import wraps", "match = pattern.match('2024-03-15')",
                           "match command:", "case str(s) if s:", "for t in threads: t.join()",
                           "    return cls._instance", "x: int = 3",
                           "await asyncio.gather(withdraw(50), withdraw(50))", "else:"}) {
    EXPECT_EQ(kind_of(line), LineKind::kStrong) << line;
  }
  EXPECT_EQ(kind_of("a is b   # False (different objects in memory)"), LineKind::kExpr);
  EXPECT_EQ(kind_of("Flask"), LineKind::kWeak);
  EXPECT_EQ(kind_of("pass"), LineKind::kWeak);
  EXPECT_EQ(kind_of("Site-packages"), LineKind::kWeak);
  EXPECT_EQ(kind_of("COPY --from=ghcr.io/astral-sh/uv:latest /uv /usr/local/bin/uv"),
            LineKind::kWeak);
}

TEST(LineClassifier, CommentsHeadingsAndContinuations) {
  std::vector<std::string> lines = {
      "### 4. What is __all__ in Python modules?",
      "# [D, B, C, A, object]",
      "cur.execute(\"\"\"",
      "    SELECT u.id, u.name, p.title",
      "\"\"\")",
      "LOGGING = {",
      "    'version': 1,",
      "}",
      "Done: nothing left (",
      "Next sentence here.",
  };
  std::vector<LineClass> c = classify_lines(lines, {});
  EXPECT_EQ(c[0].kind, LineKind::kHeading);
  EXPECT_EQ(c[1].kind, LineKind::kComment);
  EXPECT_EQ(c[2].kind, LineKind::kStrong);
  EXPECT_EQ(c[3].kind, LineKind::kContinuation);  // SQL inside a string is not prose
  EXPECT_EQ(c[4].kind, LineKind::kContinuation);
  EXPECT_EQ(c[6].kind, LineKind::kContinuation);
  EXPECT_EQ(c[7].kind, LineKind::kContinuation);
  EXPECT_EQ(c[8].kind, LineKind::kProse);
  EXPECT_EQ(c[9].kind, LineKind::kProse);  // prose never continues a prose bracket
}

TEST(LineClassifier, SkippedLinesArePlainText) {
  std::vector<LineClass> c = classify_lines({"x = 1", "y = 2"}, {true, false});
  EXPECT_EQ(c[0].kind, LineKind::kProse);
  EXPECT_EQ(c[1].kind, LineKind::kStrong);
}

}  // namespace
}  // namespace notecheck
