"""What the sdist and the wheel contain, and the metadata a pinning team sees."""

from __future__ import annotations

import hashlib
import json
import tarfile
import zipfile
from email.message import Message
from email.parser import Parser

import pytest

from telegent._version import __version__

from .conftest import ROOT, SPEC_ONLY, Dist

# Slow tier: .ci/run runs it (`pytest -m "slow or prism"`); plain `pytest` deselects it.
pytestmark = pytest.mark.slow

PREFIX = f"telegent_mpaas-{__version__}"


def _sdist_members(dist: Dist) -> dict[str, tarfile.TarInfo]:
    with tarfile.open(dist.sdist) as tar:
        return {m.name.removeprefix(PREFIX + "/"): m for m in tar.getmembers()}


def _metadata(dist: Dist) -> Message:
    with zipfile.ZipFile(dist.wheel) as whl:
        text = whl.read(f"{PREFIX}.dist-info/METADATA").decode()
    return Parser().parsestr(text)


def test_sdist_has_every_input_of_the_wheel_and_no_symlinks(dist: Dist) -> None:
    members = _sdist_members(dist)
    links = [name for name, m in members.items() if m.issym() or m.islnk()]
    assert links == []
    required = {
        "pyproject.toml",
        "hatch_build.py",
        "openapi.json",
        "generator-config.yaml",
        "README.md",
        "CHANGELOG.md",
        "LICENSE",
        "NOTICE",
        "src/telegent/__init__.py",
        "src/telegent/_generated/__init__.py",
        "generated/openapi.json",
        "scripts/regenerate.py",
    }
    required |= {
        p.relative_to(ROOT).as_posix() for p in (ROOT / "overlay").rglob("*") if p.is_file()
    }
    assert required <= set(members), sorted(required - set(members))
    assert not [n for n in members if "__pycache__" in n or n.startswith(".venv")]


def test_wheel_carries_the_spec_and_overlay_from_the_top_level_files(dist: Dist) -> None:
    with zipfile.ZipFile(dist.wheel) as whl:
        names = set(whl.namelist())
        spec = whl.read("telegent/spec/_data/openapi.json")
        pinned_side = whl.read("telegent/spec/_data/drift-pinned.json")
        overlays = {
            p.relative_to(ROOT).as_posix(): whl.read(
                f"telegent/spec/_data/{p.relative_to(ROOT).as_posix()}"
            )
            for p in (ROOT / "overlay").rglob("*")
            if p.is_file()
        }
        # Symlinks survive in a zip only as a unix mode in external_attr: none here.
        modes = {i.filename: i.external_attr >> 16 for i in whl.infolist()}
    assert spec == (ROOT / "openapi.json").read_bytes()
    # The drift check's pinned side, computed by scripts/regenerate.py, shipped as is.
    assert pinned_side == (ROOT / "generated" / "drift-pinned.json").read_bytes()
    assert overlays == {name: (ROOT / name).read_bytes() for name in overlays}
    assert overlays, "no overlay in the wheel"
    assert not [name for name, mode in modes.items() if (mode & 0o170000) == 0o120000]
    assert "telegent/py.typed" in names
    assert {f"{PREFIX}.dist-info/licenses/LICENSE", f"{PREFIX}.dist-info/licenses/NOTICE"} <= names
    assert not [n for n in names if n.startswith(("tests/", "scripts/", "src/"))]


def test_the_wheel_ships_one_package_with_every_generated_module(dist: Dist) -> None:
    with zipfile.ZipFile(dist.wheel) as whl:
        names = set(whl.namelist())
    packages = {n.split("/")[0] for n in names if not n.startswith(f"{PREFIX}.dist-info/")}
    assert packages == {"telegent"}  # no second top-level package (telegent_mpaas_client)
    generated = ROOT / "src" / "telegent" / "_generated"
    expected = {
        "telegent/_generated/" + p.relative_to(generated).as_posix()
        for p in generated.rglob("*.py")
    }
    shipped = {n for n in names if n.startswith("telegent/_generated/")}
    assert shipped == expected  # exactly the pipeline's output (tests/client/test_lean_import
    # shows each module reachable from the public surface)
    # openapi-python-client's full output (an api/ and a models/ package) is not shipped.
    assert not [n for n in names if "/api/" in n or "/models/" in n], sorted(names)[:5]


def _requires(meta: Message) -> tuple[set[str], dict[str, set[str]]]:
    plain: set[str] = set()
    extras: dict[str, set[str]] = {}
    for req in meta.get_all("Requires-Dist") or []:
        name = req.split(";")[0].strip()
        for stop in "<>=!~[ ":
            name = name.split(stop)[0]
        if "extra ==" in req:
            extra = req.split("extra ==")[1].strip().strip("'\"")
            extras.setdefault(extra, set()).add(name.lower())
        else:
            plain.add(name.lower())
    return plain, extras


def test_default_requirements_are_only_what_calling_the_api_needs(dist: Dist) -> None:
    plain, extras = _requires(_metadata(dist))
    assert plain == {"httpx"}
    # regex + iregexp-check: python-jsonpath's I-Regexp (RFC 9485) match()/search().
    assert extras["spec"] == {"jsonschema", "pyyaml", "python-jsonpath", "regex", "iregexp-check"}
    assert extras["drift"] == extras["spec"]
    assert extras["speedups"] == {"msgspec"}  # a faster JSON decoder, opt-in
    assert not plain & set(SPEC_ONLY)


def test_metadata_names_version_spec_licence_and_urls(dist: Dist) -> None:
    meta = _metadata(dist)
    assert meta["Version"] == __version__
    assert meta["License-Expression"] == "MIT"
    body = (ROOT / "openapi.json").read_bytes()
    spec_version = json.loads(body)["info"]["version"]
    keywords = meta["Keywords"].split(",")
    assert f"telegent-spec-{spec_version}" in keywords
    assert f"telegent-spec-sha256-{hashlib.sha256(body).hexdigest()}" in keywords
    classifiers = meta.get_all("Classifier") or []
    assert "Typing :: Typed" in classifiers
    assert "Programming Language :: Python :: 3.11" in classifiers
    urls = dict(u.split(", ", 1) for u in meta.get_all("Project-URL") or [])
    assert urls["Vendor spec licence"] == json.loads(body)["info"]["license"]["url"]


@pytest.mark.parametrize("name", ["LICENSE", "NOTICE"])
def test_licence_files_say_what_they_must(name: str) -> None:
    text = (ROOT / name).read_text()
    if name == "LICENSE":
        assert text.startswith("MIT License")
    else:
        # The bundled spec is the vendor's, under the vendor's terms, and why it ships.
        info = json.loads((ROOT / "openapi.json").read_bytes())["info"]
        assert info["license"]["name"] in text and info["license"]["url"] in text
        assert "NOT covered by the MIT License" in text
        assert "drift check" in text
