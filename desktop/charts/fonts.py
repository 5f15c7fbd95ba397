"""The bundled Korean font for charts, on screen (Agg) and in vector files (PDF, SVG).

Screen: ``korean_font_family()`` registers ``resources/fonts/PretendardGOV-*.otf`` with
matplotlib's font manager (once) and returns the family name; builders put it on every
text with :func:`apply_font`.  Agg draws the CFF-flavoured OpenType through FreeType.

Vector: matplotlib's PDF backend does not handle CFF-flavoured ``.otf`` properly
(matplotlib issue #2869).  Measured with poppler: with matplotlib 3.8 (the oldest version
pyproject allows) the default Type 3 embedding loses the Hangul text layer (pdftotext gets
nothing), and Type 42 embeds the CFF under a TrueType font type (poppler: "Mismatch between
font type and embedded font file").  So :func:`vector_fonts` converts the two OTF files to
TrueType (quadratic outlines, fontTools cu2qu, ~7 s per weight, once per machine: the
result is cached under matplotlib's cache directory, keyed by the source file's hash)
and registers them under the same family name in place of the OTF, then saves with
``pdf.fonttype = 42``: the PDF carries a subset "CID TrueType" font with a ToUnicode map,
so the text is selectable and pdftotext returns the Hangul (checked with 3.8 and 3.11).
A prebuilt ``PretendardGOV-*.ttf`` beside the OTF in resources/fonts is used when present
(an installer can ship them with :func:`build_truetype`).  SVG is saved with
``svg.fonttype = "none"``: text stays text in family "Pretendard GOV", which is what Qt's
QSvgRenderer needs to put real (extractable) text on a QPdfWriter page, the app having
registered the same font with QFontDatabase.  (matplotlib's default glyphs-as-paths SVG
makes QSvgRenderer warn and is not searchable.)  Measured on that Qt route: the Hangul
is extractable, but Qt drops ":" from the PDF text layer (the Pretendard feature trap of
ARCHITECTURE.md; the drawing is right); matplotlib's own PDF keeps it.

Usage::

    with vector_fonts():
        fig.savefig("chart.pdf")
    with svg_text():
        fig.savefig("chart.svg")   # or desktop.charts.render_svg(builder, data, size)

Only this package imports matplotlib; the application imports it lazily.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Iterator

import matplotlib
from matplotlib import font_manager
from matplotlib.figure import Figure
from matplotlib.text import Text

from desktop.paths import resources_dir

FAMILY = "Pretendard GOV"
FONT_FILES = ("PretendardGOV-Regular.otf", "PretendardGOV-Bold.otf")
SVG_RC = {"svg.fonttype": "none"}  # text stays text (see the module docstring)
VECTOR_RC = {"pdf.fonttype": 42, "ps.fonttype": 42, **SVG_RC}
_CONVERSION_VERSION = "1"  # part of the cache key: bump when the conversion changes

_registered: list[Path] = []


def font_dir() -> Path:
    return resources_dir() / "fonts"


def korean_font_family() -> str:
    """Register the bundled Korean font with matplotlib (once); return its family name.

    The TrueType conversion is used when it is already at hand, else the OTF files.
    """
    if not _registered:
        files = [_ready_truetype(name) or font_dir() / name for name in FONT_FILES]
        _register([f for f in files if f.is_file()])
    return FAMILY


def _register(files: list[Path]) -> None:
    manager = font_manager.fontManager
    old = {str(p) for p in _registered}
    manager.ttflist = [entry for entry in manager.ttflist if entry.fname not in old]
    for path in files:
        manager.addfont(str(path))  # clears the font manager's look-up cache
    _registered[:] = files


def apply_font(fig: Figure, family: str | None = None) -> None:
    """Put ``family`` (the Korean font by default) on every text of ``fig``, ticks included."""
    family = family or korean_font_family()
    for ax in fig.axes:
        ax.tick_params(axis="both", which="both", labelfontfamily=family)
        for axis in (ax.xaxis, ax.yaxis):
            axis.get_offset_text().set_fontfamily(family)
    for text in fig.findobj(Text):
        text.set_fontfamily(family)


@contextmanager
def svg_text() -> Iterator[str]:
    """Within the block, saved SVG keeps its text as text in the Korean family (no
    conversion needed: an SVG names the font, it does not embed it)."""
    family = korean_font_family()
    with matplotlib.rc_context(SVG_RC):
        yield family


@contextmanager
def vector_fonts() -> Iterator[str]:
    """Within the block, saved PDF files embed the Korean font as TrueType (real text),
    and SVG files keep text as text.  Converts the font on first use (see above)."""
    family = korean_font_family()
    files = [ensure_truetype(name) for name in FONT_FILES if (font_dir() / name).is_file()]
    if files != _registered:
        _register(files)
    with matplotlib.rc_context(VECTOR_RC):
        yield family


# -- OTF (CFF) to TrueType ----------------------------------------------------------------

def cache_dir() -> Path:
    override = os.environ.get("POHANG_FONT_CACHE")
    base = Path(override) if override else Path(matplotlib.get_cachedir()) / "pohang-fonts"
    base.mkdir(parents=True, exist_ok=True)
    return base


@lru_cache(maxsize=8)
def _digest(source: Path, size: int, mtime: float) -> str:
    return hashlib.sha1(source.read_bytes()).hexdigest()[:12]


def _cache_path(source: Path) -> Path:
    stat = source.stat()
    digest = _digest(source, stat.st_size, stat.st_mtime)
    return cache_dir() / f"{source.stem}-{digest}-v{_CONVERSION_VERSION}.ttf"


def _ready_truetype(name: str) -> Path | None:
    """A TrueType version of ``name`` without converting: shipped, or cached earlier."""
    source = font_dir() / name
    shipped = source.with_suffix(".ttf")
    if shipped.is_file():
        return shipped
    if not source.is_file():
        return None
    cached = _cache_path(source)
    return cached if cached.is_file() else None


def ensure_truetype(name: str) -> Path:
    """The TrueType version of the bundled font ``name``, converted on first need."""
    ready = _ready_truetype(name)
    if ready is not None:
        return ready
    source = font_dir() / name
    target = _cache_path(source)
    build_truetype(source, target)
    return target


def build_truetype(source: Path, target: Path) -> Path:
    """Convert a CFF-flavoured OpenType font to TrueType outlines (written atomically)."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont, newTable

    font = TTFont(str(source))
    if "glyf" in font:  # already TrueType
        font.save(str(target))
        return target
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType, post.extraNames, post.mapping = 2.0, [], {}
    post.glyphOrder = order
    for table in ("CFF ", "VORG"):
        if table in font:
            del font[table]
    font.sfntVersion = "\x00\x01\x00\x00"
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(suffix=".ttf", dir=target.parent)
    os.close(handle)
    try:
        font.save(temporary)
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return target
