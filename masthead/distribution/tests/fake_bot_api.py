"""A fake Telegram Bot API on 127.0.0.1 that misbehaves on purpose, and a fake clock."""

import datetime as dt
import json
import socket
import struct
import threading
from collections import defaultdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FakeClock:
    """Time that moves only when the worker sleeps, so minutes of pacing pass in milliseconds."""

    def __init__(self, start: dt.datetime):
        self.current = start
        self.lock = threading.Lock()

    def now(self) -> dt.datetime:
        with self.lock:
            return self.current

    def sleep(self, seconds: float) -> None:
        with self.lock:
            self.current += dt.timedelta(seconds=max(seconds, 0.001))


class FakeBotApi:
    """Records every request; ``plan(text, attempt)`` says how to answer it.

    Answers: "ok", "429" (with retry_after), "500", "reset" (connection reset before the
    message is accepted) and "drop" (message accepted, connection closed before the answer).
    """

    RETRY_AFTER = 7

    def __init__(self, clock: FakeClock, plan=lambda text, attempt: "ok", token="123:secret"):  # noqa: S107
        self.clock = clock
        self.plan = plan
        self.token = token
        self.lock = threading.Lock()
        self.requests: list[tuple[str, str, dt.datetime, str]] = []
        self.accepted: list[tuple[str, str, dt.datetime]] = []
        self.attempts: dict[str, int] = defaultdict(int)
        self.blocked_until: dict[str, dt.datetime] = {}
        self.flood_violations: list[tuple[str, dt.datetime]] = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    def accepted_texts(self, chat_id=None) -> list[str]:
        return [text for chat, text, _ in self.accepted if chat_id in (None, chat)]

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                if self.path != f"/bot{fake.token}/sendMessage":
                    return self._answer(404, {"ok": False, "description": "Not Found"})
                length = int(self.headers.get("Content-Length", 0))
                now = fake.clock.now()
                raw = self.rfile.read(length)
                data = json.loads(raw)
                chat, text = data["chat_id"], data["text"]
                with fake.lock:
                    fake.attempts[text] += 1
                    action = fake.plan(text, fake.attempts[text])
                    fake.requests.append((chat, text, now, action))
                    blocked = fake.blocked_until.get(chat)
                    if blocked and now < blocked:
                        fake.flood_violations.append((chat, now))
                    if action == "429":
                        fake.blocked_until[chat] = now + dt.timedelta(seconds=fake.RETRY_AFTER)
                    if action in {"ok", "drop"}:
                        fake.accepted.append((chat, text, now))
                        message_id = len(fake.accepted)
                if action == "ok":
                    self._answer(
                        200, {"ok": True, "result": {"message_id": message_id, "text": text}}
                    )
                elif action == "429":
                    self._answer(
                        429,
                        {
                            "ok": False,
                            "error_code": 429,
                            "description": f"Too Many Requests: retry after {fake.RETRY_AFTER}",
                            "parameters": {"retry_after": fake.RETRY_AFTER},
                        },
                    )
                elif action == "500":
                    self._answer(500, {"ok": False, "description": "Internal Server Error"})
                elif action == "reset":
                    # RST instead of an answer; the message was never accepted.
                    self.connection.setsockopt(
                        socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                    )
                    self.connection.close()
                    self.close_connection = True
                elif action == "drop":
                    self.connection.shutdown(socket.SHUT_RDWR)
                    self.connection.close()
                    self.close_connection = True

            def _answer(self, status, payload):
                body = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        return Handler


def max_in_any_minute(times: list[dt.datetime]) -> int:
    """Return the largest number of the moments that fall within one 60-second window."""
    times = sorted(times)
    best = 0
    start = 0
    for end, moment in enumerate(times):
        while moment - times[start] >= dt.timedelta(seconds=60):
            start += 1
        best = max(best, end - start + 1)
    return best
