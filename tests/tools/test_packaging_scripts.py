"""The Windows installer script and the macOS image steps, checked where they cannot run.

packaging/windows/seatkeeper.iss (Inno Setup) and packaging/macos/build-dmg.sh run only on
their own OS, so nothing here builds them. What can go stale without anyone seeing it is
checked instead: every file they name exists in the repository or in the bundle layout
that packaging/seatkeeper.spec and tools/dist.py produce, their version is the package's,
their installer languages are the app's, and the README says how and where each is built.
"""

from __future__ import annotations

import re
from pathlib import Path, PureWindowsPath

import seatkeeper
from tools import dist

ROOT = dist.ROOT
ISS = ROOT / "packaging" / "windows" / "seatkeeper.iss"
DMG = ROOT / "packaging" / "macos" / "build-dmg.sh"
SPEC = dist.SPEC
DIST = "dist"  # tools.dist build's --out, relative to the repository


def spec_names(call: str) -> list[str]:
    """The ``name=`` of each PyInstaller ``call`` (EXE, COLLECT, BUNDLE) in the spec."""
    text = SPEC.read_text("utf-8")
    return re.findall(rf"\b{call}\((?:[^()]|\([^()]*\))*?name=\"([^\"]+)\"", text, re.S)


def bundle_layout() -> set[str]:
    """What the build writes under the repository, as the spec and tools.dist say: the
    one-folder bundle with its programs (``.exe`` on Windows) and the macOS app."""
    folder, = spec_names("COLLECT")
    layout = {f"{DIST}/{folder}", f"{DIST}/{folder}/*"}
    for program in spec_names("EXE"):
        layout |= {f"{DIST}/{folder}/{program}", f"{DIST}/{folder}/{program}.exe"}
    for app in spec_names("BUNDLE"):
        first = spec_names("EXE")[0]
        layout |= {f"{DIST}/{app}", f"{DIST}/{app}/Contents/MacOS/{first}"}
    return layout


def iss_defines() -> dict[str, str]:
    return dict(re.findall(r'#define\s+(\w+)\s+"([^"]*)"', ISS.read_text("utf-8")))


def iss_paths() -> list[str]:
    """Every file or folder the installer script names, relative to the repository:
    source files and icons, and the installed program ({app}\\...), in bundle terms."""
    here = PureWindowsPath("packaging/windows")
    found: list[str] = []
    for line in ISS.read_text("utf-8").splitlines():
        if line.lstrip().startswith(";"):
            continue
        for value in re.findall(r'(?:SetupIconFile=|Source:\s*")([^"\r\n]+)', line):
            found.append(normal(here / value))
        for value in re.findall(r'(?:Filename:\s*"|UninstallDisplayIcon=)\{app\}\\([^"\r\n]+)',
                                line):
            found.append(f"{DIST}/{spec_names('COLLECT')[0]}/{value.replace(chr(92), '/')}")
    return found


def normal(path: PureWindowsPath) -> str:
    parts: list[str] = []
    for part in path.parts:
        if part == "..":
            parts.pop()
        elif part != ".":
            parts.append(part)
    return "/".join(parts)


def missing(paths: list[str]) -> list[str]:
    layout = bundle_layout()
    return [p for p in paths if p not in layout and not (ROOT / p).exists()]


def test_the_layout_comes_from_the_spec_and_tools_dist() -> None:
    source = Path(dist.__file__).read_text("utf-8")
    assert 'default=ROOT / "dist"' in source  # `make dist` writes under dist/
    assert 'bundle = out / "seatkeeper"' in source
    assert spec_names("COLLECT") == ["seatkeeper"]
    assert spec_names("EXE") == ["seatkeeper", "seatkeeper-cli"]
    assert spec_names("BUNDLE") == ["Seatkeeper.app"]


def test_the_checker_notices_a_file_that_is_not_there() -> None:
    assert missing(["src/seatkeeper/icons/seatkeeper.ico", "dist/seatkeeper/seatkeeper.exe"]) \
        == []
    assert missing(["src/seatkeeper/icons/seatkeeper-old.ico",
                    "dist/seatkeeper/seatkeeper-gui.exe"]) == [
        "src/seatkeeper/icons/seatkeeper-old.ico", "dist/seatkeeper/seatkeeper-gui.exe"]


def test_every_file_the_windows_installer_names_exists() -> None:
    paths = iss_paths()
    assert "src/seatkeeper/icons/seatkeeper.ico" in paths  # the parse found them
    assert "dist/seatkeeper/*" in paths
    assert "dist/seatkeeper/seatkeeper.exe" in paths
    assert missing(paths) == []


def test_the_windows_installer_version_is_the_packages() -> None:
    assert iss_defines()["AppVersion"] == seatkeeper.__version__
    assert iss_defines()["AppName"] == "Seatkeeper"


def test_the_installer_speaks_the_apps_languages() -> None:
    installer = set(re.findall(r'^Name:\s*"(\w+)";\s*MessagesFile', ISS.read_text("utf-8"),
                               re.M))
    app = {p.stem.removeprefix("seatkeeper_")
           for p in (ROOT / "resources" / "translations").glob("seatkeeper_*.ts")}
    assert installer == app


def test_every_file_the_macos_steps_name_exists() -> None:
    text = DMG.read_text("utf-8")
    assert re.search(r"^make dist$", text, re.M)
    assert re.search(r"^dist:", (ROOT / "Makefile").read_text("utf-8"), re.M)
    app = re.search(r'^app="([^"]+)"', text, re.M)
    assert app is not None
    program = re.search(r'"\$app/(Contents/MacOS/[\w-]+)"', text)
    assert program is not None
    assert missing([app.group(1), f"{app.group(1)}/{program.group(1)}"]) == []
    # The version the image is named by is the package's own, read from it.
    assert "import seatkeeper; print(seatkeeper.__version__)" in text
    assert "CFBundleShortVersionString\": __import__(\"seatkeeper\").__version__" in \
        SPEC.read_text("utf-8")


def test_every_file_the_spec_takes_exists() -> None:
    text = SPEC.read_text("utf-8")
    for icon in re.findall(r'ICONS / "([^"]+)"', text):
        assert (ROOT / "src" / "seatkeeper" / "icons" / icon).is_file(), icon
    assert (ROOT / "src" / "seatkeeper" / "__main__.py").is_file()
    package = ROOT / "src" / "seatkeeper"
    includes = re.search(r"includes=\[(.*?)\]", text, re.S)
    assert includes is not None
    for pattern in re.findall(r'"([^"]+)"', includes.group(1)):
        if pattern == "translations/*.qm":  # built from the .ts sources on install
            assert list((ROOT / "resources" / "translations").glob("*.ts")), pattern
        else:
            assert list(package.glob(pattern)), pattern


def test_the_readme_says_how_and_where_each_is_built() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    windows = re.search(r"\*\*Windows:\*\*(.*?)(?=\n- \*\*|\n\n)", readme, re.S)
    macos = re.search(r"\*\*macOS:\*\*(.*?)(?=\n- \*\*|\n\n)", readme, re.S)
    assert windows is not None
    assert macos is not None
    for words in ("on Windows", r"iscc packaging\windows\seatkeeper.iss", "Inno Setup",
                  r"dist\Seatkeeper-<version>-setup.exe"):
        assert words in windows.group(1), words
    for words in ("on a Mac", "sh packaging/macos/build-dmg.sh", "dist/Seatkeeper.app",
                  "dist/Seatkeeper-<version>.dmg"):
        assert words in macos.group(1), words
    # And what the README promises is what the scripts write.
    assert "OutputBaseFilename=Seatkeeper-{#AppVersion}-setup" in ISS.read_text("utf-8")
    assert 'dmg="dist/Seatkeeper-$version.dmg"' in DMG.read_text("utf-8")
