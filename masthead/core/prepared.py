"""ORM queries compiled to SQL once per process, then run with new values.

Turning a queryset into SQL costs Django a quarter of a millisecond or more (joins of a
page type's tables, select_related, ordering); running that SQL on an indexed lookup
costs a few microseconds. A page served uncached runs the same handful of lookups on every
request with other values (this slug, this translation key), so compiling them each time
was a third of an article's render. A PreparedQuery builds its queryset once with marker
values, lets the ORM compile it, notes where the markers landed among the SQL parameters,
and from then on hands out querysets that run that SQL with the real values bound: still
parameters, never text in the SQL. Rows become model instances through Django's own
ModelIterable (select_related, prefetch_related, annotations as usual).

A query whose parameters the ORM derives from the values in other ways (`__contains`,
`__iexact`) cannot be prepared: the markers would not come out whole, and preparing fails
loudly. A prepared query answers a list: its queryset, built with markers, never leaves.
"""

import datetime as dt
import threading
import uuid
from collections.abc import Callable
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connections, router
from django.db.models import QuerySet
from django.db.models.query import ModelIterable

# Inside every integer field's range but for the small ones (Django turns an out-of-range
# lookup into an empty result, which would drop the marker from the SQL: preparing fails).
_INT_MARKER_BASE = 1_999_999_000
_DATETIME_MARKER_BASE = dt.datetime(1901, 2, 3, 4, 5, 6, tzinfo=dt.UTC)


class PreparedQuery:
    """A queryset shape compiled once per database; call it with values to get its rows.

    `build` receives one keyword argument per name in `kinds` ("int", "str", "uuid",
    "datetime", or "startswith" for a value used only in a `__startswith` lookup) and
    returns the queryset; it is called once, with markers.
    """

    def __init__(self, build: Callable[..., QuerySet], **kinds: str):
        unknown = set(kinds.values()) - {"int", "str", "uuid", "datetime", "startswith"}
        if unknown:
            raise ValueError(f"Unknown parameter kinds: {unknown}")
        self._build = build
        self._kinds = kinds
        self._compiled: dict[str, tuple] = {}
        self._model = None
        self._lock = threading.Lock()

    def __call__(self, using: str | None = None, **values: Any) -> list:
        """Return the rows (model instances, prefetches done) for these values.

        From the database the routers choose for reading the model, as the ORM would.
        """
        if set(values) != set(self._kinds):
            raise TypeError(f"Expected values for {sorted(self._kinds)}, got {sorted(values)}")
        if using is None:
            if self._model is None:
                self._model = self._build(**self._markers()).model
            using = router.db_for_read(self._model) or DEFAULT_DB_ALIAS
        template, compiler, sql, slots = self._compile(using)
        connection = connections[using]
        params = list(compiler.prepared_params)
        for index, name, adapt in slots:
            params[index] = adapt(connection, values[name])
        # A list, not a queryset: the query underneath holds the markers, so anything
        # chained onto it (a filter, count(), first()) would compile them into its SQL.
        queryset = template._chain()
        queryset._iterable_class = PreparedModelIterable
        queryset._prepared_run = (queryset.query, compiler, sql, tuple(params))
        return list(queryset)

    def _compile(self, using: str) -> tuple:
        compiled = self._compiled.get(using)
        if compiled is None:
            with self._lock:
                compiled = self._compiled.get(using) or self._prepare(using)
                self._compiled[using] = compiled
        return compiled

    def _markers(self) -> dict:
        return {name: _marker(kind, n) for n, (name, kind) in enumerate(self._kinds.items())}

    def _prepare(self, using: str) -> tuple:
        connection = connections[using]
        markers = self._markers()
        template = self._build(**markers).using(using)
        if template._iterable_class is not ModelIterable:
            raise ValueError("Only querysets of model instances can be prepared")
        compiler = template.query.get_compiler(using=using)
        sql, params = compiler.as_sql()
        slots, found = [], set()
        for index, param in enumerate(params):
            for name, marker in markers.items():
                adapt = _adapter(self._kinds[name])
                if param == adapt(connection, marker):
                    slots.append((index, name, adapt))
                    found.add(name)
                    break
                if isinstance(param, str) and isinstance(marker, str) and marker in param:
                    raise ValueError(f"{name!r} is transformed in the SQL (LIKE?): use ranges")
        missing = set(markers) - found
        if missing:
            raise ValueError(f"Markers not found in the compiled parameters: {missing}")
        compiler.prepared_params = tuple(params)
        return template, compiler, sql, slots


class PreparedModelIterable(ModelIterable):
    """ModelIterable over the SQL compiled when the query was prepared."""

    def __iter__(self):
        query, compiler, sql, params = self.queryset.__dict__["_prepared_run"]
        if query is not self.queryset.query:
            raise RuntimeError("A prepared queryset was cloned: its query holds markers")
        ready = _ready_compiler(compiler, connections[self.queryset.db], sql, params)
        # The query is this queryset's own clone; the override goes once the rows are read,
        # so that nothing cloned from it later inherits the prepared SQL.
        query.get_compiler = lambda *args, **kwargs: ready
        try:
            yield from super().__iter__()
        finally:
            del query.get_compiler


def _ready_compiler(compiler, connection, sql: str, params: tuple):
    """A copy of the prepared compiler (select list, klass_info: already set up), bound to
    this thread's connection, whose as_sql() answers the prepared SQL with these values."""
    ready = object.__new__(type(compiler))
    ready.__dict__.update(compiler.__dict__)
    ready.connection = connection
    ready.as_sql = lambda *args, **kwargs: (sql, params)
    ready.get_converters = lambda expressions: _converters(compiler, expressions)
    return ready


def _converters(compiler, expressions) -> dict:
    """The row converters of a prepared query's select list, worked out once: the list does
    not change, and asking each field and the backend for them cost as much as the query.
    (They are the backend's and the fields' own functions, given the connection each time.)"""
    known = compiler.__dict__.setdefault("_prepared_converters", {})
    key = tuple(map(id, expressions))  # the select list's own objects, shared by every copy
    converters = known.get(key)
    if converters is None:
        converters = known[key] = compiler.get_converters(expressions)
    return converters


def _marker(kind: str, n: int):
    if kind == "int":
        return _INT_MARKER_BASE - n
    if kind == "uuid":
        return uuid.UUID(int=_INT_MARKER_BASE + n)
    if kind in ("str", "startswith"):
        return f"\x1fprepared-marker-{n}\x1f"
    return _DATETIME_MARKER_BASE + dt.timedelta(seconds=n)


def _adapter(kind: str):
    if kind == "startswith":  # as Django's startswith lookup writes its LIKE pattern
        return lambda connection, value: connection.ops.prep_for_like_query(value) + "%"
    if kind == "datetime":
        return lambda connection, value: connection.ops.adapt_datetimefield_value(value)
    if kind == "uuid":  # as UUIDField writes it: native where the database has the type
        return lambda connection, value: (
            _as_uuid(value) if connection.features.has_native_uuid_field else _as_uuid(value).hex
        )
    return lambda connection, value: value


def _as_uuid(value) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
