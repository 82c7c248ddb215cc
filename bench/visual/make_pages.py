"""Pages for the screenshots: each sample reply (tests/replies.py) as a Telegram message bubble and as a
Teams card rendered by the ``adaptivecards`` npm package, plus the chart PNGs. Not run by the test suite.

    .venv/bin/python bench/visual/make_pages.py      # writes bench/visual/out/*.html, *.png
    (cd bench/visual && npm install && node shoot.mjs)   # screenshots at phone and desktop width
"""
from __future__ import annotations

import base64
import html
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from bot.presenters.chart import card_png, render_png  # noqa: E402
from bot.presenters.teams import render_card  # noqa: E402
from bot.presenters.telegram import render_telegram  # noqa: E402
from replies import SAMPLES, sample  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
TELEGRAM_CSS = """
body { margin: 0; background: #c8d6c0 linear-gradient(#d7e3cf, #b9cdb2); font: 15px/1.38 -apple-system,
       "Segoe UI", Roboto, "DejaVu Sans", sans-serif; padding: 12px; }
.msg { background: #fff; border-radius: 12px 12px 12px 4px; padding: 7px 10px 8px; max-width: 520px;
       white-space: pre-wrap; word-wrap: break-word; box-shadow: 0 1px 1px rgba(0,0,0,.15); margin: 0 0 6px; }
.msg blockquote { margin: 4px 0; padding: 2px 8px; border-left: 3px solid #3390ec; background: #eef5fd;
       border-radius: 4px; white-space: pre-wrap; }
.msg code { font: 13px "DejaVu Sans Mono", monospace; color: #b5353a; }
.photo { max-width: 520px; background: #fff; border-radius: 12px; overflow: hidden; margin: 0 0 6px;
       box-shadow: 0 1px 1px rgba(0,0,0,.15); }
.photo img { display: block; width: 100%; } .photo .msg { box-shadow: none; margin: 0; border-radius: 0; }
.kb { max-width: 540px; display: grid; gap: 4px; }
.kb div { background: rgba(60,90,60,.45); color: #fff; text-align: center; border-radius: 8px; padding: 8px 6px;
       font-weight: 500; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
"""
TEAMS_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="../node_modules/adaptivecards/dist/adaptivecards.css">
<style>body {{ margin: 0; background: #f5f5f5; padding: 12px; font-family: "Segoe UI", "DejaVu Sans", sans-serif; }}
#card {{ background: #fff; border-radius: 6px; max-width: 560px; box-shadow: 0 1px 3px rgba(0,0,0,.2); overflow: hidden; }}
</style></head><body><div id="card"></div>
<script src="../node_modules/adaptivecards/dist/adaptivecards.js"></script>
<script>
const card = new AdaptiveCards.AdaptiveCard();
card.hostConfig = new AdaptiveCards.HostConfig({{
  fontFamily: "Segoe UI, DejaVu Sans, sans-serif",
  containerStyles: {{ default: {{ backgroundColor: "#FFFFFF", foregroundColors: {{
    default: {{ default: "#242424", subtle: "#616161" }}, accent: {{ default: "#5B5FC7", subtle: "#5B5FC7" }},
    good: {{ default: "#237B4B", subtle: "#237B4B" }}, warning: {{ default: "#835B00", subtle: "#835B00" }},
    attention: {{ default: "#C4314B", subtle: "#C4314B" }} }} }},
    accent: {{ backgroundColor: "#E8EBFA" }} }},
  actions: {{ actionsOrientation: "vertical", buttonSpacing: 6, maxActions: 6 }}
}});
card.parse({card});
const el = card.render();
document.getElementById("card").appendChild(el);
window.cardErrors = card.validateProperties().failures.map(f => JSON.stringify(f.errors));
</script></body></html>
"""


def telegram_page(name: str) -> str:
    msg = render_telegram(sample(name))
    parts = [f'<div class="msg">{chunk}</div>' for chunk in msg.chunks]
    if msg.buttons:
        parts.append('<div class="kb">' + "".join(f"<div>{html.escape(b.label)}</div>" for b in msg.buttons)
                     + "</div>")
    if msg.chart is not None:
        png = base64.b64encode(render_png(msg.chart)).decode()
        parts.append(f'<div class="photo"><img src="data:image/png;base64,{png}">'
                     f'<div class="msg">{msg.caption}</div></div>')
    return (f'<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1"><style>{TELEGRAM_CSS}</style></head>'
            f'<body>{"".join(parts)}</body></html>')


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for name in SAMPLES:
        reply = sample(name)
        (OUT / f"telegram_{name}.html").write_text(telegram_page(name), encoding="utf-8")
        png = card_png(reply.chart) if reply.chart else None
        card = json.dumps(render_card(reply, png), ensure_ascii=False)
        (OUT / f"teams_{name}.html").write_text(TEAMS_PAGE.format(card=card), encoding="utf-8")
        if reply.chart:
            (OUT / f"chart_{name}_330.png").write_bytes(render_png(reply.chart, width=330, scale=1))
    print(f"{len(SAMPLES) * 2} pages in {OUT}")


if __name__ == "__main__":
    main()
