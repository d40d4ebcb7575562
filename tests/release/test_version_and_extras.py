"""Which spec this package was built from (version info, User-Agent), where its data is read
from in a checkout, and what a spec tool says when the `spec` extra is missing."""

from __future__ import annotations

import hashlib
import json
import sys

import pytest

import telegent
import telegent.spec
from telegent import cli as _cli
from telegent._base_client import user_agent
from telegent._version import __version__, spec_info, version_info
from telegent.spec import _extras, _resources

from ._support import ROOT

SPEC = (ROOT / "openapi.json").read_bytes()
INFO = json.loads(SPEC)["info"]


def test_version_info_names_the_sdk_and_the_spec() -> None:
    info = version_info()
    assert info == {
        "name": "telegent-mpaas",
        "version": __version__,
        "spec": {
            "title": INFO["title"],
            "version": INFO["version"],
            "sha256": hashlib.sha256(SPEC).hexdigest(),
        },
        "python": ".".join(map(str, sys.version_info[:3])),
    }
    assert json.loads(json.dumps(info)) == info  # what `telegent version --json` prints


def test_spec_identity_on_the_package_and_in_the_user_agent() -> None:
    assert telegent.__spec_version__ == INFO["version"] == spec_info().version
    assert telegent.__spec_sha256__ == hashlib.sha256(SPEC).hexdigest()
    assert f"telegent-mpaas/{__version__} (spec {INFO['version']}; python " in user_agent()
    with pytest.raises(AttributeError, match="__spec_nothing__"):
        _ = telegent.__spec_nothing__  # type: ignore[attr-defined]


def test_a_checkout_reads_the_top_level_files() -> None:
    # No copies under src/: the wheel build force-includes them, a checkout reads them here.
    assert not (ROOT / "src" / "telegent" / "spec" / "_data" / "openapi.json").exists()
    assert _resources.pinned_spec_path() == ROOT / "openapi.json"
    # The hand-written overlay applies first, then the others by name.
    expected = sorted(
        (ROOT / "overlay").glob("*.overlay.yaml"),
        key=lambda p: (p.name != "telegent.overlay.yaml", p.name),
    )
    assert _resources.overlay_paths() == expected
    assert _resources.overlay_path() == ROOT / "overlay" / "telegent.overlay.yaml"
    assert _resources.pinned_spec_bytes() == SPEC


def test_missing_data_is_named() -> None:
    with pytest.raises(FileNotFoundError, match="'nowhere/spec.json' is missing"):
        _resources.data_file("nowhere", "spec.json")


@pytest.fixture
def extra_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if the extra's packages were not installed: one of its modules cannot be found."""
    modules = {**_extras.EXTRA_MODULES, "telegent_test_absent_module": "absent-dist"}
    monkeypatch.setattr(_extras, "EXTRA_MODULES", modules)
    monkeypatch.delitem(telegent.spec.__dict__, "check_drift", raising=False)


@pytest.mark.usefixtures("extra_missing")
def test_require_extra_names_what_is_missing_and_the_install_command() -> None:
    with pytest.raises(_extras.MissingExtraError) as caught:
        telegent.spec.require_extra("the drift check")
    assert caught.value.missing == ["absent-dist"]
    assert str(caught.value) == (
        "the drift check: the 'spec' extra is not installed (missing: absent-dist); "
        "install it with: pip install 'telegent-mpaas[spec]'"
    )
    assert isinstance(caught.value, ImportError)


@pytest.mark.usefixtures("extra_missing")
def test_public_spec_tools_raise_it_on_first_use() -> None:
    with pytest.raises(
        telegent.spec.MissingExtraError, match=r"pip install 'telegent-mpaas\[spec\]'"
    ):
        _ = telegent.spec.check_drift
    # What needs no extra still works.
    assert telegent.spec.pinned_spec_version() == INFO["version"]


@pytest.mark.usefixtures("extra_missing")
def test_drift_command_exits_2_naming_the_install_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert _cli.main(["spec", "drift"]) == 2
    err = capsys.readouterr().err
    assert "pip install 'telegent-mpaas[spec]'" in err
    assert err.count("\n") == 1


def test_extra_modules_match_the_spec_extra() -> None:
    import tomllib

    extra = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    names = {req.split(">")[0].split("=")[0].split("<")[0] for req in extra["spec"]}
    assert names == set(_extras.EXTRA_MODULES.values())
    assert extra["drift"] == ["telegent-mpaas[spec]"]


@pytest.mark.parametrize(
    ("name", "expected"), [("rpds", True), ("yaml.cyaml", True), ("httpx", False)]
)
def test_import_errors_of_the_extra_are_told_apart(name: str, expected: bool) -> None:
    assert _extras.is_extra_module(ImportError("x", name=name)) is expected
