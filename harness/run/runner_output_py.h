// Python source, part 2 of the runner (see runner_py.h): the event stream (event_stream.h) and
// the sys.stdout/sys.stderr replacements that attribute output to the snippet lines on the
// call stack at the moment of each write.
#pragma once

namespace notecheck {

constexpr const char* kRunnerOutputSource = R"PY(
import io, json, os, sys


def _make_output(state):
    # state: the run's 'filename' and event 'fd', filled in by run().
    getframe, os_write = sys._getframe, os.write
    # The C encoder, bound now: JSONEncoder.encode looks builtins up (isinstance) at each call,
    # and a snippet may have replaced them.
    c_encode = json.encoder.c_make_encoder(None, None, json.encoder.encode_basestring, None,
                                           ': ', ', ', False, False, True)
    join_text = ''.join

    def encode_json(event):
        return join_text(c_encode(event, 0))

    BaseExc, Str, Type, isinst, length = BaseException, str, type, isinstance, len

    def write_all(fd, data):
        view = memoryview(data)
        while view:
            view = view[os_write(fd, view):]

    def event_bytes(event):
        return (encode_json(event) + '\n').encode('utf-8', 'replace')

    def emit(*events):
        # JSON objects, one per line, on the event fd; the zygote applies them as they arrive,
        # so whatever was recorded before a crash or a timeout survives it.
        try:
            write_all(state['fd'], b''.join(event_bytes(e) for e in events))
        except BaseExc:
            pass

    def snippet_lines(frame):
        # Every snippet line on the call stack: a print inside a function counts for the line
        # that called it too.
        filename, found = state['filename'], []
        while frame is not None:
            if frame.f_code.co_filename == filename:
                line = frame.f_lineno
                if line is not None and line not in found:
                    found.append(line)
            frame = frame.f_back
        return found

    class TextOut(io.TextIOBase):
        # Line-buffered, like a terminal: each complete line costs one write to the pipe and
        # one event, and a partial line shows up on flush() (input() flushes its prompt).
        encoding, errors, newlines, line_buffering = 'utf-8', 'surrogateescape', None, True

        def __init__(self, fd, name, attribute):
            self._fd, self._name, self._attribute = fd, name, attribute
            self._pending = []   # encoded text not yet written
            self._segments = []  # [lines, [text, ...]]: attribution of the pending text
            self.buffer = BinaryOut(self)

        @property
        def name(self):
            return self._name

        @property
        def mode(self):
            return 'w'

        def write(self, text):
            if not isinst(text, Str):
                raise TypeError('write() argument must be str, not ' + Type(text).__name__)
            if text and not state.get('muted'):
                self._pending.append(text.encode('utf-8', 'surrogateescape'))
                if self._attribute:
                    self._attribute_text(text, getframe(1))
                if '\n' in text:
                    self.flush()
            return length(text)

        def _attribute_text(self, text, frame):
            lines, segments = snippet_lines(frame), self._segments
            if lines:
                if segments and segments[-1][0] == lines:
                    segments[-1][1].append(text)
                else:
                    segments.append([lines, [text]])

        def flush(self):
            if self._pending:
                data = b''.join(self._pending)
                self._pending.clear()
                write_all(self._fd, data)
            if self._segments:
                segments = [{'o': lines, 't': ''.join(texts)} for lines, texts in self._segments]
                self._segments.clear()
                emit(*segments)

        def writable(self):
            return True

        def fileno(self):
            return self._fd

        def isatty(self):
            return False

    class BinaryOut(io.RawIOBase):
        def __init__(self, text_out):
            self._text = text_out

        def write(self, data):
            data = bytes(data)
            if state.get('muted'):
                return length(data)
            text = self._text
            text.flush()  # keep the order of text and bytes
            write_all(text._fd, data)
            if text._attribute and data:
                text._attribute_text(data.decode('utf-8', 'replace'), getframe(1))
                text.flush()
            return length(data)

        def writable(self):
            return True

        def fileno(self):
            return self._text._fd

    return emit, TextOut
)PY";

}  // namespace notecheck
