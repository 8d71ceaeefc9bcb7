// The SARIF report of the shipped examples validates against the SARIF 2.1.0 schema
// (tests/data/sarif-schema-2.1.0.json, see its README) with Debian's python3-jsonschema.
#include <gtest/gtest.h>

#include "tests/cli_support.h"
#include "util/file.h"

namespace notecheck::testing {
namespace {

TEST(ReportSarif, ExamplesValidateAgainstTheSarif210Schema) {
  std::string dir = scratch_dir("sarif");
  // A missing document too, so that tool execution notifications are validated as well.
  CommandResult r = run_notecheck("check --format sarif -o '" + dir +
                                  "/out.sarif' examples/basics.md examples/plain_notes.txt "
                                  "examples/missing.md");
  EXPECT_EQ(r.exit_code, 2) << r.err;
  auto sarif = nlohmann::json::parse(read_file(dir + "/out.sarif").value_or(""), nullptr, false);
  ASSERT_TRUE(sarif.is_object());

  CommandResult v = shell_in(
      dir,
      "/usr/bin/python3 -c 'import json, sys, jsonschema\n"
      "schema = json.load(open(sys.argv[1]))\n"
      "jsonschema.Draft4Validator.check_schema(schema)\n"
      "errors = "
      "list(jsonschema.Draft4Validator(schema).iter_errors(json.load(open(sys.argv[2]))))\n"
      "[print(list(e.path), e.message) for e in errors]\n"
      "sys.exit(1 if errors else 0)' '" +
          source_dir() + "/tests/data/sarif-schema-2.1.0.json' out.sarif");
  EXPECT_EQ(v.exit_code, 0) << v.out << v.err;

  // One result per wrong, mode-dependent, nondeterministic or not-reached claim.
  const auto& results = sarif["runs"][0]["results"];
  auto report = check_json("examples/basics.md examples/plain_notes.txt");
  int expected = 0;
  for (const auto& c : report["claims"]) {
    std::string verdict = c["verdict"];
    expected += verdict == "wrong" || verdict == "mode-dependent" ||
                verdict == "nondeterministic" || verdict == "error";
  }
  EXPECT_EQ(static_cast<int>(results.size()), expected);
  int line = line_of(source_dir() + "/examples/basics.md", "print(0.1 + 0.2 == 0.3)  # True");
  bool found = false;
  for (const auto& res : results) {
    const auto& loc = res["locations"][0]["physicalLocation"];
    if (loc["artifactLocation"]["uri"] == "examples/basics.md" &&
        loc["region"]["startLine"] == line) {
      found = true;
      EXPECT_EQ(res["level"], "error");
      EXPECT_EQ(res["message"]["text"], "wrong: claimed \"True\" but got \"False\"");
      EXPECT_EQ(loc["region"]["startColumn"], 28);
    }
  }
  EXPECT_TRUE(found);
  EXPECT_EQ(sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"][0]["message"]["text"],
            "examples/missing.md: no such file");
}

}  // namespace
}  // namespace notecheck::testing
