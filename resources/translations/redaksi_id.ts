<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
    <context>
        <name>App</name>
        <message>
            <source>Redaksi</source>
            <translation type="unfinished">Redaksi</translation>
        </message>
    </context>
    <context>
        <name>ArticleCommands</name>
        <message>
            <source>Move “{0}” to Trash</source>
            <translation>Pindahkan “{0}” ke Sampah</translation>
        </message>
        <message>
            <source>Restored from the Trash.</source>
            <translation>Dipulihkan dari Sampah.</translation>
        </message>
        <message>
            <source> (copy)</source>
            <translation> (salinan)</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(tanpa judul)</translation>
        </message>
        <message>
            <source>“{0}” moved to the Trash.</source>
            <translation>“{0}” dipindahkan ke Sampah.</translation>
        </message>
        <message>
            <source>Delete Forever</source>
            <translation>Hapus Permanen</translation>
        </message>
        <message>
            <source>Delete “{0}” and all its revisions forever? This cannot be undone.</source>
            <translation>Hapus “{0}” beserta semua revisinya secara permanen? Ini tidak dapat dibatalkan.</translation>
        </message>
        <message>
            <source>Open Database</source>
            <translation>Buka Basis Data</translation>
        </message>
        <message>
            <source>New Database</source>
            <translation>Basis Data Baru</translation>
        </message>
    </context>
    <context>
        <name>ArticleEditor</name>
        <message>
            <source>Title</source>
            <extracomment>Pause after typing before words/characters/reading time are counted again.</extracomment>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show or hide the article details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slug (web address)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made from the title until you edit it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make the slug from the title again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary (lead)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One or two sentences that open the article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Separated by commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Author</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dateline place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where the news happened, e.g. Arosuka</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Article body (Markdown)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the article here. Markdown: ## heading, **bold**, *italic*, [link](https://…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slug</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category / author</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(nobody)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>link text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The article has been published: its web address stays the same</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edited by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Article text</source>
            <translation>Isi berita</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <source>No article open</source>
            <translation>Belum ada artikel yang dibuka</translation>
        </message>
        <message>
            <source>Pick a headline on the left, or start a new article.</source>
            <translation>Pilih judul di sebelah kiri, atau mulai artikel baru.</translation>
        </message>
        <message>
            <source>New Article</source>
            <translation>Artikel Baru</translation>
        </message>
    </context>
    <context>
        <name>FindReplaceBar</name>
        <message>
            <source>Find and replace</source>
            <translation>Cari dan ganti</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Cari</translation>
        </message>
        <message>
            <source>Replace with</source>
            <translation>Ganti dengan</translation>
        </message>
        <message>
            <source>Match &amp;case</source>
            <translation>Cocokkan &amp;huruf besar/kecil</translation>
        </message>
        <message>
            <source>&amp;Whole words</source>
            <translation>&amp;Kata utuh</translation>
        </message>
        <message>
            <source>Regular e&amp;xpression</source>
            <translation>&amp;Ekspresi reguler</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Sebelumnya</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Berikutnya</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Ganti</translation>
        </message>
        <message>
            <source>Replace all</source>
            <translation>Ganti semua</translation>
        </message>
        <message>
            <source>Search result</source>
            <translation>Hasil pencarian</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Tutup (Esc)</translation>
        </message>
        <message>
            <source>Close find bar</source>
            <translation>Tutup bilah pencarian</translation>
        </message>
        <message>
            <source>Invalid regular expression: %1</source>
            <translation>Ekspresi reguler tidak sah: %1</translation>
        </message>
        <message>
            <source>No match</source>
            <translation>Tidak ditemukan</translation>
        </message>
        <message>
            <source>Continued from the other end</source>
            <translation>Dilanjutkan dari ujung lain</translation>
        </message>
        <message numerus="yes">
            <source>%n replacement(s)</source>
            <translation>
                <numerusform>%n penggantian</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HeadlineList</name>
        <message>
            <source>Search articles</source>
            <translation>Cari artikel</translation>
        </message>
        <message>
            <source>Search articles…</source>
            <translation>Cari artikel…</translation>
        </message>
        <message>
            <source>Show articles with status</source>
            <translation>Tampilkan artikel berstatus</translation>
        </message>
        <message>
            <source>Sort articles by</source>
            <translation>Urutkan artikel menurut</translation>
        </message>
        <message>
            <source>Last updated</source>
            <translation>Terakhir diubah</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Dibuat</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Headlines</source>
            <translation>Daftar judul</translation>
        </message>
        <message>
            <source>All articles</source>
            <translation>Semua artikel</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>Sampah</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n hasil</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation>
                <numerusform>%n artikel</numerusform>
            </translation>
        </message>
        <message>
            <source>New Article</source>
            <translation>Artikel Baru</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Gandakan</translation>
        </message>
        <message>
            <source>Move to Trash</source>
            <translation>Pindahkan ke Sampah</translation>
        </message>
        <message>
            <source>Restore from Trash</source>
            <translation>Pulihkan dari Sampah</translation>
        </message>
        <message>
            <source>Delete Forever…</source>
            <translation>Hapus Permanen…</translation>
        </message>
    </context>
    <context>
        <name>HeadlineModel</name>
        <message>
            <source>(untitled)</source>
            <translation>(tanpa judul)</translation>
        </message>
    </context>
    <context>
        <name>ImageDialog</name>
        <message>
            <source>Insert image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Image properties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Image preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Image details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}
{width} × {height} px, {size} original
Website version: {web_width} × {web_height} px, {web_size}; location (GPS) and camera data removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alt text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the photo shows, for people who cannot see it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caption</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shown under the image: who, what, where</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photographer, or {0}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Office photo ({0})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use as the article's featured image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Alt text:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Caption:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;redit:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Insert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished">&amp;Simpan</translation>
        </message>
        <message>
            <source>Screen readers read this aloud; the website shows it when the image cannot load.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ Alt text is required before the article can be approved. Describe what the photo shows.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Redaksi</source>
            <translation>Redaksi</translation>
        </message>
        <message>
            <source>&amp;New Article</source>
            <translation>Artikel &amp;Baru</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <source>&amp;Open Database…</source>
            <translation>B&amp;uka Basis Data…</translation>
        </message>
        <message>
            <source>New &amp;Database…</source>
            <translation>Basis &amp;Data Baru…</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferensi…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Keluar</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Urungkan</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>U&amp;langi</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Cari…</translation>
        </message>
        <message>
            <source>Find and &amp;Replace…</source>
            <translation>Cari dan &amp;Ganti…</translation>
        </message>
        <message>
            <source>Search &amp;Articles</source>
            <translation>Cari &amp;Artikel</translation>
        </message>
        <message>
            <source>&amp;Bold</source>
            <translation>&amp;Tebal</translation>
        </message>
        <message>
            <source>&amp;Italic</source>
            <translation>&amp;Miring</translation>
        </message>
        <message>
            <source>Insert &amp;Link…</source>
            <translation>Sisipkan &amp;Tautan…</translation>
        </message>
        <message>
            <source>&amp;Heading</source>
            <translation>&amp;Subjudul</translation>
        </message>
        <message>
            <source>&amp;Quote</source>
            <translation>&amp;Kutipan</translation>
        </message>
        <message>
            <source>Bulleted &amp;List</source>
            <translation>&amp;Daftar Berbutir</translation>
        </message>
        <message>
            <source>&amp;Code</source>
            <translation>K&amp;ode</translation>
        </message>
        <message>
            <source>Show &amp;Sidebar</source>
            <translation>Tampilkan &amp;Bilah Samping</translation>
        </message>
        <message>
            <source>Show &amp;Preview</source>
            <translation>Tampilkan &amp;Pratinjau</translation>
        </message>
        <message>
            <source>&amp;Distraction-Free Mode</source>
            <translation>Mode &amp;Fokus Menulis</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>&amp;Gandakan</translation>
        </message>
        <message>
            <source>Move to &amp;Trash</source>
            <translation>Pindahkan ke &amp;Sampah</translation>
        </message>
        <message>
            <source>&amp;Restore from Trash</source>
            <translation>&amp;Pulihkan dari Sampah</translation>
        </message>
        <message>
            <source>Delete &amp;Forever…</source>
            <translation>&amp;Hapus Permanen…</translation>
        </message>
        <message>
            <source>&amp;About Redaksi</source>
            <translation>&amp;Tentang Redaksi</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Tentang &amp;Qt</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Berkas</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Sunting</translation>
        </message>
        <message>
            <source>F&amp;ormat</source>
            <translation>&amp;Format</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Tampilan</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>&amp;Artikel</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ban&amp;tuan</translation>
        </message>
        <message>
            <source>Main Toolbar</source>
            <translation>Bilah Alat Utama</translation>
        </message>
        <message>
            <source>This article could not be saved, so it stays open: {0}</source>
            <translation>Artikel ini tidak dapat disimpan, jadi tetap terbuka: {0}</translation>
        </message>
        <message>
            <source>Last saved {0}</source>
            <translation>Terakhir disimpan {0}</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(tanpa judul)</translation>
        </message>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation>
                <numerusform>%n kata</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n character(s)</source>
            <translation>
                <numerusform>%n karakter</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min read</source>
            <translation>
                <numerusform>%n menit baca</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved {0}, revision recorded</source>
            <translation>Disimpan {0}, revisi dicatat</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>Disimpan {0}</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Urungkan</translation>
        </message>
        <message>
            <source>About Redaksi</source>
            <translation>Tentang Redaksi</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Redaksi {0}&lt;/h3&gt;&lt;p&gt;The newsroom editor for a regional government communications office: write, review, approve and publish.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Redaksi {0}&lt;/h3&gt;&lt;p&gt;Penyunting ruang redaksi untuk dinas komunikasi dan informatika daerah: tulis, tinjau, setujui, dan terbitkan.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Unsaved text</source>
            <translation>Teks belum tersimpan</translation>
        </message>
        <message>
            <source>The article could not be saved: {0}

Close anyway and lose the changes since the last save?</source>
            <translation>Artikel tidak dapat disimpan: {0}

Tetap tutup dan kehilangan perubahan sejak penyimpanan terakhir?</translation>
        </message>
    </context>
    <context>
        <name>MediaLibraryDialog</name>
        <message>
            <source>Media library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Images</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alt text and file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pixels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Used in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where the image is used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Properties…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Insert into article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only images that no article uses can be removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} images, {1} in the database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ no alt text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0} × {1}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{0}
web {1}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation type="unfinished">
                <numerusform>%n artikel</numerusform>
            </translation>
        </message>
        <message>
            <source>not used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not used in any article. It can be removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Used in:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in the text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>featured image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>published version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in the Trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No image selected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Image in use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove “{0}” from the database? This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(untitled)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>“{0}” is not a Redaksi database.</source>
            <translation>“{0}” bukan basis data Redaksi.</translation>
        </message>
        <message>
            <source>“{0}” is an empty file, not a Redaksi database.</source>
            <translation>“{0}” adalah berkas kosong, bukan basis data Redaksi.</translation>
        </message>
        <message>
            <source>“{0}” is damaged (truncated or corrupt). It was not changed; restore it from a backup.</source>
            <translation>“{0}” rusak (terpotong atau korup). Berkas tidak diubah; pulihkan dari cadangan.</translation>
        </message>
        <message>
            <source>“{0}” was made by a newer version of Redaksi. Update Redaksi to open it; the file was not changed.</source>
            <translation>“{0}” dibuat oleh Redaksi versi yang lebih baru. Perbarui Redaksi untuk membukanya; berkas tidak diubah.</translation>
        </message>
        <message>
            <source>“{0}” is read-only. Make it writable or open a copy.</source>
            <translation>“{0}” hanya-baca. Izinkan penulisan atau buka salinannya.</translation>
        </message>
        <message>
            <source>“{0}” is a folder, not a database file.</source>
            <translation>“{0}” adalah folder, bukan berkas basis data.</translation>
        </message>
        <message>
            <source>“{0}” is locked by another program. Close it and try again.</source>
            <translation>“{0}” dikunci oleh program lain. Tutup program itu lalu coba lagi.</translation>
        </message>
        <message>
            <source>“{0}” is missing but its journal (-wal) file is there: the database was moved or deleted. Nothing was created.</source>
            <translation>“{0}” tidak ada, tetapi berkas jurnalnya (-wal) ada: basis data telah dipindahkan atau dihapus. Tidak ada yang dibuat.</translation>
        </message>
        <message>
            <source>Cannot reach the database server {0}. Check the address and the network.</source>
            <translation>Server basis data {0} tidak dapat dihubungi. Periksa alamat dan jaringan.</translation>
        </message>
        <message>
            <source>PostgreSQL support is not installed (install redaksi[postgres]).</source>
            <translation>Dukungan PostgreSQL belum terpasang (pasang redaksi[postgres]).</translation>
        </message>
        <message>
            <source>The folder of “{0}” does not exist.</source>
            <translation>Folder untuk “{0}” tidak ada.</translation>
        </message>
        <message>
            <source>Not found: {0} {1}.</source>
            <translation>Tidak ditemukan: {0} {1}.</translation>
        </message>
        <message>
            <source>Someone else saved this article in the meantime. Your text was kept as revision {0}; nothing was overwritten.</source>
            <translation>Orang lain telah menyimpan artikel ini sementara itu. Teks Anda disimpan sebagai revisi {0}; tidak ada yang ditimpa.</translation>
        </message>
        <message>
            <source>Your role ({0}) may not do this: {1}.</source>
            <translation>Peran Anda ({0}) tidak boleh melakukan ini: {1}.</translation>
        </message>
        <message>
            <source>This cannot be done now: {0}.</source>
            <translation>Ini tidak dapat dilakukan sekarang: {0}.</translation>
        </message>
        <message>
            <source>Unexpected error: {0}</source>
            <translation>Kesalahan tak terduga: {0}</translation>
        </message>
        <message>
            <source>The title is too long (at most {0} characters).</source>
            <translation>Judul terlalu panjang (paling banyak {0} karakter).</translation>
        </message>
        <message>
            <source>The text contains a NUL character, which cannot be stored.</source>
            <translation>Teks mengandung karakter NUL yang tidak dapat disimpan.</translation>
        </message>
        <message>
            <source>Only articles in the Trash can be deleted for good.</source>
            <translation>Hanya artikel di Sampah yang dapat dihapus permanen.</translation>
        </message>
        <message>
            <source>This database already holds articles; demo content is only added to an empty one.</source>
            <translation>Basis data ini sudah berisi artikel; konten contoh hanya ditambahkan ke basis data kosong.</translation>
        </message>
        <message>
            <source>A name is required.</source>
            <translation>Nama wajib diisi.</translation>
        </message>
        <message>
            <source>The name is too long.</source>
            <translation>Nama terlalu panjang.</translation>
        </message>
        <message>
            <source>Unknown role: {0}.</source>
            <translation>Peran tidak dikenal: {0}.</translation>
        </message>
        <message>
            <source>This person wrote articles and cannot be deleted; deactivate them instead.</source>
            <translation>Orang ini menulis artikel sehingga tidak dapat dihapus; nonaktifkan saja.</translation>
        </message>
        <message>
            <source>“{0}” is not an image Redaksi can use. Use a JPEG, PNG, WebP or GIF file.</source>
            <translation>“{0}” bukan gambar yang dapat dipakai Redaksi. Gunakan berkas JPEG, PNG, WebP, atau GIF.</translation>
        </message>
        <message>
            <source>The image “{0}” is damaged or incomplete (perhaps cut off while copying). Nothing was stored.</source>
            <translation>Gambar “{0}” rusak atau tidak lengkap (mungkin terpotong saat disalin). Tidak ada yang disimpan.</translation>
        </message>
        <message>
            <source>The image file is too large (more than {0} MB). Nothing was stored.</source>
            <translation>Berkas gambar terlalu besar (lebih dari {0} MB). Tidak ada yang disimpan.</translation>
        </message>
        <message>
            <source>The image has too many pixels (more than {0} megapixels) and was refused. Nothing was stored.</source>
            <translation>Gambar memiliki terlalu banyak piksel (lebih dari {0} megapiksel) dan ditolak. Tidak ada yang disimpan.</translation>
        </message>
        <message>
            <source>SVG drawings are not accepted because they can carry scripts. Save “{0}” as PNG and add that.</source>
            <translation>Gambar SVG tidak diterima karena dapat membawa skrip. Simpan “{0}” sebagai PNG lalu tambahkan berkas itu.</translation>
        </message>
        <message>
            <source>“{0}” is a HEIC/HEIF photo, which Redaksi cannot read. Export it as JPEG first (or set the phone camera to “Most compatible”).</source>
            <translation>“{0}” adalah foto HEIC/HEIF yang tidak dapat dibaca Redaksi. Ekspor dulu sebagai JPEG (atau atur kamera ponsel ke “Paling kompatibel”).</translation>
        </message>
        <message>
            <source>The file “{0}” does not exist.</source>
            <translation>Berkas “{0}” tidak ada.</translation>
        </message>
        <message>
            <source>The file “{0}” disappeared while it was being read (moved, deleted or its drive removed). Nothing was stored.</source>
            <translation>Berkas “{0}” hilang saat sedang dibaca (dipindahkan, dihapus, atau drive-nya dilepas). Tidak ada yang disimpan.</translation>
        </message>
        <message>
            <source>The file “{0}” cannot be read (no permission?).</source>
            <translation>Berkas “{0}” tidak dapat dibaca (tidak ada izin?).</translation>
        </message>
        <message>
            <source>“{0}” is a folder, not an image file.</source>
            <translation>“{0}” adalah folder, bukan berkas gambar.</translation>
        </message>
        <message>
            <source>The text is too long (at most {0} characters).</source>
            <translation>Teks terlalu panjang (paling banyak {0} karakter).</translation>
        </message>
        <message>
            <source>This image is used in {0} article(s) and cannot be removed. Take it out of those articles first.</source>
            <translation>Gambar ini dipakai di {0} artikel sehingga tidak dapat dihapus. Keluarkan dulu dari artikel tersebut.</translation>
        </message>
        <message>
            <source>Invalid input: {0}</source>
            <translation>Masukan tidak sah: {0}</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferensi</translation>
        </message>
        <message>
            <source>Editor font</source>
            <translation>Fon penyunting</translation>
        </message>
        <message>
            <source>Editor font size</source>
            <translation>Ukuran fon penyunting</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> pt</translation>
        </message>
        <message>
            <source>Show the preview beside the editor</source>
            <translation>Tampilkan pratinjau di samping penyunting</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <source>Autosave delay</source>
            <translation>Jeda simpan otomatis</translation>
        </message>
        <message>
            <source> s</source>
            <translation> detik</translation>
        </message>
        <message>
            <source>A new language is used the next time Redaksi starts.</source>
            <translation>Bahasa baru dipakai saat Redaksi dijalankan berikutnya.</translation>
        </message>
        <message>
            <source>Editor &amp;font:</source>
            <translation>&amp;Fon penyunting:</translation>
        </message>
        <message>
            <source>Font &amp;size:</source>
            <translation>&amp;Ukuran fon:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Bahasa:</translation>
        </message>
        <message>
            <source>&amp;Autosave after a pause of:</source>
            <translation>&amp;Simpan otomatis setelah jeda:</translation>
        </message>
    </context>
    <context>
        <name>PreviewPane</name>
        <message>
            <source>Preview</source>
            <translation>Pratinjau</translation>
        </message>
    </context>
    <context>
        <name>RecentDatabasesMenu</name>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Buka &amp;Terakhir</translation>
        </message>
        <message>
            <source>Clear List</source>
            <translation>Kosongkan Daftar</translation>
        </message>
    </context>
    <context>
        <name>SafetyMessages</name>
        <message>
            <source>Backups of a PostgreSQL database are made on the server (pg_dump); Redaksi backs up SQLite files only.</source>
            <translation>Cadangan basis data PostgreSQL dibuat di server (pg_dump); Redaksi hanya mencadangkan berkas SQLite.</translation>
        </message>
        <message>
            <source>The backup “{0}” does not exist.</source>
            <translation>Cadangan “{0}” tidak ada.</translation>
        </message>
        <message>
            <source>“{0}” is not a Redaksi backup. Nothing was changed.</source>
            <translation>“{0}” bukan cadangan Redaksi. Tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>The backup “{0}” is damaged and cannot be restored. Nothing was changed; choose another backup.</source>
            <translation>Cadangan “{0}” rusak dan tidak dapat dipulihkan. Tidak ada yang diubah; pilih cadangan lain.</translation>
        </message>
        <message>
            <source>The backup “{0}” was made by a newer version of Redaksi. Update Redaksi to restore it.</source>
            <translation>Cadangan “{0}” dibuat oleh Redaksi versi yang lebih baru. Perbarui Redaksi untuk memulihkannya.</translation>
        </message>
        <message>
            <source>“{0}” is open in another Redaksi window or program. Close it there first; nothing was changed.</source>
            <translation>“{0}” sedang terbuka di jendela Redaksi atau program lain. Tutup dulu di sana; tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>Could not write “{0}” (disk full, no permission?). Nothing was changed.</source>
            <translation>Tidak dapat menulis “{0}” (disk penuh, tidak ada izin?). Tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>Not saved: the disk is full. Your text is still here; free some space and press Retry.</source>
            <translation>Belum tersimpan: disk penuh. Teks Anda masih ada di sini; kosongkan sebagian ruang lalu tekan Coba Lagi.</translation>
        </message>
        <message>
            <source>Not saved: the disk reported an error (drive removed or failing?). Your text is still here; press Retry.</source>
            <translation>Belum tersimpan: disk melaporkan kesalahan (drive dilepas atau rusak?). Teks Anda masih ada di sini; tekan Coba Lagi.</translation>
        </message>
        <message>
            <source>Not saved: the database has become read-only. Your text is still here; make the file writable and press Retry.</source>
            <translation>Belum tersimpan: basis data menjadi hanya-baca. Teks Anda masih ada di sini; izinkan penulisan berkas lalu tekan Coba Lagi.</translation>
        </message>
        <message>
            <source>Not saved yet: another program has kept the database locked for a while. Your text is still here; Redaksi retries.</source>
            <translation>Belum tersimpan: program lain mengunci basis data cukup lama. Teks Anda masih ada di sini; Redaksi akan mencoba lagi.</translation>
        </message>
        <message>
            <source>Not saved: the database file was deleted or moved while open. Your text is still here; put the file back and press Retry, or copy your text elsewhere.</source>
            <translation>Belum tersimpan: berkas basis data dihapus atau dipindahkan saat terbuka. Teks Anda masih ada di sini; kembalikan berkasnya lalu tekan Coba Lagi, atau salin teks Anda ke tempat lain.</translation>
        </message>
        <message>
            <source>Not saved: the connection to the database server was lost. Your text is still here; press Retry.</source>
            <translation>Belum tersimpan: sambungan ke server basis data terputus. Teks Anda masih ada di sini; tekan Coba Lagi.</translation>
        </message>
        <message>
            <source>Not saved because of an unexpected error. Your text is still here; press Retry.</source>
            <translation>Belum tersimpan karena kesalahan tak terduga. Teks Anda masih ada di sini; tekan Coba Lagi.</translation>
        </message>
    </context>
    <context>
        <name>SaveBanner</name>
        <message>
            <source>Save problem</source>
            <translation>Masalah penyimpanan</translation>
        </message>
        <message>
            <source>Retry Now</source>
            <translation>Coba Lagi Sekarang</translation>
        </message>
        <message>
            <source>Keep My Text</source>
            <translation>Pertahankan Teks Saya</translation>
        </message>
        <message>
            <source>Load Their Version</source>
            <translation>Muat Versi Mereka</translation>
        </message>
        <message>
            <source>Not saved: {0} Your text is kept here; Redaksi tries again shortly.</source>
            <translation>Belum tersimpan: {0} Teks Anda tetap di sini; Redaksi akan mencoba lagi sebentar lagi.</translation>
        </message>
    </context>
    <context>
        <name>Status</name>
        <message>
            <source>Draft</source>
            <translation>Draf</translation>
        </message>
        <message>
            <source>In review</source>
            <translation>Menunggu tinjauan</translation>
        </message>
        <message>
            <source>Changes requested</source>
            <translation>Perlu revisi</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Disetujui</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Terbit</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Diarsipkan</translation>
        </message>
        <message>
            <source>In Trash</source>
            <translation>Di Sampah</translation>
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <source>Redaksi</source>
            <extracomment>Windows alive in this process (a window replaced by "Open Database" is closed and dropped).</extracomment>
            <translation type="unfinished">Redaksi</translation>
        </message>
        <message>
            <source>“{0}” already exists. Use Open Database to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{0}” does not exist.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
