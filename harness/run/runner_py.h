// The Python half of the run stage. Its three sources are executed once in each zygote, in
// order, in one private namespace that no snippet can import (snippet_child.cc); they define
// `run(source, filename, mode, event_fd, workdir, ...)`, which each forked child calls to run its
// snippet and stream what it observes (event_stream.h). Everything `run` needs is bound before
// any snippet runs, so a snippet that rebinds builtins or sys.stdout cannot break the report.
#pragma once

#include "harness/run/runner_export_py.h"
#include "harness/run/runner_output_py.h"

namespace notecheck {

constexpr const char* kRunnerFilename = "<notecheck-runner>";

// Part 3: compiling and running the snippet like a script (or a REPL session).
constexpr const char* kRunnerRunSource = R"PY(
import ast, atexit, builtins, faulthandler, importlib, json, linecache, os, signal, sys
import threading
import traceback, types


class Continue(Exception):
    """Raised by the displayhook to let a snippet go on after an exception its text expects."""


def _make_run():
    getpid, getframe = os.getpid, sys._getframe
    BaseExc, Str, Type, Int = BaseException, str, type, int
    isinst, length, rep, Exit, KeyboardInt = isinstance, len, repr, SystemExit, KeyboardInterrupt
    CO_COROUTINE, AWAIT_FLAG = 0x80, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT  # inspect.CO_COROUTINE
    parse, Interactive, Expr, Constant = ast.parse, ast.Interactive, ast.Expr, ast.Constant
    format_exception, ModuleType = traceback.format_exception, types.ModuleType
    # asyncio is imported by the child that needs it (top-level await): it is 40% of a
    # zygote's heap, and every page of that heap costs each child's fork and exit.
    import_module = importlib.import_module
    exc_info, loads, Tuple = sys.exc_info, json.loads, tuple
    # Statements the runner adds to a snippet (below) call the displayhook with these markers:
    # no name is added to the snippet's namespace or to builtins.
    RAISED, STATE, PROBE = '\0notecheck: raised', '\0notecheck: state', '\0notecheck: probe'
    NOTHING = '\0notecheck: nothing'  # no first argument to show
    MAX_VALUES = 100  # per line
    state = {}  # per run: filename, fd, mode, counts
    export_value, guarded, type_name = _make_export()
    emit, TextOut = _make_output(state)

    def snippet_lines(e):
        lines, tb = [], e.__traceback__
        while tb is not None:
            if tb.tb_frame.f_code.co_filename == state['filename'] and tb.tb_lineno is not None:
                lines.append(tb.tb_lineno)
            tb = tb.tb_next
        return lines

    def on_raised():
        # In the handler around a top-level statement: an exception the text expects at one
        # of the lines it came through is recorded and the run goes on, as doctest does;
        # any other is raised again (see expect_errors).
        e = exc_info()[1]
        lines = snippet_lines(e)
        d = describe(e, state['filename'])
        if any(line in state['expected'] for line in lines):
            at = [line for line in lines if line in state['expected']]
            emit({'x': sorted(set(at + [d['line'], d['inner_line']])), 'exception': d})
            raise Continue
        if state['keep_going'] and not isinst(e, (Exit, KeyboardInt)):
            # Nobody expected it: its traceback is printed as a script would, and the run goes
            # on with the next statement, as doctest goes on after a failing example.
            report(e, state['filename'], state['err'])
            emit({'x': sorted(set([d['line'], d['inner_line']])), 'exception': d, 'u': 1})
            state['passed'].append(d)
            raise Continue

    def displayhook(value):
        # Called for expression statements at module scope (the snippet is compiled as
        # ast.Interactive). Only those directly in the module body are recorded, at most
        # MAX_VALUES times per line; loop bodies would otherwise flood the report.
        frame = getframe(1)
        code = frame.f_code
        if code.co_filename != state['filename'] or code.co_name != '<module>':
            return sys.__displayhook__(value)
        if Type(value) is Str and value == RAISED:
            return on_raised()
        if Type(value) is Tuple and length(value) == 3 and Type(value[0]) is Str \
                and value[0] == STATE:
            # `heapq.heappush(nums, 4)`: a module's function changes its first argument.
            target = value[2] if Type(value[1]) is ModuleType else value[1]
            if not (Type(target) is Str and target == NOTHING):
                emit({'s': frame.f_lineno, 'value': export_value(target)})
            return
        if Type(value) is Tuple and length(value) == 3 and Type(value[0]) is Str \
                and value[0] == PROBE:
            return run_probe(value[1], value[2], frame)
        line, counts = frame.f_lineno, state['counts']
        if line in counts and counts[line] < MAX_VALUES:
            counts[line] += 1
            emit({'v': line, 'value': export_value(value)})
        if state['mode'] == 'repl' and value is not None:
            builtins._ = None
            sys.stdout.write(rep(value) + '\n')
            builtins._ = value

    def run_probe(line, source, frame):
        # A statement the text shows commented out, with a claim of what it raises. It runs
        # in a copy of the namespace, so a name it binds does not leak into the rest.
        filename = state['filename']
        try:
            code = compile('\n' * (line - 1) + source, filename, 'exec', 0, True)
            exec(code, dict(frame.f_globals))
        except BaseExc as e:
            d = describe(e, filename)
            emit({'x': [line], 'exception': d})
            return
        emit({'p': line})

    def add_probes(body, probes):
        # Each probe's marker goes before the first top-level statement below its comment.
        for line, source in sorted(probes, reverse=True):
            marker = Expr(ast.Tuple([Constant(PROBE), Constant(line), Constant(source)],
                                    ast.Load()))
            marker.lineno = marker.end_lineno = line
            marker.col_offset, marker.end_col_offset = 0, 0
            at = next((i for i, s in enumerate(body) if s.lineno > line), length(body))
            body.insert(at, locate(marker, marker))
        return body

    def first_name_argument(stmt):
        # The first argument of a call statement, when it is a plain name.
        if isinst(stmt, Expr) and isinst(stmt.value, ast.Call) and stmt.value.args \
                and isinst(stmt.value.args[0], ast.Name):
            return stmt.value.args[0].id
        return None

    def state_target(stmt):
        # What a claim on this statement is about, as an expression: the single name assigned
        # (`idx = bisect_left(a, 5)  # 2`), the names unpacked, as a tuple
        # (`first, *rest = [1, 2, 3]  # first=1, rest=[2, 3]`), or the object a method call
        # changed (`dq.appendleft(0)  # [0, 1, 2, 3]`; for a module's function, its first
        # argument).
        if isinst(stmt, ast.Assign) and length(stmt.targets) == 1:
            target = stmt.targets[0]
        elif isinst(stmt, (ast.AugAssign, ast.AnnAssign)) and getattr(stmt, 'value', None):
            target = stmt.target
        elif isinst(stmt, Expr) and isinst(stmt.value, ast.Call) \
                and isinst(stmt.value.func, ast.Attribute):
            target = stmt.value.func.value
        else:
            return None
        if isinst(target, ast.Name):
            return ast.Name(target.id, ast.Load())
        if isinst(target, (ast.Tuple, ast.List)) and isinst(stmt, ast.Assign):
            names = [e.value if isinst(e, ast.Starred) else e for e in target.elts]
            if names and all(isinst(n, ast.Name) for n in names):
                return ast.Tuple([ast.Name(n.id, ast.Load()) for n in names], ast.Load())
        return None

    def record_states(body, lines):
        # After each statement a claim is about, show (STATE, name, first argument) to the
        # displayhook, which picks the first argument when the name is a module.
        out = []
        for stmt in body:
            out.append(stmt)
            target = stmt.lineno in lines and state_target(stmt)
            if target:
                argument = first_name_argument(stmt)
                second = ast.Name(argument, ast.Load()) if argument else Constant(NOTHING)
                show = ast.Tuple([Constant(STATE), target, second], ast.Load())
                out.append(locate(Expr(show), stmt))
        return out

    def expect_errors(body):
        # Each top-level statement (definitions aside) runs inside
        #   try: STMT
        #   except BaseException:
        #       try: RAISED            # displayhook: expected here -> raise Continue
        #       except BaseException: pass   # expected: recorded; the run goes on
        #       else: raise            # not expected: re-raised untouched (a bare raise adds no
        #                              # traceback entry), so the run ends as a script would
        # Only the exception path changes, and the module stays one code object.
        out = []
        for stmt in body:
            if isinst(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) or \
                    (isinst(stmt, ast.ImportFrom) and stmt.module == '__future__'):
                out.append(stmt)
                continue
            catch_all = lambda body: ast.ExceptHandler(ast.Name('BaseException', ast.Load()),
                                                        None, body)
            inner = ast.Try([Expr(Constant(RAISED))], [catch_all([ast.Pass()])],
                            [ast.Raise(None, None)], [])
            wrapped = ast.Try([stmt], [catch_all([inner])], [], [])
            out.append(locate(wrapped, stmt))
        return out

    def locate(tree, stmt):
        # The added nodes take the statement's position, so lines stay the snippet's own.
        for node in ast.walk(tree):
            if 'lineno' in node._attributes and getattr(node, 'lineno', None) is None:
                node.lineno, node.end_lineno = stmt.lineno, stmt.end_lineno
                node.col_offset, node.end_col_offset = stmt.col_offset, stmt.end_col_offset
        return tree

    def transform(body, options):
        state['expected'] = set(options.get('expect_error_lines', ()))
        body = record_states(body, set(options.get('state_lines', ())))
        return expect_errors(body) if state['expected'] or state['keep_going'] else body

    def compile_units(source, filename, mode, namespace, options):
        # Script mode: one code object for the whole snippet, so constants are shared as in a
        # script (`x = 1000; y = 1000; x is y` is True). Compiling it as ast.Interactive makes
        # the compiler call sys.displayhook for top-level expression statements only, without
        # injecting any name into the snippet's namespace.
        body = parse(source, filename, 'exec').body
        state['counts'] = {s.lineno: 0 for s in body if isinst(s, Expr)}
        body = add_probes(body, options.get('probes', ()))
        if mode == 'repl':
            groups = []  # statements sharing a line were one REPL input
            for stmt in body:
                if groups and stmt.lineno == groups[-1][-1].end_lineno:
                    groups[-1].append(stmt)
                else:
                    groups.append([stmt])
        else:
            if body and isinst(body[0], Expr) and isinst(body[0].value, Constant) \
                    and isinst(body[0].value.value, Str):
                namespace['__doc__'] = body.pop(0).value.value  # a docstring, not a value
            groups = [body]
        groups = [transform(g, options) for g in groups]
        return [compile(Interactive(body=g), filename, 'single', AWAIT_FLAG, True)
                for g in groups]

    def describe(e, filename):
        lines, tb = [], e.__traceback__
        while tb is not None:
            if tb.tb_frame.f_code.co_filename == filename and tb.tb_lineno is not None:
                lines.append(tb.tb_lineno)
            tb = tb.tb_next
        if not lines and isinst(e, SyntaxError) and e.filename == filename:
            lines = [e.lineno or 0]
        # A SyntaxError's str() adds "(file, line N)": the line is already in 'line'.
        message = e.msg if isinst(e, SyntaxError) and Type(e.msg) is Str else guarded(Str, e)
        return {'type': type_name(Type(e)), 'message': message,
                'line': lines[0] if lines else 0, 'inner_line': lines[-1] if lines else 0}

    def report(e, filename, err):
        # Lost, as a script's traceback would be, when the snippet closed its stderr.
        try:
            write_traceback(e, filename, err)
        except BaseExc:
            pass

    def write_traceback(e, filename, err):
        # The traceback a script would print: frames from the snippet on, none of ours.
        if isinst(e, Exit):
            if e.code is not None and not isinst(e.code, Int):
                err.write(guarded(Str, e.code) + '\n')
            return
        tb = e.__traceback__
        while tb is not None and tb.tb_frame.f_code.co_filename != filename:
            tb = tb.tb_next
        try:
            err.write(''.join(format_exception(Type(e), e, tb)))
        except BaseExc:
            err.write('%s: %s\n' % (type_name(Type(e)), guarded(Str, e)))

    def execute(units, namespace, mode, filename, err, end):
        loop = None
        for code in units:
            try:
                if not code.co_flags & CO_COROUTINE:
                    exec(code, namespace)
                elif mode == 'repl':  # one loop for the session, as `python -m asyncio`
                    loop = loop or import_module('asyncio').new_event_loop()
                    loop.run_until_complete(eval(code, namespace))
                else:
                    import_module('asyncio').run(eval(code, namespace))
            except BaseExc as e:
                if mode != 'repl' or isinst(e, Exit):
                    raise
                report(e, filename, err)  # the REPL goes on after an error
                if 'exception' not in end:
                    end.update(end='raised', exception=describe(e, filename))

    def where(signum, frame):
        # The zygote asks this just before killing a run that timed out, so claims on the
        # top-level statements that finished can still be judged.
        while frame is not None:
            code = frame.f_code
            if code.co_filename == state['filename'] and code.co_name == '<module>':
                emit({'at': frame.f_lineno})
                return
            frame = frame.f_back

    real_exit = os._exit

    def hard_exit(status):
        # os._exit skips every clean-up, including the final report: say where it happened.
        where(None, getframe(1))
        real_exit(status)

    def like_a_script(filename, workdir, source):
        # The embedded interpreter installs no signal handlers; a script's does these.
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGUSR1, where)
        os._exit = hard_exit
        # On a fatal signal (segfault, abort) faulthandler writes the stack as text into the
        # event stream; the zygote reads the <module> frame's line from it.
        faulthandler.enable(file=state['fd'], all_threads=False)
        signal.signal(signal.SIGPIPE, signal.SIG_IGN)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        main = ModuleType('__main__')  # classes print as <class '__main__.X'>
        main.__dict__.update(__builtins__=builtins, __file__=filename)
        sys.modules['__main__'] = main
        sys.argv = [filename]
        sys.path.insert(0, workdir)  # a script's own directory comes first
        os.environ['HOME'] = workdir
        linecache.cache[filename] = (length(source), None, source.splitlines(True), filename)
        return main.__dict__

    def finish_like_a_script(streams):
        # A script's interpreter joins non-daemon threads, runs atexit callbacks, flushes.
        for step in (threading._shutdown, atexit._run_exitfuncs) + tuple(s.flush for s in streams):
            try:
                step()
            except BaseExc:
                pass

    def run_prelude(prelude, namespace, filename, err, definitions_only):
        # Earlier snippets this one continues: same namespace, output muted, failures ignored
        # (the snippet's own run says what it lacks). Their own filename keeps their lines
        # out of the snippet's attribution.
        state['muted'] = True
        try:
            for i, code in enumerate(prelude):
                try:
                    name = '%s (continued #%d)' % (filename, i + 1)
                    if definitions_only:
                        tree = parse(code, name, 'exec')
                        tree.body = [s for s in tree.body if not isinst(s, Expr)]
                        code = tree
                    unit = compile(code, name, 'exec', AWAIT_FLAG, True)
                    execute([unit], namespace, 'script', filename, err, {})
                except BaseExc:
                    pass
        finally:
            state['muted'] = False

    def run(source, filename, mode, event_fd, workdir, prelude=(), definitions_only=0,
            options='{}'):
        # options (JSON): {"expect_error_lines": [...], "state_lines": [...],
        # "probes": [[line, source], ...], "keep_going": bool}, see RunRequest.
        state.update(filename=filename, fd=event_fd, mode=mode, expected=set())
        options = loads(options or '{}')
        namespace = like_a_script(filename, workdir, source)
        out, err = TextOut(1, '<stdout>', True), TextOut(2, '<stderr>', False)
        sys.stdout = sys.__stdout__ = out
        sys.stderr = sys.__stderr__ = err
        sys.displayhook = displayhook
        state.update(keep_going=bool(options.get('keep_going')), err=err, passed=[])
        end = {'end': 'ok', 'detail': ''}
        if prelude:
            run_prelude(prelude, namespace, filename, err, definitions_only)
        try:
            execute(compile_units(source, filename, mode, namespace, options), namespace, mode, filename,
                    err, end)
        except Exit as e:
            report(e, filename, err)
            if e.code is None or e.code == 0 or e.code is False:
                end['detail'] = 'exited by sys.exit(0)'
            else:
                end.update(end='raised', exception=describe(e, filename),
                           detail='exited by sys.exit(%s)' % guarded(rep, e.code, 200))
        except BaseExc as e:
            report(e, filename, err)
            end.update(end='raised', exception=describe(e, filename))
        if state['passed'] and end['end'] == 'ok' and not end['detail']:
            first = state['passed'][0]
            end['detail'] = 'went on after %s at line %d' % (first['type'], first['line'])
        finish_like_a_script((out, err))
        end['pid'] = getpid()  # now: a process the snippet forked must not end the run
        emit(end)

    return run


run = _make_run()
del _make_run, _make_export, _make_output
)PY";

// In execution order.
constexpr const char* kRunnerSources[] = {kRunnerExportSource, kRunnerOutputSource,
                                          kRunnerRunSource};

}  // namespace notecheck
