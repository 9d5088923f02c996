"""`fill_pages N`: N SimplePages under one home page, inserted in bulk."""

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand
from django.db import connection, transaction

from wagtail.models import Locale, Page, Site

from stock.models import SimplePage

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # treebeard's, steplen 4


def step(n: int) -> str:
    digits = ""
    for _ in range(4):
        n, r = divmod(n, 36)
        digits = ALPHABET[r] + digits
    return digits


class Command(BaseCommand):
    def add_arguments(self, parser):
        parser.add_argument("count", type=int)

    def handle(self, *args, count, **options):
        if SimplePage.objects.filter(depth=3).count() >= count:
            self.stdout.write("Already filled.")
            return
        with transaction.atomic():
            Page.objects.filter(depth__gt=1).delete()
            root = Page.objects.get(depth=1)
            home = root.add_child(instance=SimplePage(title="Home", slug="home", body="<p>Hi</p>"))
            Site.objects.update_or_create(
                is_default_site=True,
                defaults={"hostname": "localhost", "port": 80, "root_page": home},
            )
            content_type = ContentType.objects.get_for_model(SimplePage)
            locale = Locale.get_default()
            body = "<p>A paragraph of a simple page.</p>"
            for start in range(0, count, 5000):
                batch = [
                    Page(
                        title=f"Page {n}",
                        draft_title=f"Page {n}",
                        slug=f"page-{n}",
                        content_type=content_type,
                        locale=locale,
                        path=home.path + step(n + 1),
                        depth=3,
                        numchild=0,
                        url_path=f"{home.url_path}page-{n}/",
                        live=True,
                    )
                    for n in range(start, min(start + 5000, count))
                ]
                created = Page.objects.bulk_create(batch)
                if created[0].pk is None:  # engines that do not return ids
                    slugs = [p.slug for p in batch]
                    ids = dict(
                        Page.objects.filter(slug__in=slugs, depth=3).values_list("slug", "pk")
                    )
                    pks = [ids[s] for s in slugs]
                else:
                    pks = [p.pk for p in created]
                with connection.cursor() as cursor:
                    cursor.executemany(
                        "INSERT INTO stock_simplepage (page_ptr_id, body) VALUES (%s, %s)",
                        [(pk, body) for pk in pks],
                    )
            Page.objects.filter(pk=home.pk).update(numchild=count)
        self.stdout.write(f"Filled {count} pages.")
