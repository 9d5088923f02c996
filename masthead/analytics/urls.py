from django.urls import path

from . import views

app_name = "analytics"

urlpatterns = [
    path("api/v1/views/<str:raw_id>/", views.page_views, name="page_views"),
]
