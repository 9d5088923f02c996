"""Read gettext catalogs and extract the messages the code asks for (for the catalog tests)."""

import ast
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Message:
    """One entry of a .po file."""

    msgid: str
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstrs: list[str] = field(default_factory=list)
    is_fuzzy: bool = False
    is_obsolete: bool = False

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.msgctxt, self.msgid)

    @property
    def is_translated(self) -> bool:
        return bool(self.msgstrs) and all(self.msgstrs)


def _unquote(text: str) -> str:
    return ast.literal_eval(text.strip())


def read_po(path: Path) -> list[Message]:
    """Return the messages of a .po file (the header entry left out)."""
    messages: list[Message] = []
    fields: dict = {}
    flags: set[str] = set()
    obsolete = False
    current: str | None = None

    def flush() -> None:
        nonlocal fields, flags, obsolete, current
        if "msgid" in fields and fields["msgid"] != "":
            strs = [fields[k] for k in sorted(k for k in fields if k.startswith("msgstr"))]
            messages.append(
                Message(
                    msgid=fields["msgid"],
                    msgctxt=fields.get("msgctxt"),
                    msgid_plural=fields.get("msgid_plural"),
                    msgstrs=strs,
                    is_fuzzy="fuzzy" in flags,
                    is_obsolete=obsolete,
                )
            )
        fields, flags, obsolete, current = {}, set(), False, None

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("#~"):
            obsolete = True
            line = line[2:].strip()
            if not line:
                continue
        elif not line:
            flush()
            continue
        elif line.startswith("#,"):
            if "msgid" in fields:
                flush()
            flags.update(flag.strip() for flag in line[2:].split(","))
            continue
        elif line.startswith("#"):
            if "msgid" in fields and any(k.startswith("msgstr") for k in fields):
                flush()
            continue
        if line.startswith('"'):
            if current is not None:
                fields[current] += _unquote(line)
            continue
        keyword, _, rest = line.partition(" ")
        if keyword in ("msgctxt", "msgid") and any(k.startswith("msgstr") for k in fields):
            flush()
        if keyword.startswith("msgstr[") or keyword in (
            "msgctxt",
            "msgid",
            "msgid_plural",
            "msgstr",
        ):
            current = keyword if not keyword.startswith("msgstr[") else f"msgstr{keyword[6:]}"
            fields[current] = _unquote(rest)
    flush()
    return messages


def find_catalogs(root: Path, domain: str = "django") -> dict[Path, dict[str, Path]]:
    """Return {locale directory: {language: .po path}} for every locale directory under root."""
    found: dict[Path, dict[str, Path]] = {}
    for po in sorted(root.glob(f"**/locale/*/LC_MESSAGES/{domain}.po")):
        if ".venv" in po.parts or "node_modules" in po.parts:
            continue
        locale_dir = po.parents[2]
        found.setdefault(locale_dir, {})[po.parents[1].name] = po
    return found


def extract_messages(
    source_dir: Path, *, exclude: tuple[str, ...] = ()
) -> set[tuple[str | None, str]]:
    """Return the (context, msgid) pairs the code under source_dir asks for.

    Runs Django's makemessages, as a developer does from inside the directory, on a copy of it,
    so the committed catalogs are left alone.
    """
    ignore = shutil.ignore_patterns("locale", "__pycache__", "*.pyc", *exclude)
    with tempfile.TemporaryDirectory(prefix="masthead-messages-") as tmp:
        copy = Path(tmp) / source_dir.name
        shutil.copytree(source_dir, copy, ignore=ignore)
        (copy / "locale").mkdir()
        env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
        django_admin = [sys.executable, "-m", "django", "makemessages", "-l", "xx", "-v", "0"]
        subprocess.run(django_admin, cwd=copy, env=env, check=True, capture_output=True)  # noqa: S603
        po = copy / "locale" / "xx" / "LC_MESSAGES" / "django.po"
        if not po.exists():
            return set()
        return {message.key for message in read_po(po) if not message.is_obsolete}
