#include "extract/mojibake.h"

#include <gtest/gtest.h>

#include "extract/document.h"

namespace notecheck {
namespace {

const std::string kNotes = NOTECHECK_SOURCE_DIR "/../shared/notes";

TEST(Mojibake, MacRomanNoteIsRepaired) {
  Document d = read_document(kNotes + "/001_eb8fadc99d596cad.txt");
  ASSERT_TRUE(d.error.empty());
  EXPECT_EQ(d.repair, "repaired mojibake: UTF-8 read as Mac Roman");
  EXPECT_EQ(d.line(9), "\xF0\x9F\x91\x89");  // 👉, was U+F8FF "üëâ"
  EXPECT_EQ(d.line(11), "os \xE2\x86\x92 file system operations (paths, environment variables).");
  EXPECT_EQ(d.line(72),
            "### 5. What\xE2\x80\x99s the difference between Python\xE2\x80\x99s "
            "Standard Library and Ecosystem?");
  EXPECT_EQ(d.lines.size(), 3393u);  // repair never moves lines
}

TEST(Mojibake, GenuineUnicodeNotesStayUntouched) {
  for (const char* name : {"/000_965d46ce521218ab.txt", "/002_f0a75effb6439ed2.txt",
                           "/003_5a73feaeea27e7f2.txt", "/004_d19c1bdc91ef034e.txt"}) {
    Document d = read_document(kNotes + name);
    EXPECT_TRUE(d.repair.empty()) << name << ": " << d.repair;
  }
  Document d = read_document(kNotes + "/000_965d46ce521218ab.txt");
  EXPECT_EQ(d.line(164), "POST /resource          \xE2\x86\x92 Create (201)");
}

TEST(Mojibake, Windows1252IsRepaired) {
  std::string repaired, what;
  // "don’t — ok" saved as UTF-8, read as Windows-1252, saved again.
  ASSERT_TRUE(repair_mojibake("don\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2t", &repaired, &what));
  EXPECT_EQ(repaired, "don\xE2\x80\x99t");
  EXPECT_EQ(what, "repaired mojibake: UTF-8 read as Windows-1252");
}

TEST(Mojibake, Latin1IsRepaired) {
  std::string repaired, what;
  // U+2019 read as Latin-1 gives "â" and two C1 controls that Windows-1252 cannot encode.
  ASSERT_TRUE(repair_mojibake("it\xC3\xA2\xC2\x80\xC2\x99s", &repaired, &what));
  EXPECT_EQ(repaired, "it\xE2\x80\x99s");
  EXPECT_EQ(what, "repaired mojibake: UTF-8 read as Latin-1");
}

TEST(Mojibake, RealAccentsAreNotMojibake) {
  std::string repaired = "unchanged", what;
  EXPECT_FALSE(repair_mojibake("caf\xC3\xA9 na\xC3\xAFve \xE2\x80\x94 ok", &repaired, &what));
  EXPECT_FALSE(repair_mojibake("plain ASCII", &repaired, &what));
  EXPECT_EQ(repaired, "unchanged");
  EXPECT_TRUE(what.empty());
}

}  // namespace
}  // namespace notecheck
