from django.db import models
class Author(models.Model):
    name = models.CharField(max_length=100)
    email = models.EmailField(unique=True)
    class Meta:
        ordering = ["name"]
class Book(models.Model):
    title = models.CharField(max_length=200)
    author = models.ForeignKey(Author, on_delete=models.CASCADE, related_name="books")
    published = models.DateField()
    price = models.DecimalField(max_digits=8, decimal_places=2)
    class Meta:
        indexes = [models.Index(fields=["author", "published"])]
# --- Basic Queries ---
books = Book.objects.all() # QuerySet (lazy)
book = Book.objects.get(id=1) # single obj or DoesNotExist
books = Book.objects.filter(price__lt=20) # price < 20
books = Book.objects.exclude(published__year=2020)
book = Book.objects.filter(author__name="Alice").first()
count = Book.objects.count()
# --- Field lookups ---
# exact, iexact, contains, icontains, startswith, endswith
# in, gt, gte, lt, lte, range, date, year, isnull
books = Book.objects.filter(title__icontains="python")
books = Book.objects.filter(published__year__in=[2022, 2023])
books = Book.objects.filter(author__isnull=False)
# --- Related queries (avoid N+1) ---
# select_related — SQL JOIN for ForeignKey/OneToOne (one SQL query)
books = Book.objects.select_related("author").all()
# prefetch_related — extra query + Python join (for ManyToMany / reverse FK)
books = Book.objects.prefetch_related("author__books").all()
# --- Aggregation ---
from django.db.models import Avg, Count, Max, Min, Sum, F, Q
stats = Book.objects.aggregate(
    avg_price=Avg("price"),
    total=Count("id"),
    max_price=Max("price"),
)
# --- annotate — per-row aggregation ---
from django.db.models import Count
authors = Author.objects.annotate(book_count=Count("books"))
for a in authors:
    print(a.name, a.book_count)
# --- F expressions — reference another field in a query (no Python round-trip) ---
Book.objects.filter(price__lt=F("original_price") * 0.8) # 20% discount
# --- Q objects — complex AND/OR queries ---
books = Book.objects.filter(
    Q(price__lt=15) | Q(published__year=2023)
)
books = Book.objects.filter(
    Q(title__icontains="python") & ~Q(author__name="Bob") # ~Q = NOT
)
# --- update and delete ---
Book.objects.filter(price__lt=5).update(price=5)
Book.objects.filter(published__year__lt=2000).delete()
# --- bulk operations ---
Book.objects.bulk_create([
    Book(title="A", author=author1, price=10, published="2023-01-01"),
    Book(title="B", author=author2, price=15, published="2023-01-01"),
])
