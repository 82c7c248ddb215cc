"""End-to-end tests of the Teams front end (bot/teams_bot.py).

The agent app runs on 127.0.0.1 with the REAL engine over a database built by
``kysy ingest --rebuild``; Teams-shaped Bot Framework activities are POSTed
to ``/api/messages`` and the replies are read from a local fake connector
(tests/fake_connector.py) that the activities' ``serviceUrl`` points to.
Only Microsoft's services are faked: the connector and token issuance.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import re
import subprocess
import sys
import time
import uuid
from pathlib import Path

import jwt
import pytest
from aiohttp import ClientSession, web

from bot.formatting import date as fi_date
from bot.presenters.common import clean
from bot.presenters.text import render_text
from bot.reply import Item, Reply, Source
from tests.fake_connector import FakeConnector, SlowEngine, activity, fake_microsoft, new_rsa_key

# the SDK's JWT middleware stores its claims under a plain string key (aiohttp asks for a RequestKey);
# only that library's warning is silenced
pytestmark = pytest.mark.filterwarnings(
    r"ignore:It is recommended to use web.RequestKey:aiohttp.web_exceptions.NotAppKeyWarning:microsoft_agents\.")

ROOT = Path(__file__).resolve().parents[1]
os.environ["NO_PROXY"] = os.environ["no_proxy"] = "127.0.0.1,localhost"

CARD = "application/vnd.microsoft.card.adaptive"
CLIENT_ID = "00000000-1111-2222-3333-444444444444"
TENANT_ID = "55555555-6666-7777-8888-999999999999"
SECRET = "s3cr3t-Value-That-Must-Never-Be-Logged"
OUTGOING_TOKEN = "fake-outgoing-token-from-entra"


def norm(s: str) -> str:
    return s.replace("\u00a0", " ").replace("\u202f", " ")


def card_of(act: dict) -> dict:
    atts = act.get("attachments") or []
    assert atts, f"expected an Adaptive Card, got {json.dumps(act, ensure_ascii=False)[:500]}"
    assert atts[0]["contentType"] == CARD
    return atts[0]["content"]


def texts(node) -> list[str]:
    """Every piece of visible text in a card (TextBlock/TextRun/facts/titles)."""
    out: list[str] = []
    if isinstance(node, dict):
        for k, v in node.items():
            if k in ("text", "title", "value") and isinstance(v, str):
                out.append(norm(v))
            else:
                out.extend(texts(v))
    elif isinstance(node, list):
        for v in node:
            out.extend(texts(v))
    return out


def all_text(card: dict) -> str:
    return "\n".join(texts(card.get("body", [])))


def submit_actions(card: dict) -> list[dict]:
    found = []

    def walk(node):
        if isinstance(node, dict):
            if node.get("type") == "Action.Submit":
                found.append(node)
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(card.get("actions", []))
    return found


def find(node, type_: str) -> list[dict]:
    res = []
    if isinstance(node, dict):
        if node.get("type") == type_:
            res.append(node)
        for v in node.values():
            res.extend(find(v, type_))
    elif isinstance(node, list):
        for v in node:
            res.extend(find(v, type_))
    return res


def source_block(card: dict) -> dict:
    """The card's source: the container that starts 'Lähde' / 'Lähteet'."""
    [block] = [b for b in card["body"] if b.get("type") == "Container" and texts(b)[:1] in (["Lähde"], ["Lähteet"])]
    return block


def outside_source(card: dict) -> str:
    """What the card says besides its source (whose row shows the row's other figures too)."""
    return "\n".join(t for b in card["body"] if b is not source_block(card) for t in texts(b))


def source_cells(card: dict) -> list[tuple[str, str, bool]]:
    """The source row's cells as (heading, figure, shown bold)."""
    out = []
    for row in find(source_block(card), "ColumnSet"):
        heading, value = row["columns"]
        run = value["items"][0]["inlines"][0]
        out.append((" ".join(texts(heading)), norm(run["text"]), run.get("weight") == "Bolder"))
    return out


def big_figures(card: dict) -> list[str]:
    return [norm(r["text"]) for r in find(card["body"], "TextRun") if r.get("size") == "ExtraLarge"]


def is_figure_card(card: dict) -> bool:
    """A figure in big type, and a source a person can look up: report, file and line."""
    details = texts(source_block(card))
    return (len(big_figures(card)) == 1 and any(re.search(r"\.txt, rivi \d+$", t) for t in details))


def is_help_card(card: dict, engine) -> bool:
    """The help made from the store: every loaded report by its title (and date), example buttons."""
    body = all_text(card)
    return (all(r["title"] in body for r in engine.reports())
            and all(fi_date(r["published"]) in body for r in engine.reports() if r["published"])
            and len(submit_actions(card)) >= 1)


# --------------------------------------------------------------------------
# fixtures
# --------------------------------------------------------------------------

@pytest.fixture(scope="session")
def db_path(tmp_path_factory) -> str:
    pytest.importorskip("bot.engine", reason="bot/engine.py has not landed yet")
    db = tmp_path_factory.mktemp("teamsdb") / "t.sqlite"
    # this tree's code (`-m` from ROOT), never an installed `kysy` of another checkout: a store of another
    # schema version would not be served
    cmd = [sys.executable, "-m", "bot.cli"]
    subprocess.run(cmd + ["--db", str(db), "ingest", "--rebuild"], cwd=ROOT, check=True,
                   capture_output=True, timeout=120)
    return str(db)


@pytest.fixture(scope="session")
def engine(db_path):
    from bot.engine import Engine
    return Engine(db_path)


@pytest.fixture
async def connector():
    fc = await FakeConnector().start()
    yield fc
    await fc.stop()


async def _serve(app: web.Application) -> tuple[web.AppRunner, str]:
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    return runner, f"http://127.0.0.1:{port}"


@pytest.fixture
async def bot_url(engine):
    from bot.teams_bot import create_app
    runner, url = await _serve(create_app(engine, anonymous=True, env={}))
    yield url
    await runner.cleanup()


@pytest.fixture
async def http():
    async with ClientSession() as s:
        yield s


async def post(http: ClientSession, url: str, body, headers: dict | None = None):
    data = body if isinstance(body, (str, bytes)) else json.dumps(body)
    async with http.post(url + "/api/messages", data=data,
                         headers={"Content-Type": "application/json", **(headers or {})}) as r:
        return r.status, await r.text()


async def ask(http, bot_url, connector, text=None, *, value=None, **kw) -> dict:
    """POST one user message; return the single message the bot sent back."""
    before = len(connector.messages())
    act = activity(connector.url, text=text, value=value, **kw)
    status, body = await post(http, bot_url, act)
    assert status in (200, 202), (status, body)
    msgs = await connector.wait_for_messages(before + 1)
    new = msgs[before:]
    assert len(new) == 1, f"expected exactly one reply, got {len(new)}"
    reply = new[0]
    assert reply["conversation"]["id"] == act["conversation"]["id"]
    assert reply.get("replyToId") == act["id"]
    return reply


# --------------------------------------------------------------------------
# answers, sources, follow-ups, clarify, series
# --------------------------------------------------------------------------

async def test_answer_card_has_figure_and_source(http, bot_url, connector):
    reply = await ask(http, bot_url, connector, "varhaiskasvatuksen toimintakate 2025")
    rec = connector.recorded[-1]
    assert rec.path.endswith(f"/activities/{reply['replyToId']}")  # reply-to-activity API
    card = card_of(reply)
    assert card["type"] == "AdaptiveCard" and card["version"] == "1.5"
    body = all_text(card)
    assert "−7 507 509 €" in body
    assert "heinola-tp2025-hyvinvointipalvelut.txt" in body
    assert "rivi 346" in body
    assert "9.3.2026" in body  # the report's date, in Finnish
    assert "Tulkitsin" in body
    # the figure is the big text, under what it is
    assert big_figures(card) == ["−7 507 509 €"]
    assert norm(texts(card["body"][0])[0]) == "Varhaiskasvatus · Toimintakate · toteuma 2025"
    # the source: report title and date, table, the row with the figure's column in bold, file and line
    source = texts(source_block(card))
    assert "Tilinpäätös 2025 – Hyvinvointipalvelut, 9.3.2026" in source and "taulukko Varhaiskasvatus" in source
    assert "Toimintakate" in source and source[-1] == "heinola-tp2025-hyvinvointipalvelut.txt, rivi 346"
    assert ("Toteuma 2025", "−7 507 509 €", True) in source_cells(card)
    assert [c for c in source_cells(card) if c[2]] == [("Toteuma 2025", "−7 507 509 €", True)]
    # plain-text fallback is the engine's text
    assert "7 507 509" in norm(card["fallbackText"])
    assert len(card["fallbackText"].splitlines()) >= 2


async def test_follow_up_in_same_conversation_only(http, bot_url, connector):
    conv = "a:follow-" + uuid.uuid4().hex[:6]
    first = await ask(http, bot_url, connector, "varhaiskasvatuksen toimintakate 2025",
                      conversation_id=conv)
    assert "−7 507 509 €" in all_text(card_of(first))
    follow = await ask(http, bot_url, connector, "entä 2024?", conversation_id=conv)
    assert "−7 738 516 €" in all_text(card_of(follow))
    # another conversation has no context to follow up on
    other = await ask(http, bot_url, connector, "entä 2024?",
                      conversation_id="a:other-" + uuid.uuid4().hex[:6])
    assert "7 738 516" not in json.dumps(other, ensure_ascii=False).replace("\\u00a0", " ")


async def test_clarify_buttons_and_submit_answers(http, bot_url, connector):
    conv = "a:clarify-" + uuid.uuid4().hex[:6]
    reply = await ask(http, bot_url, connector, "toimintakate 2024", conversation_id=conv)
    card = card_of(reply)
    buttons = submit_actions(card)
    assert 1 <= len([a for a in card["actions"] if a["type"] == "Action.Submit"]) <= 3
    shown = all_text(card)
    listed = shown.split("muut:")[0]       # past the buttons the rest are named: 'muut: …'
    assert all(norm(b["title"]) not in listed for b in buttons), shown  # options only as buttons
    assert all(isinstance(b["data"]["question"], str) and b["data"]["question"] for b in buttons)
    assert card["fallbackText"].strip()
    # press a button: Teams sends a message activity with value and no text
    pick = next((b for b in buttons if "varhaiskasvatus" in b["data"]["question"].lower()),
                buttons[0])
    answered = await ask(http, bot_url, connector, None, value=pick["data"],
                         conversation_id=conv)
    card2 = card_of(answered)
    assert any(r.get("size") == "ExtraLarge" for r in find(card2["body"], "TextRun")), \
        "pressing a clarify option must produce an answer card"
    if "varhaiskasvatus" in pick["data"]["question"].lower():
        assert "−7 738 516 €" in all_text(card2)


async def test_series_answer_is_a_table(http, bot_url, connector):
    reply = await ask(http, bot_url, connector, "varhaiskasvatuksen toimintakate 2021–2025")
    card = card_of(reply)
    tables = find(card["body"], "Table")
    assert tables, "series answers are shown as a card table"
    rows = tables[0]["rows"]
    assert len(rows) >= 3  # header + at least two periods
    body = all_text(card)
    assert "−7 507 509 €" in body or "−7 738 516 €" in body
    assert card["fallbackText"].strip()
    assert len(json.dumps(reply).encode()) < 28_000  # Teams' message size limit
    # the chart travels inside the card, with alt text stating the values
    [image] = find(card["body"], "Image")
    assert image["url"].startswith("data:image/png;base64,")
    assert base64.b64decode(image["url"].split(",", 1)[1])[:8] == b"\x89PNG\r\n\x1a\n"
    assert "7 507 509" in norm(image["altText"])


async def test_comparison_card_has_table_and_change(http, bot_url, connector):
    reply = await ask(http, bot_url, connector, "varhaiskasvatuksen toimintakate 2024 ja 2025")
    card = card_of(reply)
    [table] = find(card["body"], "Table")
    rows = [[" ".join(texts(c)) for c in row["cells"]] for row in table["rows"]]
    assert [r[1] for r in rows[1:]] == ["−7 738 516 €", "−7 507 509 €"]  # in the years' order
    assert find(card["body"], "Image")  # the bar chart
    body = all_text(card)
    assert "231 007 €" in body, body  # the change 2024→2025 the engine computed
    assert "rivi 346" in body
    assert reply["summary"].startswith("Varhaiskasvatus")


async def test_comparison_of_two_years_says_which_figure_is_which_year(http, bot_url, connector):
    card = card_of(await ask(http, bot_url, connector, "varhaiskasvatuksen toimintakate 2024 ja 2025"))
    [table] = find(card["body"], "Table")
    rows = [[" ".join(texts(c)) for c in row["cells"]] for row in table["rows"]]
    assert [r[1] for r in rows[1:]] == ["−7 738 516 €", "−7 507 509 €"]
    assert "2024" in rows[1][0] and "2025" in rows[2][0], rows


@pytest.mark.parametrize("question", ["varhaiskasvatuksen toimintakate 2024", "vire toimintakate 2025"])
async def test_the_figures_cell_is_marked_in_its_source_row(http, bot_url, connector, question):
    card = card_of(await ask(http, bot_url, connector, question))
    [figure] = big_figures(card)
    assert [value for _, value, bold in source_cells(card) if bold] == [figure], source_cells(card)


async def test_to_date_actual_card_says_budget_once_and_basis_in_finnish(http, bot_url, connector):
    card = card_of(await ask(http, bot_url, connector, "vire toimintakate 2025"))
    body = all_text(card)
    assert big_figures(card) == ["−1 090 030 €"]
    assert "1–3/2025" in norm(texts(card["body"][0])[0])  # what the figure is says it is to date
    # besides the source row: the budget once (the engine's note), not again as a further figure
    said = outside_source(card)
    assert said.count("−4 597 100 €") == 1, said
    assert said.count("−1 090 030 €") == 1, said
    assert "talousarvio 2025" in said
    assert not [b for b in card["body"] if b.get("type") == "ColumnSet"], body  # no further-figure rows
    pct = all_text(card_of(await ask(http, bot_url, connector,
                                     "hyvinvointipalvelut toimintatuotot toteuma % 2025")))
    assert "Toteuma-%" in pct and "realization_pct" not in pct, pct


#: Teams refuses a bot message over about 28 KB (413 MessageSizeTooBig): the person would get nothing
#: but the apology
TEAMS_MAX_MESSAGE = 28_000


@pytest.mark.parametrize("question", ["hyvinvointipalvelujen tavoitteet 2025", "kaikki tavoitteet"])
async def test_a_long_list_reaches_the_person_within_teams_message_size(http, bot_url, connector, engine,
                                                                        question):
    """20 goals with their whole texts (~12 KB): within Teams' message size, as a card or (when the card
    would be too big) as plain text, every goal and the source in it."""
    from bot.teams_bot import MSG_ERROR

    reply = await ask(http, bot_url, connector, question)
    assert len(json.dumps(reply).encode()) < TEAMS_MAX_MESSAGE
    shown = norm(reply.get("text") or all_text(card_of(reply)))
    expected = engine.ask(question)
    assert len(expected.items) >= 20
    for item in expected.items:
        assert norm(clean(item.full_text or item.label)) in shown, item.label
    assert "Lähde" in shown and "rivi" in shown and shown != MSG_ERROR


def test_a_reply_too_long_even_as_text_goes_in_parts_with_nothing_lost():
    from bot.teams_bot import MAX_MESSAGE_BYTES, activity_bytes, reply_activities
    src = Source("heinola-tp2025-hyvinvointipalvelut.txt", title="Tilinpäätös 2025", line=412)
    items = [Item(f"Tavoite {i}: " + "äidinkielen ja kirjaston palvelut " * 6, status="Toteutuu", source=src)
             for i in range(300)]
    reply = Reply("answer", "goals", "Tavoitteet 2025", items=items)
    acts = reply_activities(reply)
    assert len(acts) >= 3 and all(not a.attachments and a.text_format == "plain" for a in acts)
    assert all(activity_bytes(a) <= MAX_MESSAGE_BYTES - 1000 for a in acts)
    assert "\n".join(a.text for a in acts) == render_text(reply)  # all of it, in order
    assert "rivi 412" in acts[-1].text                              # the source last, as always
    assert len(reply_activities(Reply("answer", "goals", "Tavoitteet", items=items[:3]))[0].attachments) == 1


async def test_slow_question_does_not_hold_up_another_conversation(engine, connector, http):
    """The engine runs off the event loop: while one conversation's question takes 2 s,
    another conversation's question is answered at once."""
    import asyncio

    from bot.teams_bot import create_app

    slow_q, fast_q = "varhaiskasvatuksen toimintakate 2024", "varhaiskasvatuksen toimintakate 2025"
    slow = SlowEngine(engine, slow_q, pause=2.0)
    runner, url = await _serve(create_app(slow, anonymous=True, env={}))
    try:
        slow_post = asyncio.create_task(post(http, url, activity(
            connector.url, text=slow_q, conversation_id="a:slow")))
        while not slow.started.is_set():
            await asyncio.sleep(0.01)
        t0 = time.monotonic()
        status, _ = await post(http, url, activity(connector.url, text=fast_q, conversation_id="a:fast"))
        fast_seconds = time.monotonic() - t0
        first = list(connector.messages())
        assert (await slow_post)[0] in (200, 202)
        both = await connector.wait_for_messages(2)
    finally:
        await runner.cleanup()
    assert status in (200, 202)
    assert [m["conversation"]["id"] for m in first] == ["a:fast"], "the fast answer must come first"
    assert fast_seconds < 1.0, fast_seconds
    assert "−7 507 509 €" in all_text(card_of(both[0]))
    assert both[1]["conversation"]["id"] == "a:slow" and "−7 738 516 €" in all_text(card_of(both[1]))


# --------------------------------------------------------------------------
# hostile input, channel mentions, commands, welcome
# --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "",
    "   \n\t ",
    "x" * 10_000,
    "varhaiskasvatus " * 700,
    "\x00\x01\x07\x1b[31m\x7f\u200b\ufeff",
    "\x00varhais\x07kasvatuksen\x1b toimintakate\x00 2025\x7f",
    "<script>alert(1)</script> ' OR 1=1; DROP TABLE facts; --",
    "\ud83d\ude00" * 50,
])
async def test_hostile_text_gets_polite_reply(http, bot_url, connector, text):
    reply = await ask(http, bot_url, connector, text)
    shown = reply.get("text") or card_of(reply).get("fallbackText", "")
    assert shown.strip()
    assert "Exception" not in shown and "Traceback" not in shown
    # Finnish, not an error dump
    assert any(w in shown.lower() for w in ("kysy", "kysymys", "luku", "tulkitsin", "löyd", "tunnist",
                                            "tarkenn", "pahoittel", "esimerk", "varhaiskasvat"))


async def test_no_text_no_value_and_garbage_value(http, bot_url, connector):
    reply = await ask(http, bot_url, connector, None)
    assert "kysymys" in reply["text"].lower()
    reply = await ask(http, bot_url, connector, None, value={"question": 12, "x": [1]})
    assert "kysymys" in reply["text"].lower()


async def test_malformed_requests_are_rejected_without_reply(http, bot_url, connector):
    assert (await post(http, bot_url, "{not json"))[0] == 400
    assert (await post(http, bot_url, {"type": "message"}))[0] == 400
    assert (await post(http, bot_url, {"type": 5, "conversation": "x"}))[0] == 400
    assert connector.recorded == []


async def test_channel_mention_is_stripped(http, bot_url, connector):
    conv = "19:abc123@thread.tacv2;messageid=1700000000000"
    text = "<at>Lukubotti</at> varhaiskasvatuksen toimintakate 2025"
    reply = await ask(http, bot_url, connector, text, conversation_id=conv,
                      conversation_type="channel",
                      entities=[{"type": "mention", "text": "<at>Lukubotti</at>",
                                 "mentioned": {"id": "28:lukubotti-bot", "name": "Lukubotti"}}])
    assert "−7 507 509 €" in all_text(card_of(reply))
    # a client that sent the <at> tag without a mention entity
    reply = await ask(http, bot_url, connector, "<at>Lukubotti</at>&nbsp;varhaiskasvatuksen "
                      "toimintakate 2025", conversation_id=conv, conversation_type="channel")
    assert "−7 507 509 €" in all_text(card_of(reply))


async def test_commands_help_and_sources(http, bot_url, connector, engine):
    """'apua' and 'Lähteet': the help made from the store (the reports with their dates among it),
    its example questions as buttons; pressing one asks it and gets a figure with its source."""
    conv = "a:help-" + uuid.uuid4().hex[:6]
    card = card_of(await ask(http, bot_url, connector, "apua", conversation_id=conv))
    assert is_help_card(card, engine), all_text(card)
    assert card["fallbackText"].strip()
    for word in ("/apua", "ohje"):
        assert all_text(card_of(await ask(http, bot_url, connector, word))) == all_text(card), word
    for word in ("Lähteet", "lahteet", "raportit"):  # the reports with their dates, not all the help
        sources = card_of(await ask(http, bot_url, connector, word))
        assert is_help_card(sources, engine), word
        assert len(all_text(sources)) < len(all_text(card)) / 2, all_text(sources)
        assert not any(w in all_text(sources) for w in ("Varhaiskasvatus", "Henkilöstökulut", "Yksiköt"))
    example = submit_actions(card)[0]["data"]
    answered = card_of(await ask(http, bot_url, connector, None, value=example, conversation_id=conv))
    assert is_figure_card(answered), all_text(answered)
    assert example["question"].split(" toimintakate")[0] in all_text(answered)


async def test_welcome_when_bot_is_added(http, bot_url, connector, engine):
    act = activity(connector.url, activity_type="conversationUpdate",
                   membersAdded=[{"id": "28:lukubotti-bot"}])
    status, _ = await post(http, bot_url, act)
    assert status in (200, 202)
    msgs = await connector.wait_for_messages(2)
    assert len(msgs) == 2
    assert msgs[0]["text"].startswith("Hei! Olen Lukubotti")          # a greeting, then the help
    card = card_of(msgs[1])
    assert is_help_card(card, engine), all_text(card)  # the help made from the store
    assert msgs[1]["summary"].strip()
    # a user joining is not greeted again
    act = activity(connector.url, activity_type="conversationUpdate",
                   membersAdded=[{"id": "29:someone-else"}])
    status, _ = await post(http, bot_url, act)
    assert status in (200, 202)
    assert len(connector.messages()) == 2


async def test_connector_failure_does_not_break_the_bot(http, bot_url, connector):
    connector.fail_next = 2  # the answer and the apology both fail
    status, _ = await post(http, bot_url, activity(connector.url, text="apua"))
    assert status == 202  # the failure is handled inside the turn
    reply = await ask(http, bot_url, connector, "varhaiskasvatuksen toimintakate 2025")
    assert "−7 507 509 €" in all_text(card_of(reply))


async def test_healthz(http, bot_url):
    async with http.get(bot_url + "/healthz") as r:
        assert r.status == 200
        body = await r.json()
    assert body["status"] == "ok" and body["reports"] >= 1


async def test_anonymous_mode_sends_without_token(http, bot_url, connector):
    await ask(http, bot_url, connector, "apua")
    assert connector.recorded
    assert all("Authorization" not in r.headers for r in connector.recorded)


# --------------------------------------------------------------------------
# authenticated mode
# --------------------------------------------------------------------------

AUTH_ENV = {
    "CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTID": CLIENT_ID,
    "CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTSECRET": SECRET,
    "CONNECTIONS__SERVICE_CONNECTION__SETTINGS__TENANTID": TENANT_ID,
}


@pytest.fixture
async def auth_bot(engine, connector, monkeypatch, caplog):
    """The bot in production mode. Microsoft's token issuance is faked: the
    Bot Framework JWKS URL points to the fake issuer's keys, and MSAL's
    client-credentials call returns a fixed outgoing token."""
    from bot.teams_bot import create_app

    for k, v in AUTH_ENV.items():
        monkeypatch.setenv(k, v)
    fake_microsoft(monkeypatch, connector, OUTGOING_TOKEN)
    caplog.set_level(logging.DEBUG)
    runner, url = await _serve(create_app(engine, anonymous=False))
    yield url
    await runner.cleanup()


async def test_auth_rejects_missing_malformed_and_forged_tokens(http, auth_bot, connector, caplog):
    issuer = connector.issuer
    url = connector.url
    now = int(time.time())
    forged = {
        "no header": None,
        "garbage bearer": "Bearer garbage",
        "not bearer": "Basic dXNlcjpwYXNz",
        "bearer without token": "Bearer ",
        "two tokens": "Bearer a.b.c d.e.f",
        "random key, known kid": "Bearer " + issuer.issue(audience=CLIENT_ID, service_url=url,
                                                          key=new_rsa_key()),
        "random key, unknown kid": "Bearer " + issuer.issue(audience=CLIENT_ID, service_url=url,
                                                            key=new_rsa_key(), kid="nope"),
        "HS256 with the client secret": "Bearer " + issuer.issue(
            audience=CLIENT_ID, service_url=url, key=SECRET, algorithm="HS256"),
        "alg none": "Bearer " + jwt.encode(
            {"iss": "https://api.botframework.com", "aud": CLIENT_ID, "exp": now + 600},
            None, algorithm="none", headers={"kid": issuer.kid}),
        "wrong audience": "Bearer " + issuer.issue(audience=str(uuid.uuid4()), service_url=url),
        "expired": "Bearer " + issuer.issue(audience=CLIENT_ID, service_url=url, lifetime=-3600),
        "tampered payload": "Bearer " + _tamper(issuer.issue(audience=str(uuid.uuid4()),
                                                             service_url=url)),
        "foreign issuer": "Bearer " + issuer.issue(audience=CLIENT_ID, service_url=url,
                                                   issuer="https://evil.example.com/"),
        "other tenant": "Bearer " + issuer.issue(
            audience=CLIENT_ID, service_url=url,
            issuer=f"https://sts.windows.net/{uuid.uuid4()}/"),
        "tenant binding": "Bearer " + issuer.issue(
            audience=CLIENT_ID, service_url=url,
            issuer=f"https://login.microsoftonline.com/{TENANT_ID}/v2.0",
            extra={"tid": str(uuid.uuid4())}),
    }
    for name, header in forged.items():
        act = activity(url, text="varhaiskasvatuksen toimintakate 2025")
        status, body = await post(http, auth_bot, act,
                                  {"Authorization": header} if header is not None else {})
        assert status == 401, f"{name}: {status} {body}"
    assert connector.recorded == [], "a rejected request must not produce a reply"
    assert SECRET not in caplog.text


def _tamper(token: str) -> str:
    import base64
    head, payload, sig = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["aud"] = CLIENT_ID
    payload = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    return ".".join((head, payload, sig))


async def test_auth_accepts_valid_token_and_replies_with_bearer(http, auth_bot, connector, caplog):
    token = connector.issuer.issue(audience=CLIENT_ID, service_url=connector.url)
    act = activity(connector.url, text="varhaiskasvatuksen toimintakate 2025")
    status, body = await post(http, auth_bot, act, {"Authorization": f"Bearer {token}"})
    assert status == 202, body
    msgs = await connector.wait_for_messages(1)
    assert len(msgs) == 1
    assert "−7 507 509 €" in all_text(card_of(msgs[0]))
    assert connector.recorded[-1].headers.get("Authorization") == f"Bearer {OUTGOING_TOKEN}"
    assert connector.jwks_requests >= 1
    assert connector.jwks_routes == ["https://login.botframework.com/v1/.well-known/keys"]
    assert SECRET not in caplog.text


async def test_auth_accepts_entra_token_of_own_tenant(http, auth_bot, connector):
    token = connector.issuer.issue(
        audience=CLIENT_ID, service_url=connector.url,
        issuer=f"https://login.microsoftonline.com/{TENANT_ID}/v2.0", extra={"tid": TENANT_ID})
    status, body = await post(http, auth_bot, activity(connector.url, text="apua"),
                              {"Authorization": f"Bearer {token}"})
    assert status == 202, body
    assert len(await connector.wait_for_messages(1)) == 1


async def test_healthz_needs_no_token(http, auth_bot):
    async with http.get(auth_bot + "/healthz") as r:
        assert r.status == 200


# --------------------------------------------------------------------------
# command line
# --------------------------------------------------------------------------

def test_main_refuses_to_start_without_credentials(monkeypatch, capsys, tmp_path):
    from bot import teams_bot
    for k in list(os.environ):
        if k.startswith("CONNECTIONS__") or k == teams_bot.ANONYMOUS_ENV:
            monkeypatch.delenv(k)
    assert teams_bot.main([], str(tmp_path / "none.sqlite")) == 2
    assert "--anonymous" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        teams_bot.main(["--help"], str(tmp_path / "none.sqlite"))
    assert exc.value.code == 0
    assert "kysy teams" in capsys.readouterr().out


def _free_port() -> int:
    import socket
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _kysy() -> list[str]:
    exe = Path(sys.executable).with_name("kysy")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "bot.cli"]


async def test_kysy_teams_anonymous_warns_answers_and_stops(db_path, connector, http):
    """The real `kysy teams --anonymous` process: a warning at start-up, /healthz, an activity
    POSTed to /api/messages answered through the connector, a clean stop on SIGTERM."""
    import asyncio
    import signal

    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("CONNECTIONS__")}
    env.update(NO_PROXY="127.0.0.1,localhost", no_proxy="127.0.0.1,localhost")
    proc = await asyncio.create_subprocess_exec(
        *_kysy(), "--db", db_path, "teams", "--anonymous", "--port", str(port), cwd=str(ROOT),
        env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                async with http.get(url + "/healthz") as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            assert time.monotonic() < deadline and proc.returncode is None, "kysy teams did not start"
            await asyncio.sleep(0.1)
        status, _ = await post(http, url, activity(connector.url, text="varhaiskasvatuksen toimintakate 2025"))
        assert status in (200, 202)
        msgs = await connector.wait_for_messages(1, timeout=15)
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = await asyncio.wait_for(proc.communicate(), timeout=20)
    err = err.decode()
    assert proc.returncode == 0, err
    assert "ANONYMOUS MODE" in err and "never expose" in err
    assert "−7 507 509 €" in all_text(card_of(msgs[0]))


def test_kysy_teams_without_database_exits_2(tmp_path, monkeypatch, capsys):
    from bot import teams_bot

    def must_not_serve(*args, **kwargs):  # instead of serving an empty database forever
        raise AssertionError("kysy teams started without a database")

    monkeypatch.setattr(teams_bot.web, "run_app", must_not_serve)
    assert teams_bot.main(["--anonymous"], str(tmp_path / "puuttuu.sqlite")) == 2
    err = capsys.readouterr().err
    assert "ingest" in err and "puuttuu.sqlite" in err


def test_create_app_requires_client_id_in_authenticated_mode():
    from bot.teams_bot import create_app
    with pytest.raises(RuntimeError):
        create_app(object(), anonymous=False, env={})


def test_clean_text():
    from bot.teams_bot import clean_text
    assert clean_text("<at>Lukubotti</at> toimintakate\x00 2025", ("Lukubotti",)) == \
        "toimintakate 2025"
    assert clean_text("<at>Maija</at> toimintakate", ("Lukubotti",)) == "Maija toimintakate"
    assert clean_text("a&amp;b\u200b\tc\n") == "a&b c"
    assert clean_text(None) == ""
