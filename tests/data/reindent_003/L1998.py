# myapp/management/commands/seed_db.py
from django.core.management.base import BaseCommand, CommandError
from myapp.models import Category
import random
class Command(BaseCommand):
    help = "Seeds the database with initial category data"
    def add_arguments(self, parser):
        parser.add_argument(
            "--count", type=int, default=10,
            help="Number of categories to create"
        )
        parser.add_argument(
            "--force", action="store_true",
            help="Delete existing categories first"
        )
    def handle(self, *args, **options):
        count = options["count"]
        if options["force"]:
            deleted, _ = Category.objects.all().delete()
            self.stdout.write(self.style.WARNING(f"Deleted {deleted} categories"))
        categories = [
            Category(name=f"Category {i}", slug=f"category-{i}")
            for i in range(count)
        ]
        Category.objects.bulk_create(categories, ignore_conflicts=True)
        self.stdout.write(self.style.SUCCESS(f"Created {count} categories"))
# Usage:
# python manage.py seed_db
# python manage.py seed_db --count 50 --force
# Other built-in commands worth knowing:
# python manage.py shell — interactive Python with your app loaded
# python manage.py dbshell — raw DB shell (psql, sqlite3…)
# python manage.py dumpdata — export data as JSON/YAML
# python manage.py loaddata — import fixtures
# python manage.py flush — delete all data (keep schema)
# python manage.py createsuperuser — create admin user
import psycopg2
# Raw psycopg2 (PostgreSQL)
conn = psycopg2.connect(dsn="postgresql://user:pass@localhost/mydb")
cur = conn.cursor()
cur.execute("SELECT id, name FROM users WHERE age > %s", (18,)) # parameterized!
rows = cur.fetchall()
conn.commit()
cur.close()
conn.close()
# NEVER do this (SQL injection risk):
# cur.execute(f"SELECT * FROM users WHERE name = '{user_input}'")
# SQLAlchemy Core (SQL expression language)
from sqlalchemy import create_engine, text
engine = create_engine("postgresql://user:pass@localhost/mydb")
with engine.connect() as conn:
    result = conn.execute(text("SELECT * FROM users WHERE age > :age"), {"age": 18})
    for row in result:
        print(row)
from sqlalchemy import Column, Integer, String, ForeignKey, create_engine
from sqlalchemy.orm import DeclarativeBase, Session, relationship
class Base(DeclarativeBase): pass
class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    name = Column(String, nullable=False)
    posts = relationship("Post", back_populates="user")
class Post(Base):
    __tablename__ = "posts"
    id = Column(Integer, primary_key=True)
    title = Column(String, nullable=False)
    user_id = Column(Integer, ForeignKey("users.id"))
    user = relationship("User", back_populates="posts")
engine = create_engine("sqlite:///./app.db")
Base.metadata.create_all(engine)
with Session(engine) as session:
    user = User(name="Alice")
    post = Post(title="Hello World", user=user)
    session.add_all([user, post])
    session.commit()
    users = session.query(User).filter(User.name == "Alice").all()
    # or modern style:
    from sqlalchemy import select
    stmt = select(User).where(User.name == "Alice")
    users = session.scalars(stmt).all()
# SQLAlchemy connection pool configuration
from sqlalchemy import create_engine
engine = create_engine(
    "postgresql://user:pass@localhost/mydb",
    pool_size = 10, # persistent connections to maintain
    max_overflow = 20, # extra connections allowed under burst load
    pool_timeout = 30, # seconds to wait for a free connection
    pool_pre_ping = True, # test connection before use (handles server-side drops)
    pool_recycle = 1800, # recycle connections after 30 min (avoid stale connections)
    echo = False, # set True to log all SQL
)
# asyncpg pool for async FastAPI / asyncio apps
import asyncpg
async def main():
    pool = await asyncpg.create_pool(
        dsn="postgresql://user:pass@localhost/mydb",
        min_size=5, max_size=20
    )
    async with pool.acquire() as conn:
        rows = await conn.fetch("SELECT * FROM users")
    await pool.close()
# ——— ALWAYS use parameterised queries ———
# Safe — placeholders prevent SQL injection:
cur.execute("SELECT * FROM users WHERE name = %s AND age > %s", (name, age))
# UNSAFE — never do this:
# cur.execute(f"SELECT * FROM users WHERE name = '{name}'")
# ——— Database Indexes ———
# Django:
class Book(models.Model):
    title = models.CharField(max_length=200, db_index=True) # single-column
    author = models.ForeignKey(Author, on_delete=models.CASCADE)
    published = models.DateField()
    class Meta:
        indexes = [
            models.Index(fields=["author", "published"]), # composite index
            models.Index(fields=["-published"]), # descending index
        ]
# Index a column when it appears in: WHERE, JOIN ON, ORDER BY, GROUP BY
# Avoid indexing: low-cardinality columns (boolean/status), write-heavy tables
# PostgreSQL EXPLAIN ANALYZE to diagnose slow queries:
# EXPLAIN ANALYZE SELECT * FROM books WHERE author_id = 1;
# Look for: Seq Scan (bad on large tables) vs Index Scan / Index Only Scan (good)
# Cost estimate format: cost=start..total rows=N width=bytes
# Transactions in raw psycopg2
import psycopg2
conn = psycopg2.connect(dsn="postgresql://user:pass@localhost/mydb")
try:
    with conn.cursor() as cur:
        cur.execute("UPDATE accounts SET balance = balance - %s WHERE id = %s", (100, 1))
        cur.execute("UPDATE accounts SET balance = balance + %s WHERE id = %s", (100, 2))
    conn.commit() # both updates atomically committed
except Exception:
    conn.rollback() # roll back both
finally:
    conn.close()
