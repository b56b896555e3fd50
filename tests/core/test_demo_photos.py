"""The demo's drawings (issue 24 item 6): deliberate flat illustrations, the same bytes every
time, in the media library with their words and on the demo's articles and website."""

from __future__ import annotations

import io

from PIL import Image

from db.models import Article, Asset, Revision
from desktop_app.core.demo_photos import CREDIT, SCENES, draw_scene
from desktop_app.core.export import export_site


def test_each_scene_is_a_flat_illustration_drawn_the_same_every_time():
    for name in SCENES:
        data = draw_scene(name)
        draw_scene.cache_clear()
        assert draw_scene(name) == data, name  # no randomness
        with Image.open(io.BytesIO(data)) as image:
            assert (image.format, image.size) == ("JPEG", (1600, 900))
            # flat colours, not noise: a 32-colour palette leaves almost nothing out
            small = image.convert("RGB").resize((320, 180)).quantize(32)
            counts = sorted((c for c, _ in small.getcolors()), reverse=True)
            assert sum(counts[:20]) / sum(counts) > 0.9, name  # (noise: about 0.65)
            assert len(small.getcolors()) >= 8, name  # (not a blank card either)


def test_the_demo_articles_have_their_pictures_with_words(demo_database, tmp_path):
    pictured = Article.select().where(Article.featured_image.is_null(False))
    assert pictured.count() == 6
    for asset in Asset.select():
        assert asset.alt_text.startswith("Ilustrasi")
        assert asset.credit == CREDIT
    published = [
        a
        for a in pictured
        if a.status == "published"
        and Revision.get(
            (Revision.article == a.id) & (Revision.number == a.published_revision)
        ).featured_image
    ]
    assert len(published) == 3
    out = tmp_path / "site"
    export_site(demo_database, out, base_url="https://kominfo.example.go.id")
    assert len(list((out / "img").glob("*.jpg"))) == 3
    page = (out / "berita" / "sertijab-sekretaris-dinas-kominfo-berlangsung-sederhana.html").read_text(
        "utf-8"
    )
    assert 'alt="Ilustrasi upacara serah terima jabatan di podium"' in page
    assert "Ilustrasi: Redaksi (gambar demo)" in page
