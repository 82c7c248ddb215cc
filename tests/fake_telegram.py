"""A local fake of the Telegram Bot API for end-to-end tests (aiohttp, 127.0.0.1 only).

Implements just enough of the Bot API for python-telegram-bot's Application:
getMe, getUpdates (long poll over a queue of test-fed updates), sendMessage,
sendPhoto (multipart), answerCallbackQuery, setMyCommands, deleteWebhook,
setWebhook, editMessageReplyMarkup, ... Every call is recorded in ``calls``.

Faults can be injected per method: ``fail_next("sendMessage", 429, retry_after=1)``.
Tokens other than ``valid_tokens`` get 401 Unauthorized (→ InvalidToken).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any, Callable

from aiohttp import web

BOT_ID = 7000001
BOT_USERNAME = "lukubotti_test_bot"
TOKEN = f"{BOT_ID}:AAFakeTokenForTestsOnly_abcdefghijkl"


@dataclass
class Call:
    method: str
    params: dict
    files: dict = field(default_factory=dict)
    at: float = field(default_factory=time.monotonic)


class FakeBotApi:
    def __init__(self, valid_tokens: tuple[str, ...] = (TOKEN,)) -> None:
        self.valid_tokens = set(valid_tokens)
        self.calls: list[Call] = []
        self.updates: list[dict] = []
        self._new_update = asyncio.Event()
        self._update_ids = itertools.count(1000)
        self._message_ids = itertools.count(1)
        self._faults: dict[str, list[tuple[int, str, dict | None]]] = {}
        self._runner: web.AppRunner | None = None
        self._stopping = False
        self.port = 0

    # -- lifecycle --
    async def start(self) -> "FakeBotApi":
        app = web.Application(client_max_size=20 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, shutdown_timeout=0.5, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        self._stopping = True  # long polls still waiting on the server side return at once
        self._new_update.set()
        if self._runner:
            await self._runner.cleanup()

    @property
    def url(self) -> str:
        """Base URL as given to ``--base-url`` (server root)."""
        return f"http://127.0.0.1:{self.port}"

    # -- test API --
    def fail_next(self, method: str, status: int, description: str = "", times: int = 1,
                  retry_after: int | None = None) -> None:
        params = {"retry_after": retry_after} if retry_after is not None else None
        desc = description or {400: "Bad Request: injected fault", 429: f"Too Many Requests: retry after {retry_after}",
                               500: "Internal Server Error"}.get(status, "error")
        self._faults.setdefault(method, []).extend([(status, desc, params)] * times)

    def push_update(self, update: dict) -> dict:
        update = dict(update)
        update.setdefault("update_id", next(self._update_ids))
        self.updates.append(update)
        self._new_update.set()
        return update

    def message_update(self, text: str, chat_id: int = 111, user_id: int | None = None,
                       chat_type: str = "private", entities: list | None = None,
                       reply_to: dict | None = None) -> dict:
        user_id = user_id if user_id is not None else chat_id
        chat = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat["first_name"] = "Testi"
        else:
            chat["title"] = "Testiryhmä"
        msg: dict[str, Any] = {
            "message_id": next(self._message_ids), "date": int(time.time()), "chat": chat,
            "from": {"id": user_id, "is_bot": False, "first_name": "Testi", "language_code": "fi"},
            "text": text,
        }
        if text.startswith("/"):
            cmd = text.split()[0]
            entities = (entities or []) + [{"type": "bot_command", "offset": 0, "length": len(cmd)}]
        if entities:
            msg["entities"] = entities
        if reply_to:
            msg["reply_to_message"] = reply_to
        return self.push_update({"message": msg})

    def callback_update(self, data: str, chat_id: int = 111, user_id: int | None = None,
                        message_id: int = 1) -> dict:
        user_id = user_id if user_id is not None else chat_id
        return self.push_update({"callback_query": {
            "id": str(next(self._update_ids)),
            "from": {"id": user_id, "is_bot": False, "first_name": "Testi"},
            "chat_instance": "ci-1",
            "data": data,
            "message": {"message_id": message_id, "date": int(time.time()),
                        "chat": {"id": chat_id, "type": "private", "first_name": "Testi"},
                        "from": self.me(), "text": "…"},
        }})

    def calls_to(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method]

    async def wait_for(self, predicate: Callable[[], Any], timeout: float = 10.0) -> Any:
        deadline = time.monotonic() + timeout
        while True:
            result = predicate()
            if result:
                return result
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting; calls so far: "
                                     f"{[(c.method, c.params.get('text', '')[:60]) for c in self.calls]}")
            await asyncio.sleep(0.02)

    async def wait_calls(self, method: str, n: int = 1, timeout: float = 10.0) -> list[Call]:
        return await self.wait_for(lambda: (lambda cs: cs if len(cs) >= n else None)(self.calls_to(method)),
                                   timeout)

    @staticmethod
    def me() -> dict:
        return {"id": BOT_ID, "is_bot": True, "first_name": "Lukubotti", "username": BOT_USERNAME,
                "can_join_groups": True, "can_read_all_group_messages": False,
                "supports_inline_queries": False}

    # -- HTTP --
    async def _handle(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        method = request.match_info["method"]
        params, files = await self._read_params(request)
        if token not in self.valid_tokens:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        self.calls.append(Call(method, params, files))
        faults = self._faults.get(method)
        if faults:
            status, desc, extra = faults.pop(0)
            body: dict[str, Any] = {"ok": False, "error_code": status, "description": desc}
            if extra:
                body["parameters"] = extra
            return web.json_response(body, status=status)
        handler = getattr(self, f"_m_{method}", None)
        result = await handler(params) if handler else True
        return web.json_response({"ok": True, "result": result})

    @staticmethod
    async def _read_params(request: web.Request) -> tuple[dict, dict]:
        params: dict[str, Any] = {}
        files: dict[str, bytes] = {}
        if request.content_type == "application/json":
            params = await request.json() if request.can_read_body else {}
            return params, files
        if request.content_type.startswith("multipart/"):
            reader = await request.multipart()
            async for part in reader:
                if part.filename:
                    files[part.name] = await part.read()
                else:
                    params[part.name] = await part.text()
        else:
            form = await request.post()
            params = {k: v for k, v in form.items()}
        for k, v in list(params.items()):
            if isinstance(v, str) and v[:1] in "[{":
                try:
                    params[k] = json.loads(v)
                except ValueError:
                    pass
        return params, files

    def _message(self, params: dict, **extra: Any) -> dict:
        chat_id = int(params.get("chat_id", 0))
        msg = {"message_id": next(self._message_ids), "date": int(time.time()),
               "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
               "from": self.me()}
        msg.update(extra)
        return msg

    # -- methods --
    async def _m_getMe(self, params: dict) -> dict:
        return self.me()

    async def _m_getUpdates(self, params: dict) -> list:
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        limit = int(params.get("limit") or 100)
        deadline = time.monotonic() + min(timeout, 1.0)
        if offset:  # as Telegram does: an offset confirms every earlier update, which is forgotten
            self.updates = [u for u in self.updates if u["update_id"] >= offset]
        while True:
            pending = [u for u in self.updates if u["update_id"] >= offset][:limit]
            if pending or self._stopping or time.monotonic() >= deadline:
                return pending
            self._new_update.clear()
            try:
                await asyncio.wait_for(self._new_update.wait(), max(deadline - time.monotonic(), 0.01))
            except asyncio.TimeoutError:
                pass

    async def _m_sendMessage(self, params: dict) -> dict:
        extra = {"text": params.get("text", "")}
        if params.get("reply_markup"):
            extra["reply_markup"] = params["reply_markup"]
        return self._message(params, **extra)

    async def _m_sendPhoto(self, params: dict) -> dict:
        extra: dict[str, Any] = {"photo": [{"file_id": "photo1", "file_unique_id": "p1", "width": 880,
                                            "height": 528, "file_size": 1000}]}
        if params.get("caption"):
            extra["caption"] = params["caption"]
        return self._message(params, **extra)

    async def _m_editMessageReplyMarkup(self, params: dict) -> Any:
        return self._message(params, text="…")

    async def _m_getWebhookInfo(self, params: dict) -> dict:
        return {"url": "", "has_custom_certificate": False, "pending_update_count": 0}
