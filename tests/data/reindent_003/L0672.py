# Class-based
class DatabaseConnection:
    def __init__(self, url):
        self.url = url
    def __enter__(self):
        self.conn = connect(self.url)
        return self.conn
    def __exit__(self, exc_type, exc_val, exc_tb):
        self.conn.close()
        return False # don't suppress exceptions
with DatabaseConnection("postgres://...") as conn:
    conn.execute("SELECT 1")
# connection is closed here regardless of exceptions
# Generator-based (using contextlib)
from contextlib import contextmanager
@contextmanager
def timer(label):
    start = time.perf_counter()
    try:
        yield
    finally:
        print(f"{label}: {time.perf_counter() - start:.3f}s")
with timer("DB query"):
    results = db.query("SELECT * FROM users")
