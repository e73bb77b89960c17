from django.conf import settings
from django.http import FileResponse, HttpRequest
from django.template.response import TemplateResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe


@require_safe
def home(request: HttpRequest) -> TemplateResponse:
    return TemplateResponse(request, "home.html")


@require_safe
@cache_control(max_age=7 * 24 * 3600, public=True)
def favicon(request: HttpRequest) -> FileResponse:
    """Browsers ask for /favicon.ico whatever the page says: answer with our own small icon."""
    return FileResponse(
        open(settings.BASE_DIR / "static" / "favicon.ico", "rb"), content_type="image/x-icon"
    )
