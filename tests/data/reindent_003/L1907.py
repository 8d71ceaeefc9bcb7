# BAD — N+1 queries (1 for books + 1 per book for author)
books = Book.objects.all() # 1 query
for book in books:
    print(book.author.name) # 1 query per book = N queries
# GOOD — select_related fixes FK/OneToOne — 1 JOIN query total
books = Book.objects.select_related("author").all()
for book in books:
    print(book.author.name) # no extra queries
# GOOD — prefetch_related for ManyToMany or reverse FK — 2 queries total
books = Book.objects.prefetch_related("tags").all()
for book in books:
    print([t.name for t in book.tags.all()]) # no extra queries
# Use django-debug-toolbar in development to spot N+1 issues
from django.db import transaction
# atomic() — wrap in a single DB transaction; rollback on exception
@transaction.atomic
def transfer_funds(from_acct, to_acct, amount):
    from_acct.balance -= amount
    from_acct.save() # if to_acct.save() raises, BOTH saves roll back
    to_acct.balance += amount
    to_acct.save()
# on_commit — run code ONLY after transaction commits
# (safe to trigger async tasks here — data is definitely in the DB)
@transaction.atomic
def place_order(order_data):
    order = Order.objects.create(**order_data)
    transaction.on_commit(lambda: send_confirmation.delay(order.id))
    return order
# Nested atomic — creates a SAVEPOINT (not a nested transaction in most DBs)
def complex():
    with transaction.atomic(): # outer
        do_something()
        try:
            with transaction.atomic(): # inner = savepoint
                risky_operation()
        except MyError:
            pass # rolled back to savepoint; outer transaction continues
# select_for_update — row-level exclusive lock (prevents race conditions)
@transaction.atomic
def purchase(user_id, item_id):
    item = Item.objects.select_for_update().get(id=item_id)
    # Other transactions block on this row until we commit
    if item.stock > 0:
        item.stock -= 1
        item.save()
        Order.objects.create(user_id=user_id, item=item)
    else:
        raise OutOfStockError
# select_for_update(nowait=True) — raise OperationalError immediately if locked
# select_for_update(skip_locked=True) — skip locked rows (good for job queues)
# ——— FBV decorators ———
from django.contrib.auth.decorators import login_required, permission_required
@login_required(login_url="/login/")
def dashboard(request): ...
@permission_required("blog.publish_post", raise_exception=True)
def publish(request): ...
# ——— CBV mixins ———
from django.contrib.auth.mixins import LoginRequiredMixin, PermissionRequiredMixin
class PostCreateView(LoginRequiredMixin, PermissionRequiredMixin, CreateView):
    permission_required = "blog.add_post"
    model = Post
# ——— Programmatic checks ———
def view(request):
    if not request.user.is_authenticated:
        return redirect("/login/")
    if not request.user.has_perm("blog.publish_post"):
        return HttpResponseForbidden()
    ...
# ——— Custom User Model (ALWAYS do this before first migration) ———
# settings.py:
# AUTH_USER_MODEL = "accounts.User"
from django.contrib.auth.models import AbstractUser
from django.db import models
class User(AbstractUser):
    phone = models.CharField(max_length=20, blank=True)
    bio = models.TextField(blank=True)
    avatar = models.ImageField(upload_to="avatars/", blank=True)
# AbstractUser already has: username, email, password, first_name, last_name,
# is_staff, is_active, is_superuser, groups, user_permissions, date_joined
# ——— DRF — Custom Object Permission ———
from rest_framework.permissions import BasePermission
class IsOwnerOrReadOnly(BasePermission):
    """Safe methods (GET/HEAD/OPTIONS) for all; write only for owner."""
    def has_object_permission(self, request, view, obj):
        if request.method in ("GET", "HEAD", "OPTIONS"):
            return True
        return obj.owner == request.user
class PostViewSet(viewsets.ModelViewSet):
    permission_classes = [IsAuthenticated, IsOwnerOrReadOnly]
    def perform_create(self, serializer):
        serializer.save(owner=self.request.user)
