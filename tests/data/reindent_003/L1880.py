# settings.py
CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:6379/1",
    }
}
# Low-level cache API
from django.core.cache import cache
cache.set("user_123", user_data, timeout=300) # 5 minutes
data = cache.get("user_123") # None if expired
cache.delete("user_123")
cache.get_or_set("key", expensive_function, timeout=60)
# View-level caching
from django.views.decorators.cache import cache_page
@cache_page(60 * 15) # 15 minutes
def my_view(request):
    ...
# Per-site caching (entire site via middleware — rarely used)
# Template fragment caching
