from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe


@require_safe
def home(request: HttpRequest) -> TemplateResponse:
    return TemplateResponse(request, "home.html")
