"""`make bench`: prepare the archive once, run every bench/bench_*.py, write bench/results.md.

Environment: BENCH_ARTICLES (100000), BENCH_POSTGRES_URL (postgres://postgres@127.0.0.1:5432/
masthead_bench; empty skips PostgreSQL), BENCH_REDIS_URL (redis://127.0.0.1:6379/6),
BENCH_ONLY (comma-separated bench names, e.g. "pages"), BENCH_DURATION, BENCH_WARMUP.
"""

import datetime as dt
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

from benchlib import BENCH_VAR, ROOT, VENV_PY

ARTICLES = int(os.environ.get("BENCH_ARTICLES", "100000"))
SQLITE_FILE = BENCH_VAR / "masthead.sqlite3"
SQLITE_URL = f"sqlite:///{SQLITE_FILE}"
POSTGRES_URL = os.environ.get(
    "BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/masthead_bench"
)
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/6")
FALLBACK_SITE = """
from masthead.news.tests.factories import build_newsroom
build_newsroom(sections=4, articles_per_section=max(1, %(count)d // 4))
"""
MARKER = BENCH_VAR / "archive.json"
OUT = ROOT / "bench" / "out"
RESULTS = ROOT / "bench" / "results.md"


def manage(database_url: str, *args: str) -> None:
    env = {**os.environ, "DATABASE_URL": database_url, "MASTHEAD_LOG_LEVEL": "WARNING"}
    env.pop("REDIS_URL", None)
    subprocess.run([str(VENV_PY), "manage.py", *args], cwd=ROOT, env=env, check=True)


def recreate_postgres(url: str) -> None:
    name = url.rsplit("/", 1)[1]
    admin = url.rsplit("/", 1)[0] + "/postgres"
    subprocess.run(
        ["psql", admin, "-qc", f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'], check=True
    )
    subprocess.run(["psql", admin, "-qc", f'CREATE DATABASE "{name}"'], check=True)


def prepare_archive() -> dict:
    """Generate the archive in SQLite and PostgreSQL, unless the same count is there already."""
    wanted = {"articles": ARTICLES, "postgres": POSTGRES_URL}
    if MARKER.exists() and json.loads(MARKER.read_text()) == wanted and SQLITE_FILE.exists():
        print(f"Reusing the {ARTICLES:,}-article archive in {BENCH_VAR}.")
        return {"generated_in": "reused"}
    BENCH_VAR.mkdir(parents=True, exist_ok=True)
    MARKER.unlink(missing_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{SQLITE_FILE}{suffix}").unlink(missing_ok=True)
    (BENCH_VAR / "stock.sqlite3").unlink(missing_ok=True)
    started = time.monotonic()
    targets = [SQLITE_URL]
    if POSTGRES_URL:
        recreate_postgres(POSTGRES_URL)
        targets.append(POSTGRES_URL)
    has_generator = (
        subprocess.run(
            [str(VENV_PY), "manage.py", "help", "generate_archive"], cwd=ROOT, capture_output=True
        ).returncode
        == 0
    )
    for url in targets:
        manage(url, "migrate", "--noinput", "-v0")
        if has_generator:
            manage(url, "generate_archive", "--ensure", str(ARTICLES), "-v0")
        else:  # before the archive generator exists: factories, fine for a quick run only
            print("No generate_archive command: building a small site with the test factories.")
            manage(url, "shell", "-v0", "-c", FALLBACK_SITE % {"count": ARTICLES})
    MARKER.write_text(json.dumps(wanted))
    return {"generated_in": f"{time.monotonic() - started:.0f} s"}


def machine_facts() -> list[str]:
    meminfo = Path("/proc/meminfo").read_text().splitlines()
    total_kb = int(next(line for line in meminfo if line.startswith("MemTotal")).split()[1])
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    nginx = subprocess.run(["nginx", "-v"], capture_output=True, text=True).stderr.strip()
    return [
        f"- Date: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC; commit {commit or '?'}",
        f"- Machine: {os.cpu_count()} CPUs (nproc), {total_kb / 1024 / 1024:.1f} GiB memory, {cpu}",
        f"- Python {platform.python_version()}, {nginx}",
    ]


def main() -> int:
    only = {name for name in os.environ.get("BENCH_ONLY", "").split(",") if name}
    started = time.monotonic()
    archive = prepare_archive()
    OUT.mkdir(parents=True, exist_ok=True)
    scripts = sorted((ROOT / "bench").glob("bench_*.py"))
    sections, failures = [], []
    for script in scripts:
        name = script.stem.removeprefix("bench_")
        if only and name not in only:
            continue
        out = OUT / f"{name}.md"
        out.unlink(missing_ok=True)
        print(f"== {script.name}", flush=True)
        command = [
            str(VENV_PY), str(script),
            "--sqlite-url", SQLITE_URL,
            "--postgres-url", POSTGRES_URL,
            "--redis-url", REDIS_URL,
            "--out", str(out),
        ]  # fmt: skip
        result = subprocess.run(command, cwd=ROOT)
        if result.returncode == 0 and out.exists():
            sections.append(out.read_text().strip())
        else:
            failures.append(name)
            sections.append(f"## {name}\n\n{script.name} failed (exit {result.returncode}).")
    header = [
        "# Benchmark results",
        "",
        "Written by `make bench` (bench/run.py); numbers from one run on this machine.",
        "",
        *machine_facts(),
        f"- Archive: {ARTICLES:,} articles, SQLite ({SQLITE_FILE.relative_to(ROOT)})"
        + (f" and PostgreSQL ({POSTGRES_URL.rsplit('/', 1)[1]})" if POSTGRES_URL else "")
        + f"; generation: {archive['generated_in']}",
        f"- Total bench time: {time.monotonic() - started:.0f} s",
        "",
    ]
    RESULTS.write_text("\n".join(header) + "\n" + "\n\n".join(sections) + "\n")
    print(f"Wrote {RESULTS.relative_to(ROOT)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
