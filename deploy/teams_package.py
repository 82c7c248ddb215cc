"""Build the Teams app package: ``python deploy/teams_package.py``.

Writes ``deploy/teams/lukubotti-teams.zip`` holding exactly ``manifest.json``,
``color.png`` (192×192) and ``outline.png`` (32×32, white on transparent) at
the zip root – the file you upload in Teams (Apps → Manage your apps →
Upload an app) or in the Teams Developer Portal.

The committed ``deploy/teams/manifest.json`` carries a placeholder bot id
(``00000000-0000-0000-0000-000000000000``).  Pass the Entra app (client) id
with ``--bot-id`` – or have ``CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTID``
set – and it is written into the zipped copy; the committed file is left alone.
``--domain`` likewise sets ``validDomains`` to the bot's public host name.

``--icons`` regenerates the two PNG icons with Pillow (they are committed, so
this is only needed after changing the drawing code below).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEAMS_DIR = ROOT / "deploy" / "teams"
MANIFEST = TEAMS_DIR / "manifest.json"
COLOR_ICON = TEAMS_DIR / "color.png"
OUTLINE_ICON = TEAMS_DIR / "outline.png"
DEFAULT_ZIP = TEAMS_DIR / "lukubotti-teams.zip"

PLACEHOLDER_BOT_ID = "00000000-0000-0000-0000-000000000000"
CLIENT_ID_ENV = "CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTID"
GUID = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")
HOST = re.compile(r"^(\*\.)?([A-Za-z0-9-]{1,63}\.)+[A-Za-z]{2,63}$")

ACCENT = (0x1F, 0x5F, 0xA8)

# deterministic zip entries (same input → byte-identical package)
_ZIP_DATE = (2025, 1, 1, 0, 0, 0)


# --------------------------------------------------------------------------
# icons
# --------------------------------------------------------------------------

def draw_color_icon(size: int = 192):
    """Full-colour icon: white bar chart with a trend line on the accent colour."""
    from PIL import Image, ImageDraw

    scale = 4  # draw big, downsample for smooth edges
    s = size * scale
    img = Image.new("RGBA", (s, s), ACCENT + (255,))
    d = ImageDraw.Draw(img)
    white = (255, 255, 255, 255)
    base = int(s * 0.78)
    left = int(s * 0.20)
    bar_w = int(s * 0.14)
    gap = int(s * 0.06)
    heights = [0.30, 0.45, 0.38, 0.58]
    tops = []
    for i, h in enumerate(heights):
        x0 = left + i * (bar_w + gap)
        y0 = base - int(s * h)
        d.rounded_rectangle((x0, y0, x0 + bar_w, base), radius=int(s * 0.02), fill=white)
        tops.append((x0 + bar_w // 2, y0 - int(s * 0.07)))
    d.line(tops, fill=(255, 214, 102, 255), width=int(s * 0.025), joint="curve")
    for x, y in tops:
        r = int(s * 0.025)
        d.ellipse((x - r, y - r, x + r, y + r), fill=(255, 214, 102, 255))
    d.rectangle((int(s * 0.14), base, int(s * 0.86), base + int(s * 0.02)), fill=white)
    return img.resize((size, size), Image.LANCZOS)


def draw_outline_icon(size: int = 32):
    """Outline icon: white bars on a transparent background (Teams requires
    only white and transparent pixels)."""
    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    white = (255, 255, 255, 255)
    base = 26
    for x0, h in ((6, 8), (12, 13), (18, 10), (24, 17)):
        d.rectangle((x0, base - h, x0 + 3, base), fill=white)
    d.rectangle((4, base + 1, 28, base + 2), fill=white)
    return img


def write_icons() -> None:
    TEAMS_DIR.mkdir(parents=True, exist_ok=True)
    draw_color_icon().save(COLOR_ICON, format="PNG", optimize=True)
    draw_outline_icon().save(OUTLINE_ICON, format="PNG", optimize=True)


# --------------------------------------------------------------------------
# package
# --------------------------------------------------------------------------

def load_manifest(bot_id: str | None = None, domain: str | None = None) -> dict:
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    if bot_id:
        if not GUID.match(bot_id):
            raise ValueError(f"bot id must be the Entra app (client) id, a GUID: {bot_id!r}")
        for bot in manifest.get("bots", []):
            bot["botId"] = bot_id
    if domain:
        if not HOST.match(domain):
            raise ValueError(f"--domain must be a host name such as bot.example.fi: {domain!r}")
        manifest["validDomains"] = [domain]
    return manifest


def build_package(out: Path = DEFAULT_ZIP, *, bot_id: str | None = None,
                  domain: str | None = None) -> Path:
    """Zip manifest.json + color.png + outline.png (exactly these, at the root)."""
    if not COLOR_ICON.exists() or not OUTLINE_ICON.exists():
        write_icons()
    manifest = load_manifest(bot_id, domain)
    files = {
        "manifest.json": json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8") + b"\n",
        manifest["icons"]["color"]: COLOR_ICON.read_bytes(),
        manifest["icons"]["outline"]: OUTLINE_ICON.read_bytes(),
    }
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    tmp = out.with_suffix(out.suffix + ".tmp")
    tmp.write_bytes(buf.getvalue())
    os.replace(tmp, out)
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python deploy/teams_package.py",
                                description="Rakenna Teams-sovelluspaketti (zip).")
    p.add_argument("--bot-id", default=os.environ.get(CLIENT_ID_ENV),
                   help=f"Entra-sovelluksen (client) id botId:ksi (oletus ${CLIENT_ID_ENV})")
    p.add_argument("--domain", help="botin julkinen isäntänimi validDomains-listaan")
    p.add_argument("--out", type=Path, default=DEFAULT_ZIP, help=f"zip (oletus {DEFAULT_ZIP})")
    p.add_argument("--icons", action="store_true", help="piirrä kuvakkeet uudelleen")
    args = p.parse_args(argv)
    if args.icons:
        write_icons()
    try:
        out = build_package(args.out, bot_id=args.bot_id, domain=args.domain)
    except (ValueError, OSError, KeyError) as exc:
        print(f"teams_package: {exc}", file=sys.stderr)
        return 2
    print(out)
    if not args.bot_id or args.bot_id == PLACEHOLDER_BOT_ID:
        print("HUOM: botId on paikkamerkki – anna --bot-id <Entra app id> ennen lataamista "
              "Teamsiin (katso docs/teams.md).", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
