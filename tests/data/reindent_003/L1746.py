# In a migration file
def populate_slugs(apps, schema_editor):
    Book = apps.get_model("books", "Book")
    for book in Book.objects.all():
        book.slug = slugify(book.title)
        book.save()
class Migration(migrations.Migration):
    dependencies = [("books", "0002_book_slug")]
    operations = [
        migrations.RunPython(populate_slugs, migrations.RunPython.noop),
    ]
# Function-Based Views (FBV) — simple, explicit
from django.http import JsonResponse
from django.views.decorators.http import require_http_methods
@require_http_methods(["GET", "POST"])
def user_view(request):
    if request.method == "GET":
        users = list(User.objects.values("id", "username"))
        return JsonResponse({"users": users})
    elif request.method == "POST":
        data = json.loads(request.body)
        user = User.objects.create(**data)
        return JsonResponse({"id": user.id}, status=201)
# Class-Based Views (CBV) — reusable, DRY
from django.views import View
class UserView(View):
    def get(self, request):
        users = list(User.objects.values("id", "username"))
        return JsonResponse({"users": users})
    def post(self, request):
        data = json.loads(request.body)
        user = User.objects.create(**data)
        return JsonResponse({"id": user.id}, status=201)
# Generic CBVs (maximum DRY)
from django.views.generic import ListView, DetailView, CreateView
class BookListView(ListView):
    model = Book
    template_name = "books/list.html"
    context_object_name = "books"
    paginate_by = 20
from rest_framework import serializers, viewsets, permissions
from rest_framework.decorators import action
from rest_framework.response import Response
# Serializer = validation + serialization
class BookSerializer(serializers.ModelSerializer):
    author_name = serializers.CharField(source="author.name", read_only=True)
    class Meta:
        model = Book
        fields = ["id", "title", "author", "author_name", "price", "published"]
        read_only_fields = ["id"]
    def validate_price(self, value):
        if value <= 0:
            raise serializers.ValidationError("Price must be positive")
        return value
# ViewSet = all CRUD in one class
class BookViewSet(viewsets.ModelViewSet):
    queryset = Book.objects.select_related("author").all()
    serializer_class = BookSerializer
    permission_classes = [permissions.IsAuthenticatedOrReadOnly]
    def get_queryset(self):
        qs = super().get_queryset()
        author = self.request.query_params.get("author")
        if author:
            qs = qs.filter(author__name__icontains=author)
        return qs
    @action(detail=True, methods=["post"])
    def mark_featured(self, request, pk=None):
        book = self.get_object()
        book.is_featured = True
        book.save()
        return Response({"status": "marked as featured"})
