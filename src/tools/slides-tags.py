#!/usr/bin/python3
"""Apply the slide-deck metadata policy to notebooks (idempotent; only adds, never removes).

Usage:  /usr/bin/python3 src/tools/slides-tags.py [--check] NOTEBOOK.ipynb ...
        (e.g. notebooks/*.ipynb from the repository root)

Policy, per cell:
  1. Slide type. A cell without metadata.slideshow.slide_type gets one; an existing slide type is never changed:
       - a code cell tagged `parameters`                      -> "skip"
       - a markdown cell whose text starts with "# " or "## " -> "slide"
       - a markdown cell whose text starts with "### "        -> "subslide"
       - any other cell                                        -> "-"   (continues the current slide)
  2. remove-input. Every code cell that reaches a slide shows its output only: a code cell gets the tag
     `remove-input` unless
       - it is tagged `parameters` (the papermill cell), or
       - its slide type is "skip" (setup cells such as `var seth = ...` never reach a slide), or
       - it already has `remove-input`, `hide-input` (shown folded) or `remove-output` (code only).
     Tags the cell already has are kept, in their order; `remove-input` is appended.
Markdown cells get no tags. Outputs, sources, ids and notebook metadata are untouched.

The file is written back byte-for-byte the way Jupyter and `./umbrella run` write it (sorted keys, one-space
indent, UTF-8, trailing newline), through a temporary file and a rename, and only when something changed.
--check changes nothing: it lists what would change and exits 1 if anything would.
"""
import json
import os
import sys
import tempfile

HIDDEN = {"remove-input", "hide-input", "remove-output"}


def slide_type(cell):
    tags = cell.get("metadata", {}).get("tags", [])
    if cell["cell_type"] == "code" and "parameters" in tags:
        return "skip"
    text = "".join(cell.get("source", [])).lstrip()
    if cell["cell_type"] == "markdown":
        if text.startswith("# ") or text.startswith("## "):
            return "slide"
        if text.startswith("### "):
            return "subslide"
    return "-"


def apply(nb):
    """Applies the policy in place; returns a list of the changes, one line each."""
    changes = []
    for i, cell in enumerate(nb["cells"]):
        name = cell.get("id", str(i))
        meta = cell.setdefault("metadata", {})
        show = meta.setdefault("slideshow", {})
        if "slide_type" not in show:
            show["slide_type"] = slide_type(cell)
            changes.append(f"cell {name}: slide_type {show['slide_type']}")
        if cell["cell_type"] != "code":
            continue
        tags = meta.get("tags", [])
        if "parameters" in tags or show["slide_type"] == "skip" or HIDDEN & set(tags):
            continue
        meta["tags"] = tags + ["remove-input"]
        changes.append(f"cell {name}: tag remove-input")
    return changes


def write(path, nb):
    text = json.dumps(nb, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".slides-tags-", suffix=".ipynb")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def main(argv):
    check = "--check" in argv
    paths = [a for a in argv if a != "--check"]
    if not paths:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    pending = False
    for path in paths:
        try:
            with open(path, encoding="utf-8") as f:
                nb = json.load(f)
        except (OSError, ValueError) as e:
            print(f"{path}: cannot read the notebook: {e}", file=sys.stderr)
            return 2
        changes = apply(nb)
        for c in changes:
            print(f"{path}: {c}")
        if changes:
            pending = True
            if not check:
                write(path, nb)
    return 1 if check and pending else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
