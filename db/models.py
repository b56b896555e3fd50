"""The peewee models of Redaksi.

Models are bound to ``database_proxy``; :func:`db.database.open_database` initialises it.
Article bodies live in their own table (:class:`ArticleBody`) so that listing headlines never
reads them: a 100k-article archive lists in milliseconds because only narrow rows are visited.
"""

from __future__ import annotations

import datetime as _dt
import uuid as _uuid

from peewee import (
    AutoField,
    BlobField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

database_proxy = DatabaseProxy()


def utcnow() -> _dt.datetime:
    """Naive UTC timestamp (what every DateTimeField stores)."""
    return _dt.datetime.now(_dt.UTC).replace(tzinfo=None)


def new_uuid() -> str:
    return str(_uuid.uuid4())


class BaseModel(Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class Person(BaseModel):
    id = AutoField()
    uuid = CharField(max_length=36, unique=True, default=new_uuid)
    name = CharField(max_length=200)
    email = CharField(max_length=200, default="")
    role = CharField(max_length=16, default="writer")
    active = BooleanField(default=True)
    created_at = DateTimeField(default=utcnow)
    #: The password as ``desktop_app.core.auth`` keeps it: a salted scrypt hash that names its
    #: own parameters, never the password. ``""``: no password yet (nobody can sign in as this
    #: person until an admin sets one; every person of a database from before sign-in).
    password_hash = TextField(default="")


class Category(BaseModel):
    id = AutoField()
    uuid = CharField(max_length=36, unique=True, default=new_uuid)
    name = CharField(max_length=200, unique=True)
    slug = CharField(max_length=200, unique=True)


class Tag(BaseModel):
    id = AutoField()
    uuid = CharField(max_length=36, unique=True, default=new_uuid)
    name = CharField(max_length=200, unique=True)
    slug = CharField(max_length=200, unique=True)


class Asset(BaseModel):
    """An image. Originals are kept for the archive; web and thumbnail versions are derived."""

    id = AutoField()
    uuid = CharField(max_length=36, unique=True, default=new_uuid)
    sha256 = CharField(max_length=64, unique=True)
    filename = CharField(max_length=255)
    mime_type = CharField(max_length=64)
    width = IntegerField()
    height = IntegerField()
    bytes = IntegerField()
    alt_text = TextField(default="")
    caption = TextField(default="")
    credit = CharField(max_length=255, default="")
    original = BlobField()
    web = BlobField(null=True)
    web_mime_type = CharField(max_length=64, default="")
    web_width = IntegerField(default=0)
    web_height = IntegerField(default=0)
    thumbnail = BlobField(null=True)
    created_at = DateTimeField(default=utcnow)


class ArticleText(BaseModel):
    """The article's plain text fields, declared once: :class:`Article` and :class:`Revision`
    (a full snapshot) both inherit these columns, and the core copies, snapshots, diffs and
    restores every one of them by name (``desktop_app.core.models.ARTICLE_TEXT_FIELDS``). A new
    plain text field is one line here, its migration and its declaration in the core."""

    title = CharField(max_length=500)
    summary = TextField(default="")
    dateline = CharField(max_length=200, default="")
    #: A press release's responsible official and its contact person (``""`` for other
    #: articles): part of what is approved and published (migration 0015_press_office_records).
    official_name = CharField(max_length=200, default="")
    official_title = CharField(max_length=300, default="")
    contact_name = CharField(max_length=200, default="")
    contact_title = CharField(max_length=300, default="")
    contact_phone = CharField(max_length=50, default="")
    contact_email = CharField(max_length=200, default="")


#: The columns :class:`ArticleText` gives :class:`Article` and :class:`Revision`, in order.
ARTICLE_TEXT_COLUMNS: tuple[str, ...] = tuple(
    f.name for f in ArticleText._meta.sorted_fields if not f.primary_key
)


class Article(ArticleText):
    id = AutoField()
    uuid = CharField(max_length=36, unique=True, default=new_uuid)
    slug = CharField(max_length=200, unique=True)
    category = ForeignKeyField(Category, null=True, backref="articles", on_delete="SET NULL")
    author = ForeignKeyField(Person, null=True, backref="articles", on_delete="SET NULL")
    featured_image = ForeignKeyField(Asset, null=True, on_delete="SET NULL")
    status = CharField(max_length=24, default="draft", index=True)
    publish_at = DateTimeField(null=True)
    published_at = DateTimeField(null=True)
    published_revision = IntegerField(null=True)
    version = IntegerField(default=1)
    word_count = IntegerField(default=0)
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)
    deleted_at = DateTimeField(null=True)
    #: ``news`` or ``press_release`` (a "Siaran Pers"; ``desktop_app.core.models.ArticleKind``).
    kind = CharField(max_length=16, default="news")
    #: A press release's number, given once on its first approval (``""`` until then; the
    #: register, :class:`PressRelease`, keeps every number ever given).
    release_number = CharField(max_length=200, default="")

    # peewee adds ``<name>_id`` for each foreign key; declared here for type checkers only
    category_id: int | None
    author_id: int | None
    featured_image_id: int | None

    class Meta:
        indexes = (
            (("deleted_at", "updated_at"), False),
            (("deleted_at", "created_at"), False),
            (("deleted_at", "status", "updated_at"), False),
            # 0005_headline_indexes. PostgreSQL also gets partial indexes over live articles
            # (0006_postgres_live_indexes): it cannot order by an index after ``IS NULL``.
            (("deleted_at", "title"), False),
            (("category", "deleted_at", "updated_at"), False),
            (("author", "deleted_at", "updated_at"), False),
        )


class ArticleBody(BaseModel):
    """The Markdown body, kept apart from the narrow headline rows."""

    article = ForeignKeyField(Article, primary_key=True, backref="body_row", on_delete="CASCADE")
    body = TextField(default="")

    # peewee adds ``<name>_id`` for each foreign key; declared here for type checkers only
    article_id: int


class ArticleTag(BaseModel):
    article = ForeignKeyField(Article, backref="article_tags", on_delete="CASCADE")
    tag = ForeignKeyField(Tag, backref="article_tags", on_delete="CASCADE")

    # peewee adds ``<name>_id`` for each foreign key; declared here for type checkers only
    article_id: int
    tag_id: int

    class Meta:
        indexes = ((("article", "tag"), True),)


class Revision(ArticleText):
    """A full snapshot of an article's editable fields."""

    id = AutoField()
    uuid = CharField(max_length=36, unique=True, default=new_uuid)
    article = ForeignKeyField(Article, backref="revisions", on_delete="CASCADE")
    number = IntegerField()
    slug = CharField(max_length=200)
    body = TextField(default="")
    category_name = CharField(max_length=200, default="")
    tags = TextField(default="")  # comma separated tag names
    featured_image = IntegerField(null=True)
    #: The words shown with the article's images (the featured one and those in the body) as
    #: they were when this snapshot was taken: JSON ``{asset uuid: [alt, caption, credit]}``.
    #: They belong to what an editor approves; ``""`` in revisions made before they were kept
    #: (see ``desktop_app.core.snapshots``).
    image_words = TextField(default="")
    author = ForeignKeyField(Person, null=True, on_delete="SET NULL")
    reason = CharField(max_length=16, default="save")
    note = TextField(default="")
    created_at = DateTimeField(default=utcnow)

    # peewee adds ``<name>_id`` for each foreign key; declared here for type checkers only
    article_id: int
    author_id: int | None

    class Meta:
        indexes = ((("article", "number"), True),)


class Comment(BaseModel):
    id = AutoField()
    uuid = CharField(max_length=36, unique=True, default=new_uuid)
    article = ForeignKeyField(Article, backref="comments", on_delete="CASCADE")
    parent = ForeignKeyField("self", null=True, backref="replies", on_delete="CASCADE")
    author = ForeignKeyField(Person, null=True, on_delete="SET NULL")
    body = TextField()
    quote = TextField(default="")
    anchor_start = IntegerField(null=True)
    created_at = DateTimeField(default=utcnow)
    resolved_by = ForeignKeyField(Person, null=True, on_delete="SET NULL", backref="+")
    resolved_at = DateTimeField(null=True)

    # peewee adds ``<name>_id`` for each foreign key; declared here for type checkers only
    article_id: int
    parent_id: int | None
    author_id: int | None
    resolved_by_id: int | None


class StatusChange(BaseModel):
    """The audit trail of status changes: one hash chain, each record signed when its actor
    signed it (see ``desktop_app.core.audit``). An article deleted for good keeps its records
    (``article`` becomes NULL; ``article_uuid`` still names it), so the chain stays whole."""

    id = AutoField()
    uuid = CharField(max_length=36, unique=True, default=new_uuid)
    article = ForeignKeyField(Article, null=True, backref="status_changes", on_delete="SET NULL")
    article_uuid = CharField(max_length=36, default="")
    from_status = CharField(max_length=24)
    to_status = CharField(max_length=24)
    actor = ForeignKeyField(Person, null=True, on_delete="SET NULL")
    note = TextField(default="")
    created_at = DateTimeField(default=utcnow)
    refused = BooleanField(default=False)  # an attempt that lost a race (to_status not reached)
    #: The workflow action ("" in records made before actions were kept), the revision it
    #: recorded and the SHA-256 of that revision's fields (see ``core.audit.content_digest``).
    action = CharField(max_length=24, default="")
    revision = IntegerField(null=True)
    content_sha256 = CharField(max_length=64, default="")
    #: The :class:`PersonKey` that signed, and the Ed25519 signature (hex); "" when unsigned.
    signer_key = IntegerField(null=True)
    signature = CharField(max_length=128, default="")
    #: The hash chain: the previous record's ``record_hash`` and this record's own.
    prev_hash = CharField(max_length=64, default="")
    record_hash = CharField(max_length=64, default="")
    #: A record imported from a review package (``desktop_app.core.packages``): the values its
    #: signature was made with where they differ here, as JSON (``{"person": the actor's id
    #: there, "revision": the revision's number there}``); ``""`` for a record made here
    #: (migration 0016_review_packages).
    signed_as = TextField(default="")

    # peewee adds ``<name>_id`` for each foreign key; declared here for type checkers only
    article_id: int | None
    actor_id: int | None


class RoleChange(BaseModel):
    """The audit trail of role changes: its own hash chain, signed like status changes."""

    id = AutoField()
    uuid = CharField(max_length=36, unique=True, default=new_uuid)
    person = ForeignKeyField(Person, null=True, on_delete="SET NULL", backref="+")
    person_uuid = CharField(max_length=36)
    from_role = CharField(max_length=16)
    to_role = CharField(max_length=16)
    actor = ForeignKeyField(Person, null=True, on_delete="SET NULL", backref="+")
    created_at = DateTimeField(default=utcnow)
    signer_key = IntegerField(null=True)
    signature = CharField(max_length=128, default="")
    prev_hash = CharField(max_length=64, default="")
    record_hash = CharField(max_length=64, default="")

    # peewee adds ``<name>_id`` for each foreign key; declared here for type checkers only
    person_id: int | None
    actor_id: int | None


class PersonEvent(BaseModel):
    """The people's audit trail (:class:`StatusChange` is the articles'): people made, renamed,
    given another role, (de)activated or deleted; passwords set, reset or changed; sign-ins
    that succeeded or failed. ``person`` is whom it is about (``None`` for a failed sign-in
    under a name nobody has, or once the person is deleted: ``person_name`` keeps the name);
    ``actor`` who did it. ``old_value`` / ``new_value``: a name or a role before and after,
    never anything of a password. The kinds are ``desktop_app.core.models.PersonEventKind``."""

    id = AutoField()
    uuid = CharField(max_length=36, unique=True, default=new_uuid)
    person = ForeignKeyField(Person, null=True, backref="events", on_delete="SET NULL")
    person_name = CharField(max_length=200, default="")
    actor = ForeignKeyField(Person, null=True, backref="+", on_delete="SET NULL")
    action = CharField(max_length=32)
    old_value = TextField(default="")
    new_value = TextField(default="")
    created_at = DateTimeField(default=utcnow, index=True)

    # peewee adds ``<name>_id`` for each foreign key; declared here for type checkers only
    person_id: int | None
    actor_id: int | None


class PersonKey(BaseModel):
    """A person's Ed25519 signing keys, each with its period of validity. The current key
    (``valid_to`` NULL) keeps its private key, encrypted with a key derived from the person's
    password (``salt``, ``kdf``); a closed key keeps only its public key, to verify what it
    signed."""

    id = AutoField()
    person = ForeignKeyField(Person, backref="+", on_delete="CASCADE")
    public_key = CharField(max_length=64)  # hex
    valid_from = DateTimeField()
    valid_to = DateTimeField(null=True)
    encrypted_private_key = TextField(default="")  # hex of nacl.secret.SecretBox's output
    salt = CharField(max_length=64, default="")  # hex
    kdf = CharField(max_length=100, default="")  # e.g. "argon2id:2:67108864"

    # peewee adds ``<name>_id`` for each foreign key; declared here for type checkers only
    person_id: int


class SignInThrottle(BaseModel):
    """Failed sign-ins in a row under one name (``name_key``: the SHA-256 of the name as
    ``desktop_app.core.people_rules.name_key`` folds it, so a password typed into the name box
    is not kept readable). In the database, so every window and process sees the same count;
    a row exists only while its name has failures."""

    name_key = CharField(max_length=64, primary_key=True)
    failures = IntegerField(default=0)
    last_failure_at = DateTimeField(null=True)


class SiteSetting(BaseModel):
    key = CharField(max_length=100, primary_key=True)
    value = TextField(default="")


class DictionaryWord(BaseModel):
    """The office's shared spelling word list (names, places, acronyms)."""

    word = CharField(max_length=100, primary_key=True)
    added_at = DateTimeField(default=utcnow)


class StyleRule(BaseModel):
    """The office's own house-style rule: ``wrong`` (a word or phrase, matched in any case)
    should be written ``right``, because of ``reason`` (migration 0014_style_rules)."""

    wrong = CharField(max_length=100, primary_key=True)
    right = CharField(max_length=100)
    reason = CharField(max_length=300, default="")
    added_at = DateTimeField(default=utcnow)


class ArticlePresence(BaseModel):
    """Who has an article open for editing, in which window (``session_id``: a random id per
    window), since when and their last heartbeat; see ``desktop_app.core.presence``
    (migration 0011_article_presence)."""

    id = AutoField()
    article = ForeignKeyField(Article, on_delete="CASCADE")
    session_id = CharField(max_length=36)
    person = ForeignKeyField(Person, on_delete="CASCADE")
    since = DateTimeField()
    heartbeat = DateTimeField()
    taken_by = ForeignKeyField(Person, null=True, on_delete="SET NULL", backref="+")
    taken_at = DateTimeField(null=True)
    taken_by_session = CharField(max_length=36, default="")

    # peewee adds ``<name>_id`` for each foreign key; declared here for type checkers only
    article_id: int
    person_id: int
    taken_by_id: int | None

    class Meta:
        table_name = "article_presence"
        indexes = ((("article", "session_id"), True), (("session_id",), False))


class ReleaseCounter(BaseModel):
    """The last press-release sequence number given in a year. Taken with an atomic
    ``INSERT ... ON CONFLICT DO UPDATE ... RETURNING`` inside the approval's transaction: on
    PostgreSQL the row stays locked until that transaction ends, so two workstations approving
    at once are numbered one after the other, and a rolled-back approval gives its number back
    (no gaps). Never decremented: a number is not given twice, even after a deletion."""

    year = IntegerField(primary_key=True)
    last_seq = IntegerField(default=0)


class PressRelease(BaseModel):
    """The register of press-release numbers: one row per number ever given. The row outlives
    its article (``article`` becomes NULL; ``article_uuid`` and ``title`` still name it)."""

    id = AutoField()
    year = IntegerField()
    seq = IntegerField()
    number = CharField(max_length=200, unique=True)
    article = ForeignKeyField(Article, null=True, on_delete="SET NULL", backref="+")
    article_uuid = CharField(max_length=36)
    title = CharField(max_length=500, default="")  # the headline when the number was given
    assigned_at = DateTimeField(default=utcnow)
    assigned_by = ForeignKeyField(Person, null=True, on_delete="SET NULL", backref="+")

    # peewee adds ``<name>_id`` for each foreign key; declared here for type checkers only
    article_id: int | None
    assigned_by_id: int | None

    class Meta:
        table_name = "press_release"
        indexes = ((("year", "seq"), True),)


class Correction(BaseModel):
    """A public correction ("Ralat") of a published article: proposed with its public note,
    then approved (the corrected text becomes the live revision ``published_revision``) or
    rejected. ``state``: ``pending``, ``approved`` or ``rejected``."""

    id = AutoField()
    uuid = CharField(max_length=36, unique=True, default=new_uuid)
    article = ForeignKeyField(Article, null=True, on_delete="SET NULL", backref="+")
    article_uuid = CharField(max_length=36)
    note = TextField()
    state = CharField(max_length=16, default="pending")
    proposed_by = ForeignKeyField(Person, null=True, on_delete="SET NULL", backref="+")
    proposed_at = DateTimeField(default=utcnow)
    proposed_revision = IntegerField(null=True)
    decided_by = ForeignKeyField(Person, null=True, on_delete="SET NULL", backref="+")
    decided_at = DateTimeField(null=True)
    decision_note = TextField(default="")
    published_revision = IntegerField(null=True)

    # peewee adds ``<name>_id`` for each foreign key; declared here for type checkers only
    article_id: int | None
    proposed_by_id: int | None
    decided_by_id: int | None

    class Meta:
        indexes = ((("article", "state"), False),)


class Takedown(BaseModel):
    """A published article taken off the website ("Tarik berita") with a public note. The
    website keeps a withdrawal page at ``path`` (the article's address then) for as long as the
    article is not live again; the row outlives the article."""

    id = AutoField()
    uuid = CharField(max_length=36, unique=True, default=new_uuid)
    article = ForeignKeyField(Article, null=True, on_delete="SET NULL", backref="+")
    article_uuid = CharField(max_length=36)
    slug = CharField(max_length=200)
    title = CharField(max_length=500)
    note = TextField()
    published_at = DateTimeField(null=True)  # when the article had gone online
    withdrawn_at = DateTimeField(default=utcnow)
    actor = ForeignKeyField(Person, null=True, on_delete="SET NULL", backref="+")

    # peewee adds ``<name>_id`` for each foreign key; declared here for type checkers only
    article_id: int | None
    actor_id: int | None


class Official(BaseModel):
    """Someone outside the staff whom articles name with a title (Bupati, Sekda, Kepala
    Dinas, camat...): the officials directory, managed by editors."""

    id = AutoField()
    uuid = CharField(max_length=36, unique=True, default=new_uuid)
    name = CharField(max_length=200)
    created_at = DateTimeField(default=utcnow)


class OfficialTitle(BaseModel):
    """A title an official held, from ``valid_from`` to ``valid_to`` (inclusive dates; NULL:
    still holds it). ``acting``: as "Plt." (acting head). ``aliases``: other ways articles write
    the title, one a line (e.g. "Kepala Dinas Kominfo", "Kadiskominfo")."""

    id = AutoField()
    uuid = CharField(max_length=36, unique=True, default=new_uuid)
    official = ForeignKeyField(Official, on_delete="CASCADE", backref="titles")
    title = CharField(max_length=300)
    unit = CharField(max_length=300, default="")
    acting = BooleanField(default=False)
    valid_from = DateField()
    valid_to = DateField(null=True)
    aliases = TextField(default="")

    # peewee adds ``<name>_id`` for each foreign key; declared here for type checkers only
    official_id: int

    class Meta:
        table_name = "official_title"


class WpPost(BaseModel):
    """The WordPress post an article became on a site (migration 0017_wordpress).
    ``modified_gmt`` is the post's as WordPress answered Redaksi's last send: when the post says
    otherwise, someone changed it on WordPress and it is not overwritten without asking."""

    id = AutoField()
    article = ForeignKeyField(Article, on_delete="CASCADE", backref="+")
    site = CharField(max_length=500)
    post_id = IntegerField()
    link = CharField(max_length=1000, default="")
    status = CharField(max_length=16, default="")  # WordPress's: publish, future, draft
    modified_gmt = CharField(max_length=32, default="")
    sent_revision = IntegerField(null=True)
    sent_at = DateTimeField(default=utcnow)

    # peewee adds ``<name>_id`` for each foreign key; declared here for type checkers only
    article_id: int

    class Meta:
        table_name = "wp_post"
        indexes = ((("article", "site"), True),)


class WpMedia(BaseModel):
    """An image already in a WordPress site's media library, by the SHA-256 of what was
    uploaded: each image is uploaded once per site."""

    id = AutoField()
    site = CharField(max_length=500)
    sha256 = CharField(max_length=64)
    media_id = IntegerField()
    source_url = CharField(max_length=1000, default="")
    uploaded_at = DateTimeField(default=utcnow)

    class Meta:
        table_name = "wp_media"
        indexes = ((("site", "sha256"), True),)


class WpOutbox(BaseModel):
    """A send to WordPress: queued in the transaction of the workflow action that asked for it
    (``operation``: ``publish`` or ``unpublish``), then tried by a worker. ``state``:
    ``pending`` (waiting or retrying after ``next_attempt_at``), ``done``, ``failed`` (needs a
    person: a refused password, a missing permission) or ``conflict`` (the post was changed on
    WordPress since the last send)."""

    id = AutoField()
    article = ForeignKeyField(Article, null=True, on_delete="SET NULL", backref="+")
    article_uuid = CharField(max_length=36)
    operation = CharField(max_length=16)
    state = CharField(max_length=16, default="pending", index=True)
    attempts = IntegerField(default=0)
    next_attempt_at = DateTimeField(default=utcnow)
    last_error = TextField(default="")
    requested_by = ForeignKeyField(Person, null=True, on_delete="SET NULL", backref="+")
    created_at = DateTimeField(default=utcnow)
    finished_at = DateTimeField(null=True)

    # peewee adds ``<name>_id`` for each foreign key; declared here for type checkers only
    article_id: int | None
    requested_by_id: int | None

    class Meta:
        table_name = "wp_outbox"
        indexes = ((("article", "state"), False),)


class ImportSource(BaseModel):
    """A post of another system (WordPress, a Markdown folder) and the article it became
    (``desktop_app.core.imports.store``; migration 0018_import_sources). ``source_key`` names the
    post in its source for good; ``source_modified`` is the source's own modification time at the
    last import and ``revision`` the article's revision that import recorded. ``article`` is NULL
    once the article was deleted for good (``article_uuid`` still names it): the post is then not
    imported again."""

    id = AutoField()
    source_key = CharField(max_length=1000, unique=True)
    article = ForeignKeyField(Article, null=True, on_delete="SET NULL", backref="+")
    article_uuid = CharField(max_length=36, default="")
    source_modified = DateTimeField(null=True)
    revision = IntegerField(null=True)
    #: The status and version the import gave the article (another version since: it was
    #: edited in Redaksi, and is not overwritten), and the SHA-256 of the post as read from its
    #: source (an unchanged post is not stored again).
    status = CharField(max_length=24, default="")
    article_version = IntegerField(null=True)
    content_sha256 = CharField(max_length=64, default="")
    imported_at = DateTimeField(default=utcnow)

    # peewee adds ``<name>_id`` for each foreign key; declared here for type checkers only
    article_id: int | None

    class Meta:
        table_name = "import_source"


class DatabaseIdentity(BaseModel):
    """This database's own stable id (one row, made by migration 0016_review_packages): review
    packages name the database they come from and the one they are for."""

    id = IntegerField(primary_key=True)
    uuid = CharField(max_length=36, unique=True)
    created_at = DateTimeField(default=utcnow)

    class Meta:
        table_name = "database_identity"


class PackagePartner(BaseModel):
    """Another database this one exchanged review packages with: its id, the name of the last
    person who sent from it, when it was first and last heard of."""

    uuid = CharField(max_length=36, primary_key=True)
    name = CharField(max_length=200, default="")
    first_seen = DateTimeField(default=utcnow)
    last_seen = DateTimeField(default=utcnow)

    class Meta:
        table_name = "package_partner"


class PackageSync(BaseModel):
    """What a partner database last saw of an article (sent to it or received from it): the
    revision both had then (the *common revision*, by uuid) and the article's status then."""

    id = AutoField()
    partner = CharField(max_length=36)
    article_uuid = CharField(max_length=36)
    revision_uuid = CharField(max_length=36, default="")
    status = CharField(max_length=24, default="")
    revisions = TextField(default="")
    updated_at = DateTimeField(default=utcnow)

    class Meta:
        table_name = "package_sync"
        indexes = ((("partner", "article_uuid"), True),)


class PackageEvent(BaseModel):
    """The audit trail of review packages: every one sent and imported, by whom, when, and
    what it changed (``summary``: JSON)."""

    id = AutoField()
    uuid = CharField(max_length=36, unique=True, default=new_uuid)
    package = CharField(max_length=36, index=True)
    direction = CharField(max_length=16)  # "sent" or "imported"
    partner = CharField(max_length=36, default="")
    actor = ForeignKeyField(Person, null=True, on_delete="SET NULL", backref="+")
    created_at = DateTimeField(default=utcnow)
    file_sha256 = CharField(max_length=64, default="")
    summary = TextField(default="")

    # peewee adds ``<name>_id`` for each foreign key; declared here for type checkers only
    actor_id: int | None

    class Meta:
        table_name = "package_event"


class PackageConflict(BaseModel):
    """An article both sides changed: the incoming text is the conflict revision ``revision``;
    the article shows the conflict banner until someone keeps theirs or takes the other."""

    id = AutoField()
    article = ForeignKeyField(Article, on_delete="CASCADE", backref="+")
    revision = IntegerField()
    package = CharField(max_length=36)
    sender = CharField(max_length=200, default="")
    created_at = DateTimeField(default=utcnow)
    settled_at = DateTimeField(null=True)
    settled_by = ForeignKeyField(Person, null=True, on_delete="SET NULL", backref="+")
    outcome = CharField(max_length=16, default="")  # "kept_mine" or "took_theirs"

    # peewee adds ``<name>_id`` for each foreign key; declared here for type checkers only
    article_id: int
    settled_by_id: int | None

    class Meta:
        table_name = "package_conflict"


ALL_MODELS = (
    Person,
    Category,
    Tag,
    Asset,
    Article,
    ArticleBody,
    ArticleTag,
    Revision,
    Comment,
    StatusChange,
    RoleChange,
    PersonKey,
    SiteSetting,
    DictionaryWord,
    StyleRule,
    ArticlePresence,
    PersonEvent,
    SignInThrottle,
    ReleaseCounter,
    PressRelease,
    Correction,
    Takedown,
    Official,
    OfficialTitle,
    WpPost,
    WpMedia,
    WpOutbox,
    ImportSource,
    DatabaseIdentity,
    PackagePartner,
    PackageSync,
    PackageEvent,
    PackageConflict,
)
