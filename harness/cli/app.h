// The command line: parses arguments (CLI11) and dispatches to the commands.
#pragma once

namespace notecheck {

// Exit status: 0 no wrong claim, 1 wrong claims, 2 usage or input error.
int cli_main(int argc, char** argv);

}  // namespace notecheck
