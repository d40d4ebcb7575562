"""One helper (``telegent._lazy``) gives telegent.spec, telegent.spec.overlay and
telegent.testing their lazy public names: imported on first read, then plain attributes;
listed by ``dir()``; an unknown name is a plain ``AttributeError``."""

from __future__ import annotations

import importlib
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from telegent._lazy import lazy_exports


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A throwaway package ``lazypkg`` whose ``Thing`` lives in ``lazypkg._home``."""
    root = tmp_path / "lazypkg"
    root.mkdir()
    (root / "__init__.py").write_text("")
    (root / "_home.py").write_text("Thing = object()\nOther = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.import_module("lazypkg")
    yield "lazypkg"
    for name in [m for m in sys.modules if m.split(".")[0] == "lazypkg"]:
        del sys.modules[name]


def test_a_name_loads_on_first_read_and_stays(package: str) -> None:
    getattr_, dir_ = lazy_exports(package, {"Thing": "._home"})
    assert f"{package}._home" not in sys.modules
    assert "Thing" in dir_()
    thing = getattr_("Thing")
    assert f"{package}._home" in sys.modules
    assert vars(sys.modules[package])["Thing"] is thing  # a plain attribute from now on


def test_an_unknown_name_is_a_clear_attribute_error(package: str) -> None:
    getattr_, _ = lazy_exports(package, {"Thing": "._home"})
    with pytest.raises(AttributeError, match=r"module 'lazypkg' has no attribute 'Other'"):
        getattr_("Other")  # defined in the home, but not exported
    assert f"{package}._home" not in sys.modules


def test_the_load_hook_gets_the_absolute_module_name(package: str) -> None:
    asked: list[str] = []

    def load(module: str) -> ModuleType:
        asked.append(module)
        raise ImportError("the extra is missing")

    getattr_, _ = lazy_exports(package, {"Thing": "._home"}, load=load)
    with pytest.raises(ImportError, match="extra is missing"):
        getattr_("Thing")
    assert asked == [f"{package}._home"]


@pytest.mark.parametrize(
    ("package", "name", "home"),
    [
        ("telegent.spec", "check_drift", "telegent.spec.drift"),
        ("telegent.spec.overlay", "apply_overlay", "telegent.spec.overlay._apply"),
        ("telegent.testing", "FakeTelegent", "telegent.testing._fake"),
    ],
)
def test_the_three_packages_stay_lazy(package: str, name: str, home: str) -> None:
    """In a fresh interpreter: importing the package imports no home; dir() lists every
    public name; reading one imports its home; a typo is an AttributeError."""
    script = textwrap.dedent(
        f"""
        import importlib, sys
        pkg = importlib.import_module({package!r})
        assert {home!r} not in sys.modules, "imported eagerly"
        assert set(pkg.__all__) <= set(dir(pkg)), set(pkg.__all__) - set(dir(pkg))
        getattr(pkg, {name!r})
        assert {home!r} in sys.modules and {name!r} in vars(pkg)
        try:
            pkg.no_such_name
        except AttributeError as exc:
            assert str(exc) == "module {package!r} has no attribute 'no_such_name'", exc
        else:
            raise AssertionError("no AttributeError")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
