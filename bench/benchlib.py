"""Helpers shared by the bench scripts: servers on loopback, wrk, memory."""

import contextlib
import os
import re
import signal
import socket
import subprocess
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_PY = ROOT / ".venv" / "bin" / "python"
BENCH_VAR = ROOT / "var" / "bench"

WRK_THREADS = 2
WRK_CONNECTIONS = 64
DURATION = int(os.environ.get("BENCH_DURATION", "10"))
WARMUP = int(os.environ.get("BENCH_WARMUP", "2"))


@dataclass
class WrkResult:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    errors: int

    def row(self, label: str, baseline: float | None) -> str:
        ratio = f"{self.requests_per_second / baseline:.2f}" if baseline else "-"
        errors = f" ({self.errors} errors)" if self.errors else ""
        return (
            f"| {label} | {self.requests_per_second:,.0f}{errors} | {self.p50_ms:.2f} | "
            f"{self.p99_ms:.2f} | {ratio} |"
        )


def wait_for_port(port: int, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            sock.settimeout(0.5)
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise RuntimeError(f"Nothing listens on 127.0.0.1:{port} after {timeout:.0f}s")


def fetch(url: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def _to_ms(value: str) -> float:
    found = re.match(r"([\d.]+)(us|ms|s|m)$", value)
    if not found:
        return float("nan")
    number, unit = found.groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def rotation_script(paths: list[str]) -> Path:
    """Write a wrk Lua script that requests the paths in turn (each wrk thread from its own
    starting point), so that nothing about one address can be kept between requests."""
    script = BENCH_VAR / f"rotate-{len(paths)}-{abs(hash(tuple(paths)))}.lua"
    script.parent.mkdir(parents=True, exist_ok=True)
    quoted = ",\n".join(
        '  "' + path.replace("\\", "\\\\").replace('"', '\\"') + '"' for path in paths
    )
    script.write_text(
        "local paths = {\n" + quoted + "\n}\n"
        "local i = math.random(#paths)\n"
        "request = function()\n"
        "  i = i % #paths + 1\n"
        '  return wrk.format("GET", paths[i])\n'
        "end\n"
    )
    return script


def wrk(
    url: str, *, duration: int = DURATION, warmup: int = WARMUP, paths: list[str] | None = None
) -> WrkResult:
    """Run wrk -t2 -c64 after a warm-up; return requests/s and latency percentiles.

    With `paths`, the requests go to those paths of `url`'s server in turn.
    """
    base = ["wrk", f"-t{WRK_THREADS}", f"-c{WRK_CONNECTIONS}", "--latency", "--timeout", "10s"]
    if paths:
        base += ["-s", str(rotation_script(paths))]
    if warmup:
        subprocess.run([*base, f"-d{warmup}s", url], capture_output=True, check=True)
        time.sleep(1)  # let the server finish what the warm-up left queued
    done = subprocess.run([*base, f"-d{duration}s", url], capture_output=True, text=True)
    output = done.stdout + done.stderr
    if "Requests/sec" not in output or "50%" not in output:
        raise RuntimeError(f"wrk on {url} gave no result:\n{output}")
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p50 = _to_ms(re.search(r"^\s+50%\s+(\S+)", output, re.M).group(1))
    p99 = _to_ms(re.search(r"^\s+99%\s+(\S+)", output, re.M).group(1))
    if p50 != p50 or p99 != p99:  # NaN: keep wrk's own words for the report's reader
        print(f"wrk on {url}: unreadable latency\n{output}", flush=True)
    errors = 0
    for pattern in (r"Non-2xx or 3xx responses: (\d+)", r"Socket errors: .*?timeout (\d+)"):
        found = re.search(pattern, output)
        if found:
            errors += int(found.group(1))
    return WrkResult(rps, p50, p99, errors)


class Server:
    """A process group started for a bench and stopped (whole group) at the end."""

    def __init__(self, args, *, env=None, cwd=ROOT, port=None, log: Path | None = None):
        self.port = port
        self.log = log or BENCH_VAR / f"server-{port}.log"
        self.log.parent.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(
            args,
            cwd=cwd,
            env={**os.environ, **(env or {})},
            stdout=self.log.open("wb"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        if port:
            try:
                wait_for_port(port)
            except RuntimeError:
                self.stop()
                raise RuntimeError(f"Server on {port} did not start; see {self.log}") from None

    def worker_rss_mb(self, field: str = "VmRSS") -> list[float]:
        """Return the resident memory of each worker process (the leaves of the tree).

        `field`: a line of /proc/<pid>/status: VmRSS (everything resident), RssAnon (the
        process's own memory, without files it maps, such as SQLite's database file).
        """
        descendants = _descendants(self.process.pid)
        pids = [pid for pid in descendants if not _descendants(pid)] or [self.process.pid]
        sizes = []
        for pid in pids:
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except FileNotFoundError:
                continue
            found = re.search(rf"{field}:\s+(\d+) kB", status)
            if found:
                sizes.append(int(found.group(1)) / 1024)
        return sizes

    def stop(self) -> None:
        if self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGTERM)
                self.process.wait(timeout=15)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.process.pid, signal.SIGKILL)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


def _descendants(pid: int) -> list[int]:
    children = []
    try:
        listed = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except FileNotFoundError:
        return []
    for child in map(int, listed):
        children.append(child)
        children.extend(_descendants(child))
    return children
