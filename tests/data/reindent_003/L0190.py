# Full try/except/else/finally structure
try:
    result = 10 / divisor
except ZeroDivisionError as e:
    print(f"Math error: {e}")
except (TypeError, ValueError) as e:
    print(f"Bad input: {e}")
except Exception as e:
    print(f"Unexpected: {e}")
    raise # re-raise the same exception with traceback intact
else:
    # Runs ONLY if no exception was raised in try block
    print(f"Result: {result}")
finally:
    # ALWAYS runs — use for cleanup (closing files, releasing locks, etc.)
    cleanup()
# Exception hierarchy (critical ones to know for interviews)
# BaseException
# SystemExit ← raised by sys.exit()
# KeyboardInterrupt ← raised by Ctrl+C
# Exception
# ArithmeticError → ZeroDivisionError, OverflowError
# LookupError → IndexError, KeyError
# TypeError
# ValueError → UnicodeError, UnicodeDecodeError
# AttributeError
# NameError → UnboundLocalError
# OSError → FileNotFoundError, PermissionError, TimeoutError
# RuntimeError → RecursionError, NotImplementedError
# StopIteration ← signals end of iterator
# GeneratorExit ← thrown into generator when .close() is called
# Custom exceptions — inherit from Exception (or a more specific subclass)
class InsufficientFundsError(ValueError):
    def __init__(self, amount, balance):
        self.amount = amount
        self.balance = balance
        super().__init__(f"Cannot withdraw {amount}; balance is only {balance}")
try:
    raise InsufficientFundsError(100, 50)
except InsufficientFundsError as e:
    print(e.amount, e.balance) # access extra attributes
# Exception chaining — preserve original cause
try:
    data = json.loads(raw)
except json.JSONDecodeError as e:
    raise ValueError("Invalid config format") from e # explicit: __cause__ set
# raise ValueError("...") from None ← suppresses the chain (hides original)
# Suppress specific exceptions cleanly
from contextlib import suppress
with suppress(FileNotFoundError):
    os.remove("temp.txt") # silently ignored if file doesn't exist
