"""How an article looks to the publication's apps."""

from wagtail.api.v2.serializers import PageSerializer
from wagtail.images.api.fields import ImageRenditionField

from rest_framework import serializers


class AuthorListField(serializers.Field):
    """Authors in byline order: name, slug and the address of their page."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, article):
        locale_prefix = f"/{article.locale.language_code}"
        return [
            {
                "name": author.name,
                "slug": author.slug,
                "url": f"{locale_prefix}/authors/{author.slug}/",
            }
            for author in article.get_authors()
        ]


class TagListField(serializers.Field):
    def get_attribute(self, instance):
        return instance

    def to_representation(self, article):
        return [tag.name for tag in article.tags.all()]


class ArticleSerializer(PageSerializer):
    authors = AuthorListField(read_only=True)
    tags = TagListField(read_only=True)
    hero_image = ImageRenditionField("fill-1200x675", read_only=True)
