"""Teams front end under hostile requests: malformed and forged tokens, and activities that
name a serviceUrl other than the one the token was issued for.

The real aiohttp app and Agents SDK on 127.0.0.1; Microsoft's token issuance and connector are
the local fakes of tests/fake_connector.py (tokens signed with the fake issuer's RSA key, its
JWKS served locally). Every target address is on this machine: 127.0.0.1, or 0.0.0.0, which
Linux connects to the local host — a non-loopback name for the same fake connector.
"""

from __future__ import annotations

import base64
import json
import logging
import time
import uuid

import jwt
import pytest
from aiohttp import ClientSession

from tests.fake_connector import FakeConnector, activity, fake_microsoft, new_rsa_key, serve

pytestmark = pytest.mark.filterwarnings(
    r"ignore:It is recommended to use web.RequestKey:aiohttp.web_exceptions.NotAppKeyWarning:microsoft_agents\.")

CLIENT_ID = "00000000-1111-2222-3333-444444444444"
TENANT_ID = "55555555-6666-7777-8888-999999999999"
SECRET = "s3cr3t-Value-That-Must-Never-Be-Logged"
OUTGOING_TOKEN = "fake-outgoing-token-from-entra-0123456789"
AUTH_ENV = {
    "CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTID": CLIENT_ID,
    "CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTSECRET": SECRET,
    "CONNECTIONS__SERVICE_CONNECTION__SETTINGS__TENANTID": TENANT_ID,
}
QUESTION = "varhaiskasvatuksen toimintakate 2025"


def b64(data: bytes | str) -> str:
    raw = data.encode() if isinstance(data, str) else data
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def raw_token(header: str, payload: str, signature: str = "c2ln") -> str:
    return ".".join((b64(header), b64(payload), signature))


def claims(service_url: str, **extra) -> dict:
    now = int(time.time())
    return {"iss": "https://api.botframework.com", "aud": CLIENT_ID, "serviceurl": service_url,
            "nbf": now - 60, "iat": now - 60, "exp": now + 3600, **extra}


@pytest.fixture
async def connector():
    fc = await FakeConnector().start()
    yield fc
    await fc.stop()


@pytest.fixture
async def other_connector(connector):
    """A second connector: someone else's host, as far as the bot knows."""
    fc = await FakeConnector(issuer=connector.issuer).start()
    yield fc
    await fc.stop()


@pytest.fixture
async def http():
    async with ClientSession() as s:
        yield s


@pytest.fixture
async def secure_bot(engine, connector, monkeypatch, caplog):
    from bot.teams_bot import create_app

    for k, v in AUTH_ENV.items():
        monkeypatch.setenv(k, v)
    fake_microsoft(monkeypatch, connector, OUTGOING_TOKEN)
    caplog.set_level(logging.DEBUG)
    runner, url = await serve(create_app(engine, anonymous=False))
    yield url
    await runner.cleanup()


@pytest.fixture
async def anonymous_bot(engine, caplog):
    from bot.teams_bot import create_app

    caplog.set_level(logging.DEBUG)
    runner, url = await serve(create_app(engine, anonymous=True, env={}))
    yield url
    await runner.cleanup()


async def post(http, bot_url, body, token: str | None = None) -> tuple[int, str]:
    headers = {"Content-Type": "application/json"}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    data = body if isinstance(body, (str, bytes)) else json.dumps(body)
    async with http.post(bot_url + "/api/messages", data=data, headers=headers) as r:
        return r.status, await r.text()


def no_leak(caplog, *secrets_: str) -> None:
    text = caplog.text
    assert "Traceback" not in text and "Error handling request" not in text, text[-3000:]
    for s in secrets_:
        assert s not in text
    assert SECRET not in text and OUTGOING_TOKEN not in text


# --------------------------------------------------------------------------
# tokens the SDK cannot even read: 401, never 500, nothing logged
# --------------------------------------------------------------------------

def malformed_tokens(connector: FakeConnector) -> dict[str, str]:
    key, url = connector.issuer.key, connector.url
    body = json.dumps(claims(url))
    return {
        "no kid, valid signature": jwt.encode(claims(url), key, algorithm="RS256"),
        "kid a number": raw_token('{"alg": "RS256", "kid": 7}', body),
        "kid a list": raw_token('{"alg": "RS256", "kid": ["a", "b"]}', body),
        "kid an object": raw_token('{"alg": "RS256", "kid": {"x": 1}}', body),
        "kid empty": jwt.encode(claims(url), key, algorithm="RS256", headers={"kid": ""}),
        "kid 5000 chars": jwt.encode(claims(url), key, algorithm="RS256", headers={"kid": "k" * 5000}),
        "alg none, no kid": jwt.encode(claims(url), None, algorithm="none"),
        "alg none, known kid": jwt.encode(claims(url), None, algorithm="none",
                                          headers={"kid": connector.issuer.kid}),
        "header a JSON array": raw_token('["RS256"]', body),
        "header a string": raw_token('"RS256"', body),
        "header not JSON": raw_token("{alg: RS256", body),
        # deeper than Python's recursion limit, within aiohttp's 8 KB header line
        "header nested 1500 deep": raw_token("[" * 1500 + "]" * 1500, body),
        "payload nested 1200 deep": raw_token(json.dumps({"alg": "RS256", "kid": connector.issuer.kid}),
                                              "[" * 1200 + "]" * 1200),
        "payload a JSON array": raw_token(json.dumps({"alg": "RS256", "kid": connector.issuer.kid}), "[1]"),
        "payload not base64": b64('{"alg":"RS256","kid":"x"}') + ".%%%%.sig",
        "one segment": "abc",
        "empty segments": "..",
        "non-ASCII": "äö.ü.ß",
    }


async def test_malformed_tokens_get_401_not_500(http, secure_bot, connector, caplog):
    tokens = malformed_tokens(connector)
    for name, token in tokens.items():
        status, body = await post(http, secure_bot, activity(connector.url, text=QUESTION), token)
        assert status == 401, f"{name}: {status} {body[:200]}"
        assert "Traceback" not in body
    assert connector.recorded == [], "a rejected request must not produce a reply"
    no_leak(caplog, *tokens.values())


async def test_forged_expired_and_wrong_audience_tokens_get_401(http, secure_bot, connector, caplog):
    issuer, url = connector.issuer, connector.url
    tokens = {
        "garbage": "garbage",
        "wrong audience": issuer.issue(audience=str(uuid.uuid4()), service_url=url),
        "expired": issuer.issue(audience=CLIENT_ID, service_url=url, lifetime=-3600),
        "wrong signature": issuer.issue(audience=CLIENT_ID, service_url=url, key=new_rsa_key()),
        "HS256 with the client secret": issuer.issue(audience=CLIENT_ID, service_url=url, key=SECRET,
                                                     algorithm="HS256"),
    }
    status, _ = await post(http, secure_bot, activity(url, text=QUESTION))  # no token at all
    assert status == 401
    for name, token in tokens.items():
        status, body = await post(http, secure_bot, activity(url, text=QUESTION), token)
        assert status == 401, f"{name}: {status} {body[:200]}"
    assert connector.recorded == []
    no_leak(caplog, *tokens.values())


# --------------------------------------------------------------------------
# the reply goes only where the token says the activity came from
# --------------------------------------------------------------------------

async def test_reply_never_goes_to_a_service_url_the_token_does_not_name(
        http, secure_bot, connector, other_connector, caplog):
    token = connector.issuer.issue(audience=CLIENT_ID, service_url=connector.url)
    port = other_connector.url.rsplit(":", 1)[1].rstrip("/")
    elsewhere = {
        "another port of the same host": other_connector.url,
        "another host": f"http://0.0.0.0:{port}/",
        "https instead of http": connector.url.replace("http://", "https://"),
        "with user info": connector.url.replace("http://", "http://evil:pw@"),
    }
    for name, service_url in elsewhere.items():
        status, body = await post(http, secure_bot, activity(service_url, text=QUESTION), token)
        expected = 400 if "user info" in name else 401  # user info: not a serviceUrl at all
        assert status == expected, f"{name}: {status} {body[:200]}"
    status, _ = await post(http, secure_bot, {**activity(connector.url, text=QUESTION), "serviceUrl": None},
                           token)
    assert status == 400
    assert other_connector.recorded == [], "the bot's bearer token went to another host"
    assert connector.recorded == []
    no_leak(caplog, token)


async def test_token_without_service_url_claim_gets_no_reply(http, secure_bot, connector):
    unbound = jwt.encode({k: v for k, v in claims(connector.url).items() if k != "serviceurl"},
                         connector.issuer.key, algorithm="RS256", headers={"kid": connector.issuer.kid})
    status, _ = await post(http, secure_bot, activity(connector.url, text=QUESTION), unbound)
    assert status == 401
    assert connector.recorded == []


async def test_matching_service_url_is_answered_with_the_bearer(http, secure_bot, connector):
    # the claim and the activity's URL may differ in case and a trailing '/'
    token = connector.issuer.issue(audience=CLIENT_ID, service_url=connector.url.rstrip("/").upper()
                                   .replace("HTTP://", "http://"))
    status, body = await post(http, secure_bot, activity(connector.url, text=QUESTION), token)
    assert status == 202, body
    [reply] = await connector.wait_for_messages(1)
    assert connector.recorded[-1].headers["Authorization"] == f"Bearer {OUTGOING_TOKEN}"
    assert "7 507 509" in json.dumps(reply, ensure_ascii=False).replace("\u00a0", " ")


async def test_welcome_is_bound_to_the_token_too(http, secure_bot, connector, other_connector):
    token = connector.issuer.issue(audience=CLIENT_ID, service_url=connector.url)
    act = activity(other_connector.url, activity_type="conversationUpdate",
                   membersAdded=[{"id": "28:lukubotti-bot"}])
    status, _ = await post(http, secure_bot, act, token)
    assert status == 401
    assert other_connector.recorded == []


async def test_anonymous_mode_replies_only_to_loopback(http, anonymous_bot, connector, other_connector):
    port = other_connector.url.rsplit(":", 1)[1].rstrip("/")
    status, _ = await post(http, anonymous_bot, activity(f"http://0.0.0.0:{port}/", text=QUESTION))
    assert status == 403
    status, _ = await post(http, anonymous_bot, activity("http://10.0.0.1.nip.io/", text=QUESTION))
    assert status == 403
    assert other_connector.recorded == []
    for loopback in (connector.url, connector.url.replace("127.0.0.1", "localhost")):
        status, _ = await post(http, anonymous_bot, activity(loopback, text=QUESTION))
        assert status == 202
    assert len(await connector.wait_for_messages(2)) == 2


async def test_oversized_and_non_json_bodies(http, anonymous_bot, connector):
    status, _ = await post(http, anonymous_bot, b"\xff\xfe not utf-8")
    assert status == 400
    status, _ = await post(http, anonymous_bot, "[" * 100_000 + "]" * 100_000)
    assert status == 400
    status, _ = await post(http, anonymous_bot, json.dumps(activity(connector.url, text="x" * 2_000_000)))
    assert status == 413
    status, _ = await post(http, anonymous_bot, "[1, 2]")
    assert status == 400
    assert connector.recorded == []
