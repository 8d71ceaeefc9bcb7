#include "extract/extractor.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "harness/run/python_syntax_checker.h"
#include "util/text.h"

namespace notecheck {
namespace {

const std::string kNotes = NOTECHECK_SOURCE_DIR "/../shared/notes";

SyntaxChecker& checker() {
  static std::unique_ptr<SyntaxChecker> c = make_python_syntax_checker();
  return *c;
}

struct Extracted {
  Document doc;
  std::vector<Snippet> snippets;
};

Extracted extract(const std::string& name) {
  Extracted e{read_document(kNotes + "/" + name), {}};
  EXPECT_TRUE(e.doc.error.empty()) << e.doc.error;
  e.snippets = extract_snippets(e.doc, checker());
  return e;
}

const Snippet* covering(const std::vector<Snippet>& snippets, int doc_line) {
  for (const Snippet& s : snippets) {
    if (std::count(s.line_map.begin(), s.line_map.end(), doc_line)) return &s;
  }
  return nullptr;
}

const Claim* claim_at(const Snippet& s, int doc_line) {
  for (const Claim& c : s.claims) {
    if (c.doc_line == doc_line) return &c;
  }
  return nullptr;
}

// What every extraction must satisfy, whatever the note.
void expect_well_formed(const Extracted& e) {
  for (size_t i = 0; i < e.snippets.size(); ++i) {
    const Snippet& s = e.snippets[i];
    EXPECT_EQ(s.index, static_cast<int>(i));
    EXPECT_EQ(s.document, e.doc.path);
    EXPECT_EQ(s.line_map.size(), split_lines(s.code).size()) << "snippet " << i;
    if (i > 0) {
      EXPECT_GE(s.start_line(), e.snippets[i - 1].end_line());
    }
    EXPECT_TRUE(s.runnable || !s.reason.empty()) << "snippet " << i;
    for (const Claim& c : s.claims) {
      EXPECT_GE(c.doc_line, s.start_line());
      if (c.kind != ClaimKind::kDoctestOutput && c.kind != ClaimKind::kOutputBlock) {
        EXPECT_LE(c.doc_line, s.end_line());  // doctest output and Output: sections follow
      }
      EXPECT_EQ(s.doc_line(c.code_line) <= c.doc_line, true);
      if (c.kind != ClaimKind::kDoctestOutput) {
        std::string first = c.text.substr(0, c.text.find('\n'));
        EXPECT_NE(e.doc.line(c.doc_line).find(first), std::string::npos) << c.text;
      }
    }
  }
}

TEST(Extractor, NoteWithoutCodeYieldsNothing) {
  Extracted e = extract("004_d19c1bdc91ef034e.txt");
  EXPECT_TRUE(e.snippets.empty());
}

TEST(Extractor, MarkdownFences) {
  Extracted e = extract("000_965d46ce521218ab.txt");
  expect_well_formed(e);
  ASSERT_EQ(e.snippets.size(), 8u);
  const int starts[] = {56, 67, 88, 105, 120, 137};
  for (int i = 0; i < 6; ++i) {
    const Snippet& s = e.snippets[i];
    EXPECT_EQ(s.start_line(), starts[i]);
    EXPECT_EQ(s.origin, "fenced");
    EXPECT_TRUE(s.runnable) << s.reason;
    EXPECT_TRUE(s.claims.empty()) << "two-column block " << i << ": " << s.claims[0].text;
  }
  EXPECT_EQ(e.snippets[0].code.substr(0, e.snippets[0].code.find('\n')),
            "# Python                          # TypeScript");
  // The API list and the arrow diagram are unlabelled fences that are not Python.
  for (int i : {6, 7}) EXPECT_FALSE(e.snippets[i].runnable);
  EXPECT_EQ(e.snippets[6].language, "http-routes");
  EXPECT_EQ(e.snippets[7].language, "diagram");
  // The right-hand column is TypeScript, named from its header.
  EXPECT_NE(e.snippets[0].reason.find("are TypeScript, not claims"), std::string::npos);
  EXPECT_EQ(e.snippets[6].start_line(), 164);
  EXPECT_EQ(e.snippets[7].start_line(), 179);
  // Markdown prose and tables outside fences never become snippets.
  EXPECT_EQ(covering(e.snippets, 26), nullptr);
}

TEST(Extractor, WebPageClaims) {
  Extracted e = extract("002_f0a75effb6439ed2.txt");
  expect_well_formed(e);
  const Snippet* singleton = covering(e.snippets, 109);
  ASSERT_NE(singleton, nullptr);
  EXPECT_TRUE(singleton->runnable);
  EXPECT_EQ(singleton->start_line(), 96);  // `class Singleton:` after the prose line
  const Claim* is = claim_at(*singleton, 109);
  ASSERT_NE(is, nullptr);
  EXPECT_EQ(is->kind, ClaimKind::kTrailingComment);
  EXPECT_EQ(is->text, "True");
  EXPECT_EQ(is->statement, "print(s1 is s2)");
  EXPECT_EQ(singleton->doc_line(is->code_line), 109);

  const Snippet* mro = covering(e.snippets, 139);
  ASSERT_NE(mro, nullptr);
  const Claim* following = claim_at(*mro, 140);
  ASSERT_NE(following, nullptr);
  EXPECT_EQ(following->kind, ClaimKind::kFollowingComment);
  EXPECT_TRUE(starts_with(following->text, "[D, B, C, A, object]"));
  EXPECT_EQ(mro->doc_line(following->code_line), 139);
  EXPECT_EQ(following->statement, "print(D.mro())");

  const Snippet* refcount = covering(e.snippets, 27);
  ASSERT_NE(refcount, nullptr);
  EXPECT_EQ(refcount->start_line(), 21);
  const Claim* four = claim_at(*refcount, 27);
  ASSERT_NE(four, nullptr);
  EXPECT_EQ(four->text, "4 (includes temporary reference in getrefcount)");
  // `a = []  # refcount = 1`: a claim on the value bound (compare finds it is not a value).
  ASSERT_NE(claim_at(*refcount, 23), nullptr);
  EXPECT_TRUE(claim_at(*refcount, 23)->on_assignment);

  const Snippet* loop = covering(e.snippets, 696);
  ASSERT_NE(loop, nullptr);
  ASSERT_NE(claim_at(*loop, 696), nullptr);
  EXPECT_EQ(claim_at(*loop, 696)->text, "PENDING 1, ACTIVE 2, DISABLED 3");
}

TEST(Extractor, WebPageProseIsNeverInsideASnippet) {
  Extracted e = extract("002_f0a75effb6439ed2.txt");
  for (const Snippet& s : e.snippets) {
    for (int line : s.line_map) {
      const std::string& text = e.doc.line(line);
      for (const char* prose : {"Answer:", "Red flag answer", "Follow-up", "\xE2\x80\xA2",
                                "Example:", "\xE2\x80\x9C"}) {
        EXPECT_EQ(text.find(prose), std::string::npos) << line << ": " << text;
      }
    }
  }
  // The HTML form and the JavaScript after it are not run as Python.
  for (int line = 1187; line <= 1200; ++line) {
    const Snippet* s = covering(e.snippets, line);
    if (s) {
      EXPECT_FALSE(s->runnable) << line;
    }
  }
  const Snippet* toml = covering(e.snippets, 2429);
  ASSERT_NE(toml, nullptr);
  EXPECT_EQ(toml->language, "toml");
  EXPECT_FALSE(toml->runnable);
}

TEST(Extractor, MojibakeNoteWithBlankLineSeparatedCode) {
  Extracted e = extract("001_eb8fadc99d596cad.txt");
  expect_well_formed(e);
  EXPECT_FALSE(e.doc.repair.empty());
  const Snippet* mro = covering(e.snippets, 452);
  ASSERT_NE(mro, nullptr);
  EXPECT_EQ(mro->start_line(), 448);
  ASSERT_NE(claim_at(*mro, 452), nullptr);
  EXPECT_EQ(claim_at(*mro, 452)->text, "[D, B, C, A, object]");
  // Markers and headings are not code.
  for (int line : {9, 446, 1021, 1065, 3253}) {
    EXPECT_EQ(covering(e.snippets, line), nullptr) << line;
  }
  // Sample output after a program, a shell command and a table schema are listed, never run.
  const struct {
    int line;
    const char* language;
  } others[] = {{1022, "output"}, {1024, "output"}, {749, "bash"}, {919, "text"}};
  for (const auto& o : others) {
    const Snippet* s = covering(e.snippets, o.line);
    ASSERT_NE(s, nullptr) << o.line;
    EXPECT_EQ(s->language, o.language) << o.line;
    EXPECT_FALSE(s->runnable) << o.line;
  }
}

TEST(Extractor, PdfExportWithLostIndentation) {
  Extracted e = extract("003_5a73feaeea27e7f2.txt");
  expect_well_formed(e);
  const Snippet* mutated = covering(e.snippets, 23);
  ASSERT_NE(mutated, nullptr);
  EXPECT_TRUE(mutated->runnable);
  EXPECT_EQ(mutated->start_line(), 20);
  ASSERT_NE(claim_at(*mutated, 23), nullptr);
  EXPECT_EQ(claim_at(*mutated, 23)->text, "[1, 2, 3, 4] \xE2\x80\x94 mutated!");
  // `lst.append(item)` lost its indentation under its def; it is put back and runs.
  const Snippet* restored = covering(e.snippets, 29);
  ASSERT_NE(restored, nullptr);
  EXPECT_TRUE(restored->runnable) << restored->reason;
  EXPECT_EQ(restored->origin, "reindented");
  EXPECT_EQ(restored->start_line(), 27);
  EXPECT_NE(
      restored->code.find("def add_item(item, lst=[]):\n    lst.append(item)\n    return lst\n"),
      std::string::npos)
      << restored->code;
  int reindented = 0, not_run = 0;
  for (const Snippet& s : e.snippets) {
    reindented += s.origin == "reindented";
    not_run += !s.runnable && s.language == "python";
  }
  EXPECT_GT(reindented, 50);
  EXPECT_LE(not_run, 2);  // `@app.on_event("startup") async def startup(): ...` on one line
  // One-word titles (`yield`, `nonlocal`, `dis`), a list of names under `Core components:`,
  // prose that lexes like code and the end of an arrow list are not code.
  for (int line : {637, 696, 2450, 1181, 1183, 1185, 1406, 1407, 1536}) {
    EXPECT_EQ(covering(e.snippets, line), nullptr) << line;
  }
  // Code glued to the prose before it starts where its author began it.
  const Snippet* glued = covering(e.snippets, 1538);
  ASSERT_NE(glued, nullptr);
  EXPECT_EQ(glued->start_line(), 1538);
  EXPECT_EQ(glued->code.substr(0, glued->code.find('\n')),
            "from pydantic import BaseModel, field_validator, ConfigDict");
  const Snippet* comment = covering(e.snippets, 1033);
  ASSERT_NE(comment, nullptr);
  EXPECT_EQ(comment->code.rfind("# asyncio.create_task", 0), 0u);
  // `# users/routes.py` and `# app.py` start new files.
  for (int line : {1223, 1232, 1237}) {
    const Snippet* file = covering(e.snippets, line);
    ASSERT_NE(file, nullptr) << line;
    EXPECT_EQ(file->start_line(), line);
  }
  // `@app.on_event("startup") async def startup(): ...` cannot compile however indented.
  const Snippet* glued_def = covering(e.snippets, 1619);
  ASSERT_NE(glued_def, nullptr);
  EXPECT_FALSE(glued_def->runnable);
  EXPECT_EQ(glued_def->end_line(), 1620);
  // Shell, a Dockerfile and a template between the examples are named, not run.
  for (auto [line, language] : {std::pair<int, const char*>{1316, "bash"},
                                {1320, "dockerfile"},
                                {1901, "html-template"},
                                {1741, "bash"}}) {
    const Snippet* s = covering(e.snippets, line);
    ASSERT_NE(s, nullptr) << line;
    EXPECT_EQ(s->language, language) << line;
    EXPECT_FALSE(s->runnable);
  }
}

TEST(Extractor, BrokenDocumentYieldsNothing) {
  Document d = make_document("bad.md", "x = 1\n\xFF\n");
  ASSERT_FALSE(d.error.empty());
  EXPECT_TRUE(extract_snippets(d, checker()).empty());
}

TEST(Extractor, FencedLanguagesAndDoctests) {
  Document d = make_document("t.md",
                             "# Title\n"        // 1
                             "\n"               // 2
                             "```bash\n"        // 3
                             "ls -l\n"          // 4
                             "```\n"            // 5
                             "\n"               // 6
                             "```python\n"      // 7
                             "print(1)  # 1\n"  // 8
                             "def broken(:\n"   // 9
                             "```\n"            // 10
                             "\n"               // 11
                             "```pycon\n"       // 12
                             ">>> 2 * 3\n"      // 13
                             "6\n"              // 14
                             "```\n"            // 15
                             "\n"               // 16
                             "```\n"            // 17
                             "Flask\n"          // 18
                             "```\n"            // 19
                             "x = 1  # prose here is never scanned\n");
  std::vector<Snippet> s = extract_snippets(d, checker());
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[0].language, "bash");
  EXPECT_EQ(s[0].reason, "not Python (bash)");
  EXPECT_FALSE(s[0].runnable);
  EXPECT_FALSE(s[1].runnable);
  EXPECT_EQ(s[1].reason, "does not compile as Python: invalid syntax at line 9");
  EXPECT_EQ(s[2].origin, "doctest");
  ASSERT_EQ(s[2].claims.size(), 1u);
  EXPECT_EQ(s[2].claims[0].doc_line, 14);
  EXPECT_EQ(s[3].start_line(), 18);
  EXPECT_FALSE(s[3].runnable);  // compiles, but a lone word is no code evidence
}

}  // namespace
}  // namespace notecheck
