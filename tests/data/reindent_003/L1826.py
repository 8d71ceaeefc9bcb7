# settings.py
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "myapp.middleware.RequestTimingMiddleware", # custom
]
# Custom middleware
class RequestTimingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response # called once on startup
    def __call__(self, request):
        start = time.perf_counter()
        response = self.get_response(request) # calls next middleware/view
        duration = time.perf_counter() - start
        response["X-Process-Time"] = f"{duration:.3f}"
        return response
    def process_exception(self, request, exception):
        # Optional: handle exceptions before Django's default handler
        logger.error(f"Unhandled exception: {exception}")
        return None # let Django handle it
