"""The translation catalogue: every text of the app, read from the code, kept in .ts files.

``make translations`` runs ``update``: it reads every ``tr("Context", "text", ...)``
call in ``src/seatkeeper/ui`` (the context a literal or a module constant) and
every ``message("id", "text", "plural")`` declaration in the rest of the
package (context ``Messages``, the id as disambiguation), plus the Qt strings
the app shows where Qt ships no translation of its own (``QT_STRINGS``), and
merges them into ``resources/translations/seatkeeper_<lang>.ts``: translations
already made are kept, new texts are added as unfinished, texts the code no
longer has are dropped. ``build`` turns each .ts into a .qm with Qt's
``lrelease`` (the wheel build and ``make`` call it).

Why not ``pyside6-lupdate``: its Python reader takes ``tr(a, b)`` as Qt's
``tr(source, disambiguation)``, drops calls with keyword arguments and never
sees ``message()`` declarations, so it would miss most of the texts. The
files written here are ordinary Qt Linguist .ts files.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "seatkeeper"
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = PACKAGE / "translations"
LANGUAGES = {"nb": "nb_NO", "da": "da_DK"}
MESSAGES = "Messages"


@dataclass(frozen=True)
class Key:
    context: str
    source: str
    comment: str = ""  # the message id for domain and service messages


@dataclass
class Entry:
    key: Key
    numerus: bool = False
    english: tuple[str, str] | None = None  # a message's own English (singular, plural)
    locations: list[tuple[str, int]] = field(default_factory=list)


# -- reading the code ------------------------------------------------------------------

def _constants(tree: ast.Module) -> dict[str, str]:
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) \
                and isinstance(node.value.value, str):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found[target.id] = node.value.value
    return found


def _text(node: ast.expr, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _called(node: ast.Call) -> str | None:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


class Unreadable(Exception):
    """A tr() or message() call whose text is not a literal: the tooling cannot list it."""


def read_module(path: Path) -> Iterator[Entry]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    constants = _constants(tree)
    where = str(path.relative_to(ROOT))
    in_ui = PACKAGE / "ui" in path.parents
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _called(node)
        if name == "tr" and in_ui and len(node.args) >= 2:
            context, source = (_text(a, constants) for a in node.args[:2])
            if context is None or source is None:
                raise Unreadable(f"{where}:{node.lineno}: tr() needs literal texts")
            numerus = any(k.arg == "n" for k in node.keywords)
            yield Entry(Key(context, source), numerus, None, [(where, node.lineno)])
        elif name == "message" and not in_ui and len(node.args) >= 2 \
                and isinstance(node.func, ast.Name):
            ident, source = (_text(a, constants) for a in node.args[:2])
            plural = _text(node.args[2], constants) if len(node.args) > 2 else None
            if ident is None or source is None:
                raise Unreadable(f"{where}:{node.lineno}: message() needs literal texts")
            yield Entry(Key(MESSAGES, source, ident), plural is not None,
                        (source, plural) if plural is not None else None,
                        [(where, node.lineno)])


def collect(extra: Iterable[Key] = ()) -> dict[Key, Entry]:
    entries: dict[Key, Entry] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "__pycache__" in path.parts or "migrations" in path.parts:
            continue
        for entry in read_module(path):
            known = entries.get(entry.key)
            if known is None:
                entries[entry.key] = entry
            else:
                known.locations.extend(entry.locations)
                known.numerus = known.numerus or entry.numerus
    for key in extra:
        entries.setdefault(key, Entry(key))
    return entries


# Qt's own texts the window shows, for a language Qt ships no qtbase translation of
# (bokmål: Qt has nynorsk and Danish, not bokmål). Found by recording what Qt asks its
# translators for while the window, its dialogs and wizards are open.
def _qt(context: str, *sources: str, comment: str = "") -> tuple[Key, ...]:
    return tuple(Key(context, source, comment) for source in sources)


QT_STRINGS: dict[str, tuple[Key, ...]] = {"nb": (
    *_qt("QPlatformTheme", "OK", "Save", "Save All", "Open", "&Yes", "Yes to &All", "&No",
         "N&o to All", "Abort", "Retry", "Ignore", "Close", "Cancel", "Discard", "Help",
         "Apply", "Reset", "Restore Defaults"),
    *_qt("QWizard", "< &Back", "&Next >", "&Next", "&Finish", "Cancel", "Commit", "Help",
         "Go Back", "Continue", "Done"),
    *_qt("QMessageBox", "Show Details...", "Hide Details..."),
    *_qt("QInputDialog", "Enter a value:"),
    *_qt("QLineEdit", "&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"),
    *_qt("QWidgetTextControl", "&Copy", "Copy &Link Location", "Select All"),
    *_qt("QAbstractSpinBox", "&Select All", "&Step up", "Step &down"),
    *_qt("QFileDialog", "&Delete", "&Look in:", "&New Folder", "&Open", "&Rename",
         "All Files (*)", "Back", "Change to detail view mode", "Change to list view mode",
         "Create New Folder", "Create a New Folder", "Detail View", "File &name:", "Files",
         "Files of &type:", "Forward", "Go back", "Go forward", "Go to the parent directory",
         "List View", "List of places and bookmarks", "Open", "Parent Directory",
         "Show &hidden files", "Sidebar", "Save As", "&Save", "&Choose"),
    *_qt("QFileSystemModel", "Computer", "Date Modified", "Name", "Size"),
    *_qt("QFileSystemModel", "Type", comment="All other platforms"),
    *_qt("QAbstractFileIconProvider", "Drive"),
    *_qt("QAbstractFileIconProvider", "Folder", comment="All other platforms"),
)}


# -- .ts files -------------------------------------------------------------------------

@dataclass
class Translation:
    forms: list[str]
    finished: bool


def read_ts(path: Path) -> dict[Key, Translation]:
    if not path.exists():
        return {}
    root = ET.parse(path).getroot()  # noqa: S314 - our own catalogue, in the repository
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = Key(name, message.findtext("source") or "", message.findtext("comment") or "")
            translation = message.find("translation")
            if translation is None:
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] \
                if message.get("numerus") == "yes" else [translation.text or ""]
            found[key] = Translation(forms, translation.get("type") not in {"unfinished",
                                                                            "vanished",
                                                                            "obsolete"})
    return found


def write_ts(path: Path, language: str, entries: dict[Key, Entry],
             known: dict[Key, Translation], *, plural_forms: int = 2) -> tuple[int, int]:
    """Write ``entries`` to ``path`` keeping ``known`` translations; (finished, unfinished)."""
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    by_context: dict[str, list[Entry]] = {}
    for entry in entries.values():
        by_context.setdefault(entry.key.context, []).append(entry)
    done = todo = 0
    for name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for entry in sorted(by_context[name], key=lambda e: (e.key.source, e.key.comment)):
            message = ET.SubElement(context, "message")
            if entry.numerus:
                message.set("numerus", "yes")
            # Files only, no line numbers: a line moved is not a change of the catalogue.
            for filename in sorted({f for f, _line in entry.locations}):
                ET.SubElement(message, "location", filename=f"../../{filename}")
            ET.SubElement(message, "source").text = entry.key.source
            if entry.key.comment:
                ET.SubElement(message, "comment").text = entry.key.comment
            old = known.get(entry.key)
            translation = ET.SubElement(message, "translation")
            finished = old is not None and old.finished
            if not finished:
                translation.set("type", "unfinished")
                todo += 1
            else:
                done += 1
            if entry.numerus:
                forms = (old.forms if old else []) + [""] * plural_forms
                for form in forms[:plural_forms]:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = old.forms[0] if old and old.forms else ""
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")
    return done, todo


def english_plurals(entries: dict[Key, Entry]) -> dict[Key, Entry]:
    """The texts English needs a translation for: the plurals (one seat, two seats)."""
    return {k: e for k, e in entries.items() if e.numerus}


def update() -> dict[str, tuple[int, int]]:
    entries = collect()
    TS_DIR.mkdir(parents=True, exist_ok=True)
    counts = {}
    for lang, language in LANGUAGES.items():
        path = TS_DIR / f"seatkeeper_{lang}.ts"
        own = dict(entries)
        for key in QT_STRINGS.get(lang, ()):
            own.setdefault(key, Entry(key))
        counts[lang] = write_ts(path, language, own, read_ts(path))
    english = TS_DIR / "seatkeeper_en.ts"
    known = read_ts(english)
    plurals = english_plurals(entries)
    for key, entry in plurals.items():  # a message knows its own English forms
        if entry.english is not None and key not in known:
            singular, plural = entry.english
            known[key] = Translation([singular, plural], True)
    counts["en"] = write_ts(english, "en_US", plurals, known)
    return counts


@dataclass(frozen=True)
class Problem:
    file: str
    key: Key
    what: str

    def __str__(self) -> str:
        where = f"{self.key.context} / {self.key.source!r}"
        return f"{self.file}: {where}: {self.what}"


_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z_0-9]*)\}")
_TAG = re.compile(r"</?([a-zA-Z0-9]+)[^>]*>")


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&|amp;|lt;|gt;|quot;|apos;|nbsp;|#)", text))


def check(languages: Iterable[str] | None = None) -> list[Problem]:
    """What is wrong with the catalogue: a text of the code missing or unfinished in a
    language, or a translation that lost a placeholder, an HTML tag or its accelerator."""
    entries = collect()
    problems = []
    for lang in LANGUAGES if languages is None else languages:
        path = TS_DIR / f"seatkeeper_{lang}.ts"
        known = read_ts(path)
        for key, entry in entries.items():
            found = known.get(key)
            if found is None:
                problems.append(Problem(path.name, key, "missing: run make translations"))
                continue
            if not found.finished or not all(f.strip() for f in found.forms):
                problems.append(Problem(path.name, key, "not translated yet"))
                continue
            if entry.numerus and len(found.forms) != 2:
                problems.append(Problem(path.name, key, "needs its two plural forms"))
            wanted = set(_PLACEHOLDER.findall(key.source)) | (
                set(_PLACEHOLDER.findall(entry.english[1])) if entry.english else set())
            for form in found.forms:
                have = set(_PLACEHOLDER.findall(form))
                if not have <= wanted or (wanted - {"n"}) - have:
                    problems.append(Problem(path.name, key, f"placeholders {sorted(have)} "
                                            f"instead of {sorted(wanted)}: {form!r}"))
                if sorted(_TAG.findall(form)) != sorted(_TAG.findall(key.source)):
                    problems.append(Problem(path.name, key, f"HTML tags differ: {form!r}"))
                if _accelerators(key.source) != _accelerators(form):
                    problems.append(Problem(path.name, key,
                                            f"needs exactly {_accelerators(key.source)} "
                                            f"& accelerator(s): {form!r}"))
    return problems


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) \
        or shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease was not found (it comes with PySide6)")
    return found


def build(target: Path = QM_DIR) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted(TS_DIR.glob("seatkeeper_*.ts")):
        qm = target / ts.with_suffix(".qm").name
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)],  # noqa: S603
                       check=True)
        built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.translations")
    parser.add_argument("action", choices=["update", "build", "check"])
    parser.add_argument("--lang", action="append", help="check only these languages")
    args = parser.parse_args(argv)
    if args.action == "check":
        problems = check(args.lang)
        for problem in problems:
            print(problem)
        print(f"{len(problems)} problem(s)")
        return 1 if problems else 0
    if args.action == "update":
        for lang, (done, todo) in update().items():
            print(f"seatkeeper_{lang}.ts: {done} translated, {todo} to translate")
    else:
        for qm in build():
            print(qm.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
