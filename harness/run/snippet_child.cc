#include "harness/run/snippet_child.h"

#include <Python.h>
#include <unistd.h>

#include <cstdio>
#include <exception>

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

// The work directory is the snippet's TMPDIR too (tempfile reads it on first use; forget a
// choice the zygote may have cached).
void set_temporary_directory(const std::string& work_dir) {
  PyObject* os = PyImport_ImportModule("os");
  PyObject* environ = os ? PyObject_GetAttrString(os, "environ") : nullptr;
  PyObject* path = PyUnicode_DecodeFSDefault(work_dir.c_str());
  if (environ && path) PyMapping_SetItemString(environ, "TMPDIR", path);
  if (PyObject* tempfile = PyDict_GetItemString(PyImport_GetModuleDict(), "tempfile")) {
    PyObject_SetAttrString(tempfile, "tempdir", Py_None);
  }
  Py_XDECREF(path);
  Py_XDECREF(environ);
  Py_XDECREF(os);
  PyErr_Clear();
}

// `gc.freeze()`: objects made so far are never scanned again, so a child's collections do not
// touch (and copy) the zygote's pages.
constexpr const char* kFreezeSource = "import gc\ngc.collect()\ngc.freeze()\n";

}  // namespace

std::string load_runner() {
  try {
    init_embedded_python();
  } catch (const std::exception& e) {
    return e.what();
  }
  PyObject* globals = PyDict_New();
  PyDict_SetItemString(globals, "__builtins__", PyEval_GetBuiltins());
  for (const char* source : kRunnerSources) {
    PyObject* code = Py_CompileString(source, kRunnerFilename, Py_file_input);
    PyObject* result = code ? PyEval_EvalCode(code, globals, globals) : nullptr;
    Py_XDECREF(code);
    if (result == nullptr) return "runner: " + python_error();
    Py_DECREF(result);
  }
  g_run = PyDict_GetItemString(globals, "run");  // borrowed; globals is kept alive forever
  if (g_run == nullptr) return "runner defines no run()";
  if (PyRun_SimpleString(kFreezeSource) != 0) return "gc.freeze failed";
  return "";
}

void run_snippet_child(const SnippetRequest& request, const SandboxSpec& spec) {
  PyOS_AfterFork_Child();
  std::string error = enter_sandbox(spec);
  if (!error.empty()) {
    std::string message = "notecheck sandbox: " + error + "\n";
    write_all(2, message.data(), message.size());
    _exit(kSandboxFailedExit);
  }
  set_temporary_directory(spec.work_dir);
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
