#include "harness/run/embedded_python.h"

#include <pybind11/embed.h>

#include <stdexcept>

namespace py = pybind11;

namespace notecheck {
namespace {
bool g_initialized = false;
}

void init_embedded_python(const EmbedOptions& options) {
  if (g_initialized) return;
  PyConfig config;
  // Isolated: no PYTHON* environment variables, no user site, no cwd on sys.path. What a
  // snippet sees must not depend on who runs notecheck.
  PyConfig_InitIsolatedConfig(&config);
  config.install_signal_handlers = 0;  // Ctrl-C and SIGTERM stay notecheck's
  config.use_hash_seed = 1;
  config.hash_seed = options.hash_seed;
  config.write_bytecode = 0;
  config.site_import = options.import_site ? 1 : 0;
  config.user_site_directory = 0;
  config.buffered_stdio = 0;
  // Pin the interpreter: prefix and stdlib come from Debian's python3.11, not from a pyenv
  // shim that happens to be first on PATH.
  PyStatus status =
      PyConfig_SetBytesString(&config, &config.program_name, NOTECHECK_PYTHON_EXECUTABLE);
  if (PyStatus_Exception(status)) {
    PyConfig_Clear(&config);
    throw std::runtime_error("cannot configure the embedded Python");
  }
  const char* argv[] = {"notecheck"};
  py::initialize_interpreter(&config, 1, argv, /*add_program_dir_to_path=*/false);
  g_initialized = true;
}

bool embedded_python_initialized() { return g_initialized; }

ForkHooks embedded_python_fork_hooks() {
  ForkHooks hooks;
  hooks.before = [] {
    if (g_initialized) PyOS_BeforeFork();
  };
  hooks.parent = [] {
    if (g_initialized) PyOS_AfterFork_Parent();
  };
  hooks.child = [] {
    if (g_initialized) PyOS_AfterFork_Child();
  };
  return hooks;
}

std::string embedded_python_version() {
  // Py_GetVersion() is the linked libpython's own "3.11.2 (main, ...) [GCC ...]", and may be
  // called before the interpreter starts: a check whose every answer is cached starts none.
  std::string version = Py_GetVersion();
  return version.substr(0, version.find(' '));
}

}  // namespace notecheck
