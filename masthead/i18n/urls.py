from django.urls import path

from . import views

app_name = "i18n"

urlpatterns = [
    path("", views.redirect_to_edition, name="redirect_to_edition"),
]
