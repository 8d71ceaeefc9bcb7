#include "harness/run/snippet_child.h"

#include <Python.h>
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <exception>
#include <iterator>

#include "harness/run/embedded_python.h"
#include "harness/run/framing.h"
#include "harness/run/runner_py.h"

namespace notecheck {

namespace {

PyObject* g_run = nullptr;  // the runner's `run`, borrowed from its never-released namespace

std::string python_error() {
  PyObject *type, *value, *traceback;
  PyErr_Fetch(&type, &value, &traceback);
  std::string text = "unknown Python error";
  if (PyObject* str = value ? PyObject_Str(value) : nullptr) {
    if (const char* utf8 = PyUnicode_AsUTF8(str)) text = utf8;
    Py_DECREF(str);
  }
  PyErr_Clear();
  Py_XDECREF(type);
  Py_XDECREF(value);
  Py_XDECREF(traceback);
  return text;
}

// The work directory is the same path for every snippet of a zygote (made afresh for each), so
// TMPDIR and HOME are set once, in the zygote (load_runner). A child only forgets a
// temporary directory the zygote's tempfile may have cached.
void forget_temporary_directory() {
  PyObject* tempfile = PyDict_GetItemString(PyImport_GetModuleDict(), "tempfile");
  PyObject* cached = tempfile ? PyObject_GetAttrString(tempfile, "tempdir") : nullptr;
  if (cached && cached != Py_None) PyObject_SetAttrString(tempfile, "tempdir", Py_None);
  Py_XDECREF(cached);
  PyErr_Clear();
}

// `gc.freeze()`: objects made so far are never scanned again, so a child's collections do not
// touch (and copy) the zygote's pages. No `gc.collect()` first: the holes it leaves in the
// zygote's pools are where a child's first allocations go, each one a page copied.
constexpr const char* kFreezeSource = "import gc\ngc.freeze()\n";

// Standard modules notes commonly import (the seed notes, doctest-style examples), imported in
// the zygote so that a child finds them in sys.modules. One per idle moment of the zygote
// (preload_step), so a command that runs one snippet does not wait for them. Only light ones:
// every page of the zygote's heap costs each child's fork and exit (asyncio, which
// unittest.mock and concurrent.futures import, would double the heap), and not `random`,
// whose at-fork hook would reseed in every child.
constexpr const char* kPreloadModules[] = {
    "typing",      "functools", "itertools",   "collections", "collections.abc", "contextlib",
    "dataclasses", "enum",      "abc",         "math",        "cmath",           "decimal",
    "fractions",   "numbers",   "operator",    "heapq",       "bisect",          "array",
    "copy",        "weakref",   "time",        "datetime",    "calendar",        "re",
    "string",      "textwrap",  "unicodedata", "shlex",       "keyword",         "struct",
    "hashlib",     "base64",    "binascii",    "ipaddress",   "urllib.parse",    "pprint"};

PyObject* g_globals = nullptr;  // the runner's namespace, never released
size_t g_preloaded = 0;         // preload steps done

}  // namespace

std::string load_runner(const std::string& work_dir) {
  try {
    init_embedded_python();
  } catch (const std::exception& e) {
    return e.what();
  }
  g_globals = PyDict_New();
  PyDict_SetItemString(g_globals, "__builtins__", PyEval_GetBuiltins());
  for (const char* source : kRunnerSources) {
    PyObject* code = Py_CompileString(source, kRunnerFilename, Py_file_input);
    PyObject* result = code ? PyEval_EvalCode(code, g_globals, g_globals) : nullptr;
    Py_XDECREF(code);
    if (result == nullptr) return "runner: " + python_error();
    Py_DECREF(result);
  }
  g_run = PyDict_GetItemString(g_globals, "run");  // borrowed; g_globals is kept alive forever
  if (g_run == nullptr) return "runner defines no run()";
  // TMPDIR and HOME: the work directory, once for all children (os.environ keeps the process
  // environment and its own mapping in step).
  PyObject* os = PyImport_ImportModule("os");
  PyObject* environ = os ? PyObject_GetAttrString(os, "environ") : nullptr;
  PyObject* path = PyUnicode_DecodeFSDefault(work_dir.c_str());
  bool set = environ && path && PyMapping_SetItemString(environ, "TMPDIR", path) == 0 &&
             PyMapping_SetItemString(environ, "HOME", path) == 0;
  Py_XDECREF(path);
  Py_XDECREF(environ);
  Py_XDECREF(os);
  if (!set) return "runner: " + python_error();
  if (PyRun_SimpleString(kFreezeSource) != 0) return "gc.freeze failed";
  return "";
}

bool preload_step() {
  if (g_preloaded >= std::size(kPreloadModules)) return false;
  PyObject* module = PyImport_ImportModule(kPreloadModules[g_preloaded++]);
  if (module == nullptr) PyErr_Clear();  // not installed: a snippet importing it says so itself
  Py_XDECREF(module);
  // What the import made is frozen too: a child forked before the next step must not scan it.
  if (PyRun_SimpleString(kFreezeSource) != 0) PyErr_Clear();
  return g_preloaded < std::size(kPreloadModules);
}

void run_snippet_child(const SnippetRequest& request, const SandboxSpec& spec) {
  PyOS_AfterFork_Child();
  std::string error = enter_sandbox(spec);
  if (!error.empty()) {
    std::string message = "notecheck sandbox: " + error + "\n";
    write_all(2, message.data(), message.size());
    _exit(kSandboxFailedExit);
  }
  forget_temporary_directory();
  PyObject* source = PyUnicode_DecodeUTF8(request.code.data(), request.code.size(), "replace");
  PyObject* filename =
      PyUnicode_DecodeUTF8(request.filename.data(), request.filename.size(), "replace");
  PyObject* prelude = PyList_New(0);
  for (const std::string& code : request.prelude) {
    PyObject* item = PyUnicode_DecodeUTF8(code.data(), code.size(), "replace");
    if (item) PyList_Append(prelude, item);
    Py_XDECREF(item);
  }
  PyObject* result = PyObject_CallFunction(
      g_run, "NNsisNis", source, filename, request.mode.c_str(), kEventFd, spec.work_dir.c_str(),
      prelude, static_cast<int>(request.prelude_definitions_only),
      run_options_json(request).c_str());
  int status = 0;
  if (result == nullptr) {
    PyErr_Print();  // a runner bug: the zygote reports "exited with status 70 without reporting"
    status = 70;
  }
  // C-level stdio (printf through ctypes) is flushed by a normal exit; do it before _exit.
  fflush(stdout);
  fflush(stderr);
  _exit(status);
}

}  // namespace notecheck
