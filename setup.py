"""The build's one extra step: translations (.ts sources) become Qt's .qm files.

Everything else about the package is in pyproject.toml. The .qm files are
written into the package (src/seatkeeper/translations, ignored by git), so
an editable install, the wheel and the bundle all carry them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SOURCES = ROOT / "resources" / "translations"
TARGET = ROOT / "src" / "seatkeeper" / "translations"


def compile_translations() -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) \
        or shutil.which("pyside6-lrelease")
    if lrelease is None:
        raise RuntimeError("pyside6-lrelease (PySide6) is needed to build the translations")
    TARGET.mkdir(parents=True, exist_ok=True)
    for ts in sorted(SOURCES.glob("seatkeeper_*.ts")):
        subprocess.run([lrelease, "-silent", str(ts), "-qm",  # noqa: S603 - our own files
                        str(TARGET / ts.with_suffix(".qm").name)], check=True)


class BuildWithTranslations(build_py):
    def run(self) -> None:
        compile_translations()
        super().run()


setup(cmdclass={"build_py": BuildWithTranslations})
