"""Lukubotti in Microsoft Teams, on the Microsoft 365 Agents SDK (1.9).

``kysy teams [--host H] [--port P] [--anonymous]`` serves

* ``POST /api/messages`` – the Bot Framework / Teams messaging endpoint.
  Every request's ``Authorization: Bearer`` JWT is validated by the SDK
  (``jwt_authorization_decorator``) against the Entra app configured in the
  environment (``CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTID``,
  ``…__CLIENTSECRET``, ``…__TENANTID``, read with the SDK's
  ``load_configuration_from_env``).  Missing, malformed or forged tokens get
  401 before the bot sees the activity (:func:`guarded_auth`: also the ones
  the SDK itself would answer with 500).  The reply — which carries the bot's
  own bearer token — goes only to the ``serviceUrl`` the inbound token names
  in its ``serviceurl`` claim (:func:`service_url_refusal`): 401 otherwise.
  Not JSON: 400, over 1 MiB: 413.
* ``GET /healthz`` – unauthenticated liveness probe.

Anonymous mode (no token validation, no token on outgoing calls) is only for
local development with the Bot Framework Emulator / Agents Playground and must
be enabled explicitly with ``--anonymous`` or ``LUKUBOTTI_TEAMS_ANONYMOUS=1``;
it replies only to loopback service URLs (403 otherwise).

Questions are answered in a pool of worker threads, never on the event loop.

The answer logic lives in ``bot.engine``; this module only turns Teams
activities into ``engine.ask`` calls and replies into Adaptive Cards
(``bot.presenters.teams``).
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import functools
import html
import ipaddress
import json
import logging
import os
import re
import sys
import unicodedata
import warnings
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Mapping
from urllib.parse import urlsplit

import jwt
from aiohttp import web
from pydantic import ValidationError

from microsoft_agents.activity import Activity, ActivityTypes, load_configuration_from_env
from microsoft_agents.authentication.msal import MsalConnectionManager
from microsoft_agents.hosting.aiohttp import (
    CloudAdapter,
    jwt_authorization_decorator,
    start_agent_process,
)
from microsoft_agents.hosting.core import (
    AgentApplication,
    AgentAuthConfiguration,
    CardFactory,
    MemoryStorage,
    MessageFactory,
    TurnContext,
    TurnState,
)

from bot.presenters import teams as cards
from bot.presenters.chart import card_png
from bot.presenters.text import render_text
from bot.reply import Chart, Reply

log = logging.getLogger("lukubotti.teams")

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 3978
ANONYMOUS_ENV = "LUKUBOTTI_TEAMS_ANONYMOUS"
CLIENT_ID_ENV = "CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTID"
CLIENT_SECRET_ENV = "CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTSECRET"
TENANT_ID_ENV = "CONNECTIONS__SERVICE_CONNECTION__SETTINGS__TENANTID"

AGENT_KEY = web.AppKey("lukubotti_agent", AgentApplication)
ANONYMOUS_KEY = web.AppKey("lukubotti_anonymous", bool)

#: Longer questions are refused politely before they reach the engine.
MAX_QUESTION_CHARS = 500
#: Raw message text (HTML, mentions) longer than this is refused before it is even cleaned.
MAX_RAW_CHARS = 20 * MAX_QUESTION_CHARS
#: Worker threads answering questions (the engine never runs on the event loop).
ANSWER_WORKERS = 8
#: Teams refuses a bot message larger than about 28 KB (413 MessageSizeTooBig), counted here as the
#: activity's JSON; a card over it goes as plain text, and a text over it in several messages.
MAX_MESSAGE_BYTES = 28_000
#: room left for what the SDK adds on sending (conversation, from, recipient, replyToId, serviceUrl)
ENVELOPE_BYTES = 2_000

# the commands are questions the engine answers with help made from the store ('ohje: raportit':
# only its part on the reports and their dates)
COMMAND_QUESTIONS = {"help": "apua", "sources": "ohje: raportit"}
HELP_WORDS = {"apua", "apu", "ohje", "ohjeet", "help", "?"}
SOURCES_WORDS = {"lähteet", "lahteet", "lähde", "raportit", "sources"}

_AT_TAG = re.compile(r"<at\b[^>]*>(.*?)</at>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]{1,200}>")
_WS = re.compile(r"\s+")

MSG_WELCOME = ("Hei! Olen Lukubotti. Kysy minulta suomeksi luku kaupungin raporteista (tilinpäätökset, "
               "osavuosikatsaukset) – vastaan luvulla ja kerron, mistä raportista, taulukosta ja riviltä se on. "
               "Jatkokysymys toimii: \"entä 2024?\" Kanavalla vastaan, kun mainitset minut.")
MSG_EMPTY = ("En saanut viestistä kysymystä. Kirjoita kysymys suomeksi, esimerkiksi "
             "\"varhaiskasvatuksen toimintakate 2025\". Ohjeet saat kirjoittamalla \"apua\".")
MSG_TOO_LONG = ("Kysymys on liian pitkä (yli {n} merkkiä). Kysy yksi luku kerrallaan "
                "lyhyesti, esimerkiksi \"varhaiskasvatuksen toimintakate 2025\".")
MSG_ERROR = ("Pahoittelen, vastauksen muodostamisessa tapahtui virhe. "
             "Yritä hetken päästä uudelleen tai muotoile kysymys toisin.")


def _truthy(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "on", "kyllä"}


# --------------------------------------------------------------------------
# incoming text
# --------------------------------------------------------------------------

def clean_text(text: str | None, bot_names: tuple[str, ...] = ()) -> str:
    """Teams message text → a plain question.

    Removes ``<at>…</at>`` mentions of the bot (the SDK already strips the
    recipient's mention when it has the mention entity; this also catches a
    mention without an entity), keeps the names of other mentioned people,
    drops any remaining HTML tags, unescapes entities, removes control /
    format characters and collapses whitespace."""
    if not text:
        return ""
    names = {n.strip().lower() for n in bot_names if n}

    def at(m: re.Match) -> str:
        inner = m.group(1).strip()
        return " " if not names or inner.lower() in names else f" {inner} "

    text = _AT_TAG.sub(at, text)
    text = _TAG.sub(" ", text)
    text = html.unescape(text)
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if ch in "\t\n\r\f\v" or cat in ("Zl", "Zp"):  # whitespace controls, line separators
            out.append(" ")
        elif cat == "Cc":  # other control characters are dropped, as the engine does
            continue
        elif cat not in ("Cf", "Cs", "Co", "Cn"):  # drop invisible/format/unassigned
            out.append(ch)
    text = "".join(out)
    return _WS.sub(" ", text).strip()


def _raw_question(activity: Activity) -> str:
    """The uncleaned question: an Adaptive Card button press (``value == {"question": ...}``,
    usually with no text) wins over the message text."""
    value = activity.value
    if isinstance(value, dict):
        q = value.get("question")
        if isinstance(q, str) and q.strip():
            return q
    return activity.text or ""


def question_of(activity: Activity) -> str:
    """The question in a message activity, cleaned (see :func:`clean_text`)."""
    raw = _raw_question(activity)
    if raw is not activity.text:
        return clean_text(raw)
    names = (activity.recipient.name,) if activity.recipient and activity.recipient.name else ()
    return clean_text(raw, names)


def _command(q: str) -> str | None:
    word = q.strip().strip("/!.").strip().lower()
    if word in HELP_WORDS:
        return "help"
    if word in SOURCES_WORDS:
        return "sources"
    return None


# --------------------------------------------------------------------------
# replies
# --------------------------------------------------------------------------

def _chart_png(chart: Chart) -> bytes | None:
    """The chart as a PNG small enough to go inline in a card; ``None`` on any failure (a chart is a bonus)."""
    try:
        return card_png(chart)
    except Exception as exc:
        log.warning("chart rendering failed: %s", type(exc).__name__)
        return None


def _plain(text: str) -> Activity:
    act = MessageFactory.text(text)
    act.text_format = "plain"
    return act


def _card_activity(card: dict, summary: str | None = None) -> Activity:
    act = MessageFactory.attachment(CardFactory.adaptive_card(card))
    if summary:
        # shown in notifications / by clients that cannot render the card
        act.summary = summary[:200]
    return act


def activity_bytes(act: Activity) -> int:
    """The activity's size as it travels (JSON, non-ASCII escaped as the SDK sends it)."""
    return len(json.dumps(act.model_dump(mode="json", exclude_none=True, by_alias=True)).encode())


def reply_activity(reply: Any, chart_png: bytes | None = None) -> Activity:
    """An engine reply (and the chart PNG, if any) → the outgoing Teams activity: an Adaptive Card, or
    the plain text if a card cannot be made or would be too large for Teams (the text may then still
    need :func:`reply_activities` to go in parts)."""
    if not isinstance(reply, Reply):
        return _plain(MSG_ERROR)
    try:
        act = _card_activity(cards.render_card(reply, chart_png), cards.summary(reply) or reply.headline)
    except Exception as exc:  # malformed reply: fall back to the plain text
        log.error("card building failed: %s", type(exc).__name__, exc_info=True)
        return _plain(render_text(reply))
    size = activity_bytes(act)
    if size <= MAX_MESSAGE_BYTES - ENVELOPE_BYTES:
        return act
    log.info("a %s card of %d bytes is too large for Teams: sent as plain text", reply.kind, size)
    return _plain(render_text(reply))


def reply_activities(reply: Any, chart_png: bytes | None = None) -> list[Activity]:
    """The messages that carry a reply: one card, or its plain text in as many parts as Teams needs
    (cut at line ends; nothing left out, the sources last as always)."""
    act = reply_activity(reply, chart_png)
    if act.attachments or activity_bytes(act) <= MAX_MESSAGE_BYTES - ENVELOPE_BYTES:
        return [act]
    room = MAX_MESSAGE_BYTES - ENVELOPE_BYTES - activity_bytes(_plain(""))
    return [_plain(part) for part in split_text(act.text or "", room)] or [act]


def _json_len(text: str) -> int:
    return len(json.dumps(text)) - 2


def split_text(text: str, limit: int) -> list[str]:
    """``text`` in parts of at most ``limit`` bytes as JSON, cut at line ends (a longer line by characters)."""
    parts, cur = [], ""
    for line in text.split("\n"):
        while _json_len(line) > limit:                      # a line alone over the limit
            cut = max(1, bisect.bisect_right(range(1, len(line) + 1), limit, key=lambda n: _json_len(line[:n])))
            if cur:
                parts.append(cur)
                cur = ""
            parts.append(line[:cut])
            line = line[cut:]
        joined = f"{cur}\n{line}" if cur else line
        if cur and _json_len(joined) > limit:
            parts.append(cur)
            joined = line
        cur = joined
    return parts + [cur] if cur else parts


# --------------------------------------------------------------------------
# the agent
# --------------------------------------------------------------------------

class TeamsFrontEnd:
    """Routes Teams activities to the engine.

    The engine runs in a bounded pool of worker threads, never on the event loop: a slow
    question holds up only its own conversation (whose questions are answered in order, one
    at a time, so a follow-up never overtakes the question it follows)."""

    def __init__(self, engine: Any, workers: int = ANSWER_WORKERS):
        self.engine = engine
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="lukubotti-teams")
        self._locks: dict[str, asyncio.Lock] = {}

    def _lock(self, key: str) -> asyncio.Lock:
        lock = self._locks.get(key)
        if lock is None:
            if len(self._locks) > 10_000:
                for k in [k for k, v in self._locks.items() if not v.locked()]:
                    del self._locks[k]
            lock = self._locks[key] = asyncio.Lock()
        return lock

    def _ask(self, q: str, key: str) -> Any:
        """In a worker thread: the engine's answer (``None`` if it broke its promise not to raise)."""
        try:
            return self.engine.ask(q, conversation=self.engine.conversations.get(key))
        except Exception as exc:
            log.error("engine.ask failed: %s", type(exc).__name__, exc_info=True)
            return None

    async def answer(self, q: str, conversation_id: str) -> tuple[Any, bytes | None]:
        """(the engine's reply, the chart PNG if the answer has a chart), off the event loop."""
        key = f"teams:{conversation_id}"
        loop = asyncio.get_running_loop()
        async with self._lock(key):
            reply = await loop.run_in_executor(self.pool, self._ask, q, key)
        png = None
        if isinstance(reply, Reply) and reply.chart is not None and reply.chart.series:
            png = await loop.run_in_executor(self.pool, _chart_png, reply.chart)
        return reply, png

    async def on_members_added(self, context: TurnContext, state: TurnState) -> None:
        act = context.activity
        bot_id = act.recipient.id if act.recipient else None
        if any(m.id == bot_id for m in act.members_added or []):
            conv_id = act.conversation.id if act.conversation else ""
            reply, _ = await self.answer(COMMAND_QUESTIONS["help"], conv_id)
            await context.send_activity(_plain(MSG_WELCOME))
            await context.send_activities(reply_activities(reply))

    async def on_message(self, context: TurnContext, state: TurnState) -> None:
        # a huge message is refused before it is cleaned (cleaning 1 MB takes a while)
        too_long = _plain(MSG_TOO_LONG.format(n=MAX_QUESTION_CHARS))
        if len(_raw_question(context.activity)) > MAX_RAW_CHARS:
            await context.send_activity(too_long)
            return
        q = question_of(context.activity)
        if not q:
            await context.send_activity(_plain(MSG_EMPTY))
            return
        if len(q) > MAX_QUESTION_CHARS:
            await context.send_activity(too_long)
            return
        q = COMMAND_QUESTIONS.get(_command(q) or "", q)     # 'apua', 'lähteet': help made from the store
        conv_id = context.activity.conversation.id if context.activity.conversation else ""
        reply, png = await self.answer(q, conv_id)
        await context.send_activities(reply_activities(reply, png))

    async def reports(self) -> list | None:
        """The engine's report list, from a worker thread; ``None`` if that failed."""
        try:
            return list(await asyncio.get_running_loop().run_in_executor(self.pool, self.engine.reports))
        except Exception as exc:
            log.error("engine.reports failed: %s", type(exc).__name__, exc_info=True)
            return None

    async def on_error(self, context: TurnContext, err: Exception) -> None:
        # never echo exception text to the user; it may contain internals
        log.error("turn failed: %s", type(err).__name__, exc_info=err)
        if context.activity and context.activity.type == ActivityTypes.message:
            try:
                await context.send_activity(_plain(MSG_ERROR))
            except Exception as exc:
                log.error("could not send the error reply: %s", type(exc).__name__)


def _auth_setup(anonymous: bool, env: Mapping[str, str]):
    """(connection manager, the JWT validation configuration)."""
    if anonymous:
        config = AgentAuthConfiguration(anonymous_allowed=True)
        manager = MsalConnectionManager(connections_configurations={"SERVICE_CONNECTION": config})
        return manager, config
    sdk_config = load_configuration_from_env(env)
    settings = (sdk_config.get("CONNECTIONS", {}).get("SERVICE_CONNECTION", {})
                .get("SETTINGS", {}))
    if not settings.get("CLIENTID"):
        raise RuntimeError(
            f"{CLIENT_ID_ENV} is not set: configure the Entra app (see docs/teams.md) "
            "or start in local development mode with --anonymous")
    manager = MsalConnectionManager(**sdk_config)
    config = manager.get_default_connection_configuration()
    # anonymous access only through --anonymous / LUKUBOTTI_TEAMS_ANONYMOUS
    config.ANONYMOUS_ALLOWED = False
    if "VALIDATE_ISSUER" not in settings:
        # the SDK's issuer allow-list (Bot Framework + this tenant) is opt-in
        # for backward compatibility; a new deployment wants it on
        config.VALIDATE_ISSUER = True
    return manager, config


# --------------------------------------------------------------------------
# request checks: the token's shape, the serviceUrl the reply goes to
# --------------------------------------------------------------------------

MAX_KID_CHARS = 256
SERVICE_URL_CLAIM = "serviceurl"


def _error(status: int, message: str) -> web.Response:
    return web.json_response({"error": message}, status=status)


def _unauthorized() -> web.Response:
    return _error(401, "Invalid token or authentication failed.")


def token_shape_ok(authorization: str | None) -> bool:
    """False for a bearer JWT the SDK's validator cannot even read safely: a header or payload
    that is not a JSON object (or nests deeper than the JSON parser goes), an algorithm other
    than RS256, no ``kid`` or one that is not a short string. The SDK raises errors it does not
    catch on some of these (a missing ``kid`` is a KeyError → HTTP 500); they get 401 here.
    No header, or one that is not ``Bearer <token>``, is left to the SDK (401, or anonymous)."""
    parts = (authorization or "").split()
    if len(parts) != 2 or parts[0].lower() != "bearer":
        return True
    try:
        header = jwt.get_unverified_header(parts[1])
        payload = jwt.decode(parts[1], options={"verify_signature": False})
    except Exception:  # DecodeError, RecursionError, ... – never the token in the log
        return False
    kid = header.get("kid") if isinstance(header, dict) else None
    return (isinstance(payload, dict) and header.get("alg") == "RS256"
            and isinstance(kid, str) and 0 < len(kid) <= MAX_KID_CHARS)


def guarded_auth(handler):
    """``jwt_authorization_decorator(handler)``, with a malformed token refused before the SDK
    sees it and anything the SDK's validation raises answered 401 (not 500 with a traceback).
    ``handler`` itself must not raise (``messages`` answers every error it meets)."""
    sdk_checked = jwt_authorization_decorator(handler)

    @functools.wraps(handler)
    async def checked(request: web.Request) -> web.StreamResponse:
        if not token_shape_ok(request.headers.get("Authorization")):
            log.warning("rejected a malformed bearer token")
            return _unauthorized()
        try:
            return await sdk_checked(request)
        except Exception as exc:
            log.warning("token validation failed: %s", type(exc).__name__)
            return _unauthorized()

    return checked


def _url_key(url: str) -> tuple | None:
    """(scheme, host, port, path, query) of an http(s) URL for comparison (case-insensitive,
    default port filled in, trailing '/' ignored); ``None`` if it is not a plain http(s) URL."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port or {"http": 80, "https": 443}.get(parts.scheme.lower())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname \
            or parts.username is not None or parts.password is not None:
        return None
    return (parts.scheme.lower(), parts.hostname.lower(), port,
            parts.path.rstrip("/").casefold(), parts.query.casefold())


def service_url_refusal(service_url: Any, claims: Mapping | None,
                        anonymous: bool) -> web.Response | None:
    """Why a reply may not go to the activity's ``serviceUrl`` (an HTTP error), or ``None``.

    The reply carries the bot's own outgoing bearer token, so it goes only where the inbound
    token says the activity came from: the token's ``serviceurl`` claim (Bot Framework tokens
    carry it) must name the same URL, or 401. In anonymous mode only loopback addresses: 403."""
    key = _url_key(service_url) if isinstance(service_url, str) else None
    if key is None:
        return _error(400, "Activity must have an http(s) serviceUrl")
    if anonymous:
        if _is_loopback(key[1]):
            return None
        log.warning("anonymous mode: refused to reply to a non-loopback serviceUrl (%s)", key[1])
        return _error(403, "serviceUrl not allowed in anonymous mode")
    claim = (claims or {}).get(SERVICE_URL_CLAIM)
    if isinstance(claim, str) and _url_key(claim) == key:
        return None
    log.warning("the serviceUrl (%s) is not the token's serviceurl claim (%s): refused",
                key[1], _url_key(claim)[1] if isinstance(claim, str) and _url_key(claim) else "none")
    return _unauthorized()


async def _activity_body(request: web.Request) -> Any:
    """The request's JSON (cached by aiohttp, so the SDK reads the same), or an HTTP error."""
    try:
        return await request.json()
    except web.HTTPRequestEntityTooLarge:
        return _error(413, "Request too large")
    except Exception as exc:  # not UTF-8, not JSON, nested too deep
        log.warning("rejected a request that is not JSON: %s", type(exc).__name__)
        return _error(400, "Invalid JSON")


# --------------------------------------------------------------------------
# the application
# --------------------------------------------------------------------------

def _agent(front: TeamsFrontEnd, manager: Any) -> AgentApplication:
    agent = AgentApplication[TurnState](storage=MemoryStorage(), connection_manager=manager)
    agent.conversation_update("membersAdded")(front.on_members_added)
    agent.message()(front.on_message)
    agent.error(front.on_error)
    return agent


def _messages_handler(agent: AgentApplication, adapter: CloudAdapter, anonymous: bool):
    async def messages(request: web.Request) -> web.StreamResponse:
        # reached only with a valid token (or anonymously when enabled)
        body = await _activity_body(request)
        if isinstance(body, web.Response):
            return body
        if not isinstance(body, dict):
            return _error(400, "Invalid activity")
        identity = request.get("claims_identity")
        refusal = service_url_refusal(body.get("serviceUrl"),
                                      getattr(identity, "claims", None), anonymous)
        if refusal is not None:
            return refusal
        try:
            response = await start_agent_process(request, agent, adapter)
        except ValidationError as exc:  # the body is JSON but not an Activity
            log.warning("rejected a malformed activity: %s", type(exc).__name__)
            return _error(400, "Invalid activity")
        except Exception as exc:
            log.error("processing failed: %s", type(exc).__name__, exc_info=True)
            return _error(500, "Internal error")
        return response or web.Response(status=202)

    return guarded_auth(messages)


def create_app(engine: Any, *, anonymous: bool,
               env: Mapping[str, str] | None = None) -> web.Application:
    """The aiohttp application: ``POST /api/messages`` and ``GET /healthz``.

    ``env`` defaults to ``os.environ``; in authenticated mode it must hold the
    SDK connection settings (``CONNECTIONS__SERVICE_CONNECTION__SETTINGS__*``)."""
    env = os.environ if env is None else env
    manager, auth_config = _auth_setup(anonymous, env)
    adapter = CloudAdapter(connection_manager=manager)
    front = TeamsFrontEnd(engine)

    async def adapter_error(context: TurnContext, error: Exception) -> None:
        await front.on_error(context, error)

    adapter.on_turn_error = adapter_error

    async def healthz(request: web.Request) -> web.Response:
        reports = await front.reports()
        return web.json_response({"status": "ok", "reports": None if reports is None else len(reports)})

    async def stop_workers(app: web.Application) -> None:
        front.pool.shutdown(wait=False, cancel_futures=True)

    app = web.Application()
    app.on_cleanup.append(stop_workers)
    with warnings.catch_warnings():
        # the SDK's JWT check reads this exact string key
        warnings.simplefilter("ignore", web.NotAppKeyWarning)
        app["agent_configuration"] = auth_config
    app[AGENT_KEY] = _agent(front, manager)
    app[ANONYMOUS_KEY] = anonymous
    app.router.add_post("/api/messages", _messages_handler(app[AGENT_KEY], adapter, anonymous))
    app.router.add_get("/healthz", healthz)
    return app


# --------------------------------------------------------------------------
# command line
# --------------------------------------------------------------------------

def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kysy teams",
        description="Lukubotti Microsoft Teamsissa: palvelee POST /api/messages ja GET /healthz.",
        epilog=("Tunnistautuminen ympäristömuuttujista: "
                f"{CLIENT_ID_ENV}, {CLIENT_SECRET_ENV}, {TENANT_ID_ENV}. "
                "Katso docs/teams.md."),
    )
    p.add_argument("--host", default=os.environ.get("LUKUBOTTI_TEAMS_HOST", DEFAULT_HOST),
                   help=f"kuunneltava osoite (oletus {DEFAULT_HOST})")
    p.add_argument("--port", type=int,
                   default=int(os.environ.get("LUKUBOTTI_TEAMS_PORT", DEFAULT_PORT)),
                   help=f"portti (oletus {DEFAULT_PORT})")
    p.add_argument("--anonymous", action="store_true",
                   help=("paikallinen kehitystila ILMAN tunnistautumista "
                         f"(myös {ANONYMOUS_ENV}=1); ei tuotantoon"))
    return p


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def main(argv: list[str], db_path: str) -> int:
    args = _parser().parse_args(argv)
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO,
                            format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    anonymous = args.anonymous or _truthy(os.environ.get(ANONYMOUS_ENV))
    if anonymous:
        log.warning("ANONYMOUS MODE: incoming requests are NOT authenticated. "
                    "For local development only – never expose this to the internet.")
        if not _is_loopback(args.host):
            log.warning("anonymous mode is listening on %s, which is not a loopback address",
                        args.host)
    elif not os.environ.get(CLIENT_ID_ENV):
        print(f"kysy teams: {CLIENT_ID_ENV} puuttuu. Aseta Entra-sovelluksen tunnukset "
              "(katso docs/teams.md) tai käynnistä paikallinen kehitystila: "
              "kysy teams --anonymous", file=sys.stderr)
        return 2

    if not os.path.exists(db_path):
        print(f"kysy teams: tietokantaa ei löydy: {db_path}. Rakenna se ensin: "
              f"kysy --db {db_path} ingest --rebuild\nDatabase not found: {db_path}.", file=sys.stderr)
        return 2
    try:
        from bot.engine import Engine
        engine = Engine(db_path)
    except Exception as exc:
        print(f"kysy teams: tietokantaa {db_path} ei voitu avata ({type(exc).__name__}: {exc}). "
              "Rakenna se: kysy ingest --rebuild", file=sys.stderr)
        return 1
    try:
        app = create_app(engine, anonymous=anonymous)
    except Exception as exc:
        print(f"kysy teams: {exc}", file=sys.stderr)
        return 2
    log.info("Lukubotti Teams: http://%s:%d/api/messages (%s)", args.host, args.port,
             "anonymous" if anonymous else "authenticated")
    web.run_app(app, host=args.host, port=args.port, print=None)
    return 0


if __name__ == "__main__":  # pragma: no cover - use `kysy teams`
    raise SystemExit(main(sys.argv[1:], os.environ.get("LUKUBOTTI_DB", "data/lukubotti.sqlite")))
