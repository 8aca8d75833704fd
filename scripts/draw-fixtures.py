#!/usr/bin/env python3
"""Draw ocr-worker's synthetic figure fixtures.

Usage: scripts/draw-fixtures.py [--out Fixtures/figures] [--no-measure]

Every image it writes is synthetic: drawn here from shapes and fonts, copied from no paper.
For each image it writes `<image file name>.txt` (the ground truth: one drawn label per line,
exactly as drawn, in drawing order, repeated when a label is drawn twice) and
`<image file name>.boxes.tsv` (where each label was drawn, in image pixels), and it writes
`manifest.tsv` with what plain Tesseract (`tesseract IMG - --psm 11`) reads of each image.

Drawn with Pillow 13.0.0 (`pip install pillow==13.0.0`). Another Pillow (or FreeType, or
libjpeg) draws the same figures, but the files may then differ in bytes and in what Tesseract
reads of them. There is no randomness: the same versions redraw byte-identical files.

Needs the fonts of Debian's fonts-dejavu-core and fonts-liberation
(`apt-get install -y fonts-dejavu-core fonts-liberation`), and, to measure, `tesseract`
(5.3.0 with the `eng` model) on PATH; --no-measure skips the measurement and writes
"not measured" in the manifest.
"""

PILLOW_VERSION_USED = "13.0.0"

import argparse
import math
import os
import shutil
import subprocess
import sys
from pathlib import Path

try:
    import PIL
    from PIL import Image, ImageDraw, ImageFont
except ImportError:
    sys.exit(
        "draw-fixtures.py needs Pillow, which is not installed.\n"
        f"Install it with:  python3 -m pip install pillow=={PILLOW_VERSION_USED}"
    )

FONT_FILES = {
    "DejaVu Sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVu Sans Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "Liberation Sans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "Liberation Sans Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "Liberation Sans Italic": "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf",
}


def font(name, size):
    """The TrueType font `name` at `size` px (em size), or exit saying which package has it."""
    path = FONT_FILES[name]
    if not os.path.exists(path):
        package = "fonts-dejavu-core" if "DejaVu" in name else "fonts-liberation"
        sys.exit(f"draw-fixtures.py needs the font {path}: apt-get install -y {package}")
    return ImageFont.truetype(path, size)


# --- drawing helpers -------------------------------------------------------------------------


class Figure:
    """An image being drawn plus the labels drawn on it, each with its box in image pixels."""

    def __init__(self, width, height, background="white"):
        self.image = Image.new("RGB", (width, height), background)
        self.draw = ImageDraw.Draw(self.image)
        self.labels = []  # (text, (x0, y0, x1, y1), rotation in degrees counter-clockwise)

    def text(self, xy, s, fnt, fill="black", anchor="mm"):
        """Draws one horizontal label and records it; returns its ink box."""
        self.draw.text(xy, s, font=fnt, fill=fill, anchor=anchor)
        box = self.draw.textbbox(xy, s, font=fnt, anchor=anchor)
        self.labels.append((s, box, 0))
        return box

    def rotated_text(self, center, s, fnt, fill, background, rotation):
        """Draws one label turned by 90 (reads bottom-to-top) or 270 (top-to-bottom) degrees.

        The text is drawn upright on a patch of the background colour and the patch is
        transposed, so the glyphs are the same pixels as upright ones, only turned.
        """
        left, top, right, bottom = fnt.getbbox(s, anchor="lt")
        pad = 2
        patch = Image.new("RGB", (right + 2 * pad, bottom + 2 * pad), background)
        ImageDraw.Draw(patch).text((pad, pad), s, font=fnt, fill=fill, anchor="lt")
        turn = {90: Image.Transpose.ROTATE_90, 270: Image.Transpose.ROTATE_270}[rotation]
        patch = patch.transpose(turn)
        x0 = round(center[0] - patch.width / 2)
        y0 = round(center[1] - patch.height / 2)
        self.image.paste(patch, (x0, y0))
        box = (x0, y0, x0 + patch.width, y0 + patch.height)
        self.labels.append((s, box, rotation))
        return box

    def box(self, rect, fill, outline="black", width=2, radius=0):
        """A rectangle, or a rounded one when radius > 0."""
        if radius:
            self.draw.rounded_rectangle(rect, radius=radius, fill=fill, outline=outline, width=width)
        else:
            self.draw.rectangle(rect, fill=fill, outline=outline, width=width)

    def node(self, center, s, fnt, fill="white", outline="black", width=2, radius=0,
             pad=(10, 6), text_fill="black", min_width=0):
        """A label inside a box sized to fit it; returns the box."""
        x0, y0, x1, y1 = self.draw.textbbox(center, s, font=fnt, anchor="mm")
        half_w = max((x1 - x0) / 2 + pad[0], min_width / 2)
        rect = (round(center[0] - half_w), y0 - pad[1], round(center[0] + half_w), y1 + pad[1])
        self.box(rect, fill, outline, width, radius)
        self.text(center, s, fnt, fill=text_fill)
        return rect

    def arrow(self, p0, p1, fill="black", width=2, head=10):
        """A straight arrow from p0 to p1 with a filled head at p1."""
        (x0, y0), (x1, y1) = p0, p1
        length = math.hypot(x1 - x0, y1 - y0)
        ux, uy = (x1 - x0) / length, (y1 - y0) / length
        bx, by = x1 - ux * head, y1 - uy * head
        self.draw.line((x0, y0, bx, by), fill=fill, width=width)
        half = head * 0.5
        self.draw.polygon(
            [(x1, y1), (bx - uy * half, by + ux * half), (bx + uy * half, by - ux * half)], fill=fill
        )

    def inhibit(self, p0, p1, fill="black", width=2, bar=9):
        """An inhibition edge: a line from p0 ending in a bar across p1."""
        (x0, y0), (x1, y1) = p0, p1
        length = math.hypot(x1 - x0, y1 - y0)
        ux, uy = (x1 - x0) / length, (y1 - y0) / length
        self.draw.line((x0, y0, x1, y1), fill=fill, width=width)
        self.draw.line(
            (x1 - uy * bar, y1 + ux * bar, x1 + uy * bar, y1 - ux * bar), fill=fill, width=width + 1
        )


def edge(rect, toward, gap=3):
    """Where the ray from the centre of `rect` toward the point `toward` leaves it, plus `gap` px."""
    cx, cy = (rect[0] + rect[2]) / 2, (rect[1] + rect[3]) / 2
    dx, dy = toward[0] - cx, toward[1] - cy
    hw, hh = (rect[2] - rect[0]) / 2, (rect[3] - rect[1]) / 2
    t = min(hw / abs(dx) if dx else math.inf, hh / abs(dy) if dy else math.inf)
    length = math.hypot(dx, dy)
    return (cx + dx * t + dx / length * gap, cy + dy * t + dy / length * gap)


def center(rect):
    return ((rect[0] + rect[2]) / 2, (rect[1] + rect[3]) / 2)


def link(fig, a, b, kind="arrow", gap=3, **kw):
    """Joins node boxes a and b centre-to-centre, starting and stopping at their edges."""
    p0, p1 = edge(a, center(b), gap), edge(b, center(a), gap)
    (fig.arrow if kind == "arrow" else fig.inhibit)(p0, p1, **kw)


# --- the figures -----------------------------------------------------------------------------


def membranes_stand_in():
    """Synthetic stand-in for PMC9414313 figure 5 (membranes-12-00775-g005.jpg), after its caption."""
    fig = Figure(900, 600)
    d = fig.draw
    small = font("Liberation Sans", 13)
    body = font("Liberation Sans", 15)
    bold = font("Liberation Sans Bold", 16)
    italic = font("Liberation Sans Italic", 13)

    # Tumour cell giving off exosomes (top left).
    d.ellipse((40, 30, 250, 180), fill="#fde2c4", outline="#c8742c", width=3)
    d.ellipse((115, 80, 175, 130), fill="#f5b98a", outline="#c8742c", width=2)
    fig.text((145, 160), "Tumor cell", bold, fill="#7a3e0c")
    for cx, cy in ((265, 150), (285, 185)):
        d.ellipse((cx - 9, cy - 9, cx + 9, cy + 9), fill="#e6dcf5", outline="#7b5ea7", width=2)

    # The loaded exosome (left).
    ex, ey, er = 150, 345, 92
    d.ellipse((ex - er, ey - er, ex + er, ey + er), fill="#ece4f7", outline="#7b5ea7", width=5)
    d.ellipse((ex - er + 9, ey - er + 9, ex + er - 9, ey + er - 9), outline="#a58fcb", width=2)
    for i in range(10):  # surface proteins that mediate homologous targeting
        a = 2 * math.pi * i / 10 + 0.3
        x, y = ex + math.cos(a) * (er + 2), ey + math.sin(a) * (er + 2)
        x2, y2 = ex + math.cos(a) * (er + 13), ey + math.sin(a) * (er + 13)
        d.line((x, y, x2, y2), fill="#2e8b57", width=3)
        d.ellipse((x2 - 4, y2 - 4, x2 + 4, y2 + 4), fill="#2e8b57")
    for x, y in ((112, 300), (128, 285), (100, 318)):  # CuB
        d.ellipse((x - 6, y - 6, x + 6, y + 6), fill="#f28c28")
    for x, y in ((175, 392), (192, 378), (160, 405)):  # PTX-S-LA
        d.regular_polygon((x, y, 7), 6, fill="#3a78c2")
    fig.text((165, 302), "CuB", bold, fill="#b85c00")
    fig.text((132, 378), "PTX-S-LA", bold, fill="#1f4e8c")
    fig.text((ex, ey + er + 28), "Exosome", bold)
    d.line((215, 258, 246, 232), fill="#2e8b57", width=1)
    fig.text((262, 222), "homologous targeting", italic, fill="#2e6b47", anchor="lm")
    fig.arrow((150, 185), (150, 240), fill="#555555", width=2)

    # Intravenous injection into the blood.
    fig.arrow((262, 345), (335, 345), fill="#333333", width=3, head=12)
    fig.text((298, 325), "intravenous", small)
    fig.text((298, 366), "injection", small)

    # The vessel with circulating tumour cells (middle).
    d.rounded_rectangle((340, 250, 540, 450), radius=28, fill="#f9d3d3", outline="#b03030", width=3)
    fig.text((440, 272), "Blood", bold, fill="#8b1a1a")
    for x, y in ((368, 420), (510, 300), (380, 305), (512, 425)):  # red blood cells
        d.ellipse((x - 13, y - 8, x + 13, y + 8), fill="#d9534f", outline="#a52a2a")
    for x, y in ((412, 360), (477, 372)):
        d.ellipse((x - 25, y - 25, x + 25, y + 25), fill="#fff1b8", outline="#e08a00", width=2)
        d.ellipse((x - 9, y - 9, x + 9, y + 9), fill="#f0c060")
        for a in (0.4, 2.2, 4.0):
            px, py = x + math.cos(a) * 33, y + math.sin(a) * 33
            d.ellipse((px - 6, py - 6, px + 6, py + 6), fill="#e6dcf5", outline="#7b5ea7", width=2)
    fig.text((444, 418), "CTCs", bold, fill="#7a4a00")

    # Uptake into a CTC.
    fig.arrow((546, 350), (610, 350), fill="#333333", width=3, head=12)
    fig.text((578, 330), "exosome", small)
    fig.text((578, 371), "uptake", small)

    # Inside the CTC (right): the two routes of the caption.
    d.rounded_rectangle((615, 30, 885, 575), radius=60, fill="#fff8e1", outline="#e08a00", width=4)
    fig.text((750, 56), "CTC", bold, fill="#7a4a00")
    cub = fig.node((665, 120), "CuB", body, fill="#f9c98f", outline="#c8742c", radius=12)
    fak = fig.node((800, 120), "FAK/MMP", body, fill="#cfe3f7", outline="#1f4e8c")
    meta = fig.node((800, 215), "tumor metastasis", small, fill="#f6c6c6", outline="#b03030", radius=6)
    ros = fig.node((665, 300), "ROS", body, fill="#ffe0e0", outline="#d62728", radius=14)
    ptxsla = fig.node((800, 300), "PTX-S-LA", body, fill="#dbe7f6", outline="#3a78c2")
    ptx = fig.node((800, 410), "PTX", body, fill="#3a78c2", outline="#1f4e8c", text_fill="white")
    growth = fig.node((800, 515), "tumor growth", small, fill="#f6c6c6", outline="#b03030", radius=6)
    link(fig, cub, fak, kind="inhibit", fill="#b03030", width=3)
    link(fig, fak, meta, fill="#333333")
    fig.arrow(edge(cub, (665, 300)), edge(ros, (665, 120)), fill="#d62728", width=2)
    link(fig, ros, ptxsla, fill="#d62728", width=2)
    link(fig, ptxsla, ptx, fill="#333333")
    link(fig, ptx, growth, kind="inhibit", fill="#b03030", width=3)
    fig.text((790, 355), "activation", italic, fill="#444444", anchor="rm")
    fig.text((648, 210), "released", italic, fill="#444444", anchor="mm")
    return fig


def clean_line():
    """One clean line of black text on white, large enough for plain Tesseract."""
    fnt = font("DejaVu Sans", 40)
    s = "MAPK1 phosphorylates ELK1 and RPS6KA1"
    x0, y0, x1, y1 = fnt.getbbox(s, anchor="ls")
    margin = 60
    fig = Figure(x1 - x0 + 2 * margin, y1 - y0 + 2 * margin)
    fig.text((margin - x0, margin - y0), s, fnt, anchor="ls")
    return fig


def boxed_labels():
    """A signalling diagram: gene labels in outlined, light-filled boxes joined by arrows."""
    fig = Figure(1000, 700)
    d = fig.draw
    gene = font("DejaVu Sans Bold", 18)
    comp = font("DejaVu Sans", 16)
    white, yellow, blue = "white", "#fff6c0", "#d8e8ff"

    # Compartments: the cell and, inside it, the nucleus.
    fig.box((40, 110, 960, 670), fill="#f7f9fc", outline="#333333", width=3)
    fig.text((60, 130), "Cytoplasm", comp, fill="#333333", anchor="lm")
    fig.box((600, 420, 940, 650), fill="#fbf3e4", outline="#333333", width=3, radius=30)
    fig.text((625, 445), "Nucleus", comp, fill="#333333", anchor="lm")

    # Outside the cell: a free-standing ligand box.
    egf = fig.node((180, 50), "EGF", gene, fill=yellow, radius=10, min_width=100)
    egfr = fig.node((180, 110), "EGFR", gene, fill=blue, width=3, min_width=110)
    grb2 = fig.node((180, 210), "GRB2", gene, fill=white, min_width=110)
    sos1 = fig.node((360, 210), "SOS1", gene, fill=yellow, radius=10, min_width=110)
    kras = fig.node((540, 210), "KRAS", gene, fill=blue, radius=10, min_width=110)
    braf = fig.node((720, 210), "BRAF", gene, fill=white, min_width=110)
    mek = fig.node((720, 320), "MAP2K1", gene, fill=yellow, min_width=110)
    erk = fig.node((720, 500), "MAPK3", gene, fill=blue, radius=10, min_width=110)
    pi3k = fig.node((540, 320), "PIK3CA", gene, fill=white, radius=10, min_width=110)
    akt = fig.node((360, 400), "AKT1", gene, fill=yellow, min_width=110)
    mtor = fig.node((180, 400), "MTOR", gene, fill=blue, min_width=110)
    tp53 = fig.node((700, 600), "TP53", gene, fill=white, radius=10, min_width=110)
    cdkn1a = fig.node((860, 600), "CDKN1A", gene, fill=yellow, min_width=110)

    for a, b in ((egf, egfr), (egfr, grb2), (grb2, sos1), (sos1, kras), (kras, braf),
                 (braf, mek), (mek, erk), (kras, pi3k), (pi3k, akt), (akt, mtor), (tp53, cdkn1a)):
        link(fig, a, b, gap=0)
    link(fig, erk, tp53, gap=0)
    return fig


def white_on_dark():
    """Gene labels as white text on dark boxes, mixed with a few dark-on-light ones."""
    fig = Figure(900, 520)
    gene = font("DejaVu Sans Bold", 20)
    dark_blue, dark_red, black, dark_green = "#1f3a93", "#8b1a1a", "#111111", "#1e5631"
    near_white = "#f4f4f4"

    il6 = fig.node((120, 70), "IL6", gene, fill=dark_red, outline=dark_red, text_fill="white", min_width=100)
    il6r = fig.node((320, 70), "IL6R", gene, fill=dark_blue, outline=dark_blue, text_fill="white", min_width=100, radius=10)
    tnf = fig.node((620, 70), "TNF", gene, fill=dark_red, outline=dark_red, text_fill=near_white, min_width=100)
    jak2 = fig.node((320, 190), "JAK2", gene, fill=black, outline=black, text_fill="white", min_width=100)
    stat3 = fig.node((320, 310), "STAT3", gene, fill=dark_green, outline=dark_green, text_fill="white", min_width=100, radius=10)
    ikbkb = fig.node((620, 190), "IKBKB", gene, fill=dark_blue, outline=dark_blue, text_fill=near_white, min_width=100)
    rela = fig.node((620, 310), "RELA", gene, fill=dark_green, outline=dark_green, text_fill="white", min_width=100)
    bcl2 = fig.node((470, 440), "BCL2", gene, fill=black, outline=black, text_fill="white", min_width=100, radius=10)
    # Dark on light.
    socs3 = fig.node((120, 190), "SOCS3", gene, fill="#fff6c0", outline="#666666", min_width=100)
    myc = fig.node((160, 440), "MYC", gene, fill="#e4efff", outline="#666666", min_width=100)
    casp3 = fig.node((780, 440), "CASP3", gene, fill="white", outline="#666666", min_width=100, radius=10)

    for a, b in ((il6, il6r), (il6r, jak2), (jak2, stat3), (tnf, ikbkb), (ikbkb, rela),
                 (stat3, myc), (stat3, bcl2), (rela, bcl2)):
        link(fig, a, b, gap=4, fill="#333333")
    link(fig, socs3, jak2, kind="inhibit", gap=4, fill="#333333")
    link(fig, bcl2, casp3, kind="inhibit", gap=4, fill="#333333")
    return fig


def vertical_label():
    """Horizontal labels with vertical ones: bottom-to-top and top-to-bottom."""
    fig = Figure(900, 600)
    d = fig.draw
    gene = font("DejaVu Sans", 22)
    side = font("DejaVu Sans Bold", 20)

    # Left: the membrane as a side bar, labelled along its length (reads bottom-to-top).
    d.rectangle((40, 40, 90, 560), fill="#dfe9d8", outline="#5b7f4a", width=2)
    fig.rotated_text((65, 300), "Plasma membrane", side, fill="#2f4f22", background="#dfe9d8", rotation=90)

    # The receptor spanning the membrane, named along its length (reads bottom-to-top).
    d.rounded_rectangle((110, 150, 160, 450), radius=20, fill="#cfe0f5", outline="#2b5797", width=2)
    fig.rotated_text((135, 300), "NOTCH1", side, fill="#1b3a6b", background="#cfe0f5", rotation=90)

    # Right: the nucleus side bar with a transcription factor (reads top-to-bottom).
    d.rectangle((800, 40, 860, 560), fill="#f3e3c8", outline="#a0702a", width=2)
    fig.rotated_text((830, 300), "RBPJ", side, fill="#5a3a0a", background="#f3e3c8", rotation=270)

    # Horizontal labels, plain text joined by arrows.
    labels = [((300, 90), "DLL1"), ((300, 180), "JAG1"), ((300, 300), "ADAM10"),
              ((300, 420), "PSEN1"), ((560, 300), "MAML1"), ((560, 180), "HES1"), ((560, 420), "HEY1")]
    for xy, s in labels:
        fig.text(xy, s, gene)
    fig.arrow((250, 90), (170, 200), width=2)
    fig.arrow((250, 180), (170, 240), width=2)
    fig.arrow((170, 300), (240, 300), width=2)
    fig.arrow((300, 320), (300, 400), width=2)
    fig.arrow((370, 300), (490, 300), width=2)
    fig.arrow((620, 300), (790, 300), width=2)
    fig.arrow((560, 280), (560, 200), width=2)
    fig.arrow((560, 320), (560, 400), width=2)
    return fig


def small_type():
    """A small web-style figure with 10-12 px gene labels, saved as a lossy JPEG."""
    fig = Figure(600, 400)
    d = fig.draw
    f11 = font("Liberation Sans", 11)
    f12 = font("Liberation Sans Bold", 12)
    f10 = font("Liberation Sans", 10)
    thin = {"head": 6, "width": 1}

    # The cell, with the nucleus inside it.
    d.rectangle((10, 60, 590, 390), outline="#444444", width=1, fill="#fbfbf7")
    fig.text((20, 378), "Cytoplasm", f10, fill="#444444", anchor="lm")
    d.ellipse((300, 245, 580, 380), outline="#444444", width=1, fill="#f1ecfa")
    fig.text((440, 260), "Nucleus", f10, fill="#444444")

    # Ligand and receptors on the membrane.
    wnt = fig.node((150, 22), "WNT3A", f12, fill="#fde0b8", outline="#b06000", radius=6)
    fzd = fig.node((110, 60), "FZD1", f11, fill="#d9ead3", outline="#4a7a3a", pad=(5, 3))
    lrp = fig.node((190, 60), "LRP6", f11, fill="#d9ead3", outline="#4a7a3a", pad=(5, 3))
    dvl = fig.node((110, 140), "DVL1", f11, fill="white", outline="#333333", radius=5, pad=(5, 3))

    # The destruction complex.
    d.rounded_rectangle((205, 115, 400, 225), radius=14, outline="#2b5797", width=1, fill="#eef3fa")
    axin = fig.node((255, 145), "AXIN1", f11, fill="#dbe7f6", outline="#2b5797", pad=(5, 3))
    apc = fig.node((345, 145), "APC", f11, fill="#dbe7f6", outline="#2b5797", pad=(5, 3))
    gsk = fig.node((300, 195), "GSK3B", f11, fill="#dbe7f6", outline="#2b5797", pad=(5, 3))
    fig.text((500, 170), "degradation", f10, fill="#666666")

    # Beta-catenin into the nucleus and its targets.
    ctnnb1 = fig.node((250, 290), "CTNNB1", f12, fill="#fff2a8", outline="#8a7000", radius=6, pad=(5, 3))
    tcf = fig.node((380, 300), "TCF7", f11, fill="white", outline="#333333", pad=(5, 3))
    lef = fig.node((460, 300), "LEF1", f11, fill="white", outline="#333333", pad=(5, 3))
    myc = fig.text((380, 350), "MYC", f11)
    ccnd1 = fig.text((480, 350), "CCND1", f11)

    link(fig, wnt, fzd, **thin)
    link(fig, wnt, lrp, **thin)
    link(fig, fzd, dvl, **thin)
    fig.inhibit((135, 150), (203, 175), bar=5, width=1)
    fig.arrow((400, 170), (465, 170), **thin)
    fig.arrow((280, 228), (262, 278), **thin)
    link(fig, ctnnb1, tcf, **thin)
    link(fig, tcf, myc, **thin)
    link(fig, lef, ccnd1, **thin)
    return fig



def grey_highlights():
    """A small KEGG-style map: genes in outlined boxes, some highlighted dark grey with their
    black labels on the grey, saved as a lossy JPEG."""
    fig = Figure(620, 300)
    gene = font("DejaVu Sans", 11)
    light, grey = "#ccffcc", "#555555"

    def node(xy, s, fill):
        return fig.node(xy, s, gene, fill=fill, outline="black", width=1, pad=(4, 3), min_width=52)

    hsp = node((60, 40), "HSPA5", light)
    canx = node((60, 70), "CANX", light)
    calr = node((170, 40), "CALR", grey)
    pdia = node((170, 70), "PDIA3", light)
    b2m = node((170, 100), "B2M", grey)
    tapbp = node((300, 40), "TAPBP", grey)
    tap1 = node((300, 100), "TAP1", light)
    cd74 = node((420, 70), "CD74", grey)
    ctss = node((420, 130), "CTSS", light)
    myd88 = node((170, 200), "MYD88", grey)
    irak4 = node((300, 200), "IRAK4", light)
    traf6 = node((420, 200), "TRAF6", light)
    irf7 = node((540, 200), "IRF7", grey)
    tlr7 = node((60, 200), "TLR7", light)
    fig.text((300, 270), "Endoplasmic reticulum", font("DejaVu Sans", 10), fill="#333333")

    thin = {"head": 5, "width": 1}
    for a, b in ((canx, pdia), (calr, tapbp), (tap1, tapbp), (tapbp, cd74), (cd74, ctss),
                 (tlr7, myd88), (myd88, irak4), (irak4, traf6), (traf6, irf7)):
        link(fig, a, b, gap=3, **thin)
    return fig

def gene_stacks():
    """KEGG-style stacks of touching gene boxes, light green and red in turn, black labels in
    small type, saved as a lossy JPEG: each stack is one filled shape, most of it red."""
    fig = Figure(560, 230)
    gene = font("DejaVu Sans", 10)
    green, red = "#bfffbf", "#ff0000"
    stacks = [
        (70, ["CALR", "HSPA5", "B2M", "PDIA3", "TAP2"]),
        (200, ["IRF7", "CANX", "STAT1", "TAP1", "MYD88"]),
        (330, ["CD74", "CTSS", "FADD", "LBP", "IKBKB"]),
        (460, ["TLR4", "IRAK4", "TRAF6", "TBK1", "NFKB1"]),
    ]
    tops = []
    for x, names in stacks:
        y0 = 30
        for i, name in enumerate(names):
            rect = (x - 30, y0 + 20 * i, x + 30, y0 + 20 * (i + 1))
            fig.box(rect, red if i % 2 == 0 else green, "black", 1, 0)
            fig.text((x, y0 + 20 * i + 10), name, gene)
        tops.append((x, y0 + 20 * len(names)))
    thin = {"head": 5, "width": 1}
    for (xa, ya), (xb, _) in zip(tops, tops[1:]):
        fig.arrow((xa + 32, ya - 50), (xb - 34, ya - 50), **thin)
    fig.text((280, 200), "Antigen processing", font("DejaVu Sans", 10), fill="#333333")
    return fig


# name, drawing, save options, kind, font, what it tests
FIXTURES = [
    ("membranes-12-00775-g005.jpg", membranes_stand_in, {"quality": 80}, "stand-in",
     "Liberation Sans 13-16 px",
     "synthetic stand-in for the seed record's figure: small journal-style type, coloured fills, "
     "boxes, arrows, JPEG q80"),
    ("clean-line.png", clean_line, {}, "clean-line", "DejaVu Sans 40 px",
     "baseline: one clean line plain Tesseract reads in full"),
    ("boxed-labels.png", boxed_labels, {}, "boxed-labels", "DejaVu Sans Bold 18 px",
     "gene labels in outlined light-filled boxes joined by arrows, inside compartments: "
     "layout analysis drops boxed text"),
    ("white-on-dark.png", white_on_dark, {}, "white-on-dark", "DejaVu Sans Bold 20 px",
     "white and near-white labels on dark fills mixed with dark-on-light labels: inversion"),
    ("vertical-label.png", vertical_label, {}, "vertical-label", "DejaVu Sans 22 px, DejaVu Sans Bold 20 px",
     "labels turned 90 degrees (bottom-to-top) and 270 degrees (top-to-bottom) beside horizontal ones"),
    ("small-type.jpg", small_type, {"quality": 70}, "small-type", "Liberation Sans 10-12 px",
     "small web figure, 10-12 px labels, JPEG q70: upscaling"),
    ("grey-highlights.jpg", grey_highlights, {"quality": 75}, "grey-highlights", "DejaVu Sans 10-11 px",
     "KEGG-style boxes, some highlighted dark grey with black labels on the grey, JPEG q75: "
     "a dark fill whose text is darker than it"),
    ("gene-stacks.jpg", gene_stacks, {"quality": 75}, "gene-stacks", "DejaVu Sans 10 px",
     "KEGG-style stacks of touching light green and red gene boxes, black labels, JPEG q75: "
     "a light fill grown into one shape with dark ones"),
]


# --- measuring plain Tesseract ---------------------------------------------------------------

EDGE_PUNCTUATION = ".,;:!?'\"()[]{}|‘’“”"


def tesseract_words(path, psm):
    """The words of `tesseract path - --psm N` with their boxes (the same run, TSV renderer)."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1")  # one core: others share this machine
    out = subprocess.run(
        ["tesseract", str(path), "-", "--psm", str(psm), "tsv"],
        capture_output=True, text=True, env=env, check=True,
    ).stdout
    words = []
    for line in out.splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        left, top, width, height = map(int, cols[6:10])
        words.append((cols[11].strip(), (left + width / 2, top + height / 2)))
    return words


def measure(path, labels, psm):
    """Which labels plain Tesseract reads: `k/n` and the missed words.

    A label counts as read when every one of its words comes back exactly (case and all, edge
    punctuation stripped) as a word whose box centre lies in the label's drawn box (6 px slack);
    each word Tesseract gives counts for one label word at most.
    """
    words = tesseract_words(path, psm)
    used = set()
    read, missed = 0, []
    texts = [text for text, _, _ in labels]
    for text, (x0, y0, x1, y1), _ in labels:
        # A label drawn more than once is named with its centre, so a miss says which one.
        where = f"@{(x0 + x1) // 2},{(y0 + y1) // 2}" if texts.count(text) > 1 else ""
        all_found = True
        for w in text.split():
            hit = None
            for i, (t, (cx, cy)) in enumerate(words):
                stripped = t if t == w else t.strip(EDGE_PUNCTUATION)
                if i not in used and stripped == w and x0 - 6 <= cx <= x1 + 6 and y0 - 6 <= cy <= y1 + 6:
                    hit = i
                    break
            if hit is None:
                all_found = False
                missed.append(w + where)
            else:
                used.add(hit)
        read += all_found
    result = f"{read}/{len(labels)}"
    if missed:
        result += " missed: " + " ".join(missed)
    return result


def main():
    parser = argparse.ArgumentParser(description="Draw ocr-worker's synthetic figure fixtures.")
    parser.add_argument("--out", default="Fixtures/figures", help="output folder (default: %(default)s)")
    parser.add_argument("--no-measure", action="store_true",
                        help="do not run tesseract; the manifest then says 'not measured'")
    args = parser.parse_args()

    if PIL.__version__ != PILLOW_VERSION_USED:
        print(f"note: Pillow {PIL.__version__} here, fixtures were drawn with {PILLOW_VERSION_USED}: "
              "files may differ in bytes", file=sys.stderr)
    measuring = not args.no_measure
    if measuring and shutil.which("tesseract") is None:
        sys.exit("draw-fixtures.py measures with the tesseract CLI, which is not on PATH: "
                 "apt-get install -y tesseract-ocr tesseract-ocr-eng, or pass --no-measure")

    if measuring:
        version = subprocess.run(["tesseract", "--version"], capture_output=True, text=True)
        first = (version.stdout or version.stderr).splitlines()[:1]
        if first != ["tesseract 5.3.0"]:
            print(f"note: {first[0] if first else 'unknown tesseract'} here, the manifest was "
                  "measured with tesseract 5.3.0: the reads may differ", file=sys.stderr)

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    rows = ["file\twidth\theight\tkind\tfont\twhat_it_tests\tplain_tesseract_psm11_reads"]
    for name, draw, save_options, kind, font_desc, what in FIXTURES:
        fig = draw()
        path = out / name
        fig.image.save(path, **save_options)
        (out / f"{name}.txt").write_text("".join(f"{s}\n" for s, _, _ in fig.labels), encoding="utf-8")
        box_lines = ["label\tx\ty\twidth\theight\trotation"]
        for s, (x0, y0, x1, y1), rotation in fig.labels:
            box_lines.append(f"{s}\t{x0}\t{y0}\t{x1 - x0}\t{y1 - y0}\t{rotation}")
        (out / f"{name}.boxes.tsv").write_text("\n".join(box_lines) + "\n", encoding="utf-8")
        psm11 = measure(path, fig.labels, 11) if measuring else "not measured"
        psm3 = measure(path, fig.labels, 3) if measuring else "not measured"
        width, height = fig.image.size
        rows.append(f"{name}\t{width}\t{height}\t{kind}\t{font_desc}\t{what}\t{psm11}")
        print(f"{name}\t{path.stat().st_size} bytes\tpsm 11: {psm11}\tpsm 3: {psm3}")
    (out / "manifest.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
