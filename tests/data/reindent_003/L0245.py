def handle_command(command):
    match command:
        case "quit":
            return "Exiting"
        case "help" | "?":
            return "Commands: quit, help, status"
        case str(s) if s.startswith("go "): # guard with if
            return f"Moving {s[3:]}"
        case _: # wildcard — matches anything
            return f"Unknown: {command}"
# Sequence patterns
match point:
    case (0, 0): print("Origin")
    case (x, 0): print(f"X-axis at {x}")
    case (0, y): print(f"Y-axis at {y}")
    case (x, y): print(f"Point({x}, {y})")
# Mapping patterns
match event:
    case {"type": "click", "button": btn}: handle_click(btn)
    case {"type": "keypress", "key": key}: handle_key(key)
# Class patterns
from dataclasses import dataclass
@dataclass
class Point:
    x: float
    y: float
match shape:
    case Point(x=0, y=0): print("Origin")
    case Point(x=x, y=y): print(f"Point({x}, {y})")
# match evaluates the subject once; patterns are checked top-down
# Unlike C switch: no fallthrough — each case is independent
# Works with isinstance checks under the hood for class patterns
