from django.urls import path  # noqa: F401

app_name = "i18n"

urlpatterns: list = []
