"""Lukubotti on Telegram (python-telegram-bot 22.x).

``kysy telegram`` → :func:`main`. Long polling by default; webhook mode behind a
reverse proxy with ``--webhook-url``: our own aiohttp endpoint (:func:`webhook_app`), the
secret token always enforced (403), a body that is not a JSON update 400, over 1 MiB 413.

Exit codes: 0 stopped by SIGTERM/SIGINT; 1 Telegram unreachable at start; 2 configuration
(no token, no database, bad webhook settings); 3 Telegram rejected the token — at start, or
revoked while running (every Bot API call is watched for HTTP 401, :class:`WatchedRequest`).
Questions are answered in a pool of worker threads, never on the event loop; inline buttons
carry their question server-side (PTB's arbitrary callback data).

The bot is a thin layer over :class:`bot.engine.Engine`: every text question goes
to ``engine.ask`` with the chat's follow-up state (``tg:<chat_id>``); the reply is
shown as :func:`bot.presenters.telegram.render_telegram` lays it out: escaped HTML
messages, its options as an inline keyboard on the last one, and a series' or a
comparison's chart as a PNG (:func:`bot.presenters.chart.render_png`).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hmac
import json
import logging
import os
import re
import secrets
import signal
import sys
import time
import warnings
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, Awaitable, Callable, Iterable
from urllib.parse import urlsplit

from aiohttp import web

from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatType, MessageEntityType, ParseMode
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import HTTPXRequest

from bot.presenters.chart import render_png
from bot.presenters.telegram import esc as esc_html
from bot.presenters.telegram import render_telegram, split_html
from bot.reply import Reply
from bot.question_log import QuestionLog

log = logging.getLogger("lukubotti.telegram")

MAX_MESSAGE_CHARS = 4096          # Telegram's limit for one message (after entity parsing)
MAX_CAPTION_CHARS = 1024          # ... and for a photo caption
MAX_QUESTION_CHARS = 1000         # longer questions are refused politely
DEFAULT_FLOOD_LIMIT = 30          # questions per user per window
DEFAULT_FLOOD_WINDOW = 60.0       # seconds
BUTTON_STORE_SIZE = 5000          # keyboards whose buttons are kept server-side (LRU)
ANSWER_WORKERS = 8                # threads answering questions (never on the event loop)
WEBHOOK_MAX_BYTES = 1024 * 1024   # a larger webhook POST gets 413

# exit codes of `kysy telegram` (deploy/lukubotti-telegram.service: RestartPreventExitStatus=2 3)
EXIT_OK = 0                # stopped by SIGTERM/SIGINT
EXIT_FAILED = 1            # could not reach Telegram at start (network), or another failure
EXIT_CONFIG = 2            # no token, no database, bad webhook settings
EXIT_TOKEN_REJECTED = 3    # Telegram rejected the token: at start, or revoked while running

# --- Finnish texts -------------------------------------------------------------------------

WELCOME = (
    "Hei! Olen <b>Lukubotti</b>. Kysy minulta suomeksi luku kaupungin raporteista "
    "(tilinpäätökset, osavuosikatsaukset) – vastaan luvulla ja kerron, mistä raportista, "
    "taulukosta ja riviltä se on. Jatkokysymys toimii: <i>entä 2024?</i> "
    "Ryhmässä vastaan, kun mainitset minut tai vastaat viestiini."
)

# the commands are questions the engine answers with help made from the store ('ohje: raportit':
# only its part on the reports and their dates)
COMMAND_QUESTIONS = {"help": "apua", "sources": "ohje: raportit"}

COMMANDS = [
    ("start", "Aloitus ja esimerkkikysymykset"),
    ("apua", "Mitä voi kysyä"),
    ("help", "Ohje (sama kuin /apua)"),
    ("lahteet", "Ladatut raportit ja niiden päivämäärät"),
]

MSG_TOO_LONG = ("Kysymys on liian pitkä ({n} merkkiä). Kysy lyhyemmin – enintään "
                f"{MAX_QUESTION_CHARS} merkkiä, mieluiten yksi luku kerrallaan.")
MSG_FLOOD = ("Kysyt nyt tiuhaan tahtiin – vastaan enintään {limit} kysymykseen minuutissa. "
             "Odota hetki ja kysy sitten uudelleen.")
MSG_EXPIRED = "Vaihtoehto on vanhentunut, kysy uudelleen."
MSG_ERROR = "Pahoittelut, jokin meni vikaan. Yritä hetken päästä uudelleen."
MSG_EMPTY = "Kirjoita kysymys tekstinä. Ohjeet ja esimerkit: /apua"

TOKEN_MISSING = (
    "TELEGRAM_BOT_TOKEN puuttuu. Luo botti @BotFatherilla ja aseta tunnus ympäristömuuttujaan "
    "TELEGRAM_BOT_TOKEN.\n"
    "TELEGRAM_BOT_TOKEN is not set. Create a bot with @BotFather and put its token in "
    "the environment variable TELEGRAM_BOT_TOKEN."
)
TOKEN_REJECTED = (
    "Telegram hylkäsi botin tunnuksen (TELEGRAM_BOT_TOKEN). Tarkista tunnus @BotFatherilta.\n"
    "Telegram rejected the bot token (TELEGRAM_BOT_TOKEN). Check it with @BotFather."
)


# --- logging -------------------------------------------------------------------------------

class RedactFilter(logging.Filter):
    """Replaces secrets (the bot token, webhook secret) in every log record."""

    def __init__(self, secrets_: Iterable[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets_ if s and len(s) >= 6]

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        try:
            msg = record.getMessage()
        except Exception:  # noqa: BLE001 - a broken record must not kill logging
            return True
        redacted = msg
        for s in self.secrets:
            redacted = redacted.replace(s, "<redacted>")
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            for s in self.secrets:
                record.exc_text = record.exc_text.replace(s, "<redacted>")
        if redacted != msg:
            record.msg, record.args = redacted, None
        return True


def setup_logging(level: str = "INFO", secrets_: Iterable[str] = ()) -> None:
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(level=getattr(logging, level.upper(), logging.INFO),
                            format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    else:
        root.setLevel(getattr(logging, level.upper(), logging.INFO))
    quiet_library_loggers()
    f = RedactFilter(secrets_)
    for h in root.handlers:
        h.addFilter(f)


def quiet_library_loggers() -> None:
    """httpx logs every request URL at INFO – and the URL contains the bot token."""
    for name in ("httpx", "httpcore", "telegram", "telegram.ext", "telegram.Bot", "apscheduler", "tornado"):
        logging.getLogger(name).setLevel(logging.WARNING)


# --- reply rendering -----------------------------------------------------------------------

esc = esc_html


# --- small server-side stores --------------------------------------------------------------

@dataclass(frozen=True)
class AskButton:
    """What an inline button asks when pressed. Kept server-side by PTB's arbitrary callback
    data (the button itself carries only a random id, ≤ 64 bytes): a press of a button the bot
    does not know — made up by a client, or from before a restart — is an ``InvalidCallbackData``
    and is refused, never indexed into anything."""

    question: str


class FloodGuard:
    """Per-user sliding-window limit. check() → 'ok' | 'notify' (first refusal) | 'drop'."""

    def __init__(self, limit: int = DEFAULT_FLOOD_LIMIT, window: float = DEFAULT_FLOOD_WINDOW,
                 clock: Callable[[], float] = time.monotonic, max_users: int = 50_000) -> None:
        self.limit, self.window, self.clock, self.max_users = limit, window, clock, max_users
        self._hits: dict[Any, deque] = {}
        self._notified: set = set()

    def check(self, user: Any) -> str:
        if self.limit <= 0:
            return "ok"
        now = self.clock()
        q = self._hits.get(user)
        if q is None:
            if len(self._hits) >= self.max_users:
                self._gc(now)
            q = self._hits[user] = deque()
        while q and now - q[0] >= self.window:
            q.popleft()
        if len(q) < self.limit:
            q.append(now)
            self._notified.discard(user)
            return "ok"
        if user in self._notified:
            return "drop"
        self._notified.add(user)
        return "notify"

    def _gc(self, now: float) -> None:
        for user in [u for u, q in self._hits.items() if not q or now - q[-1] >= self.window]:
            self._hits.pop(user, None)
            self._notified.discard(user)


# --- network retry -------------------------------------------------------------------------

def _retry_after_seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():  # PTB 22 deprecates the int form; accept both
        warnings.simplefilter("ignore")
        ra = exc.retry_after
    return ra.total_seconds() if hasattr(ra, "total_seconds") else float(ra)


async def with_retry(call: Callable[[], Awaitable[Any]], what: str, attempts: int = 4,
                     base_delay: float = 0.5) -> Any:
    """Retry a Bot API call on network errors / RetryAfter with exponential backoff."""
    for attempt in range(1, attempts + 1):
        try:
            return await call()
        except RetryAfter as exc:
            if attempt == attempts:
                raise
            delay = _retry_after_seconds(exc)
            log.warning("%s: Telegram asked to wait %.1f s (attempt %d/%d)", what, delay, attempt, attempts)
            await asyncio.sleep(delay + 0.1)
        except (BadRequest, Forbidden, InvalidToken):
            raise
        except NetworkError as exc:  # includes TimedOut
            if attempt == attempts:
                raise
            delay = base_delay * 2 ** (attempt - 1)
            log.warning("%s failed (%s), retrying in %.1f s (attempt %d/%d)", what, exc, delay, attempt, attempts)
            await asyncio.sleep(delay)
    return None  # pragma: no cover


# --- the bot -------------------------------------------------------------------------------

class _AddressedToBot(filters.MessageFilter):
    """Private chats: every message. Groups: mentions of the bot or replies to the bot."""

    def filter(self, message: Message) -> bool:  # type: ignore[override]
        if message.chat.type == ChatType.PRIVATE:
            return True
        try:
            me = message.get_bot()
        except RuntimeError:
            return False
        username = (me.username or "").lower() if me.username else ""
        reply_to = message.reply_to_message
        if reply_to and reply_to.from_user and reply_to.from_user.id == me.id:
            return True
        for ent in message.entities or ():
            if ent.type == MessageEntityType.MENTION and username:
                if message.parse_entity(ent).lower() == "@" + username:
                    return True
            elif ent.type == MessageEntityType.TEXT_MENTION and ent.user and ent.user.id == me.id:
                return True
        return False


ADDRESSED_TO_BOT = _AddressedToBot(name="AddressedToBot")


@dataclass
class BotConfig:
    flood_limit: int = DEFAULT_FLOOD_LIMIT
    flood_window: float = DEFAULT_FLOOD_WINDOW
    max_question_chars: int = MAX_QUESTION_CHARS
    charts: bool = True
    workers: int = ANSWER_WORKERS


class LukuBot:
    """Telegram handlers around one Engine."""

    def __init__(self, engine: Any, config: BotConfig | None = None, question_log: Any = None) -> None:
        self.engine = engine
        self.config = config or BotConfig()
        self.question_log = question_log
        self.exit_code = 0
        self.stopping = asyncio.Event()  # set by SIGTERM/SIGINT or a rejected token
        self.flood = FloodGuard(self.config.flood_limit, self.config.flood_window)
        self._chat_locks: dict[int, asyncio.Lock] = {}
        # the engine never runs on the event loop: one slow question holds up only its own chat
        self.pool = ThreadPoolExecutor(max_workers=self.config.workers, thread_name_prefix="lukubotti-tg")

    # -- wiring --
    def register(self, app: Application) -> None:
        app.add_handler(TypeHandler(Update, self.drop_chatless), group=-1)
        app.add_handler(CommandHandler("start", self.cmd_start))
        app.add_handler(CommandHandler(["apua", "help"], self.cmd_help))
        app.add_handler(CommandHandler("lahteet", self.cmd_sources))
        app.add_handler(CallbackQueryHandler(self.on_button))
        app.add_handler(MessageHandler(
            filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND & ADDRESSED_TO_BOT, self.on_text))
        app.add_handler(MessageHandler(
            filters.UpdateType.MESSAGE & filters.ChatType.PRIVATE & ~filters.TEXT & ~filters.COMMAND
            & ~filters.StatusUpdate.ALL, self.on_non_text))
        app.add_error_handler(self.on_error)

    async def drop_chatless(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """An update with no chat to answer in (not something Telegram sends for the updates we
        ask for, but a webhook can be fed anything) is dropped quietly, before any handler."""
        if update.effective_chat is None:
            log.info("Ignored update %s: no chat to answer in", update.update_id)
            raise ApplicationHandlerStop

    def token_rejected(self) -> None:
        """The Bot API answered 401: the token was revoked or changed while running. The bot
        stops with exit code 3 (systemd: no restart loop; fix the token and start it again)."""
        if self.exit_code == EXIT_TOKEN_REJECTED:
            return
        self.exit_code = EXIT_TOKEN_REJECTED
        log.critical("Telegram rejected the bot token (HTTP 401): it was revoked or changed. "
                     "Stopping with exit code %d; set a valid TELEGRAM_BOT_TOKEN and start again.",
                     EXIT_TOKEN_REJECTED)
        self.stopping.set()

    async def post_init(self, app: Application) -> None:
        await with_retry(lambda: app.bot.set_my_commands([BotCommand(c, d) for c, d in COMMANDS]),
                         "setMyCommands")
        log.info("Bot @%s ready", app.bot.username)

    def _lock(self, chat_id: int) -> asyncio.Lock:
        lock = self._chat_locks.get(chat_id)
        if lock is None:
            if len(self._chat_locks) > 10_000:
                for k in [k for k, v in self._chat_locks.items() if not v.locked()]:
                    del self._chat_locks[k]
            lock = self._chat_locks[chat_id] = asyncio.Lock()
        return lock

    # -- sending --
    async def send_html(self, bot: Any, chat_id: int, text: str, reply_markup: Any = None,
                        reply_to: int | None = None) -> None:
        await self.send_chunks(bot, chat_id, split_html(text), reply_markup, reply_to)

    async def send_chunks(self, bot: Any, chat_id: int, chunks: list[str], reply_markup: Any = None,
                          reply_to: int | None = None) -> None:
        """HTML messages in order: the first quotes ``reply_to``, the last carries the keyboard."""
        chunks = [c for c in chunks if c.strip()] or [esc("…")]
        for i, chunk in enumerate(chunks):
            last = i == len(chunks) - 1
            rp = ReplyParameters(message_id=reply_to, allow_sending_without_reply=True) if reply_to and i == 0 else None
            await with_retry(lambda chunk=chunk, last=last, rp=rp: bot.send_message(
                chat_id=chat_id, text=chunk, parse_mode=ParseMode.HTML,
                reply_markup=reply_markup if last else None, reply_parameters=rp), "sendMessage")

    async def send_reply(self, bot: Any, chat_id: int, reply: Reply, reply_to: int | None = None) -> None:
        """The reply as the presenter lays it out: HTML messages (the buttons on the last), then the chart."""
        msg = render_telegram(reply)
        markup = None
        if msg.buttons:
            markup = InlineKeyboardMarkup([[InlineKeyboardButton(b.label[:60], callback_data=AskButton(b.question))]
                                           for b in msg.buttons[:8]])
        await self.send_chunks(bot, chat_id, msg.chunks, reply_markup=markup, reply_to=reply_to)
        if self.config.charts and msg.chart is not None:
            try:
                png = await self.in_worker(render_png, msg.chart)
            except Exception:  # noqa: BLE001 - the text answer is already out; a chart is a bonus
                log.exception("Chart rendering failed")
                return
            await with_retry(lambda: bot.send_photo(chat_id=chat_id, photo=png, caption=msg.caption,
                                                    parse_mode=ParseMode.HTML), "sendPhoto")

    # -- the question path --
    def _ask(self, text: str, chat_id: int, user_id: int) -> Reply:
        """In a worker thread: the engine's answer, and its line in the question log."""
        conv = self.engine.conversations.get(f"tg:{chat_id}")
        reply = self.engine.ask(text, conversation=conv)
        self._log_question(user_id, text, reply.status)
        return reply

    async def in_worker(self, func: Callable[..., Any], *args: Any) -> Any:
        """Run blocking work (the engine, the question log, a chart) off the event loop."""
        return await asyncio.get_running_loop().run_in_executor(self.pool, func, *args)

    async def answer_question(self, bot: Any, chat_id: int, user_id: int, text: str,
                              reply_to: int | None = None) -> None:
        text = (text or "").strip()
        if not text:
            await self.send_html(bot, chat_id, MSG_EMPTY, reply_to=reply_to)
            return
        verdict = self.flood.check(user_id)
        if verdict != "ok":
            await self.in_worker(self._log_question, user_id, text, "flood")
            if verdict == "notify":
                await self.send_html(bot, chat_id, esc(MSG_FLOOD.format(limit=self.config.flood_limit)),
                                     reply_to=reply_to)
            return
        if len(text) > self.config.max_question_chars:
            await self.in_worker(self._log_question, user_id, text, "too_long")
            await self.send_html(bot, chat_id, esc(MSG_TOO_LONG.format(n=len(text))), reply_to=reply_to)
            return
        async with self._lock(chat_id):  # one question of a chat at a time, in order
            reply = await self.in_worker(self._ask, text, chat_id, user_id)
            await self.send_reply(bot, chat_id, reply, reply_to=reply_to)

    def _log_question(self, user_id: int, text: str, status: str) -> None:
        if self.question_log is None:
            return
        try:
            self.question_log.record(user_id, text, status)
        except Exception:  # noqa: BLE001 - logging questions must never break answering
            log.exception("Question log write failed")

    # -- handlers --
    async def on_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        msg = update.effective_message
        if msg is None or msg.text is None:
            return
        text = msg.text
        is_group = msg.chat.type != ChatType.PRIVATE
        if is_group and context.bot.username:
            text = re.sub(r"@" + re.escape(context.bot.username) + r"\b", " ", text, flags=re.I)
        user_id = update.effective_user.id if update.effective_user else msg.chat.id
        await self.answer_question(context.bot, msg.chat.id, user_id, text,
                                   reply_to=msg.message_id if is_group else None)

    async def on_non_text(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self.send_html(context.bot, update.effective_chat.id, MSG_EMPTY)

    async def cmd_start(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A welcome, then the help made from the store (its example questions as buttons)."""
        await self.send_html(context.bot, update.effective_chat.id, WELCOME)
        await self.command_reply(update, context, COMMAND_QUESTIONS["help"])

    async def cmd_help(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self.command_reply(update, context, COMMAND_QUESTIONS["help"])

    async def cmd_sources(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self.command_reply(update, context, COMMAND_QUESTIONS["sources"])

    async def command_reply(self, update: Update, context: ContextTypes.DEFAULT_TYPE, question: str) -> None:
        """A command answered like a question: help and the reports come from the store."""
        chat_id = update.effective_chat.id
        reply = await self.in_worker(self.engine.ask, question)
        await self.send_reply(context.bot, chat_id, reply)

    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        if query is None:
            return
        chat_id = query.message.chat.id if query.message else query.from_user.id
        if not isinstance(query.data, AskButton):  # InvalidCallbackData: unknown or expired
            await self._answer_query(query, MSG_EXPIRED)
            await self.send_html(context.bot, chat_id, esc(MSG_EXPIRED))
            return
        await self._answer_query(query, None)
        await self.answer_question(context.bot, chat_id, query.from_user.id, query.data.question)

    @staticmethod
    async def _answer_query(query: Any, text: str | None) -> None:
        try:
            await with_retry(lambda: query.answer(text=text), "answerCallbackQuery", attempts=2)
        except TelegramError as exc:  # too old a query etc. – not worth failing the answer
            log.info("answerCallbackQuery failed: %s", exc)

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        if isinstance(context.error, InvalidToken):  # the token was revoked: no apology can go out
            log.error("Error while handling an update: Telegram rejected the bot token")
            self.token_rejected()
            return
        log.error("Error while handling an update: %s", context.error, exc_info=context.error)
        if not isinstance(update, Update) or update.effective_chat is None:
            return
        try:
            await with_retry(lambda: context.bot.send_message(chat_id=update.effective_chat.id, text=MSG_ERROR),
                             "sendMessage(error)", attempts=2)
        except Exception as exc:  # noqa: BLE001
            log.warning("Could not send the apology either: %s", exc)


# --- application ---------------------------------------------------------------------------

def normalize_base_urls(base_url: str | None) -> tuple[str | None, str | None]:
    """'http://host:8081' or 'http://host:8081/bot/' → ('http://host:8081/bot', 'http://host:8081/file/bot').

    python-telegram-bot appends the token directly, so neither may end in '/'.
    """
    if not base_url:
        return None, None
    url = base_url.strip().rstrip("/")
    root = url[:-4] if url.endswith("/bot") else url
    return root + "/bot", root + "/file/bot"


class WatchedRequest(HTTPXRequest):
    """PTB's HTTPX networking, reporting every HTTP 401 from the Bot API to ``on_unauthorized``.

    PTB's polling loop ends for good on a 401 (InvalidToken) without telling anyone; the
    process would stay up, deaf. This is PTB's documented way in (a ``BaseRequest`` subclass)."""

    def __init__(self, on_unauthorized: Callable[[], None], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.on_unauthorized = on_unauthorized

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        code, payload = await super().do_request(*args, **kwargs)
        if code == HTTPStatus.UNAUTHORIZED:
            self.on_unauthorized()
        return code, payload


def build_application(lukubot: LukuBot, token: str, base_url: str | None = None,
                      rate_limiter: bool = True, concurrent_updates: int = 32) -> Application:
    builder = Application.builder().token(token).post_init(lukubot.post_init)
    api, files = normalize_base_urls(base_url)
    if api:
        builder = builder.base_url(api).base_file_url(files)
    if rate_limiter:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=3))
    builder = builder.concurrent_updates(concurrent_updates).arbitrary_callback_data(BUTTON_STORE_SIZE)
    builder = builder.request(WatchedRequest(lukubot.token_rejected, connection_pool_size=256,
                                             connect_timeout=10, read_timeout=20, write_timeout=30,
                                             pool_timeout=10))
    builder = builder.get_updates_request(WatchedRequest(lukubot.token_rejected, connection_pool_size=1,
                                                         connect_timeout=10, read_timeout=40))
    app = builder.build()
    lukubot.register(app)
    return app


# --- webhook server and the run loop -------------------------------------------------------

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


async def _read_update(request: web.Request, bot: Any) -> Update | web.Response:
    """The webhook request's Update, or the HTTP error for it (never 500)."""
    try:
        data = json.loads(await request.read())
    except web.HTTPRequestEntityTooLarge:
        return web.Response(status=413, text="too large")
    except (ValueError, RecursionError) as exc:  # not UTF-8, not JSON, nested too deep
        log.warning("Webhook: rejected a body that is not JSON (%s)", type(exc).__name__)
        return web.Response(status=400, text="invalid JSON")
    if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
        log.warning("Webhook: rejected JSON that is not an update")
        return web.Response(status=400, text="not an update")
    try:
        update = Update.de_json(data, bot)
        bot.insert_callback_data(update)
    except Exception as exc:  # noqa: BLE001 - a shape PTB cannot read; its content is not logged
        log.warning("Webhook: rejected an update PTB cannot read (%s)", type(exc).__name__)
        return web.Response(status=400, text="not an update")
    return update


def webhook_app(app: Application, secret_token: str, url_path: str) -> web.Application:
    """The webhook endpoint (aiohttp, as PTB documents for a custom webhook server):
    ``POST /<url_path>`` with the secret header → the update goes to the application.
    Wrong or missing secret 403, body over 1 MiB 413, not a JSON update 400."""
    expected = secret_token.encode()

    async def receive(request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "").encode("utf-8", "replace")
        if not hmac.compare_digest(given, expected):
            return web.Response(status=403, text="forbidden")
        update = await _read_update(request, app.bot)
        if isinstance(update, web.Response):
            return update
        await app.update_queue.put(update)
        return web.Response(status=200)

    server = web.Application(client_max_size=WEBHOOK_MAX_BYTES)
    path = "/" + url_path.strip("/")
    server.router.add_post(path, receive)
    if path != "/":
        server.router.add_post(path + "/", receive)
    return server


async def start_webhook(app: Application, hook: dict) -> web.AppRunner:
    """Serve the webhook endpoint and tell Telegram where it is (``setWebhook``)."""
    runner = web.AppRunner(webhook_app(app, hook["secret_token"], hook["url_path"]), access_log=None)
    await runner.setup()
    await web.TCPSite(runner, hook["listen"], hook["port"]).start()
    await with_retry(lambda: app.bot.set_webhook(
        url=hook["webhook_url"], secret_token=hook["secret_token"], allowed_updates=hook["allowed_updates"],
        drop_pending_updates=hook["drop_pending_updates"]), "setWebhook")
    return runner


async def run_bot(app: Application, lukubot: LukuBot, hook: dict | None = None,
                  drop_pending_updates: bool = False) -> int:
    """Run until SIGTERM/SIGINT (→ 0) or a rejected token (→ 3); start-up errors raise."""
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, lukubot.stopping.set)
    runner = None
    try:
        await with_retry(app.initialize, "getMe")
        await app.post_init(app)
        if hook:
            runner = await start_webhook(app, hook)
        else:
            await app.updater.start_polling(
                allowed_updates=ALLOWED_UPDATES, drop_pending_updates=drop_pending_updates,
                bootstrap_retries=5, error_callback=lambda exc: log.warning("getUpdates failed: %s", exc))
        await app.start()
        await lukubot.stopping.wait()
    finally:
        await _stop(app, runner)
    return lukubot.exit_code


async def _stop(app: Application, runner: web.AppRunner | None) -> None:
    if runner is not None:
        await runner.cleanup()
    if app.updater and app.updater.running:
        with contextlib.suppress(TelegramError):  # a polling loop ended by a 401 re-raises it here
            await app.updater.stop()
    if app.running:
        await app.stop()
    with contextlib.suppress(TelegramError):
        await app.shutdown()


ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY]
_SECRET_RE = re.compile(r"[A-Za-z0-9_-]{1,256}")


def build_parser() -> argparse.ArgumentParser:
    env = os.environ.get
    p = argparse.ArgumentParser(
        prog="kysy telegram",
        description="Lukubotti Telegramissa. Tunnus ympäristömuuttujasta TELEGRAM_BOT_TOKEN. "
                    "Oletuksena long polling; --webhook-url käynnistää webhook-tilan.")
    p.add_argument("--webhook-url", default=env("TELEGRAM_WEBHOOK_URL"),
                   help="julkinen HTTPS-osoite, johon Telegram lähettää päivitykset (env TELEGRAM_WEBHOOK_URL)")
    p.add_argument("--listen", default=env("TELEGRAM_LISTEN", "127.0.0.1"),
                   help="webhook-palvelimen osoite (oletus 127.0.0.1, käänteisvälityspalvelimen takana)")
    p.add_argument("--port", type=int, default=int(env("TELEGRAM_PORT", "8443")),
                   help="webhook-palvelimen portti (oletus 8443)")
    p.add_argument("--url-path", default=env("TELEGRAM_URL_PATH"),
                   help="paikallinen polku (oletus: --webhook-url:n polku)")
    p.add_argument("--secret-token", default=env("TELEGRAM_SECRET_TOKEN"),
                   help="X-Telegram-Bot-Api-Secret-Token; jos puuttuu, arvotaan käynnistyksessä "
                        "(env TELEGRAM_SECRET_TOKEN)")
    p.add_argument("--base-url", default=env("TELEGRAM_BASE_URL"),
                   help="oma Bot API -palvelin, esim. http://localhost:8081 (env TELEGRAM_BASE_URL)")
    p.add_argument("--drop-pending-updates", action="store_true",
                   help="ohita käynnistyksessä jonossa olevat viestit")
    p.add_argument("--flood-limit", type=int, default=int(env("LUKUBOTTI_FLOOD_LIMIT", str(DEFAULT_FLOOD_LIMIT))),
                   help="kysymyksiä minuutissa käyttäjää kohden (oletus 30, 0 = ei rajaa)")
    p.add_argument("--question-log", default=env("LUKUBOTTI_QUESTION_LOG"),
                   help="kysymysloki (SQLite); oletuksena pois päältä (env LUKUBOTTI_QUESTION_LOG)")
    p.add_argument("--question-log-days", type=float,
                   default=float(env("LUKUBOTTI_QUESTION_LOG_DAYS", "90")),
                   help="kysymyslokin säilytysaika päivinä (oletus 90)")
    p.add_argument("--no-charts", action="store_true", help="älä lähetä kuvaajia")
    p.add_argument("--log-level", default=env("LUKUBOTTI_LOG_LEVEL", "INFO"))
    return p


def webhook_kwargs(args: argparse.Namespace) -> dict:
    """Arguments shared by Application.run_webhook and Updater.start_webhook."""
    url = args.webhook_url
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.netloc:
        raise ValueError(f"--webhook-url ei ole kelvollinen URL: {url!r}")
    secret = args.secret_token or secrets.token_urlsafe(32)
    if not _SECRET_RE.fullmatch(secret):
        raise ValueError("--secret-token: sallitut merkit A-Z a-z 0-9 _ -, pituus 1–256")
    url_path = args.url_path if args.url_path is not None else parts.path
    return {
        "listen": args.listen,
        "port": args.port,
        "url_path": url_path.strip("/"),
        "webhook_url": url,
        "secret_token": secret,
        "allowed_updates": ALLOWED_UPDATES,
        "drop_pending_updates": args.drop_pending_updates,
    }


def main(argv: list[str], db_path: str) -> int:
    """Entry point for ``kysy telegram``; returns the process exit code."""
    args = build_parser().parse_args(argv)
    token = (os.environ.get("TELEGRAM_BOT_TOKEN") or "").strip()
    setup_logging(args.log_level, [token, args.secret_token or ""])
    if not token:
        print(TOKEN_MISSING, file=sys.stderr)
        return EXIT_CONFIG
    if not os.path.exists(db_path):
        print(f"Tietokantaa ei löydy: {db_path}. Rakenna se ensin: kysy --db {db_path} ingest --rebuild\n"
              f"Database not found: {db_path}.", file=sys.stderr)
        return EXIT_CONFIG
    hook = None
    if args.webhook_url:
        try:
            hook = webhook_kwargs(args)
        except ValueError as exc:
            print(str(exc), file=sys.stderr)
            return EXIT_CONFIG
        for h in logging.getLogger().handlers:
            h.addFilter(RedactFilter([hook["secret_token"]]))

    from bot.engine import Engine

    engine = Engine(db_path)
    qlog = None
    if args.question_log:
        qlog = QuestionLog(args.question_log, retention_days=args.question_log_days)
    config = BotConfig(flood_limit=args.flood_limit, charts=not args.no_charts)
    lukubot = LukuBot(engine, config, qlog)
    app = build_application(lukubot, token, base_url=args.base_url)
    if hook:
        log.info("Webhook mode: listening on %s:%s/%s", hook["listen"], hook["port"], hook["url_path"])
    else:
        log.info("Long polling mode")
    try:
        code = asyncio.run(run_bot(app, lukubot, hook, args.drop_pending_updates))
    except InvalidToken:
        code = EXIT_TOKEN_REJECTED
    except (TelegramError, OSError) as exc:
        print(f"Telegram-yhteys epäonnistui / Telegram connection failed: {exc}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        lukubot.pool.shutdown(wait=False, cancel_futures=True)
        if qlog is not None:
            qlog.close()
    if code == EXIT_TOKEN_REJECTED:
        print(TOKEN_REJECTED, file=sys.stderr)
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:], os.environ.get("LUKUBOTTI_DB", "data/lukubotti.sqlite")))
