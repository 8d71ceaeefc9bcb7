#include "harness/cli/inputs.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "tests/cli_support.h"
#include "util/file.h"

namespace notecheck {
namespace {

namespace fs = std::filesystem;

void touch(const std::string& dir, const std::string& name) {
  fs::create_directories(fs::path(dir / fs::path(name)).parent_path());
  std::string error;
  ASSERT_TRUE(write_file_atomic(dir + "/" + name, "x = 1\n", &error)) << error;
}

// Every format the extractor reads is found in a folder: notebooks and saved HTML pages too.
TEST(CollectInputs, WalksFoldersForEveryFormatTheExtractorReads) {
  std::string dir = testing::scratch_dir("collect_inputs");
  for (const char* name : {"a.md", "b.ipynb", "c.html", "d.HTM", "e.rst", "f.pycon", "g.json",
                           "h.png", "sub/i.ipynb", ".hidden/j.md", "build/k.md"}) {
    touch(dir, name);
  }
  std::vector<std::string> want;
  for (const char* name : {"a.md", "b.ipynb", "c.html", "d.HTM", "e.rst", "f.pycon", "sub/i.ipynb"})
    want.push_back(dir + "/" + name);
  EXPECT_EQ(collect_inputs({dir}), want);
  // A file named on the command line is taken whatever its extension.
  EXPECT_EQ(collect_inputs({dir + "/g.json"}), std::vector<std::string>{dir + "/g.json"});
}

constexpr const char* kNotebook = R"JSON({"cells": [{"cell_type": "code", "metadata": {},
  "execution_count": 1, "source": ["total = sum([1, 2, 3])\n", "print(total)"],
  "outputs": [{"output_type": "stream", "name": "stdout", "text": ["6\n"]}]}],
 "metadata": {}, "nbformat": 4, "nbformat_minor": 5})JSON";

// End to end: `notecheck extract FOLDER` extracts the notebook's cell and the page's <pre> block.
TEST(CollectInputs, ExtractsNotebooksAndHtmlFoundInAFolder) {
  std::string dir = testing::scratch_dir("collect_inputs_e2e");
  std::string error;
  ASSERT_TRUE(write_file_atomic(dir + "/notes/cells.ipynb", kNotebook, &error)) << error;
  ASSERT_TRUE(write_file_atomic(dir + "/notes/page.htm",
                                "<html><body><p>Sum:</p><pre><code class=\"language-python\">"
                                "print(sum([1, 2]))  # 3\n</code></pre></body></html>\n",
                                &error))
      << error;
  testing::CommandResult r = testing::run_in(dir, "extract notes --out out");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("from 2 documents"), std::string::npos) << r.out;
  int files = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir + "/out/snippets"))
    files += e.path().extension() == ".py";
  EXPECT_EQ(files, 2);
}

}  // namespace
}  // namespace notecheck
