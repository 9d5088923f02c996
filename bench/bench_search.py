"""Benchmark search: index build throughput, then search latency under 16 concurrent clients.

Usage (the `make bench` interface):

    python bench/bench_search.py --sqlite-url URL --postgres-url URL --redis-url URL \
        --out bench/out/search.md

For each database: rebuild Masthead's search index with `manage.py rebuild_search_index`
(articles/s), start the app as `make serve` does (deploy/serve) on a loopback port, and
send real HTTP requests to the search page (/<lang>/search/?q=) and the suggestions
endpoint from 16 client threads, with a mix of queries in English, Russian, Armenian and
Azerbaijani: the search page with its result cache off, then on, then suggestions.
Reports p50/p95/p99.
Bounded: at most --requests requests or --seconds seconds per phase.
"""

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

from bench_pages import (
    STOCK_PORT,
    WORKERS,
    app_env,
    collect_static,
    prepare_stock,
    start_stock,
    stock_rotation,
)
from benchlib import BENCH_VAR, Server, rotation_script

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PORTS = {"sqlite": 18160, "postgres": 18161}
THREADS = 2  # per worker: a PostgreSQL query's wait lets the other thread run

# Everyday newsroom words, inflected as readers type them, single and multi-word.
QUERIES = {
    "en": [
        "government",
        "elections",
        "oil prices",
        "peace talks",
        "economy",
        "parliament vote",
        "border",
        "president visit",
        "inflation",
        "energy exports",
        "protests in the capital",
        "ministers",
    ],
    "ru": [
        "выборы",
        "правительства",
        "цены на нефть",
        "переговоры",
        "экономики",
        "парламент",
        "границе",
        "визит президента",
        "инфляция",
        "протесты",
        "министров",
        "энергетика",
    ],
    "hy": [
        "կառավարություն",
        "ընտրություններ",
        "տնտեսության",
        "խորհրդարան",
        "սահմանին",
        "նախագահի այց",
        "գները",
        "բանակցություններ",
        "էներգետիկա",
        "բողոքի ակցիա",
        "նախարարներ",
        "գնաճ",
    ],
    "az": [
        "hökumət",
        "seçkilər",
        "neft qiymətləri",
        "danışıqlar",
        "iqtisadiyyatın",
        "parlament",
        "sərhəddə",
        "prezidentin səfəri",
        "inflyasiya",
        "enerji ixracı",
        "nazirlər",
        "ƏLİYEV",
    ],
}
PREFIXES = {
    "en": ["gov", "elec", "oil pr", "peace t"],
    "ru": ["выб", "прав", "нефт", "перег"],
    "hy": ["կառ", "ընտր", "տնտ", "նախ"],
    "az": ["höku", "seçk", "neft q", "parl"],
}


def environment(database_url: str, redis_url: str) -> dict:
    env = dict(os.environ)
    env.update(
        {
            "DATABASE_URL": database_url,
            "DJANGO_SETTINGS_MODULE": "masthead.settings.dev",
            "MASTHEAD_DEBUG": "0",
            "MASTHEAD_LOG_LEVEL": "WARNING",
            "MASTHEAD_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "PYTHONUNBUFFERED": "1",
        }
    )
    if redis_url:
        env["REDIS_URL"] = redis_url
    else:
        env.pop("REDIS_URL", None)
    return env


def manage(env: dict, *args: str) -> str:
    result = subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=3600,
    )
    return result.stdout


def build_index(env: dict) -> tuple[int, float]:
    """Rebuild the index; return (articles, articles per second)."""
    manage(env, "migrate", "--noinput", "-v0", "--skip-checks")
    out = manage(env, "rebuild_search_index", "--no-progress", "--skip-checks")
    match = re.search(r"Indexed (\d+) articles in ([\d.]+) s", out)
    if not match:
        raise RuntimeError(f"Unexpected output: {out!r}")
    count, seconds = int(match.group(1)), float(match.group(2))
    return count, count / seconds if seconds else 0.0


def start_server(database_url: str, redis_url: str, port: int, *, cache_results: bool):
    """Start the app as `make serve` does (deploy/serve: production settings, granian)."""
    env = app_env(database_url, redis_url, cached=True, port=port)
    env.update(
        SERVER="granian",
        THREADS=str(THREADS),
        MASTHEAD_SEARCH_CACHE_SECONDS="60" if cache_results else "0",
    )
    return Server([str(ROOT / "deploy" / "serve")], env=env, port=port)


def search_paths() -> list[str]:
    paths = []
    for language, queries in QUERIES.items():
        for query in queries:
            paths.append(f"/{language}/search/?q={quote(query)}")
            paths.append(f"/{language}/search/?q={quote(query)}&sort=date")
            paths.append(f"/{language}/search/?q={quote(query)}&page=3")
    return paths


def suggest_paths() -> list[str]:
    return [
        f"/{language}/search/suggest/?q={quote(prefix)}"
        for language, prefixes in PREFIXES.items()
        for prefix in prefixes
    ]


PERCENTILES_LUA = """
done = function(summary, latency, requests)
  io.write(string.format("P50 %d\\nP95 %d\\nP99 %d\\n",
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
"""


def wrk_run(port: int, paths: list[str], *, clients: int, seconds: int) -> dict:
    """Run wrk (2 threads, `clients` connections) over the paths in turn; return figures."""
    script = rotation_script(paths)
    script = script.with_name(script.stem + "-percentiles.lua")
    script.write_text(rotation_script(paths).read_text() + PERCENTILES_LUA)
    command = ["wrk", "-t2", f"-c{clients}", f"-d{seconds}s", "--timeout", "10s", "-s"]
    done = subprocess.run(
        [*command, str(script), f"http://127.0.0.1:{port}"], capture_output=True, text=True
    )
    output = done.stdout + done.stderr
    found = {key: re.search(rf"^{key}\s+(\d+)", output, re.M) for key in ("P50", "P95", "P99")}
    if "Requests/sec" not in output or not all(found.values()):
        raise RuntimeError(f"wrk gave no result:\n{output}")
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    errors = sum(
        int(match.group(1))
        for pattern in (r"Non-2xx or 3xx responses: (\d+)", r"Socket errors: .*?timeout (\d+)")
        if (match := re.search(pattern, output))
    )
    return {
        "requests": requests,
        "errors": errors,
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        **{key.lower(): int(match.group(1)) / 1000 for key, match in found.items()},
    }


def run_backend(name: str, url: str, redis_url: str, args) -> dict:
    env = environment(url, redis_url)
    print(f"[{name}] rebuilding the search index…", flush=True)
    articles, rate = build_index(env)
    print(f"[{name}] {articles} articles at {rate:.0f}/s", flush=True)
    if not (BENCH_VAR / "app" / "static" / "staticfiles.json").exists():
        collect_static(url)
    phases = {}
    runs = (
        ("search page, result cache off", search_paths(), False),
        ("search page", search_paths(), True),
        ("suggestions, result cache off", suggest_paths(), False),
        ("suggestions", suggest_paths(), True),
    )
    for number, (phase, paths, cache_results) in enumerate(runs):
        # A port per phase: the previous server may still hold its port while it exits.
        port = PORTS[name] + 10 * number
        server = start_server(url, redis_url, port, cache_results=cache_results)
        try:
            # Warm-up: every address of the mix several times over (each worker process
            # keeps its own cache without Redis), then the measured run.
            wrk_run(port, paths, clients=args.clients, seconds=args.warmup)
            time.sleep(1)
            phases[phase] = wrk_run(port, paths, clients=args.clients, seconds=args.seconds)
        finally:
            server.stop()
        print(f"[{name}] {phase}: {phases[phase]}", flush=True)
    return {"articles": articles, "rate": rate, "phases": phases}


def run_reference(articles: int, args) -> dict:
    """Stock Wagtail's simplest page under the same load: a page rendered on every request
    without any search work, for comparison."""
    stock_url = f"sqlite:///{BENCH_VAR / 'stock.sqlite3'}"
    prepare_stock(stock_url, articles)  # as many pages as articles; kept between runs
    paths = stock_rotation(articles)
    with start_stock(stock_url, STOCK_PORT + 7):
        wrk_run(STOCK_PORT + 7, paths, clients=args.clients, seconds=args.warmup)
        time.sleep(1)
        figures = wrk_run(STOCK_PORT + 7, paths, clients=args.clients, seconds=args.seconds)
    print(f"[reference] stock Wagtail's simplest page: {figures}", flush=True)
    return figures


def report(results: dict, args) -> str:
    lines = [
        "## Search",
        "",
        "HTTP GETs against the app as `make serve` runs it (deploy/serve: production "
        f"settings, granian, {WORKERS} workers x {THREADS} threads) on loopback, "
        f"wrk -t2 -c{args.clients} ({args.clients} concurrent connections with keep-alive, "
        f"{args.warmup} s warm-up, {args.seconds} s measured), the addresses in turn; "
        "a mix of 48 queries in en/ru/hy/az, each as relevance, date sort and "
        "page 3 (144 addresses), for the search page, and 16 prefixes for suggestions. "
        "'Result cache off' "
        "(MASTHEAD_SEARCH_CACHE_SECONDS=0): every request runs the full-text query and "
        "builds its hits. 'Search page' (the default, 60 s): a page of results, and the "
        "search page as rendered for anonymous readers, are reused until content changes "
        "(each search still counted for popular searches), so the measured run shows what "
        "readers repeating a search get; the index lookups and the render run for the "
        "first reader of each address in each worker process. "
        "PostgreSQL runs with Redis (content generation, page cache), SQLite without. "
        "Index build: `manage.py rebuild_search_index` (bulk, one transaction). "
        "Target: search p95 <= 50 ms. 'Reference': stock Wagtail (bench/stock_wagtail) "
        "rendering its simplest page, no search, under the same load (SQLite, granian with "
        "as many workers, one thread each): for comparison, a page rendered on every "
        "request without any search work.",
        "",
        "| database | articles | index build (articles/s) | endpoint | requests | errors "
        "| req/s | p50 ms | p95 ms | p99 ms |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, result in results.items():
        if name == "reference":
            continue
        for phase, figures in result["phases"].items():
            lines.append(
                f"| {name} | {result['articles']} | {result['rate']:.0f} | {phase} "
                f"| {figures['requests']} | {figures['errors']} | {figures['rps']:.0f} "
                f"| {figures['p50']:.1f} | {figures['p95']:.1f} | {figures['p99']:.1f} |"
            )
    reference = results.get("reference")
    if reference:
        lines.append(
            f"| reference | {reference['articles']} | — | stock Wagtail's simplest page, "
            f"no search | {reference['requests']} | {reference['errors']} "
            f"| {reference['rps']:.0f} | {reference['p50']:.1f} | {reference['p95']:.1f} "
            f"| {reference['p99']:.1f} |"
        )
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sqlite-url", default="")
    parser.add_argument("--postgres-url", default="")
    parser.add_argument("--redis-url", default="")
    parser.add_argument("--out", default="bench/out/search.md")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--warmup", type=int, default=10)
    args = parser.parse_args()
    results = {}
    if args.sqlite_url:
        # SQLite: no Redis, the embedded default.
        results["sqlite"] = run_backend("sqlite", args.sqlite_url, "", args)
        reference = run_reference(results["sqlite"]["articles"], args)
        results["reference"] = {**reference, "articles": results["sqlite"]["articles"]}
    if args.postgres_url:
        results["postgres"] = run_backend("postgres", args.postgres_url, args.redis_url, args)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(report(results, args), encoding="utf-8")
    print(out.read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
