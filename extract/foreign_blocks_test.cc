#include "extract/foreign_blocks.h"

#include <gtest/gtest.h>

#include "extract/foreign_lines.h"
#include "util/text.h"

namespace notecheck {
namespace {

TEST(ForeignLines, RecognisesOtherLanguagesAtAGlance) {
  EXPECT_EQ(foreign_line_language("gunicorn -w 4 \"app:create_app()\""), "bash");
  EXPECT_EQ(foreign_line_language("python manage.py migrate appname 0002 # roll back"), "bash");
  EXPECT_EQ(foreign_line_language("$ uvicorn main:app --reload"), "bash");
  EXPECT_EQ(foreign_line_language("uvicorn app:app --workers 4 --host 0.0.0.0."), "bash");
  EXPECT_EQ(foreign_line_language("CMD [\"gunicorn\", \"-w\", \"4\", \"app:create_app()\"]"),
            "dockerfile");
  EXPECT_EQ(foreign_line_language("{% load cache %}"), "html-template");
  EXPECT_EQ(foreign_line_language("<form method=\"POST\">"), "html");
  EXPECT_EQ(foreign_line_language("SELECT id, name FROM users WHERE age > 18;"), "sql");
  EXPECT_EQ(foreign_line_language("GET  /resource/{id}     \xE2\x86\x92 Get (200 / 404)"),
            "http-routes");
  // Prose and Python that start with the same words stay what they are.
  for (const char* line : {"pip \xE2\x86\x92 package manager.", "pytest (most popular).",
                           "python is a language", "flask.Flask(__name__)", "ENV = 'prod'",
                           "template = \"{{ name }}\"", "# pip install flask"}) {
    EXPECT_EQ(foreign_line_language(line), "") << line;
  }
}

TEST(ForeignBlocks, ShellAndDockerfileBetweenExamples) {
  // 003 lines 1316-1321.
  std::vector<std::string> lines = {
      "gunicorn -w 4 \"app:create_app()\"",
      "# Gunicorn with 4 workers, gevent async workers for I/O heavy apps",
      "gunicorn -w 4 -k gevent --bind 0.0.0.0:8000 \"app:create_app()\"",
      "# Dockerfile snippet",
      "CMD [\"gunicorn\", \"-w\", \"4\", \"-b\", \"0.0.0.0:8000\", \"app:create_app()\"]",
      "from flask import Flask, request, jsonify",
  };
  std::vector<bool> skip(lines.size(), false);
  std::vector<Snippet> s = take_foreign_blocks(lines, skip);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].language, "bash");
  EXPECT_EQ(s[0].line_map, (std::vector<int>{1, 2, 3}));
  EXPECT_EQ(s[1].language, "dockerfile");
  EXPECT_EQ(s[1].line_map, (std::vector<int>{4, 5}));
  for (const Snippet& x : s) EXPECT_FALSE(x.runnable);
  EXPECT_FALSE(skip[5]);  // the Python after them is left to the scanner
}

TEST(ForeignBlocks, StringsAndContinuationsAreRespected) {
  std::vector<std::string> lines = {
      "cur.execute(\"\"\"",  "SELECT u.id FROM users u", "\"\"\")",
      "gunicorn app:app \\", "    --workers 4 \\",       "    --bind 0.0.0.0:8000",
  };
  std::vector<bool> skip(lines.size(), false);
  std::vector<Snippet> s = take_foreign_blocks(lines, skip);
  ASSERT_EQ(s.size(), 1u);  // the SQL belongs to the Python string
  EXPECT_EQ(s[0].line_map, (std::vector<int>{4, 5, 6}));
}

TEST(ForeignLines, BlockLanguages) {
  EXPECT_EQ(block_language({"Client \xE2\x86\x92 FastAPI \xE2\x86\x92 PostgreSQL",
                            "                \xE2\x86\x92 Redis (cache / queue)"}),
            "diagram");
  EXPECT_EQ(block_language({"POST /resource \xE2\x86\x92 Create (201)", "GET  /resource"}),
            "http-routes");
  EXPECT_EQ(block_language({"x = 1", "y = 2"}), "");
}

}  // namespace
}  // namespace notecheck
