from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def self_registration_open() -> bool:
    return bool(settings.PIPV_SELF_REGISTRATION)
