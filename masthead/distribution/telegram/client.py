"""A small Telegram Bot API client that says whether a failed send may have reached Telegram."""

import http.client
import json
import logging
import urllib.parse
from dataclasses import dataclass
from enum import Enum

logger = logging.getLogger(__name__)


class Outcome(Enum):
    SENT = "sent"
    RATE_LIMITED = "rate_limited"  # 429: wait retry_after seconds
    RETRY = "retry"  # not delivered (refused, 5xx, bad answer): retry with backoff
    UNCERTAIN = "uncertain"  # the request went out but no answer came back
    REJECTED = "rejected"  # 4xx: retrying will not help (bad token, unknown chat)


@dataclass(frozen=True)
class SendResult:
    outcome: Outcome
    message_id: int | None = None
    retry_after: float = 0
    error: str = ""


class BotApiClient:
    """Send messages through the Bot API at ``api_url`` (Telegram's, or a fake one in tests)."""

    def __init__(self, api_url: str, *, timeout: float = 15):
        parsed = urllib.parse.urlsplit(api_url)
        if parsed.scheme not in {"http", "https"} or not parsed.hostname:
            raise ValueError("MASTHEAD_TELEGRAM_API_URL must be an http(s) address")
        self.scheme = parsed.scheme
        self.host = parsed.hostname
        self.port = parsed.port
        self.base_path = parsed.path.rstrip("/")
        self.timeout = timeout

    def _connection(self) -> http.client.HTTPConnection:
        cls = http.client.HTTPSConnection if self.scheme == "https" else http.client.HTTPConnection
        return cls(self.host, self.port, timeout=self.timeout)

    def send_message(self, token: str, chat_id: str, text: str) -> SendResult:
        body = json.dumps(
            {
                "chat_id": chat_id,
                "text": text,
                "parse_mode": "HTML",
                "link_preview_options": {"prefer_large_media": True},
            }
        ).encode()
        path = f"{self.base_path}/bot{urllib.parse.quote(token, safe=':')}/sendMessage"
        connection = self._connection()
        try:
            try:
                connection.connect()
                connection.request(
                    "POST",
                    path,
                    body=body,
                    headers={"Content-Type": "application/json", "Connection": "close"},
                )
            except OSError as exc:
                # Not connected, or the request was not fully written: Telegram has no message.
                return SendResult(Outcome.RETRY, error=f"send failed: {exc.__class__.__name__}")
            try:
                response = connection.getresponse()
                payload = response.read()
            except (OSError, http.client.HTTPException) as exc:
                return SendResult(
                    Outcome.UNCERTAIN, error=f"no answer: {exc.__class__.__name__}: {exc}"
                )
        finally:
            connection.close()
        return self._interpret(response.status, response.getheader("Retry-After"), payload)

    @staticmethod
    def _interpret(status: int, retry_after_header, payload: bytes) -> SendResult:
        try:
            data = json.loads(payload or b"{}")
        except ValueError:
            data = {}
        if not isinstance(data, dict):
            data = {}
        description = str(data.get("description", ""))[:300]
        if status == 200 and data.get("ok") is True:
            result = data.get("result") or {}
            message_id = result.get("message_id") if isinstance(result, dict) else None
            return SendResult(Outcome.SENT, message_id=message_id)
        if status == 429:
            parameters = data.get("parameters") or {}
            retry_after = parameters.get("retry_after") if isinstance(parameters, dict) else None
            try:
                seconds = float(retry_after if retry_after is not None else retry_after_header)
            except (TypeError, ValueError):
                seconds = 30.0
            return SendResult(
                Outcome.RATE_LIMITED, retry_after=max(seconds, 1.0), error=f"429 {description}"
            )
        if status == 200 or status >= 500 or status in {408, 409}:
            return SendResult(Outcome.RETRY, error=f"{status} {description}".strip())
        return SendResult(Outcome.REJECTED, error=f"{status} {description}".strip())
