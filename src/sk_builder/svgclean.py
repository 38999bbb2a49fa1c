"""SVG rewritten from an allowlist: drawing elements and attributes are kept, anything that could run or fetch is refused.

Refused (``UnsafeSvg``): a document type or entities (defusedxml), scripts, ``foreignObject`` and
other embedding elements, ``on…`` event attributes, links or ``url(…)`` references to anything
but a fragment of the same file (``#id``) or an embedded PNG/JPEG, and CSS ``@import``.
Dropped quietly: editor metadata (Inkscape, Sodipodi, RDF), animation, and any element or
attribute not on the lists. The result is new XML written by ElementTree (plain names,
the SVG and XLink namespaces declared on the root), so nothing of the original text (comments,
processing instructions, odd encodings) survives.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"
XML = "http://www.w3.org/XML/1998/namespace"
MAX_DEPTH = 128
MAX_ELEMENTS = 100_000

ELEMENTS = frozenset("""
svg g defs symbol use title desc path rect circle ellipse line polyline polygon text tspan textPath
linearGradient radialGradient stop clipPath mask pattern marker image style switch filter feBlend
feColorMatrix feComponentTransfer feComposite feConvolveMatrix feDiffuseLighting feDisplacementMap
feDistantLight feDropShadow feFlood feFuncA feFuncB feFuncG feFuncR feGaussianBlur feImage feMerge
feMergeNode feMorphology feOffset fePointLight feSpecularLighting feSpotLight feTile feTurbulence
""".split())
FORBIDDEN = frozenset("script foreignObject iframe embed object handler listener audio video canvas".split())
DROPPED = frozenset("metadata animate animateMotion animateTransform animateColor set discard cursor".split())
UNWRAPPED = frozenset({"a"})
ATTRIBUTES = frozenset("""
id class style transform viewBox width height x y x1 y1 x2 y2 cx cy r rx ry fx fy fr d points
pathLength fill fill-opacity fill-rule stroke stroke-width stroke-opacity stroke-linecap
stroke-linejoin stroke-miterlimit stroke-dasharray stroke-dashoffset opacity color display
visibility overflow clip-path clip-rule mask filter font font-family font-size font-size-adjust
font-weight font-style font-variant font-stretch text-anchor dominant-baseline alignment-baseline
baseline-shift letter-spacing word-spacing text-decoration writing-mode direction unicode-bidi dx dy
rotate textLength lengthAdjust startOffset method spacing side gradientUnits gradientTransform
spreadMethod offset stop-color stop-opacity patternUnits patternContentUnits patternTransform
clipPathUnits maskUnits maskContentUnits markerWidth markerHeight markerUnits refX refY orient
marker-start marker-mid marker-end preserveAspectRatio version href filterUnits primitiveUnits in
in2 result stdDeviation mode type values operator k1 k2 k3 k4 kernelMatrix order divisor bias
targetX targetY edgeMode preserveAlpha surfaceScale diffuseConstant specularConstant
specularExponent kernelUnitLength azimuth elevation z pointsAtX pointsAtY pointsAtZ
limitingConeAngle flood-color flood-opacity lighting-color scale
xChannelSelector yChannelSelector radius baseFrequency numOctaves seed stitchTiles tableValues
slope intercept amplitude exponent color-interpolation color-interpolation-filters color-rendering
shape-rendering text-rendering image-rendering paint-order vector-effect mix-blend-mode isolation
enable-background requiredFeatures requiredExtensions systemLanguage lang
""".split())
TEXT_ELEMENTS = frozenset({"text", "tspan", "textPath", "title", "desc", "style"})
_URL = re.compile(r"url\(\s*(['\"]?)(.*?)\1\s*\)", re.IGNORECASE | re.DOTALL)
_RASTER = re.compile(r"data:image/(png|jpeg|jpg);base64,[A-Za-z0-9+/=\s]*\Z", re.IGNORECASE)


class UnsafeSvg(ValueError):
    """The SVG holds something that could run or fetch; the message names it in Indonesian."""


def _split(name: str) -> tuple[str, str]:
    """Namespace and local name of an ElementTree tag or attribute name."""
    if name.startswith("{"):
        namespace, _, local = name[1:].partition("}")
        return namespace, local
    return "", name


def _check_reference(value: str, where: str) -> None:
    target = value.strip()
    if target.startswith("#") or _RASTER.match(target):
        return
    raise UnsafeSvg(f'{where} merujuk ke luar berkas ("{target[:60]}"); hanya "#id" atau gambar PNG/JPEG '
                    "yang disisipkan yang diizinkan")


def _check_css(text: str, where: str) -> None:
    lowered = text.lower()
    for bad in ("@import", "javascript:", "expression(", "behavior:", "-moz-binding"):
        if bad in lowered:
            raise UnsafeSvg(f'{where} memuat "{bad}"')
    for match in _URL.finditer(text):
        _check_reference(match.group(2), where)


def _attributes(element: ET.Element, local: str) -> dict[str, str]:
    kept: dict[str, str] = {}
    for name, value in element.attrib.items():
        namespace, attribute = _split(name)
        where = f"<{local} {attribute}>"
        if attribute.lower().startswith("on"):
            raise UnsafeSvg(f"{where}: atribut peristiwa (skrip) tidak diizinkan")
        if attribute == "href" and namespace in ("", XLINK):
            _check_reference(value, where)
            kept["xlink:href" if namespace == XLINK else "href"] = value
        elif namespace == XML and attribute in ("space", "lang"):
            kept[f"xml:{attribute}"] = value
        elif namespace == "" and attribute in ATTRIBUTES:
            _check_css(value, where)
            kept[attribute] = value
    return kept


class _Cleaner:
    """Walks the parsed tree once and builds the clean copy."""

    def __init__(self) -> None:
        self.count = 0

    def element(self, source: ET.Element, depth: int) -> list[ET.Element]:
        """The clean copies of ``source`` (none when dropped, its children when unwrapped)."""
        self.count += 1
        if depth > MAX_DEPTH or self.count > MAX_ELEMENTS:
            raise UnsafeSvg(f"terlalu dalam atau terlalu banyak elemen (batas {MAX_DEPTH} lapis, {MAX_ELEMENTS} elemen)")
        namespace, local = _split(source.tag) if isinstance(source.tag, str) else ("", "")
        if local in FORBIDDEN or local.lower() == "script":
            raise UnsafeSvg(f"elemen <{local}> tidak diizinkan")
        if namespace not in ("", SVG) or local in DROPPED or not local:
            return []
        if local in UNWRAPPED:
            _attributes(source, local)  # refused when it links outside; the link itself is not kept
            return self.children(source, depth)
        if local not in ELEMENTS:
            return []
        copy = ET.Element(local, _attributes(source, local))
        if local in TEXT_ELEMENTS and source.text:
            if local == "style":
                _check_css(source.text, "<style>")
            copy.text = source.text
        copy.extend(self.children(source, depth))
        return [copy]

    def children(self, source: ET.Element, depth: int) -> list[ET.Element]:
        """The clean copies of the children, each keeping the text that follows it inside a text element."""
        kept: list[ET.Element] = []
        for child in source:
            copies = self.element(child, depth + 1)
            if copies and child.tail and _split(source.tag)[1] in TEXT_ELEMENTS:
                copies[-1].tail = child.tail
            kept.extend(copies)
        return kept


def clean_svg(data: bytes) -> bytes:
    """The safe rewrite of an SVG file (raises UnsafeSvg)."""
    try:
        root = fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise UnsafeSvg(f"memuat deklarasi DTD atau entitas ({type(exc).__name__})") from None
    except (ParseError, ValueError) as exc:
        raise UnsafeSvg(f"bukan XML yang sah ({exc})") from None
    if _split(root.tag)[1] != "svg" or _split(root.tag)[0] not in ("", SVG):
        raise UnsafeSvg("elemen teratas bukan <svg>")
    clean = _Cleaner().element(root, 0)[0]
    declared = {"xmlns": SVG}
    if any("xlink:href" in element.attrib for element in clean.iter()):
        declared["xmlns:xlink"] = XLINK
    clean.attrib = {**declared, **clean.attrib}
    return (ET.tostring(clean, encoding="unicode") + "\n").encode("utf-8")
