// JUnit XML (--format junit), for CI systems that show test results: one <testsuite> per
// document, one <testcase> per claim. A wrong claim is a <failure>; a claim not judged right or
// wrong (mode-dependent, nondeterministic, unverifiable, skipped, error) is <skipped> with its
// reason, since only wrong claims fail the run; a document that could not be read is an <error>.
#pragma once

#include <string>

#include "harness/report/check_result.h"

namespace notecheck {

std::string junit_report(const CheckResult& result);

}  // namespace notecheck
