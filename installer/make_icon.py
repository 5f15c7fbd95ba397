"""Draw the application icon: resources/icons/app.png (256 px) and app.ico (16–256 px).

A blue tile with three rising bars (the project's progress) and an orange milestone dot:
plain shapes, legible at 16 px, no font and no borrowed art.  Needs Pillow (matplotlib
brings it).  Run: python installer/make_icon.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
BLUE, WHITE, ORANGE = (23, 78, 140, 255), (255, 255, 255, 255), (245, 146, 27, 255)
SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int = 1024) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    unit = size / 16
    pen.rounded_rectangle((0.5 * unit, 0.5 * unit, 15.5 * unit, 15.5 * unit), radius=3 * unit, fill=BLUE)
    base = 13 * unit
    for left, height in ((3, 4), (6.5, 6.5), (10, 9)):  # three rising bars
        pen.rounded_rectangle((left * unit, base - height * unit, (left + 2.6) * unit, base),
                              radius=0.6 * unit, fill=WHITE)
    pen.ellipse((10.2 * unit, 1.6 * unit, 12.4 * unit, 3.8 * unit), fill=ORANGE)  # the milestone
    return image


def main() -> None:
    folder = ROOT / "resources" / "icons"
    folder.mkdir(parents=True, exist_ok=True)
    big = draw()
    big.resize((256, 256), Image.Resampling.LANCZOS).save(folder / "app.png", optimize=True)
    big.resize((256, 256), Image.Resampling.LANCZOS).save(folder / "app.ico", sizes=[(s, s) for s in SIZES])


if __name__ == "__main__":
    main()
