"""The Teams app manifest (deploy/teams/manifest.json) and its package."""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
TEAMS = ROOT / "deploy" / "teams"
GUID = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")
SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")
PLACEHOLDER = "00000000-0000-0000-0000-000000000000"


@pytest.fixture(scope="module")
def manifest() -> dict:
    return json.loads((TEAMS / "manifest.json").read_text(encoding="utf-8"))


def test_manifest_version_and_schema(manifest):
    mv = manifest["manifestVersion"]
    major, minor = (int(x) for x in mv.split("."))
    assert (major, minor) >= (1, 17)
    assert manifest["$schema"] == (
        f"https://developer.microsoft.com/json-schemas/teams/v{mv}/MicrosoftTeams.schema.json")
    for key in ("manifestVersion", "version", "id", "developer", "name", "description",
                "icons", "accentColor"):  # the schema's required properties
        assert key in manifest, key


def test_manifest_ids_and_version(manifest):
    assert SEMVER.match(manifest["version"])
    assert GUID.match(manifest["id"]) and manifest["id"] != PLACEHOLDER
    bots = manifest["bots"]
    assert len(bots) == 1
    assert GUID.match(bots[0]["botId"])


def test_manifest_developer_and_texts(manifest):
    dev = manifest["developer"]
    assert dev["name"] and len(dev["name"]) <= 32
    for key in ("websiteUrl", "privacyUrl", "termsOfUseUrl"):
        assert dev[key].startswith("https://"), key
    assert 0 < len(manifest["name"]["short"]) <= 30
    assert 0 < len(manifest["name"]["full"]) <= 100
    assert 0 < len(manifest["description"]["short"]) <= 80
    assert 0 < len(manifest["description"]["full"]) <= 4000
    assert re.fullmatch(r"#[0-9a-fA-F]{6}", manifest["accentColor"])
    assert manifest["validDomains"] and all("://" not in d for d in manifest["validDomains"])


def test_manifest_bot_scopes_and_commands(manifest):
    bot = manifest["bots"][0]
    assert set(bot["scopes"]) == {"personal", "team", "groupChat"}
    titles = {c["title"] for cl in bot["commandLists"] for c in cl["commands"]}
    assert {"apua", "lähteet"} <= titles
    for cl in bot["commandLists"]:
        assert set(cl["scopes"]) <= {"personal", "team", "groupChat"}
        assert len(cl["commands"]) <= 10
        for c in cl["commands"]:
            assert len(c["title"]) <= 32 and 0 < len(c["description"]) <= 128


def test_icons_have_the_right_sizes(manifest):
    color = Image.open(TEAMS / manifest["icons"]["color"])
    outline = Image.open(TEAMS / manifest["icons"]["outline"])
    assert color.format == outline.format == "PNG"
    assert color.size == (192, 192)
    assert outline.size == (32, 32)
    # outline: white on transparent only
    rgba = outline.convert("RGBA")
    pixels = {rgba.getpixel((x, y)) for x in range(32) for y in range(32)}
    assert all(a == 0 or (r, g, b) == (255, 255, 255) for r, g, b, a in pixels)
    assert any(a == 0 for *_, a in pixels) and any(a == 255 for *_, a in pixels)


def test_package_contains_exactly_manifest_and_icons(tmp_path, manifest):
    build_package, main = _package_tool()

    out = build_package(tmp_path / "pkg.zip")
    with zipfile.ZipFile(out) as zf:
        assert sorted(zf.namelist()) == sorted(["manifest.json", manifest["icons"]["color"],
                                                manifest["icons"]["outline"]])
        assert json.loads(zf.read("manifest.json")) == manifest
        assert Image.open(io.BytesIO(zf.read(manifest["icons"]["color"]))).size == (192, 192)
        assert Image.open(io.BytesIO(zf.read(manifest["icons"]["outline"]))).size == (32, 32)

    bot_id = "12345678-abcd-4abc-8abc-1234567890ab"
    out2 = tmp_path / "pkg2.zip"
    assert main(["--bot-id", bot_id, "--domain", "lukubotti.kaupunki.fi",
                 "--out", str(out2)]) == 0
    with zipfile.ZipFile(out2) as zf:
        m = json.loads(zf.read("manifest.json"))
    assert m["bots"][0]["botId"] == bot_id
    assert m["validDomains"] == ["lukubotti.kaupunki.fi"]
    # the committed manifest is not modified
    assert json.loads((TEAMS / "manifest.json").read_text(encoding="utf-8")) == manifest
    assert main(["--bot-id", "not-a-guid", "--out", str(tmp_path / "bad.zip")]) == 2
    assert not (tmp_path / "bad.zip").exists()


def _package_tool():
    """deploy/teams_package.py is a build tool beside the deployment files, not part of the package."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("teams_package", ROOT / "deploy" / "teams_package.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.build_package, mod.main
