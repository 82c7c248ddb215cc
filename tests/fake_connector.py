"""Local stand-ins for the two Microsoft services the Teams bot talks to.

* ``FakeConnector`` – the Bot Framework connector (Teams' ``serviceUrl``):
  records every ``POST /v3/conversations/{id}/activities[/{replyToId}]``
  with its headers, and answers like the real service (``{"id": ...}``).
* ``FakeTokenIssuer`` – Microsoft's token issuance: an RSA signing key
  published as a JWKS at ``GET /keys`` on the same local server, and a
  method that issues Bot-Framework-style JWTs signed with it (or, for
  forgery tests, with any other key).

Both listen on 127.0.0.1 only.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import jwt
from aiohttp import web
from cryptography.hazmat.primitives.asymmetric import rsa

BOTFRAMEWORK_ISSUER = "https://api.botframework.com"


def new_rsa_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


class FakeTokenIssuer:
    def __init__(self) -> None:
        self.key = new_rsa_key()
        self.kid = "fake-kid-" + uuid.uuid4().hex[:8]

    def jwks(self) -> dict:
        jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(self.key.public_key()))
        jwk.update({"kid": self.kid, "use": "sig", "alg": "RS256"})
        return {"keys": [jwk]}

    def issue(self, *, audience: str, service_url: str, key=None, kid: str | None = None,
              algorithm: str = "RS256", lifetime: int = 3600, issuer: str = BOTFRAMEWORK_ISSUER,
              extra: dict | None = None) -> str:
        now = int(time.time())
        claims = {
            "iss": issuer,
            "aud": audience,
            "serviceurl": service_url,
            "nbf": now - 60,
            "iat": now - 60,
            "exp": now + lifetime,
        }
        claims.update(extra or {})
        return jwt.encode(claims, key if key is not None else self.key, algorithm=algorithm,
                          headers={"kid": kid or self.kid})


@dataclass
class Recorded:
    path: str
    conversation_id: str
    reply_to_id: str | None
    headers: dict
    activity: dict


@dataclass
class FakeConnector:
    issuer: FakeTokenIssuer = field(default_factory=FakeTokenIssuer)
    recorded: list[Recorded] = field(default_factory=list)
    jwks_requests: int = 0
    jwks_routes: list[str] = field(default_factory=list)
    fail_next: int = 0  # answer the next N activity POSTs with HTTP 503
    _runner: web.AppRunner | None = None
    url: str = ""

    def __post_init__(self) -> None:
        self._ids = itertools.count(1)

    # --- server -----------------------------------------------------------
    async def start(self) -> "FakeConnector":
        app = web.Application()
        app.router.add_post("/v3/conversations/{cid}/activities", self._post)
        app.router.add_post("/v3/conversations/{cid}/activities/{aid}", self._post)
        app.router.add_get("/keys", self._keys)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}/"
        return self

    async def stop(self) -> None:
        if self._runner:
            await self._runner.cleanup()

    async def _post(self, request: web.Request) -> web.Response:
        body = await request.json()
        if self.fail_next > 0:
            self.fail_next -= 1
            return web.json_response({"error": {"code": "ServiceError"}}, status=503)
        self.recorded.append(Recorded(
            path=request.path,
            conversation_id=request.match_info["cid"],
            reply_to_id=request.match_info.get("aid"),
            headers=dict(request.headers),
            activity=body,
        ))
        return web.json_response({"id": f"reply-{next(self._ids)}"})

    async def _keys(self, request: web.Request) -> web.Response:
        self.jwks_requests += 1
        return web.json_response(self.issuer.jwks())

    # --- helpers for tests ------------------------------------------------
    @property
    def jwks_url(self) -> str:
        return self.url + "keys"

    def messages(self) -> list[dict]:
        """Recorded outgoing activities of type message (typing etc. left out)."""
        return [r.activity for r in self.recorded if r.activity.get("type") == "message"]

    def clear(self) -> None:
        self.recorded.clear()

    async def wait_for_messages(self, n: int, timeout: float = 5.0) -> list[dict]:
        deadline = time.monotonic() + timeout
        while len(self.messages()) < n and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        return self.messages()


def activity(service_url: str, *, text: str | None = None, value: Any = None,
             conversation_id: str = "a:personal-conv-1", conversation_type: str = "personal",
             activity_type: str = "message", bot_id: str = "28:lukubotti-bot",
             bot_name: str = "Lukubotti", user_id: str = "29:user-1", **extra: Any) -> dict:
    """A Teams-shaped Bot Framework activity as Teams would POST it."""
    act: dict[str, Any] = {
        "type": activity_type,
        "id": "msg-" + uuid.uuid4().hex[:12],
        "timestamp": "2026-03-10T10:00:00.000Z",
        "localTimestamp": "2026-03-10T12:00:00.000+02:00",
        "channelId": "msteams",
        "serviceUrl": service_url,
        "from": {"id": user_id, "name": "Testi Käyttäjä", "aadObjectId": str(uuid.uuid4())},
        "recipient": {"id": bot_id, "name": bot_name},
        "conversation": {"id": conversation_id, "conversationType": conversation_type,
                         "tenantId": "11111111-2222-3333-4444-555555555555"},
        "channelData": {"tenant": {"id": "11111111-2222-3333-4444-555555555555"}},
        "locale": "fi-FI",
    }
    if activity_type == "message":
        act["textFormat"] = "plain"
        if text is not None:
            act["text"] = text
        if value is not None:
            act["value"] = value
    act.update(extra)
    return act


class SlowEngine:
    """The REAL engine, with a pause before it answers one question (a wrapper, not a mock:
    every answer still comes from the wrapped engine). ``started`` is set when the slow
    question's answering begins."""

    def __init__(self, engine: Any, slow_question: str, pause: float = 2.0) -> None:
        self.engine, self.slow_question, self.pause = engine, slow_question, pause
        self.started = threading.Event()

    def ask(self, question: str, conversation: Any = None) -> Any:
        if question == self.slow_question:
            self.started.set()
            time.sleep(self.pause)
        return self.engine.ask(question, conversation=conversation)

    def __getattr__(self, name: str) -> Any:  # conversations, reports, ... of the real engine
        return getattr(self.engine, name)


def fake_microsoft(monkeypatch: Any, connector: FakeConnector, outgoing_token: str) -> list:
    """Point the SDK's two calls to Microsoft at the local fakes: every signing-key lookup
    (Bot Framework or Entra) goes to ``connector``'s JWKS (the URL the SDK would have used is
    recorded in ``connector.jwks_routes``), and MSAL's client-credentials call returns
    ``outgoing_token``. Returns the list of (resource, scopes) MSAL was asked for."""
    from microsoft_agents.authentication.msal import MsalAuth
    from microsoft_agents.hosting.core.authorization.jwt import jwt_token_validator

    real_build = jwt_token_validator._build_jwks_uri

    def local_jwks(iss, root_config, routing_config):
        connector.jwks_routes.append(real_build(iss, root_config, routing_config))
        return connector.jwks_url

    monkeypatch.setattr(jwt_token_validator, "_build_jwks_uri", local_jwks)
    calls: list = []

    async def fake_get_access_token(self, resource_url, scopes, force_refresh=False):
        calls.append((resource_url, scopes))
        return outgoing_token

    monkeypatch.setattr(MsalAuth, "get_access_token", fake_get_access_token)
    return calls


async def serve(app: web.Application) -> tuple[web.AppRunner, str]:
    """Serve an aiohttp app on 127.0.0.1 (a free port); (runner, base URL)."""
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    return runner, f"http://127.0.0.1:{port}"

