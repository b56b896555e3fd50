"""Branding of the exported site (issue 24 item 2): names, colour (contrast checked), footer,
a logo made safe (hostile SVGs, PNG metadata) and the icons made from it."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from PIL import Image

from desktop_app.core.errors import ValidationError
from desktop_app.core.export import export_site
from desktop_app.core.export.branding import icon_files, logo_from_bytes
from desktop_app.core.resources import resource_path
from desktop_app.core.site_settings import SiteSettings, load_site_settings, save_site_settings, validate
from desktop_app.core.svg_sanitize import UnsafeSvg, sanitize_svg
from tests.core.export_helpers import site_admin

SVG_HEAD = (
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"'
)
HOSTILE_SVGS = {
    "script": SVG_HEAD + '><script>alert(1)</script><rect width="10" height="10"/></svg>',
    "onload": SVG_HEAD + ' onload="alert(1)"><rect width="10" height="10" onclick="alert(2)"/></svg>',
    "foreign_object": SVG_HEAD
    + '><foreignObject width="10" height="10"><iframe xmlns="http://www.w3.org/1999/xhtml"'
    ' src="javascript:alert(1)"/></foreignObject><rect width="10" height="10"/></svg>',
    "external_use": SVG_HEAD
    + '><use xlink:href="https://evil.example/x.svg#a"/><rect width="10" height="10"/></svg>',
    "javascript_link": SVG_HEAD + '><a xlink:href="javascript:alert(1)"><rect width="10" height="10"/></a>'
    '<circle r="3"/></svg>',
    "data_image": SVG_HEAD
    + '><image href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4="/><circle r="3"/></svg>',
    "style_sheet": SVG_HEAD + "><style>@import url(https://evil.example/x.css);</style><circle r='3'/></svg>",
    "style_url": SVG_HEAD + '><rect width="10" height="10" style="fill:url(https://evil.example/p);'
    'stroke:red"/><circle r="3" fill="url(javascript:alert(1))"/></svg>',
    "animate": SVG_HEAD + '><rect width="10" height="10"><set attributeName="onclick" to="alert(1)"/>'
    '<animate attributeName="href" values="javascript:alert(1)"/></rect></svg>',
}
WORDS = (
    "script",
    "alert",
    "javascript",
    "evil.example",
    "foreignObject",
    "onload",
    "onclick",
    "data:",
    "@import",
)


@pytest.mark.parametrize("name", sorted(HOSTILE_SVGS))
def test_a_hostile_svg_keeps_only_its_drawing(name):
    clean = sanitize_svg(HOSTILE_SVGS[name].encode()).decode()
    for word in WORDS:
        assert word not in clean, (name, word, clean)
    assert "<rect" in clean or "<circle" in clean


def test_entity_bombs_and_non_svg_files_are_refused():
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
        + SVG_HEAD
        + "><text>&b;</text></svg>"
    )
    with pytest.raises(UnsafeSvg):
        sanitize_svg(bomb.encode())
    external = (
        '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        + SVG_HEAD
        + "><text>&x;</text></svg>"
    )
    with pytest.raises(UnsafeSvg):
        sanitize_svg(external.encode())
    with pytest.raises(UnsafeSvg):
        sanitize_svg(b"<html><body>not a drawing</body></html>")
    nested = SVG_HEAD + ">" + "<g>" * 5000 + '<rect width="1" height="1"/>' + "</g>" * 5000 + "</svg>"
    with pytest.raises(UnsafeSvg, match="nested too deeply"):  # its copy recursed: RecursionError
        sanitize_svg(nested.encode())
    assert logo_from_bytes(HOSTILE_SVGS["script"].replace("<rect", "<x").encode(), "x.svg", "") is None


def test_a_png_logo_is_written_again_without_its_metadata():
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "secret author notes")
    buffer = io.BytesIO()
    Image.new("RGBA", (1200, 600), (200, 30, 30, 255)).save(buffer, "PNG", pnginfo=info)
    logo = logo_from_bytes(buffer.getvalue(), "logo.png", "Dinas")
    assert logo is not None
    assert b"secret author notes" not in logo.image.data
    assert logo.image.path.endswith(".png")
    assert (logo.image.width, logo.image.height) == (512, 256)


def test_the_colour_must_leave_white_text_readable():
    with pytest.raises(ValidationError) as refused:
        validate(SiteSettings(primary_colour="#ffcc00"))
    assert refused.value.code == "low_contrast"
    assert refused.value.detail == "1.5"
    with pytest.raises(ValidationError) as bad:
        validate(SiteSettings(primary_colour="blue"))
    assert bad.value.code == "invalid_colour"
    assert validate(SiteSettings(primary_colour="0B6E3A")).primary_colour == "#0b6e3a"
    for field, value, code in (
        ("ppid_url", "javascript:alert(1)", "invalid_link"),
        ("facebook_url", "facebook.com/kominfo", "invalid_link"),
        ("email", "kominfo at contoh", "invalid_email"),
    ):
        with pytest.raises(ValidationError) as caught:
            validate(replace(SiteSettings(), **{field: value}))
        assert caught.value.code == code


BRANDED = SiteSettings(
    title="Diskominfo Solok",
    office_name="Dinas Komunikasi dan Informatika",
    regency_name="Kabupaten Solok",
    primary_colour="#0b6e3a",
    address="Jl. Contoh No. 1\nArosuka",
    telephone="(0755) 123-456",
    email="kominfo@contoh.go.id",
    ppid_url="https://ppid.contoh.go.id/",
    instagram_url="https://www.instagram.com/contoh",
)


def test_the_site_shows_the_branding_and_the_footer(demo_database, tmp_path):
    logo = tmp_path / "logo.svg"
    logo.write_text(HOSTILE_SVGS["onload"])
    save_site_settings(demo_database, replace(BRANDED, logo=str(logo)), actor=site_admin())
    out = tmp_path / "site"
    export_site(demo_database, out)
    page = (out / "index.html").read_text(encoding="utf-8")
    assert '<span class="brand-regency">Pemerintah Kabupaten Solok</span>' in page
    assert '<span class="brand-title">Dinas Komunikasi dan Informatika</span>' in page
    assert "<style>:root { --navy: #0b6e3a;" in page
    assert '<meta name="theme-color" content="#0b6e3a">' in page
    assert '<a href="tel:(0755)123456">Telepon: (0755) 123-456</a>' in page
    assert '<a href="mailto:kominfo@contoh.go.id">kominfo@contoh.go.id</a>' in page
    assert '<a href="https://ppid.contoh.go.id/">PPID – Layanan Informasi Publik</a>' in page
    assert '<a href="https://www.instagram.com/contoh" rel="me">Instagram</a>' in page
    assert "Facebook" not in page  # (no address given)
    [written] = list((out / "img").glob("*.svg"))
    assert "onload" not in written.read_text()
    assert "onclick" not in written.read_text()
    assert f'src="img/{written.name}"' in page
    assert '<link rel="icon" href="favicon.ico"' in page
    assert '<link rel="apple-touch-icon" href="apple-touch-icon.png">' in page
    with Image.open(out / "favicon.ico") as icon:
        assert {(16, 16), (32, 32), (48, 48)} <= set(icon.info["sizes"])
    with Image.open(out / "apple-touch-icon.png") as touch:
        assert touch.size == (180, 180)
        assert touch.mode == "RGB"  # (iOS shows transparency as black)
        assert touch.getpixel((90, 90)) == (0, 0, 0)  # the logo's black square, not the initials
    assert load_site_settings(demo_database).regency_name == "Kabupaten Solok"


def test_without_a_logo_the_icons_show_the_initials_on_the_colour():
    files = icon_files(BRANDED, None)
    with Image.open(io.BytesIO(files["apple-touch-icon.png"])) as touch:
        assert touch.getpixel((3, 3)) == (11, 110, 58)  # #0b6e3a
        white = dict((colour, count) for count, colour in touch.getcolors(180 * 180)).get((255, 255, 255), 0)
        assert white > 500  # the letters "DK"


def test_the_icons_are_drawn_again_only_when_the_colour_or_the_logo_changes(
    demo_database, tmp_path, monkeypatch
):
    from desktop_app.core.export import build

    drawn = []
    monkeypatch.setattr(build, "icon_files", lambda *a: drawn.append(1) or icon_files(*a))
    out = tmp_path / "site"
    export_site(demo_database, out)
    first = (out / "favicon.ico").read_bytes()
    again = export_site(demo_database, out)
    assert drawn == [1]  # (the re-export kept them: no drawing)
    assert "favicon.ico" not in again.written
    assert (out / "favicon.ico").read_bytes() == first
    settings = load_site_settings(demo_database)
    save_site_settings(
        demo_database, replace(settings, primary_colour="#0b6e3a", logo=""), actor=site_admin()
    )
    changed = export_site(demo_database, out)
    assert drawn == [1, 1]
    assert {"favicon.ico", "apple-touch-icon.png"} <= set(changed.written)
    with Image.open(out / "apple-touch-icon.png") as touch:
        assert touch.getpixel((3, 3)) == (11, 110, 58)  # the new colour's initials


def test_the_demo_logo_is_named_as_shipped_and_a_shipped_name_cannot_leave_the_resources(demo_database):
    """The demo's emblem is stored as ``redaksi:demo/logo.svg`` (found wherever Redaksi is
    installed, not at the path of the machine that made the demo); a shipped name that climbs
    out of ``resources/`` is refused."""
    from desktop_app.core.export.branding import load_logo
    from desktop_app.core.site_settings import logo_file

    settings = load_site_settings(demo_database)
    assert settings.logo == "redaksi:demo/logo.svg"
    assert logo_file(settings.logo).is_file()
    assert load_logo(settings) is not None
    assert logo_file("redaksi:../../etc/passwd.svg") is None
    with pytest.raises(ValidationError):
        save_site_settings(demo_database, replace(settings, logo="redaksi:../secret.svg"), actor=site_admin())


def _png_logo() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGBA", (900, 300), (20, 90, 160, 255)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.mark.parametrize("name", ["logo.svg", "logo.png"])
def test_a_logo_is_made_once_on_this_computer_and_read_back_after(monkeypatch, name):
    """A later export (another process: nothing in memory) reads the logo it made from the
    cache folder, byte for byte the same, without sanitizing or drawing it again; a kept logo
    that is cut short or unreadable is made again."""
    from desktop_app.core.export import branding

    data = resource_path("demo", "logo.svg").read_bytes() if name.endswith(".svg") else _png_logo()
    branding.logo_from_bytes.cache_clear()
    first = branding.logo_from_bytes(data, name, "Dinas")
    assert first is not None
    made = []
    real = branding._make_logo

    def making(*args):
        made.append(args)
        return real(*args)

    monkeypatch.setattr(branding, "_make_logo", making)
    branding.logo_from_bytes.cache_clear()
    assert branding.logo_from_bytes(data, name, "Dinas") == first
    assert made == []  # (read back)
    for kept in branding._logo_cache().glob("*.json"):
        kept.write_text("{", encoding="utf-8")
    branding.logo_from_bytes.cache_clear()
    assert branding.logo_from_bytes(data, name, "Dinas") == first
    assert len(made) == 1  # (made again)
    branding.logo_from_bytes.cache_clear()
