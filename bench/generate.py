"""A deterministic generator of Indonesian-looking newsroom articles, for benchmarks.

The same ``(count, seed, words)`` always gives the same articles: same titles, bodies, uuids,
dates, statuses, categories, tags and authors, on any machine (nothing depends on the clock,
on ``hash()`` or on dictionary order). The vocabulary comes from the office's seed texts
(the tests' copy in ``tests/data/seeds``; the verbatim copy in ``resources/demo/demo.json``
when that folder is absent), a list of common Indonesian words and the language of government news.

API (other benches import it; keep it stable):

- ``generate_articles(count, seed=0, words=DEFAULT_WORDS) -> Iterator[dict]``
- ``generate_database(path_or_url, count, seed=0, words=DEFAULT_WORDS) -> None``
- ``cached_database(count, seed=0, words=DEFAULT_WORDS) -> Path`` — a ready SQLite file under
  ``/tmp/redaksi-bench`` (``$REDAKSI_BENCH_CACHE``), built once and reused; treat it as
  read-only (copy it before writing).

Run ``python bench/generate.py COUNT [--seed N] [--words N] [--db PATH|URL]`` to build one.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as _dt
import fcntl
import json
import os
import random
import re
import sys
import time
import uuid as _uuid
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import accumulate, islice
from pathlib import Path

GENERATOR_VERSION = 1
DEFAULT_WORDS = 1500
BATCH_SIZE = 2000
ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = ROOT / "tests" / "data" / "seeds"
DEMO_FILE = ROOT / "resources" / "demo" / "demo.json"
CACHE_DIR = Path(os.environ.get("REDAKSI_BENCH_CACHE", "/tmp/redaksi-bench"))

# The archive spans these dates; fixed so that output never depends on today.
START = _dt.datetime(2019, 1, 2, 7, 0)
END = _dt.datetime(2026, 6, 30, 17, 0)

# -- vocabulary --------------------------------------------------------------------------------

_FUNCTION_WORDS_TEXT = """
yang dan di ke dari ini itu dengan untuk dalam pada tidak akan juga oleh sebagai adalah atau
karena sudah telah dapat bisa lebih agar serta para tersebut kami kita mereka ia saat
setelah sebelum hingga antara bagi melalui terhadap secara masih harus sangat baik semua
setiap kepada bahwa kemudian namun selain yaitu maka sehingga tetapi jika akan bersama
"""
FUNCTION_WORDS = tuple(_FUNCTION_WORDS_TEXT.split())

_COMMON_WORDS_TEXT = """
tahun hari bulan minggu kegiatan masyarakat pemerintah daerah kabupaten kecamatan nagari
desa dinas kepala bupati wakil sekretaris bidang program pelayanan publik informasi
komunikasi data statistik persandian aplikasi layanan digital sistem kebijakan pembangunan
ekonomi kesehatan pendidikan warga peserta rapat koordinasi sosialisasi pelatihan kerja sama
tim jaringan internet website berita media wartawan pers anggaran laporan evaluasi indikator
target capaian kualitas peningkatan percepatan penguatan pengembangan pemanfaatan penerapan
pelaksanaan penyelenggaraan kantor ruang aula gedung acara membuka menyampaikan mengatakan
menjelaskan berharap mengajak meminta mendukung menghadiri memberikan melakukan mengikuti
menerima baru besar penting utama terkait sesuai berbagai beberapa seluruh jumlah orang
tinggi cepat mudah aman terbuka transparan akuntabel efektif efisien inovasi teknologi
wisata pertanian padi sawah danau jalan jembatan air bersih sampah lingkungan bencana banjir
longsor vaksinasi stunting posyandu puskesmas sekolah guru siswa pemuda perempuan anak
keluarga umkm pasar harga bahan pokok inflasi investasi pajak retribusi perizinan daring
pengaduan aspirasi keterbukaan dokumen arsip keamanan sertifikat elektronik tanda tangan
server pusat nasional provinsi kementerian regulasi peraturan keputusan surat edaran camat
lurah perangkat aparatur sipil negara pegawai kinerja disiplin apel upacara peringatan
kemerdekaan gotong royong musyawarah perencanaan realisasi pengawasan pemeriksaan audit
inspektorat bappeda kerjasama mitra swasta perguruan tinggi narasumber materi diskusi dialog
forum seminar lokakarya bimbingan teknis pendampingan monitoring verifikasi validasi survei
sensus penduduk kependudukan satu peta portal integrasi interoperabilitas pusat komando
ruang kendali siaran radio televisi konten video foto unggah akun resmi hoaks literasi
keamanan siber insiden sandi kriptografi enkripsi tanggap darurat relawan bantuan sosial
penyaluran penerima manfaat infrastruktur irigasi panen petani nelayan peternak koperasi
produk unggulan promosi festival budaya adat tradisi kesenian olahraga turnamen prestasi
penghargaan juara lomba apresiasi dukungan komitmen sinergi kolaborasi partisipasi
transformasi reformasi birokrasi manajemen risiko
"""
COMMON_WORDS = tuple(_COMMON_WORDS_TEXT.split())

PLACES = (
    "Arosuka",
    "Koto Baru",
    "Sukarami",
    "Alahan Panjang",
    "Lembah Gumanti",
    "Gunung Talang",
    "Kubung",
    "Bukit Sundi",
    "Danau Kembar",
    "Hiliran Gumanti",
    "Payung Sekaki",
    "Tigo Lurah",
    "Pantai Cermin",
    "Lembang Jaya",
    "Junjung Sirih",
    "X Koto Singkarak",
    "X Koto Diatas",
    "IX Koto Sungai Lasi",
    "Sumani",
    "Muara Panas",
    "Talang",
    "Selayo",
    "Cupak",
    "Saok Laweh",
    "Singkarak",
    "Padang",
    "Jakarta",
    "Bukittinggi",
)
OFFICIALS = (
    "Bupati",
    "Wakil Bupati",
    "Sekretaris Daerah",
    "Kepala Dinas Kominfo",
    "Plt. Kepala Dinas Kominfo",
    "Sekretaris Dinas Kominfo",
    "Kepala Bidang Statistik",
    "Kepala Bidang Persandian",
    "Kepala Bidang Aplikasi Informatika",
    "Asisten Pemerintahan",
    "Camat",
    "Wali Nagari",
    "Ketua DPRD",
    "Kepala Bappeda",
    "Inspektur Daerah",
)
EVENTS = (
    "Rapat Koordinasi",
    "Rapat Staf",
    "Sosialisasi",
    "Bimbingan Teknis",
    "Pelatihan",
    "Diskusi Publik",
    "Rapat Pembahasan",
    "Monitoring dan Evaluasi",
    "Forum Konsultasi Publik",
    "Lokakarya",
    "Seminar",
    "Apel Gabungan",
    "Rapat Kerja",
    "Focus Group Discussion",
    "Penandatanganan Nota Kesepahaman",
    "Peluncuran",
    "Pencanangan",
    "Kunjungan Kerja",
)
TOPICS = (
    "Sistem Pemerintahan Berbasis Elektronik",
    "Indikator SPBE",
    "Satu Data Indonesia",
    "Keterbukaan Informasi Publik",
    "Standar Pelayanan Publik",
    "Keamanan Informasi",
    "Literasi Digital",
    "Percepatan Penurunan Stunting",
    "Pengendalian Inflasi Daerah",
    "Smart City",
    "Aplikasi Pelayanan Perizinan",
    "Tanda Tangan Elektronik",
    "Pengelolaan Pengaduan Masyarakat",
    "Statistik Sektoral",
    "Jaringan Internet Nagari",
    "Vaksinasi Covid-19",
    "Penanggulangan Bencana",
    "Pengembangan UMKM",
    "Promosi Wisata Danau",
    "Reformasi Birokrasi",
    "Manajemen Risiko SPBE",
    "Pengelolaan Website Pemerintah",
    "Penyebaran Informasi Publik",
    "Pencegahan Hoaks",
    "Persandian dan Keamanan Siber",
    "Rencana Kerja Perangkat Daerah",
    "Evaluasi Kinerja",
    "Gotong Royong Kebersihan",
    "Sensus Penduduk",
    "Pelayanan Kesehatan Posyandu",
)
VERBS = (
    "Buka",
    "Hadiri",
    "Tinjau",
    "Gelar",
    "Ikuti",
    "Dorong",
    "Resmikan",
    "Pimpin",
    "Serahkan",
    "Luncurkan",
    "Bahas",
    "Sosialisasikan",
    "Perkuat",
    "Evaluasi",
)
ACTIONS = (
    "Lakukan Swab Test",
    "Manfaatkan Layanan Daring",
    "Laporkan Pengaduan Lewat Aplikasi",
    "Waspadai Hoaks",
    "Jaga Kebersihan Lingkungan",
    "Ikuti Vaksinasi",
    "Dukung Program SPBE",
    "Bijak Bermedia Sosial",
    "Isi Survei Kepuasan",
    "Gunakan Data Resmi",
)
AUDIENCES = (
    "bagi ASN",
    "bagi Operator Nagari",
    "untuk Pelajar",
    "bagi Pelaku UMKM",
    "untuk Wartawan",
    "bagi Perangkat Daerah",
    "untuk Masyarakat",
    "bagi Admin Website",
)
CATEGORIES = (
    "Berita",
    "Pengumuman",
    "SPBE",
    "Pelayanan Publik",
    "Kesehatan",
    "Opini",
    "Statistik",
    "Persandian",
    "Pemerintahan",
    "Ekonomi",
    "Pendidikan",
    "Pariwisata",
)
CATEGORY_WEIGHTS = (40, 8, 12, 10, 6, 3, 5, 3, 6, 3, 2, 2)
TAGS = (
    "SPBE",
    "rapat staf",
    "PWI",
    "kunjungan",
    "pelantikan",
    "peraturan bupati",
    "sertijab",
    "diskusi publik",
    "pelayanan publik",
    "indikator",
    "Covid-19",
    "kesehatan",
    "e-government",
    "TIK",
    "satu data",
    "statistik",
    "persandian",
    "keamanan informasi",
    "literasi digital",
    "stunting",
    "inflasi",
    "smart city",
    "website",
    "aplikasi",
    "tanda tangan elektronik",
    "pengaduan",
    "PPID",
    "keterbukaan informasi",
    "hoaks",
    "UMKM",
    "wisata",
    "Danau Singkarak",
    "bencana",
    "vaksinasi",
    "ASN",
    "nagari",
    "DPRD",
    "Bappeda",
    "reformasi birokrasi",
    "internet desa",
    "radio",
    "media sosial",
    "sensus",
    "posyandu",
    "festival",
    "olahraga",
    "pendidikan",
    "pertanian",
    "infrastruktur",
    "anggaran",
)
_FIRST_NAMES = (
    "Fitri",
    "Yusuf",
    "Rahmat",
    "Sri",
    "Wahyu",
    "Nurul",
    "Agus",
    "Siti",
    "Budi",
    "Hendra",
    "Rizki",
    "Putri",
    "Fajar",
    "Indah",
    "Dedi",
    "Yulia",
    "Arif",
    "Mega",
)
_LAST_NAMES = (
    "Hidayat",
    "Putra",
    "Wulandari",
    "Saputra",
    "Pratama",
    "Rahmawati",
    "Syahputra",
    "Kurniawan",
    "Fitriani",
    "Nasution",
    "Gunawan",
    "Permata",
    "Anggraini",
    "Firmansyah",
)
# (name, role): fixed, so that every generated database has the same people in the same order.
PEOPLE = tuple(
    (
        f"{_FIRST_NAMES[i % len(_FIRST_NAMES)]} {_LAST_NAMES[(i * 5) % len(_LAST_NAMES)]}",
        "admin" if i == 0 else "editor" if i <= 6 else "writer",
    )
    for i in range(30)
)
STATUSES = ("published", "archived", "draft", "in_review", "changes_requested", "approved")
STATUS_WEIGHTS = (62, 10, 13, 7, 3, 5)
TRASH_RATE = 0.02
MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")

_SEED_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@lru_cache(maxsize=1)
def seed_texts() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(headlines, article paragraphs) of the office's seed content."""
    headlines: list[str] = []
    paragraphs: list[str] = []
    files = sorted(SEEDS_DIR.glob("*.txt")) if SEEDS_DIR.is_dir() else []
    for path in files:
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
        for line in lines:
            if line.startswith("- "):
                headlines.append(line[2:].strip())
            elif line:
                paragraphs.append(line)
    if not headlines and not paragraphs:
        data = json.loads(DEMO_FILE.read_text(encoding="utf-8"))
        for item in data["articles"]:
            if item["body"]:
                paragraphs.append(item["title"])
                paragraphs.extend(p.strip() for p in item["body"].split("\n") if p.strip())
            else:
                headlines.append(item["title"])
    return tuple(headlines), tuple(paragraphs)


@lru_cache(maxsize=1)
def vocabulary() -> tuple[str, ...]:
    """Every word, most frequent first (function words, then seed words, then the rest)."""
    headlines, paragraphs = seed_texts()
    seen: dict[str, None] = dict.fromkeys(FUNCTION_WORDS)
    seed_words: dict[str, None] = {}
    for text in (*paragraphs, *headlines):
        for word in _SEED_WORD.findall(text):
            word = word.lower()
            if len(word) > 1 and word not in seen:
                seed_words[word] = None
    ordered = list(seen) + sorted(seed_words, key=lambda w: (len(w), w))
    ordered += sorted({w for w in COMMON_WORDS if w not in seed_words and w not in seen})
    return tuple(ordered)


# -- text ---------------------------------------------------------------------------------------


class _Text:
    """Sentence pool and pickers for one seed; everything from one ``random.Random``."""

    POOL_SIZE = 6000

    def __init__(self, seed: int) -> None:
        from desktop_app.core.text import count_words

        self.rng = random.Random(f"redaksi-bench-text-{seed}")
        vocab = list(vocabulary())
        head = vocab[: len(FUNCTION_WORDS)]
        tail = vocab[len(FUNCTION_WORDS) :]
        self.rng.shuffle(tail)
        self.vocab = head + tail
        # Zipf-like frequencies: a few words are everywhere, most are rare.
        self.cum = list(accumulate(1.0 / (rank + 12) for rank in range(len(self.vocab))))
        headlines, paragraphs = seed_texts()
        seed_sentences = [
            s.strip() for p in paragraphs for s in _SENTENCE_END.split(p) if len(s.split()) >= 6
        ]
        pool = list(seed_sentences)
        while len(pool) < self.POOL_SIZE:
            pool.append(self._sentence())
        self.pool = pool
        self.pool_words = [count_words(s) for s in pool]
        self.count_words = count_words

    def _words(self, n: int) -> list[str]:
        return self.rng.choices(self.vocab, cum_weights=self.cum, k=n)

    def _sentence(self) -> str:
        rng = self.rng
        words = self._words(rng.randint(7, 24))
        if len(words) > 10 and rng.random() < 0.5:
            words[rng.randint(3, len(words) - 4)] += ","
        if rng.random() < 0.25:
            words.insert(rng.randint(1, len(words) - 1), rng.choice(PLACES))
        if rng.random() < 0.15:
            words.insert(rng.randint(1, len(words) - 1), str(rng.randint(2, 950)))
        text = " ".join(words)
        return text[0].upper() + text[1:] + "."


def _uuid4(rng: random.Random) -> str:
    return str(_uuid.UUID(int=rng.getrandbits(128), version=4))


def _date_words(when: _dt.datetime) -> str:
    return f"{DAYS[when.weekday()]} ({when.day}/{when.month}/{when.year})"


def _title(rng: random.Random, headlines: tuple[str, ...], year: int) -> str:
    kind = rng.randrange(8)
    if kind == 0:
        return f"{rng.choice(EVENTS)} {rng.choice(TOPICS)} Tahun {year}"
    if kind == 1:
        return f"{rng.choice(OFFICIALS)} {rng.choice(VERBS)} {rng.choice(EVENTS)} {rng.choice(TOPICS)}"
    if kind == 2:
        return f"{rng.choice(EVENTS)} {rng.choice(TOPICS)} {rng.choice(AUDIENCES)} di {rng.choice(PLACES)}"
    if kind == 3:
        return f"{rng.choice(TOPICS)}, {rng.choice(OFFICIALS)} Ajak Masyarakat {rng.choice(ACTIONS)}"
    if kind == 4:
        return f"Dinas Kominfo {rng.choice(VERBS)} {rng.choice(TOPICS)} di Kecamatan {rng.choice(PLACES)}"
    if kind == 5 and headlines:
        return f"{rng.choice(headlines)} ({rng.choice(PLACES)}, {year})"
    if kind == 6:
        return f"{rng.choice(EVENTS)} {rng.choice(TOPICS)} Bersama {rng.choice(OFFICIALS)}"
    return f"{rng.choice(OFFICIALS)} {rng.choice(VERBS)} {rng.choice(TOPICS)} di {rng.choice(PLACES)}"


def _body(
    text: _Text, rng: random.Random, target: int, dateline: str, when: _dt.datetime, official: str, title: str
) -> tuple[str, int]:
    """Markdown paragraphs (now and then a heading or a list) of about ``target`` words."""
    lead = (
        f"{dateline.upper()} — {title}. Kegiatan yang dibuka oleh {official} ini"
        f" berlangsung pada {_date_words(when)} di aula kantor {rng.choice(PLACES)}."
    )
    parts = [lead]
    total = text.count_words(lead)
    pool, pool_words = text.pool, text.pool_words
    n_pool = len(pool)
    while total < target:
        roll = rng.random()
        if roll < 0.06 and len(parts) > 2:
            heading = f"## {rng.choice(TOPICS)}"
            parts.append(heading)
            total += text.count_words(heading)
            continue
        if roll < 0.10 and len(parts) > 2:
            items = [pool[rng.randrange(n_pool)] for _ in range(rng.randint(3, 5))]
            listing = "\n".join(f"- {s}" for s in items)
            parts.append(listing)
            total += text.count_words(listing)
            continue
        picks = [rng.randrange(n_pool) for _ in range(rng.randint(3, 7))]
        parts.append(" ".join(pool[i] for i in picks))
        total += sum(pool_words[i] for i in picks)
    return "\n\n".join(parts), total


def generate_articles(count: int, seed: int = 0, words: int = DEFAULT_WORDS) -> Iterator[dict]:
    """``count`` articles as dicts, oldest first; the same arguments give the same articles.

    Keys: ``uuid title slug summary body dateline category tags author status created_at
    updated_at publish_at published_at deleted_at word_count``. ``author`` is a name from
    :data:`PEOPLE`, ``category`` one of :data:`CATEGORIES`, ``tags`` a list from :data:`TAGS`.
    Bodies are Markdown of ``words`` words on average (±25%; ~8 bytes a word).
    """
    from desktop_app.core.text import make_slug

    text = _Text(seed)
    rng = random.Random(f"redaksi-bench-articles-{seed}-{count}-{words}")
    headlines, _ = seed_texts()
    span = (END - START).total_seconds()
    status_cum = list(accumulate(STATUS_WEIGHTS))
    category_cum = list(accumulate(CATEGORY_WEIGHTS))
    writers = [name for name, _ in PEOPLE]
    slugs: dict[str, int] = {}
    for i in range(count):
        created = START + _dt.timedelta(seconds=int(span * (i + rng.random()) / max(count, 1)))
        created = created.replace(microsecond=0)
        status = STATUSES[bisect.bisect(status_cum, rng.random() * status_cum[-1])]
        edit = rng.random()
        if edit < 0.6:
            updated = created + _dt.timedelta(minutes=rng.randint(5, 600))
        elif edit < 0.95:
            updated = created + _dt.timedelta(days=rng.randint(1, 40), minutes=rng.randint(0, 600))
        else:
            updated = created + _dt.timedelta(days=rng.randint(40, 900))
        updated = min(updated, END)
        published_at = updated if status in ("published", "archived") else None
        publish_at = None
        if status == "approved" and rng.random() < 0.3:
            publish_at = updated + _dt.timedelta(days=rng.randint(1, 14))
        deleted_at = None
        if rng.random() < TRASH_RATE:
            deleted_at = min(updated + _dt.timedelta(days=rng.randint(1, 60)), END)
        dateline = rng.choice(PLACES)
        official = rng.choice(OFFICIALS)
        title = _title(rng, headlines, created.year)
        base = make_slug(title)
        n = slugs.get(base, 0) + 1
        slugs[base] = n
        slug = base if n == 1 else f"{base}-{n}"
        target = max(1, int(words * rng.uniform(0.75, 1.25)))
        body, word_count = _body(text, rng, target, dateline, created, official, title)
        summary = " ".join(text.pool[rng.randrange(len(text.pool))] for _ in range(2))
        n_tags = rng.choice((0, 1, 1, 2, 2, 2, 3, 3, 4))
        tags = sorted(
            {
                TAGS[min(int(rng.paretovariate(1.2)) - 1, len(TAGS) - 1)]
                if rng.random() < 0.5
                else rng.choice(TAGS)
                for _ in range(n_tags)
            }
        )
        yield {
            "uuid": _uuid4(rng),
            "title": title,
            "slug": slug,
            "summary": summary,
            "body": body,
            "dateline": dateline,
            "category": CATEGORIES[bisect.bisect(category_cum, rng.random() * category_cum[-1])],
            "tags": tags,
            "author": writers[min(int(rng.expovariate(1 / 8)), len(writers) - 1)],
            "status": status,
            "created_at": created,
            "updated_at": updated,
            "publish_at": publish_at,
            "published_at": published_at,
            "deleted_at": deleted_at,
            "word_count": word_count,
        }


# -- database -----------------------------------------------------------------------------------


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def generate_database(
    path_or_url: str | os.PathLike[str],
    count: int,
    seed: int = 0,
    words: int = DEFAULT_WORDS,
    *,
    progress: bool = False,
) -> None:
    """Fill an EMPTY Redaksi database (file path or PostgreSQL URL) with generated articles.

    Bulk inserts through peewee ``insert_many`` in transactions of ``BATCH_SIZE`` articles:
    articles, bodies, tags, the search index and, for published and archived articles, the
    "publish" revision that the website shows. Raises ``ValueError`` for a database that
    already holds articles.
    """
    from peewee import chunked

    from db import search as db_search
    from db.database import backend_of, open_database
    from db.models import (
        Article,
        ArticleBody,
        ArticleTag,
        Category,
        Person,
        Revision,
        Tag,
    )
    from desktop_app.core.text import make_slug

    database = open_database(path_or_url)
    try:
        if Article.select().exists():
            raise ValueError(f"{path_or_url} already holds articles")
        is_sqlite = backend_of(database) == "sqlite"
        if is_sqlite:
            # A bench file is rebuilt rather than recovered: no journal fsyncs while filling.
            database.execute_sql("PRAGMA synchronous = OFF")
        rng = random.Random(f"redaksi-bench-db-{seed}")
        with database.atomic():
            person_ids: dict[str, int] = {}
            for name, role in PEOPLE:
                email = make_slug(name).replace("-", ".") + "@kominfo.example.go.id"
                person_ids[name] = Person.insert(
                    uuid=_uuid4(rng), name=name, email=email, role=role
                ).execute()
            category_ids = {
                name: Category.insert(uuid=_uuid4(rng), name=name, slug=make_slug(name)).execute()
                for name in CATEGORIES
            }
            tag_ids = {
                name: Tag.insert(uuid=_uuid4(rng), name=name, slug=make_slug(name)).execute() for name in TAGS
            }
        editor_ids = [person_ids[name] for name, role in PEOPLE if role == "editor"]
        next_id = (Article.select(Article.id).order_by(Article.id.desc()).scalar() or 0) + 1
        started = time.perf_counter()
        done = 0
        for batch in _chunks(generate_articles(count, seed, words), BATCH_SIZE):
            articles, bodies, links, search_rows, revisions = [], [], [], [], []
            for item in batch:
                article_id = next_id
                next_id += 1
                published = item["published_at"] is not None
                articles.append(
                    (
                        article_id,
                        item["uuid"],
                        item["title"],
                        item["slug"],
                        item["summary"],
                        item["dateline"],
                        category_ids[item["category"]],
                        person_ids[item["author"]],
                        item["status"],
                        item["publish_at"],
                        item["published_at"],
                        1 if published else None,
                        2 if published else 1,
                        item["word_count"],
                        item["created_at"],
                        item["updated_at"],
                        item["deleted_at"],
                    )
                )
                bodies.append((article_id, item["body"]))
                links.extend((article_id, tag_ids[t]) for t in item["tags"])
                search_rows.append((article_id, item["title"], item["summary"], item["body"]))
                if published:
                    revisions.append(
                        (
                            _uuid4(rng),
                            article_id,
                            1,
                            item["title"],
                            item["slug"],
                            item["summary"],
                            item["body"],
                            item["dateline"],
                            item["category"],
                            ",".join(item["tags"]),
                            editor_ids[article_id % len(editor_ids)],
                            "publish",
                            item["published_at"],
                        )
                    )
            with database.atomic():
                for rows in chunked(articles, 500):
                    Article.insert_many(
                        rows,
                        fields=[
                            Article.id,
                            Article.uuid,
                            Article.title,
                            Article.slug,
                            Article.summary,
                            Article.dateline,
                            Article.category,
                            Article.author,
                            Article.status,
                            Article.publish_at,
                            Article.published_at,
                            Article.published_revision,
                            Article.version,
                            Article.word_count,
                            Article.created_at,
                            Article.updated_at,
                            Article.deleted_at,
                        ],
                    ).execute()
                for rows in chunked(bodies, 500):
                    ArticleBody.insert_many(rows, fields=[ArticleBody.article, ArticleBody.body]).execute()
                for rows in chunked(links, 1000):
                    ArticleTag.insert_many(rows, fields=[ArticleTag.article, ArticleTag.tag]).execute()
                for rows in chunked(revisions, 500):
                    Revision.insert_many(
                        rows,
                        fields=[
                            Revision.uuid,
                            Revision.article,
                            Revision.number,
                            Revision.title,
                            Revision.slug,
                            Revision.summary,
                            Revision.body,
                            Revision.dateline,
                            Revision.category_name,
                            Revision.tags,
                            Revision.author,
                            Revision.reason,
                            Revision.created_at,
                        ],
                    ).execute()
                db_search.index_articles_bulk(database, search_rows)
            done += len(batch)
            if progress:
                rate = done / (time.perf_counter() - started)
                print(f"\r{done}/{count} articles ({rate:,.0f}/s)", end="", file=sys.stderr, flush=True)
        if progress:
            print(file=sys.stderr)
        if not is_sqlite:
            database.execute_sql(
                "SELECT setval(pg_get_serial_sequence('article', 'id'),"
                " (SELECT COALESCE(MAX(id), 1) FROM article))"
            )
            database.execute_sql("VACUUM ANALYZE")  # visibility map: index-only counts
        else:
            database.execute_sql("PRAGMA synchronous = FULL")
            database.execute_sql("ANALYZE")
            database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.close()


def cache_path(count: int, seed: int = 0, words: int = DEFAULT_WORDS) -> Path:
    suffix = "" if words == DEFAULT_WORDS else f"-{words}w"
    return CACHE_DIR / f"v{GENERATOR_VERSION}" / f"{count}-{seed}{suffix}.db"


def cached_database(count: int, seed: int = 0, words: int = DEFAULT_WORDS, *, progress: bool = False) -> Path:
    """A generated SQLite file, built on first use and reused after (safe across processes).

    The schema is brought up to date whenever a Redaksi opens it. Do not write to it: copy it.
    """
    path = cache_path(count, seed, words)
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # another process may be building the same file
        if not path.exists():
            partial = path.with_name(path.name + f".partial-{os.getpid()}")
            for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
                leftover.unlink(missing_ok=True)
            generate_database(partial, count, seed, words, progress=progress)
            if Path(f"{partial}-wal").exists():  # closing checkpoints and removes it
                raise RuntimeError(f"{partial}-wal left behind")
            partial.rename(path)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--words", type=int, default=DEFAULT_WORDS)
    parser.add_argument("--db", help="database file or postgresql:// URL (default: the cache)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if args.db:
        generate_database(args.db, args.count, args.seed, args.words, progress=True)
        target = args.db
    else:
        target = str(cached_database(args.count, args.seed, args.words, progress=True))
    print(f"{target}: {args.count} articles in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
