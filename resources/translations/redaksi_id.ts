<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Redaksi</source>
            <translation>Tentang Redaksi</translation>
        </message>
        <message>
            <source>The newsroom editor for a regional government communications office: write, review, approve and publish news, offline.</source>
            <translation>Aplikasi penyuntingan berita untuk dinas komunikasi dan informatika pemerintah daerah: tulis, tinjau, setujui, dan terbitkan berita, tanpa internet.</translation>
        </message>
        <message>
            <source>&amp;Read…</source>
            <translation>Ba&amp;ca…</translation>
        </message>
        <message>
            <source>Read the full text of the licence</source>
            <translation>Baca teks lengkap lisensi</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versi</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Lisensi</translation>
        </message>
        <message>
            <source>GNU General Public License, version 3 or later ({0})</source>
            <translation>GNU General Public License, versi 3 atau yang lebih baru ({0})</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Buka</translation>
        </message>
        <message>
            <source>Open the data folder in the file manager</source>
            <translation>Buka folder data di pengelola berkas</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Folder data</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Basis data</translation>
        </message>
        <message>
            <source>SQLite file {0}</source>
            <translation>Berkas SQLite {0}</translation>
        </message>
        <message>
            <source>PostgreSQL server {0}</source>
            <translation>Server PostgreSQL {0}</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Cadangan</translation>
        </message>
        <message>
            <source>Settings folder</source>
            <translation>Folder pengaturan</translation>
        </message>
        <message>
            <source>Qt and PySide6</source>
            <translation>Qt dan PySide6</translation>
        </message>
        <message>
            <source>Python</source>
            <translation>Python</translation>
        </message>
        <message>
            <source>System</source>
            <translation>Sistem</translation>
        </message>
        <message>
            <source>&amp;Copy Details</source>
            <translation>&amp;Salin Rincian</translation>
        </message>
        <message>
            <source>Copy these details, to paste into a support request</source>
            <translation>Salin rincian ini untuk ditempelkan ke permintaan bantuan</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Tersalin</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Redaksi</source>
            <translation type="vanished">Redaksi</translation>
        </message>
    </context>
    <context>
        <name>ApprovalSheetRenderer</name>
        <message>
            <source>Writer</source>
            <extracomment>Layout units: the document is laid out at this many units per inch and scaled to the device. A4 with margins an office printer keeps (millimetres). Room a heading needs below it on its page (about three lines), else it starts the next page.</extracomment>
            <translation>Penulis</translation>
        </message>
        <message>
            <source>Editor</source>
            <translation>Redaktur</translation>
        </message>
        <message>
            <source>Approving official</source>
            <translation>Pejabat yang menyetujui</translation>
        </message>
        <message>
            <source>Article {0} · revision {1}</source>
            <translation>Artikel {0} · revisi {1}</translation>
        </message>
        <message>
            <source>DRAFT FOR APPROVAL</source>
            <translation>DRAF UNTUK DISETUJUI</translation>
        </message>
        <message>
            <source>APPROVED TEXT</source>
            <translation>NASKAH YANG DISETUJUI</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Revisi</translation>
        </message>
        <message>
            <source>{0}, saved {1}</source>
            <translation>{0}, disimpan {1}</translation>
        </message>
        <message>
            <source>SHA-256 of the text</source>
            <translation>SHA-256 naskah</translation>
        </message>
        <message>
            <source>(first 12 characters; the QR code holds all of it)</source>
            <translation>(12 karakter pertama; kode QR memuat seluruhnya)</translation>
        </message>
        <message>
            <source>Article number</source>
            <translation>Nomor artikel</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Dicetak</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Disetujui oleh</translation>
        </message>
        <message>
            <source>Press release number</source>
            <translation>Nomor siaran pers</translation>
        </message>
        <message>
            <source>given on approval</source>
            <translation>diberikan saat disetujui</translation>
        </message>
        <message>
            <source>Responsible official</source>
            <translation>Penanggung jawab</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Narahubung</translation>
        </message>
        <message>
            <source>This is a draft: it has not been approved and must not be published. Sign below to approve this exact text (revision {0}).</source>
            <translation>Naskah ini masih draf: belum disetujui dan tidak boleh diterbitkan. Tanda tangani di bawah untuk menyetujui naskah ini persis seperti tercetak (revisi {0}).</translation>
        </message>
        <message>
            <source>The article was edited after this text was approved; this sheet shows the approved text (revision {0}), not the later edits.</source>
            <translation>Artikel diubah setelah naskah ini disetujui; lembar ini memuat naskah yang disetujui (revisi {0}), bukan perubahan sesudahnya.</translation>
        </message>
        <message>
            <source>Date: {0}</source>
            <translation>Tanggal: {0}</translation>
        </message>
        <message>
            <source>Date: ____________</source>
            <translation>Tanggal: ____________</translation>
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation>Pencetak tidak dapat dimulai.</translation>
        </message>
        <message>
            <source>{0} · Article {1}, revision {2} · SHA-256 {3}</source>
            <translation>{0} · Artikel {1}, revisi {2} · SHA-256 {3}</translation>
        </message>
        <message>
            <source>Page {0} of {1}</source>
            <translation>Halaman {0} dari {1}</translation>
        </message>
        <message>
            <source>DRAFT</source>
            <comment>the mark across every page of an unapproved sheet</comment>
            <translation>DRAF</translation>
        </message>
        <message>
            <source>ARTICLE APPROVAL SHEET</source>
            <translation>LEMBAR PERSETUJUAN NASKAH BERITA</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Persetujuan</translation>
        </message>
    </context>
    <context>
        <name>ApproveCorrectionDialog</name>
        <message>
            <source>Approve the correction</source>
            <translation>Setujui ralat</translation>
        </message>
        <message>
            <source>{0} proposed a correction of “{1}” with this public note. Approving puts the current text on the website with the note above it; the published version stays in the History.</source>
            <translation>{0} mengajukan ralat atas “{1}” dengan catatan publik berikut. Jika disetujui, teks saat ini tayang di situs web dengan catatan tersebut di atasnya; versi yang sudah terbit tetap tersimpan di Riwayat.</translation>
        </message>
        <message>
            <source>A writer</source>
            <translation>Seorang penulis</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(tanpa judul)</translation>
        </message>
        <message>
            <source>Approve correction</source>
            <translation>Setujui ralat</translation>
        </message>
        <message>
            <source>Public note</source>
            <translation>Catatan publik</translation>
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
            <translation>Judul berita</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Rincian</translation>
        </message>
        <message>
            <source>Show or hide the article details</source>
            <translation>Tampilkan atau sembunyikan rincian artikel</translation>
        </message>
        <message>
            <source>Slug (web address)</source>
            <translation>Slug (alamat web)</translation>
        </message>
        <message>
            <source>Made from the title until you edit it</source>
            <translation>Dibuat dari judul sampai Anda mengubahnya</translation>
        </message>
        <message>
            <source>From title</source>
            <translation>Dari judul</translation>
        </message>
        <message>
            <source>Make the slug from the title again</source>
            <translation>Buat ulang slug dari judul</translation>
        </message>
        <message>
            <source>Summary (lead)</source>
            <translation>Ringkasan (teras berita)</translation>
        </message>
        <message>
            <source>One or two sentences that open the article</source>
            <translation>Satu atau dua kalimat pembuka berita</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Separated by commas</source>
            <translation>Dipisahkan dengan koma</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Penulis</translation>
        </message>
        <message>
            <source>Dateline place</source>
            <translation>Tempat berita</translation>
        </message>
        <message>
            <source>Where the news happened, e.g. Arosuka</source>
            <translation>Tempat peristiwa, mis. Arosuka</translation>
        </message>
        <message>
            <source>Article type</source>
            <translation>Jenis artikel</translation>
        </message>
        <message>
            <source>Official</source>
            <translation>Penanggung jawab</translation>
        </message>
        <message>
            <source>Name of the responsible official</source>
            <translation>Nama pejabat penanggung jawab</translation>
        </message>
        <message>
            <source>Official's title</source>
            <translation>Jabatan penanggung jawab</translation>
        </message>
        <message>
            <source>e.g. Kepala Dinas Komunikasi dan Informatika</source>
            <translation>mis. Kepala Dinas Komunikasi dan Informatika</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Narahubung</translation>
        </message>
        <message>
            <source>Name of the contact person</source>
            <translation>Nama narahubung</translation>
        </message>
        <message>
            <source>Contact's title</source>
            <translation>Jabatan narahubung</translation>
        </message>
        <message>
            <source>e.g. Pranata Humas</source>
            <translation>mis. Pranata Humas</translation>
        </message>
        <message>
            <source>Telephone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <source>e.g. 0752 123456</source>
            <translation>mis. 0752 123456</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Surel</translation>
        </message>
        <message>
            <source>e.g. humas@example.go.id</source>
            <translation>mis. humas@contoh.go.id</translation>
        </message>
        <message>
            <source>Article body (Markdown)</source>
            <translation>Isi berita (Markdown)</translation>
        </message>
        <message>
            <source>Write the article here. Markdown: ## heading, **bold**, *italic*, [link](https://…)</source>
            <translation>Tulis berita di sini. Markdown: ## subjudul, **tebal**, *miring*, [tautan](https://…)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>Slug</source>
            <translation>Slug</translation>
        </message>
        <message>
            <source>Numbered {0}: it stays a press release</source>
            <translation>Bernomor {0}: tetap siaran pers</translation>
        </message>
        <message>
            <source>A press release gets its number when it is approved</source>
            <translation>Siaran pers mendapat nomor saat disetujui</translation>
        </message>
        <message numerus="yes">
            <source>%n tag(s)</source>
            <translation>
                <numerusform>%n tag</numerusform>
            </translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Ringkasan</translation>
        </message>
        <message>
            <source>Category / author</source>
            <translation type="vanished">Kategori / penulis</translation>
        </message>
        <message>
            <source>(nobody)</source>
            <translation>(tidak ada)</translation>
        </message>
        <message>
            <source>link text</source>
            <translation>teks tautan</translation>
        </message>
        <message>
            <source>The title has {0} characters; at most {1} can be saved. Until it is shorter, the rest of the article is saved and the title keeps its saved wording.</source>
            <translation>Judul ini {0} karakter; paling banyak {1} karakter yang dapat disimpan. Selama judul belum dipendekkan, bagian lain artikel tetap disimpan dan judul yang tersimpan tidak berubah.</translation>
        </message>
        <message numerus="yes">
            <source>Removed %n character(s) that cannot be stored (such as NUL or other control characters). The rest of the text is as you pasted it.</source>
            <translation>
                <numerusform>%n karakter yang tidak dapat disimpan (seperti NUL atau karakter kontrol lain) dihapus. Teks lainnya tetap seperti yang Anda tempelkan.</numerusform>
            </translation>
        </message>
        <message>
            <source>The article has been published: its web address stays the same</source>
            <translation>Artikel sudah terbit: alamat webnya tetap sama</translation>
        </message>
        <message>
            <source>Edited by hand</source>
            <translation>Diubah manual</translation>
        </message>
        <message>
            <source>Article text</source>
            <translation type="vanished">Isi berita</translation>
        </message>
    </context>
    <context>
        <name>BackupNow</name>
        <message>
            <source>This database is on a PostgreSQL server: Redaksi cannot back it up from here. Ask the server's administrator to make a backup there (for example with pg_dump), or to confirm that the server's regular backups are running.</source>
            <extracomment>How long the status bar shows where the backup went (ms).</extracomment>
            <translation>Basis data ini berada di server PostgreSQL: Redaksi tidak dapat mencadangkannya dari sini. Mintalah administrator server membuat cadangan di server itu (misalnya dengan pg_dump), atau memastikan bahwa pencadangan rutin server berjalan.</translation>
        </message>
        <message>
            <source>Backing up the database…</source>
            <translation>Mencadangkan basis data…</translation>
        </message>
        <message>
            <source>Backup made: {0}</source>
            <translation>Cadangan dibuat: {0}</translation>
        </message>
        <message>
            <source>The latest changes of the open article are not in it: they could not be saved.</source>
            <translation>Perubahan terakhir pada artikel yang terbuka tidak termasuk di dalamnya: perubahan itu tidak dapat disimpan.</translation>
        </message>
        <message>
            <source>No backup was made. {0}</source>
            <translation>Cadangan tidak dibuat. {0}</translation>
        </message>
        <message>
            <source>Back Up Now</source>
            <translation>Cadangkan Sekarang</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change my password</source>
            <translation>Ganti kata sandi saya</translation>
        </message>
        <message>
            <source>At least 8 characters. The new password is needed at the next sign-in.</source>
            <translation>Paling sedikit 8 karakter. Kata sandi baru dipakai saat masuk berikutnya.</translation>
        </message>
        <message>
            <source>Change password</source>
            <translation>Ganti kata sandi</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>Kata sandi sekarang</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>Kata sandi baru</translation>
        </message>
        <message>
            <source>New password again</source>
            <translation>Ulangi kata sandi baru</translation>
        </message>
        <message>
            <source>&amp;Current password:</source>
            <translation>Kata sandi &amp;sekarang:</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>Kata sandi &amp;baru:</translation>
        </message>
        <message>
            <source>New password &amp;again:</source>
            <translation>&amp;Ulangi kata sandi baru:</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation type="vanished">Kedua kata sandi tidak sama.</translation>
        </message>
    </context>
    <context>
        <name>ChangeRequestBanner</name>
        <message>
            <source>Changes requested</source>
            <translation>Diminta revisi</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Riwayat</translation>
        </message>
        <message>
            <source>an editor</source>
            <translation>seorang editor</translation>
        </message>
        <message>
            <source>Changes requested by {0} ({1}): {2}</source>
            <translation>Diminta revisi oleh {0} ({1}): {2}</translation>
        </message>
    </context>
    <context>
        <name>ChangeRequestDialog</name>
        <message>
            <source>Request changes</source>
            <translation>Minta revisi</translation>
        </message>
        <message>
            <source>What should the writer change in “{0}”? (required)</source>
            <translation>Apa yang perlu diubah penulis pada “{0}”? (wajib)</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(tanpa judul)</translation>
        </message>
        <message>
            <source>Note to the writer</source>
            <translation>Catatan untuk penulis</translation>
        </message>
        <message>
            <source>For example: add a quote from the Head of Office and the date of the meeting.</source>
            <translation>Misalnya: tambahkan kutipan Kepala Dinas dan tanggal rapat.</translation>
        </message>
    </context>
    <context>
        <name>Checklist</name>
        <message>
            <source>Title (at most 70 characters)</source>
            <translation>Judul (paling banyak 70 karakter)</translation>
        </message>
        <message>
            <source>Lead (summary)</source>
            <translation>Ringkasan (teras berita)</translation>
        </message>
        <message>
            <source>Lead fits a search result (at most 160 characters)</source>
            <translation>Ringkasan muat di hasil pencarian (paling banyak 160 karakter)</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Penulis</translation>
        </message>
        <message>
            <source>Minimum length</source>
            <translation>Panjang minimal</translation>
        </message>
        <message>
            <source>Featured image: alt text and credit</source>
            <translation>Gambar utama: teks alternatif dan kredit foto</translation>
        </message>
        <message>
            <source>No open review comments</source>
            <translation>Tidak ada komentar tinjauan yang terbuka</translation>
        </message>
        <message>
            <source>No spelling errors</source>
            <translation>Tidak ada salah ejaan</translation>
        </message>
        <message>
            <source>Dateline place</source>
            <translation>Tempat berita</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Wajib</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Peringatan</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Mati</translation>
        </message>
        <message>
            <source>{0}: not checked</source>
            <translation>{0}: tidak diperiksa</translation>
        </message>
        <message>
            <source>Title: %n character(s)</source>
            <translation>Judul: %n karakter</translation>
        </message>
        <message>
            <source>Lead: present</source>
            <translation>Ringkasan: ada</translation>
        </message>
        <message>
            <source>Lead: %n character(s)</source>
            <translation>Ringkasan: %n karakter</translation>
        </message>
        <message>
            <source>Category: chosen</source>
            <translation>Kategori: dipilih</translation>
        </message>
        <message>
            <source>Author: named</source>
            <translation>Penulis: ada</translation>
        </message>
        <message>
            <source>Length: %n word(s)</source>
            <translation>Panjang: %n kata</translation>
        </message>
        <message>
            <source>Featured image: none, or described and credited</source>
            <translation>Gambar utama: tidak ada, atau sudah berteks alternatif dan berkredit</translation>
        </message>
        <message>
            <source>Review comments: none open</source>
            <translation>Komentar tinjauan: tidak ada yang terbuka</translation>
        </message>
        <message>
            <source>Spelling: no errors found</source>
            <translation>Ejaan: tidak ada kesalahan</translation>
        </message>
        <message>
            <source>Dateline place: given</source>
            <translation>Tempat berita: ada</translation>
        </message>
        <message>
            <source>The title is missing</source>
            <translation>Judul belum ada</translation>
        </message>
        <message>
            <source>The title has %n character(s); at most 70</source>
            <translation>Judul %n karakter; paling banyak 70</translation>
        </message>
        <message>
            <source>The title has %n character(s); past 60 a search result cuts it</source>
            <translation>Judul %n karakter; lebih dari 60 terpotong di hasil pencarian</translation>
        </message>
        <message>
            <source>The lead (summary) is missing</source>
            <translation>Ringkasan (teras berita) belum ada</translation>
        </message>
        <message>
            <source>The lead has %n character(s); a search result shows 160</source>
            <translation>Ringkasan %n karakter; hasil pencarian menampilkan 160</translation>
        </message>
        <message>
            <source>No category chosen</source>
            <translation>Kategori belum dipilih</translation>
        </message>
        <message>
            <source>No author named</source>
            <translation>Penulis belum ditentukan</translation>
        </message>
        <message>
            <source>%n word(s); the office asks for at least {0}</source>
            <translation>%n kata; kantor meminta paling sedikit {0}</translation>
        </message>
        <message>
            <source>The featured image has no alt text</source>
            <translation>Gambar utama belum punya teks alternatif</translation>
        </message>
        <message>
            <source>The featured image has no credit</source>
            <translation>Gambar utama belum punya kredit foto</translation>
        </message>
        <message>
            <source>The featured image has no alt text and no credit</source>
            <translation>Gambar utama belum punya teks alternatif dan kredit foto</translation>
        </message>
        <message>
            <source>%n review comment(s) still open</source>
            <translation>%n komentar tinjauan masih terbuka</translation>
        </message>
        <message>
            <source>%n word(s) to check: {0}</source>
            <translation>%n kata perlu diperiksa: {0}</translation>
        </message>
        <message>
            <source>The dateline place is missing</source>
            <translation>Tempat berita belum ada</translation>
        </message>
        <message>
            <source>“{0}” needs the warnings accepted first: {1}.</source>
            <translation>“{0}” memerlukan persetujuan atas peringatan dulu: {1}.</translation>
        </message>
        <message>
            <source>“{0}” is not possible yet: {1}.</source>
            <translation>“{0}” belum dapat dilakukan: {1}.</translation>
        </message>
        <message>
            <source>“{0}” has %n warning(s):

{1}

{2} anyway?</source>
            <translation>“{0}” memiliki %n peringatan:

{1}

Tetap {2}?</translation>
        </message>
        <message>
            <source>Officials' titles as on the article's date</source>
            <translation>Jabatan pejabat sesuai tanggal artikel</translation>
        </message>
        <message>
            <source>Officials' titles: as in the directory</source>
            <translation>Jabatan pejabat: sesuai direktori</translation>
        </message>
        <message>
            <source>(and {0} more)</source>
            <translation>(dan {0} lagi)</translation>
        </message>
        <message>
            <source>Press release: responsible official</source>
            <translation>Siaran pers: penanggung jawab</translation>
        </message>
        <message>
            <source>Press release: contact person</source>
            <translation>Siaran pers: narahubung</translation>
        </message>
        <message>
            <source>Responsible official: named</source>
            <translation>Penanggung jawab: disebutkan</translation>
        </message>
        <message>
            <source>Contact person: named, with a telephone or an e-mail</source>
            <translation>Narahubung: disebutkan, dengan telepon atau surel</translation>
        </message>
        <message>
            <source>The press release names no responsible official (name and title)</source>
            <translation>Siaran pers belum menyebutkan penanggung jawab (nama dan jabatan)</translation>
        </message>
        <message>
            <source>The press release needs a contact person with a telephone or an e-mail</source>
            <translation>Siaran pers memerlukan narahubung dengan telepon atau surel</translation>
        </message>
    </context>
    <context>
        <name>ChecklistPanel</name>
        <message>
            <source>Checklist before publishing</source>
            <translation>Daftar periksa sebelum terbit</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Rincian</translation>
        </message>
        <message>
            <source>Show the checklist's items</source>
            <translation>Tampilkan butir daftar periksa</translation>
        </message>
        <message>
            <source>Checklist: missing {0}</source>
            <translation>Daftar periksa: belum ada {0}</translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n peringatan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Checklist: %n warning(s)</source>
            <translation>
                <numerusform>Daftar periksa: %n peringatan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Checklist: ready (%n item(s) checked)</source>
            <translation>
                <numerusform>Daftar periksa: siap (%n butir diperiksa)</numerusform>
            </translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Sembunyikan</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>No articles match.</source>
            <translation>Tidak ada artikel yang cocok.</translation>
        </message>
        <message>
            <source>database: {0}</source>
            <translation>basis data: {0}</translation>
        </message>
        <message>
            <source>schema version: {0} (this Redaksi: {1})</source>
            <translation>versi skema: {0} (Redaksi ini: {1})</translation>
        </message>
        <message>
            <source>integrity: {0}</source>
            <translation>keutuhan: {0}</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>baik</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation>GAGAL</translation>
        </message>
        <message>
            <source>orphaned rows: {0}</source>
            <translation>baris tanpa induk: {0}</translation>
        </message>
        <message>
            <source>images not used by any article: {0} (not a problem)</source>
            <translation>gambar yang tidak dipakai artikel mana pun: {0} (bukan masalah)</translation>
        </message>
        <message>
            <source>result: ok</source>
            <translation>hasil: baik</translation>
        </message>
        <message>
            <source>result: {0} problem(s)</source>
            <translation>hasil: {0} masalah</translation>
        </message>
        <message>
            <source>UNUSABLE ({0})</source>
            <translation>TIDAK DAPAT DIPAKAI ({0})</translation>
        </message>
        <message>
            <source>{0} articles</source>
            <translation>{0} artikel</translation>
        </message>
        <message>
            <source>Backup written to {0}</source>
            <translation>Cadangan ditulis ke {0}</translation>
        </message>
        <message>
            <source>Restored {0} to {1}</source>
            <translation>{0} dipulihkan ke {1}</translation>
        </message>
        <message>
            <source>The previous database was kept as {0}</source>
            <translation>Basis data sebelumnya disimpan sebagai {0}</translation>
        </message>
        <message>
            <source>Added {0} demo articles.</source>
            <translation>{0} artikel contoh ditambahkan.</translation>
        </message>
        <message>
            <source>the base URL must be an http:// or https:// address</source>
            <translation>URL dasar harus berupa alamat http:// atau https://</translation>
        </message>
        <message>
            <source>Exported {0} articles to {1}: {2} files written, {3} unchanged, {4} removed.</source>
            <translation>{0} artikel diekspor ke {1}: {2} berkas ditulis, {3} tidak berubah, {4} dihapus.</translation>
        </message>
        <message>
            <source>Note: no sitemap.xml and no Atom or RSS feed without a base URL (they must give full addresses); give --base-url or set it in Website Settings.</source>
            <translation>Catatan: tanpa URL dasar tidak ada sitemap.xml dan umpan Atom atau RSS (keduanya harus memuat alamat lengkap); berikan --base-url atau atur di Pengaturan Situs Web.</translation>
        </message>
        <message>
            <source>(refused: someone changed the status first)</source>
            <translation>(ditolak: orang lain lebih dulu mengubah status)</translation>
        </message>
        <message>
            <source>No status changes yet.</source>
            <translation>Belum ada perubahan status.</translation>
        </message>
        <message>
            <source>{0} words</source>
            <translation>{0} kata</translation>
        </message>
        <message>
            <source>SQLite file or postgresql:// URL (default: your data folder)</source>
            <translation>berkas SQLite atau URL postgresql:// (bawaan: folder data Anda)</translation>
        </message>
        <message>
            <source>Redaksi, the newsroom editor.</source>
            <translation>Redaksi, penyunting ruang redaksi.</translation>
        </message>
        <message>
            <source>language of the window and of these commands</source>
            <translation>bahasa jendela dan perintah-perintah ini</translation>
        </message>
        <message>
            <source>print JSON (the same in every language)</source>
            <translation>tampilkan JSON (sama dalam setiap bahasa)</translation>
        </message>
        <message>
            <source>list the articles</source>
            <translation>daftar artikel</translation>
        </message>
        <message>
            <source>only articles with this status (draft, in_review, ...)</source>
            <translation type="vanished">hanya artikel dengan status ini (draft, in_review, ...)</translation>
        </message>
        <message>
            <source>the articles in the Trash</source>
            <translation>artikel di Sampah</translation>
        </message>
        <message>
            <source>print one article</source>
            <translation>tampilkan satu artikel</translation>
        </message>
        <message>
            <source>full-text search</source>
            <translation>pencarian teks lengkap</translation>
        </message>
        <message>
            <source>at most this many results</source>
            <translation>paling banyak sejumlah hasil ini</translation>
        </message>
        <message>
            <source>check the database (integrity, foreign keys, schema version, orphans); exit 0 ok, 1 problems, 2 cannot open</source>
            <translation>periksa basis data (keutuhan, kunci asing, versi skema, baris tanpa induk); keluar 0 baik, 1 ada masalah, 2 tidak dapat dibuka</translation>
        </message>
        <message>
            <source>back the database up (into its backups folder by default)</source>
            <translation>cadangkan basis data (bawaan: ke folder cadangannya)</translation>
        </message>
        <message>
            <source>write the backup to this file or folder</source>
            <translation>tulis cadangan ke berkas atau folder ini</translation>
        </message>
        <message>
            <source>list the backups with their article counts</source>
            <translation>daftar cadangan beserta jumlah artikelnya</translation>
        </message>
        <message>
            <source>replace the database by a backup (the current one is kept aside)</source>
            <translation>ganti basis data dengan cadangan (yang sekarang disimpan di sampingnya)</translation>
        </message>
        <message>
            <source>fill an empty database with the demo content</source>
            <translation>isi basis data kosong dengan konten contoh</translation>
        </message>
        <message>
            <source>print the audit trail (status changes) of an article</source>
            <translation>tampilkan jejak audit (perubahan status) sebuah artikel</translation>
        </message>
        <message>
            <source>list the revisions of an article</source>
            <translation>daftar revisi sebuah artikel</translation>
        </message>
        <message>
            <source>print the word-level changes from revision OLD to NEW</source>
            <translation>tampilkan perubahan per kata dari revisi OLD ke NEW</translation>
        </message>
        <message>
            <source>export the published articles as a static website</source>
            <translation>ekspor artikel yang terbit sebagai situs web statis</translation>
        </message>
        <message>
            <source>the website folder</source>
            <translation>folder situs web</translation>
        </message>
        <message>
            <source>the address the site will have (http or https)</source>
            <translation>alamat situs nantinya (http atau https)</translation>
        </message>
        <message>
            <source>rewrite every file</source>
            <translation>tulis ulang semua berkas</translation>
        </message>
        <message>
            <source>article bodies</source>
            <translation>isi artikel</translation>
        </message>
        <message>
            <source>article tags</source>
            <translation>tag artikel</translation>
        </message>
        <message>
            <source>revisions</source>
            <translation>revisi</translation>
        </message>
        <message>
            <source>comments</source>
            <translation>komentar</translation>
        </message>
        <message>
            <source>status changes</source>
            <translation>perubahan status</translation>
        </message>
        <message>
            <source>Unknown status “{0}”. The statuses are: {1}.</source>
            <translation>Status “{0}” tidak dikenal. Status yang ada: {1}.</translation>
        </message>
        <message>
            <source>Give the words to search for.</source>
            <translation>Berikan kata yang ingin dicari.</translation>
        </message>
        <message>
            <source>see “{0} --help”</source>
            <translation>lihat “{0} --help”</translation>
        </message>
        <message>
            <source>“{0}” is not a whole number</source>
            <translation>“{0}” bukan bilangan bulat</translation>
        </message>
        <message>
            <source>“{0}” is not a number greater than zero</source>
            <translation>“{0}” bukan bilangan yang lebih besar dari nol</translation>
        </message>
        <message>
            <source>usage: </source>
            <translation>penggunaan: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>argumen posisi</translation>
        </message>
        <message>
            <source>options</source>
            <translation>opsi</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>tampilkan pesan bantuan ini lalu keluar</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argumen %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>pilihan tidak sah: %(value)r (pilih dari %(choices)s)</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>nilai %(type)s tidak sah: %(value)r</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>argumen tidak dikenal: %s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>argumen berikut wajib diberikan: %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>salah satu argumen %s wajib diberikan</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>tidak boleh bersama argumen %s</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>argumen eksplisit %r diabaikan</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>perlu satu argumen</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>paling banyak satu argumen</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>perlu sedikitnya satu argumen</translation>
        </message>
        <message>
            <source>expected %s argument</source>
            <translation>perlu %s argumen</translation>
        </message>
        <message>
            <source>expected %s arguments</source>
            <translation>perlu %s argumen</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>opsi taksa: %(option)s bisa berarti %(matches)s</translation>
        </message>
        <message>
            <source>unexpected option string: %s</source>
            <translation>opsi tidak terduga: %s</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>perintah %(parser_name)r tidak dikenal (pilihan: %(choices)s)</translation>
        </message>
        <message>
            <source>on an unexpected error, print its details (a traceback) too</source>
            <translation>pada kesalahan tak terduga, tampilkan juga rinciannya (traceback)</translation>
        </message>
        <message>
            <source>print the version of Redaksi and exit</source>
            <translation>tampilkan versi Redaksi lalu keluar</translation>
        </message>
        <message>
            <source>only articles with this status: {0}</source>
            <translation>hanya artikel dengan status ini: {0}</translation>
        </message>
        <message>
            <source>the article's number (see “list”)</source>
            <translation>nomor artikel (lihat “list”)</translation>
        </message>
        <message>
            <source>(run it again with --debug for the details)</source>
            <translation>(jalankan lagi dengan --debug untuk rinciannya)</translation>
        </message>
        <message>
            <source>The database “{0}” does not exist; nothing was created. Check the path, or make a new database in the window (File ▸ New Database…).</source>
            <translation>Basis data “{0}” tidak ada; tidak ada yang dibuat. Periksa jalurnya, atau buat basis data baru di jendela (Berkas ▸ Basis Data Baru…).</translation>
        </message>
        <message>
            <source>warning: the previous export's file list (.redaksi-manifest.json) named {0} path(s) outside the output folder, such as “{1}”; they were ignored and nothing there was touched (was the list edited?).</source>
            <translation>peringatan: daftar berkas ekspor sebelumnya (.redaksi-manifest.json) menyebut {0} jalur di luar folder keluaran, misalnya “{1}”; jalur itu diabaikan dan tidak ada yang disentuh di sana (apakah daftar itu diubah orang?).</translation>
        </message>
        <message>
            <source>the record was changed after it was written (it no longer matches its hash)</source>
            <translation>catatan ini diubah setelah ditulis (tidak lagi cocok dengan hash-nya)</translation>
        </message>
        <message>
            <source>the signature does not match the record</source>
            <translation>tanda tangan tidak cocok dengan catatannya</translation>
        </message>
        <message>
            <source>it was signed with a key that is not on record</source>
            <translation>ditandatangani dengan kunci yang tidak terdaftar</translation>
        </message>
        <message>
            <source>it was signed with someone else's key</source>
            <translation>ditandatangani dengan kunci milik orang lain</translation>
        </message>
        <message>
            <source>it was signed with a key that was not valid at that time</source>
            <translation>ditandatangani dengan kunci yang tidak berlaku pada waktu itu</translation>
        </message>
        <message>
            <source>the text was changed after it was signed (the revision no longer matches)</source>
            <translation>teks diubah setelah ditandatangani (revisinya tidak lagi cocok)</translation>
        </message>
        <message>
            <source>the revision it signed is missing</source>
            <translation>revisi yang ditandatanganinya hilang</translation>
        </message>
        <message>
            <source>role changes</source>
            <translation>perubahan peran</translation>
        </message>
        <message>
            <source>Chain of {0} broken at record {1} (position {2}, after record {3}):</source>
            <translation>Rantai {0} putus pada catatan {1} (urutan ke-{2}, sesudah catatan {3}):</translation>
        </message>
        <message>
            <source>Chain of {0} broken at record {1} (position {2}, the first):</source>
            <translation>Rantai {0} putus pada catatan {1} (urutan ke-{2}, yang pertama):</translation>
        </message>
        <message>
            <source>record(s) {0} before it do not belong in the chain (inserted?).</source>
            <translation>catatan {0} sebelumnya bukan bagian dari rantai (disisipkan?).</translation>
        </message>
        <message>
            <source>its predecessor, record {0}, comes after it (reordered?).</source>
            <translation>pendahulunya, catatan {0}, ada sesudahnya (urutannya diubah?).</translation>
        </message>
        <message>
            <source>the record before it is missing (deleted?), or one of the two was changed.</source>
            <translation>catatan sebelumnya hilang (dihapus?), atau salah satu dari keduanya diubah.</translation>
        </message>
        <message>
            <source>valid</source>
            <translation>sah</translation>
        </message>
        <message>
            <source>INVALID</source>
            <translation>TIDAK SAH</translation>
        </message>
        <message>
            <source>unsigned</source>
            <translation>tanpa tanda tangan</translation>
        </message>
        <message>
            <source>status change</source>
            <translation>perubahan status</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>dihapus</translation>
        </message>
        <message>
            <source>Status change {0} (article {1}, {2}, {3}, {4}): {5}</source>
            <translation>Perubahan status {0} (artikel {1}, {2}, {3}, {4}): {5}</translation>
        </message>
        <message>
            <source>Role change {0} ({1}, {2}): {3}</source>
            <translation>Perubahan peran {0} ({1}, {2}): {3}</translation>
        </message>
        <message>
            <source>{0} valid, {1} invalid, {2} unsigned.</source>
            <translation>{0} sah, {1} tidak sah, {2} tanpa tanda tangan.</translation>
        </message>
        <message>
            <source>Chain of {0}: {1} record(s), head {2}</source>
            <translation>Rantai {0}: {1} catatan, ujung {2}</translation>
        </message>
        <message>
            <source>verify the audit trail offline (signatures, approved texts, hash chains); exit 0 all valid, 1 problems</source>
            <translation>periksa jejak audit secara luring (tanda tangan, teks yang disetujui, rantai hash); keluar 0 semua sah, 1 ada masalah</translation>
        </message>
        <message>
            <source>Password of {0}: </source>
            <translation>Kata sandi {0}: </translation>
        </message>
        <message>
            <source>(the password is asked, or read from REDAKSI_PASSWORD)</source>
            <translation>(kata sandi ditanyakan, atau dibaca dari REDAKSI_PASSWORD)</translation>
        </message>
        <message>
            <source>your name: making a backup signs you in</source>
            <translation>nama Anda: membuat cadangan memerlukan masuk</translation>
        </message>
        <message>
            <source>an administrator's name (restoring replaces everything)</source>
            <translation>nama seorang administrator (pemulihan mengganti seluruh isi)</translation>
        </message>
        <message>
            <source>This command changes the database: give your name with --user NAME (the password is asked, or read from REDAKSI_PASSWORD).</source>
            <translation>Perintah ini mengubah basis data: berikan nama Anda dengan --user NAMA (kata sandi ditanyakan, atau dibaca dari REDAKSI_PASSWORD).</translation>
        </message>
        <message>
            <source>Compacting the database…</source>
            <translation>Memadatkan basis data…</translation>
        </message>
        <message>
            <source>Compacting the database: done</source>
            <translation>Memadatkan basis data: selesai</translation>
        </message>
        <message>
            <source>Updating the search index: {0} of {1} articles</source>
            <translation>Memperbarui indeks pencarian: {0} dari {1} artikel</translation>
        </message>
        <message>
            <source>SQLite's full integrity_check (also compares every index with its table; slower)</source>
            <translation>integrity_check lengkap dari SQLite (juga membandingkan setiap indeks dengan tabelnya; lebih lambat)</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>peringatan</translation>
        </message>
        <message>
            <source>MISSING</source>
            <translation>BELUM ADA</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>dilewati</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(tanpa judul)</translation>
        </message>
        <message>
            <source>result: {0} required item(s) missing</source>
            <translation>hasil: {0} butir wajib belum ada</translation>
        </message>
        <message>
            <source>result: {0} warning(s) to accept</source>
            <translation>hasil: {0} peringatan perlu disetujui</translation>
        </message>
        <message>
            <source>result: ready</source>
            <translation>hasil: siap</translation>
        </message>
        <message>
            <source>Run it again with --accept-warnings to go on.</source>
            <translation>Jalankan lagi dengan --accept-warnings untuk melanjutkan.</translation>
        </message>
        <message>
            <source>{0}: “{1}” is now {2}.</source>
            <translation>{0}: “{1}” kini {2}.</translation>
        </message>
        <message>
            <source>print an article's checklist before publishing; exit 0 when nothing required is missing, 1 when something is</source>
            <translation>tampilkan daftar periksa artikel sebelum terbit; keluar 0 bila tidak ada butir wajib yang kurang, 1 bila ada</translation>
        </message>
        <message>
            <source>check as for this action (the open comments count from approval on)</source>
            <translation>periksa seperti untuk tindakan ini (komentar terbuka dihitung mulai dari persetujuan)</translation>
        </message>
        <message>
            <source>send an article for review (after the checklist)</source>
            <translation>ajukan artikel untuk ditinjau (setelah daftar periksa)</translation>
        </message>
        <message>
            <source>approve an article in review (after the checklist)</source>
            <translation>setujui artikel yang sedang ditinjau (setelah daftar periksa)</translation>
        </message>
        <message>
            <source>publish an approved article on the website (after the checklist)</source>
            <translation>terbitkan artikel yang disetujui di situs web (setelah daftar periksa)</translation>
        </message>
        <message>
            <source>your name</source>
            <translation>nama Anda</translation>
        </message>
        <message>
            <source>go on despite the checklist's warnings (required items still block)</source>
            <translation>lanjutkan meski ada peringatan daftar periksa (butir wajib tetap menghalangi)</translation>
        </message>
        <message>
            <source>title</source>
            <translation>judul</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>ringkasan</translation>
        </message>
        <message>
            <source>body</source>
            <translation>isi</translation>
        </message>
        <message>
            <source>spelling</source>
            <translation>ejaan</translation>
        </message>
        <message>
            <source>house style</source>
            <translation>gaya selingkung</translation>
        </message>
        <message>
            <source>{0} finding(s)</source>
            <translation>{0} temuan</translation>
        </message>
        <message>
            <source>No spelling or house-style findings.</source>
            <translation>Tidak ada temuan ejaan atau gaya selingkung.</translation>
        </message>
        <message>
            <source>print the spelling and house-style findings of an article; exit 0 none, 1 some</source>
            <translation>tampilkan temuan ejaan dan gaya selingkung sebuah artikel; keluar 0 bila tidak ada, 1 bila ada</translation>
        </message>
        <message>
            <source>The folder “{0}” does not exist.</source>
            <translation>Folder “{0}” tidak ada.</translation>
        </message>
        <message>
            <source>Printing needs Qt's graphical part, which cannot start here.</source>
            <translation>Pencetakan memerlukan bagian grafis Qt, yang tidak dapat dimulai di sini.</translation>
        </message>
        <message>
            <source>The file could not be written: {0}</source>
            <translation>Berkas tidak dapat ditulis: {0}</translation>
        </message>
        <message>
            <source>Wrote the approval sheet of article {0} (revision {1}, SHA-256 {2}, {3} page(s)) to {4}.</source>
            <translation>Lembar persetujuan artikel {0} (revisi {1}, SHA-256 {2}, {3} halaman) ditulis ke {4}.</translation>
        </message>
        <message>
            <source>Wrote article {0} (revision {1}) to {2}.</source>
            <translation>Artikel {0} (revisi {1}) ditulis ke {2}.</translation>
        </message>
        <message>
            <source>write an article's approval sheet (to sign; with its QR code) as a PDF file</source>
            <translation>tulis lembar persetujuan artikel (untuk ditandatangani; dengan kode QR-nya) sebagai berkas PDF</translation>
        </message>
        <message>
            <source>the PDF file to write</source>
            <translation>berkas PDF yang ditulis</translation>
        </message>
        <message>
            <source>write an article as a Word or OpenDocument file</source>
            <translation>tulis artikel sebagai berkas Word atau OpenDocument</translation>
        </message>
        <message>
            <source>write a Word document (.docx)</source>
            <translation>tulis dokumen Word (.docx)</translation>
        </message>
        <message>
            <source>Preparing pictures: {0} of {1}</source>
            <translation>Menyiapkan gambar: {0} dari {1}</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(belum ada)</translation>
        </message>
        <message>
            <source>Unknown category “{0}”. The categories are: {1}.</source>
            <translation>Kategori “{0}” tidak dikenal. Kategori yang ada: {1}.</translation>
        </message>
        <message>
            <source>Article number: {0}</source>
            <translation>Nomor artikel: {0}</translation>
        </message>
        <message>
            <source>import a Word document (.docx) as a new draft, its pictures into the media library</source>
            <translation>impor dokumen Word (.docx) sebagai draf baru, gambarnya ke Pustaka Media</translation>
        </message>
        <message>
            <source>the Word document</source>
            <translation>dokumen Word</translation>
        </message>
        <message>
            <source>the draft's category</source>
            <translation>kategori draf</translation>
        </message>
        <message>
            <source>print no progress on a terminal</source>
            <translation>jangan tampilkan kemajuan di terminal</translation>
        </message>
        <message>
            <source>write an OpenDocument text (.odt)</source>
            <translation>tulis dokumen teks OpenDocument (.odt)</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>menunggu persetujuan</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>disetujui</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>ditolak</translation>
        </message>
        <message>
            <source>no corrections or takedowns</source>
            <translation>tidak ada ralat atau penarikan berita</translation>
        </message>
        <message>
            <source>correction, {0} ({1}, {2}): {3}</source>
            <translation>ralat, {0} ({1}, {2}): {3}</translation>
        </message>
        <message>
            <source>why: {0}</source>
            <translation>alasan: {0}</translation>
        </message>
        <message>
            <source>taken down {0} by {1}: {2}</source>
            <translation>ditarik {0} oleh {1}: {2}</translation>
        </message>
        <message>
            <source>propose a public correction of a published article (its edited text)</source>
            <translation>ajukan ralat publik atas artikel yang sudah terbit (teks yang sudah disunting)</translation>
        </message>
        <message>
            <source>put a proposed correction and its public note on the website (after the checklist)</source>
            <translation>tayangkan ralat yang diajukan beserta catatan publiknya di situs web (setelah daftar periksa)</translation>
        </message>
        <message>
            <source>refuse a proposed correction, with a note</source>
            <translation>tolak ralat yang diajukan, dengan catatan</translation>
        </message>
        <message>
            <source>withdraw a published article from the website, with a public note</source>
            <translation>tarik artikel yang sudah terbit dari situs web, dengan catatan publik</translation>
        </message>
        <message>
            <source>the public note readers see above the article (required)</source>
            <translation>catatan publik yang dibaca pembaca di atas artikel (wajib)</translation>
        </message>
        <message>
            <source>why, for the writer (required)</source>
            <translation>alasannya, untuk penulis (wajib)</translation>
        </message>
        <message>
            <source>the public reason on the withdrawal page (required)</source>
            <translation>alasan publik di halaman penarikan berita (wajib)</translation>
        </message>
        <message>
            <source>not a date (YYYY-MM-DD): {0}</source>
            <translation>bukan tanggal (TTTT-BB-HH): {0}</translation>
        </message>
        <message>
            <source>Nobody in the officials directory held a title on {0}.</source>
            <translation>Tidak ada pejabat di direktori yang menjabat pada {0}.</translation>
        </message>
        <message>
            <source>The officials directory is empty.</source>
            <translation>Direktori pejabat masih kosong.</translation>
        </message>
        <message>
            <source>Wrote the website settings and {0} official(s) to {1}.</source>
            <translation>Pengaturan situs web dan {0} pejabat ditulis ke {1}.</translation>
        </message>
        <message>
            <source>Imported {0} website setting(s), {1} checklist setting(s); officials: {2} added, {3} updated.</source>
            <translation>Diimpor: {0} pengaturan situs web, {1} pengaturan daftar periksa; pejabat: {2} ditambahkan, {3} diperbarui.</translation>
        </message>
        <message>
            <source>print the officials directory (with --date: who held which title)</source>
            <translation>cetak direktori pejabat (dengan --date: siapa menjabat apa pada tanggal itu)</translation>
        </message>
        <message>
            <source>the holders on this day</source>
            <translation>para pejabat pada tanggal ini</translation>
        </message>
        <message>
            <source>export or import the website settings with the officials directory (one JSON file)</source>
            <translation>ekspor atau impor pengaturan situs web beserta direktori pejabat (satu berkas JSON)</translation>
        </message>
        <message>
            <source>an administrator's name (for import)</source>
            <translation>nama seorang admin (untuk impor)</translation>
        </message>
        <message>
            <source>added</source>
            <translation>menambahkan</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>mengubah</translation>
        </message>
        <message>
            <source>settings file imported</source>
            <translation>mengimpor berkas pengaturan</translation>
        </message>
        <message>
            <source>list (the default), or history: the directory's audit trail</source>
            <translation>list (bawaan), atau history: jejak audit direktori</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>menghapus</translation>
        </message>
        <message>
            <source>list an article's public corrections and takedowns</source>
            <translation>tampilkan ralat publik dan penarikan sebuah artikel</translation>
        </message>
        <message>
            <source>cannot write {0}: {1}</source>
            <translation>tidak dapat menulis {0}: {1}</translation>
        </message>
        <message>
            <source>{0} number(s) written to {1}</source>
            <translation>{0} nomor ditulis ke {1}</translation>
        </message>
        <message>
            <source>No press release has a number yet.</source>
            <translation>Belum ada siaran pers yang bernomor.</translation>
        </message>
        <message>
            <source>print the register of press-release numbers (every number given, never reused)</source>
            <translation>tampilkan register nomor siaran pers (setiap nomor yang pernah diberikan, tidak pernah dipakai ulang)</translation>
        </message>
        <message>
            <source>only this year's numbers</source>
            <translation>hanya nomor tahun ini</translation>
        </message>
        <message>
            <source>print CSV (UTF-8, a header row) for a spreadsheet</source>
            <translation>tampilkan CSV (UTF-8, dengan baris judul kolom) untuk lembar kerja</translation>
        </message>
        <message>
            <source>write an OpenDocument spreadsheet (.ods) to FILE</source>
            <translation>tulis lembar kerja OpenDocument (.ods) ke FILE</translation>
        </message>
        <message>
            <source>{0} of {1} files, {2} of {3}</source>
            <translation>{0} dari {1} berkas, {2} dari {3}</translation>
        </message>
        <message>
            <source>send    {0}</source>
            <translation>kirim   {0}</translation>
        </message>
        <message>
            <source>remove  {0}</source>
            <translation>hapus   {0}</translation>
        </message>
        <message>
            <source>Would send {0} file(s) ({1}) to {2} and remove {3}; {4} unchanged.</source>
            <translation>Akan mengirim {0} berkas ({1}) ke {2} dan menghapus {3}; {4} tidak berubah.</translation>
        </message>
        <message>
            <source>Uploaded to {0}: {1} file(s) sent ({2}), {3} unchanged, {4} removed.</source>
            <translation>Diunggah ke {0}: {1} berkas dikirim ({2}), {3} tidak berubah, {4} dihapus.</translation>
        </message>
        <message>
            <source>nothing new to upload</source>
            <translation>tidak ada yang baru untuk diunggah</translation>
        </message>
        <message>
            <source>uploaded {0} file(s), removed {1}</source>
            <translation>{0} berkas diunggah, {1} dihapus</translation>
        </message>
        <message>
            <source>next scheduled article: {0}</source>
            <translation>artikel terjadwal berikutnya: {0}</translation>
        </message>
        <message>
            <source>Watching for scheduled articles; Ctrl+C stops.</source>
            <translation>Memantau artikel terjadwal; Ctrl+C untuk berhenti.</translation>
        </message>
        <message>
            <source>give the article's number, or --watch</source>
            <translation>sebutkan nomor artikel, atau --watch</translation>
        </message>
        <message>
            <source>Publishing in the background: on</source>
            <translation>Penerbitan di latar belakang: aktif</translation>
        </message>
        <message>
            <source>Publishing in the background: off</source>
            <translation>Penerbitan di latar belakang: nonaktif</translation>
        </message>
        <message>
            <source>Publishing in the background is off.</source>
            <translation>Penerbitan di latar belakang dinonaktifkan.</translation>
        </message>
        <message>
            <source>Publishing in the background is on: every {0} minutes, scheduled articles are exported and uploaded.</source>
            <translation>Penerbitan di latar belakang aktif: setiap {0} menit, artikel terjadwal diekspor dan diunggah.</translation>
        </message>
        <message>
            <source>To finish, run:</source>
            <translation>Untuk menyelesaikan, jalankan:</translation>
        </message>
        <message>
            <source>the exported website folder (default: the one in Website Settings ▸ Upload)</source>
            <translation>folder situs web hasil ekspor (bawaan: yang ada di Pengaturan Situs Web ▸ Unggah)</translation>
        </message>
        <message>
            <source>send the exported website to the web host (only what changed)</source>
            <translation>kirim situs web hasil ekspor ke server web (hanya yang berubah)</translation>
        </message>
        <message>
            <source>only list what would be sent and removed</source>
            <translation>hanya tampilkan apa yang akan dikirim dan dihapus</translation>
        </message>
        <message>
            <source>send every file again</source>
            <translation>kirim ulang semua berkas</translation>
        </message>
        <message>
            <source>trust a web host seen for the first time when its fingerprint is this one</source>
            <translation>percayai server web yang baru pertama kali dihubungi bila sidik jarinya sama dengan ini</translation>
        </message>
        <message>
            <source>export and upload the website whenever a scheduled article's time comes</source>
            <translation>ekspor dan unggah situs web setiap kali waktu terbit artikel terjadwal tiba</translation>
        </message>
        <message>
            <source>with --watch: one pass, then exit</source>
            <translation>dengan --watch: satu kali putaran, lalu selesai</translation>
        </message>
        <message>
            <source>with --watch: look at least this often</source>
            <translation>dengan --watch: periksa paling tidak sesering ini</translation>
        </message>
        <message>
            <source>keep publishing in the background (a systemd user timer, or Windows' Task Scheduler)</source>
            <translation>tetap menerbitkan di latar belakang (timer pengguna systemd, atau Task Scheduler Windows)</translation>
        </message>
        <message>
            <source>how often to look (default 5 minutes)</source>
            <translation>seberapa sering memeriksa (bawaan 5 menit)</translation>
        </message>
        <message>
            <source>Article {0}: sent to WordPress.</source>
            <translation>Berita {0}: terkirim ke WordPress.</translation>
        </message>
        <message>
            <source>Article {0}: {1}</source>
            <translation>Berita {0}: {1}</translation>
        </message>
        <message>
            <source>Article {0}: the post was changed on WordPress since the last send; not overwritten (send it with: redaksi wp-publish {0} --overwrite).</source>
            <translation>Berita {0}: tulisannya diubah di WordPress sejak pengiriman terakhir; tidak ditimpa (kirim dengan: redaksi wp-publish {0} --overwrite).</translation>
        </message>
        <message>
            <source>Nothing waits to be sent to WordPress.</source>
            <translation>Tidak ada yang menunggu dikirim ke WordPress.</translation>
        </message>
        <message>
            <source>Article {0}: {1} (queued {2} UTC, {3} attempt(s))</source>
            <translation>Berita {0}: {1} (masuk antrean {2} UTC, {3} kali dicoba)</translation>
        </message>
        <message>
            <source>send a published article to the WordPress site now</source>
            <translation>kirim berita yang sudah terbit ke situs WordPress sekarang</translation>
        </message>
        <message>
            <source>send it even if the post was changed on WordPress since the last send</source>
            <translation>kirim meskipun tulisannya diubah di WordPress sejak pengiriman terakhir</translation>
        </message>
        <message>
            <source>an editor's name</source>
            <translation>nama seorang redaktur</translation>
        </message>
        <message>
            <source>send what waits in the WordPress queue once (for a scheduler)</source>
            <translation>kirim sekali semua yang menunggu di antrean WordPress (untuk penjadwal)</translation>
        </message>
        <message>
            <source>list the sends to WordPress that wait (with an article id: all of its sends)</source>
            <translation>daftar pengiriman ke WordPress yang menunggu (dengan nomor berita: semua pengirimannya)</translation>
        </message>
        <message>
            <source>Importing {0} of {1}</source>
            <translation>Mengimpor {0} dari {1}</translation>
        </message>
        <message>
            <source>import a WordPress export file (WXR): its posts become articles, its pictures go to the media library</source>
            <translation>impor berkas ekspor WordPress (WXR): tulisannya menjadi artikel, gambarnya masuk ke pustaka media</translation>
        </message>
        <message>
            <source>the file WordPress saved (Tools ▸ Export)</source>
            <translation>berkas yang disimpan WordPress (Alat ▸ Ekspor)</translation>
        </message>
        <message>
            <source>import the site's pages too, not only its posts</source>
            <translation>impor juga halaman situs, tidak hanya tulisannya</translation>
        </message>
        <message>
            <source>do not fetch the pictures from the web: keep them as links</source>
            <translation>jangan unduh gambar dari web: simpan sebagai tautan</translation>
        </message>
        <message>
            <source>your name (an editor's or admin's)</source>
            <translation>nama Anda (redaktur atau admin)</translation>
        </message>
        <message>
            <source>import a Markdown folder (Hugo, Jekyll, Pelican): its files become articles</source>
            <translation>impor folder Markdown (Hugo, Jekyll, Pelican): berkasnya menjadi artikel</translation>
        </message>
        <message>
            <source>the site's folder or its content folder</source>
            <translation>folder situs atau folder kontennya</translation>
        </message>
        <message>
            <source>write the articles to a Markdown folder (Hugo, Jekyll or Pelican), pictures beside them</source>
            <translation>tulis artikel ke folder Markdown (Hugo, Jekyll, atau Pelican), gambar di sampingnya</translation>
        </message>
        <message>
            <source>the folder to write into (made when missing)</source>
            <translation>folder tujuan (dibuat bila belum ada)</translation>
        </message>
        <message>
            <source>only these articles (default: all)</source>
            <translation>hanya artikel ini (bawaan: semua)</translation>
        </message>
        <message>
            <source>the folder's layout (default: hugo)</source>
            <translation>susunan folder (bawaan: hugo)</translation>
        </message>
        <message>
            <source>import the published posts of a WordPress site, read from the site itself (again: only what is new or changed)</source>
            <translation>impor pos terbit dari situs WordPress, dibaca langsung dari situsnya (impor berikutnya: hanya yang baru atau berubah)</translation>
        </message>
        <message>
            <source>the site's address, e.g. https://kominfo.example.go.id</source>
            <translation>alamat situs, mis. https://kominfo.example.go.id</translation>
        </message>
        <message>
            <source>{0} article(s), {1} revision(s), {2} comment(s) and {3} image(s) written to {4}</source>
            <translation>{0} artikel, {1} revisi, {2} komentar, dan {3} gambar ditulis ke {4}</translation>
        </message>
        <message>
            <source>package {0}, for {1}</source>
            <translation>paket {0}, untuk {1}</translation>
        </message>
        <message>
            <source>a new partner</source>
            <translation>mitra baru</translation>
        </message>
        <message>
            <source>Package {0} from {1}, made {2}</source>
            <translation>Paket {0} dari {1}, dibuat {2}</translation>
        </message>
        <message>
            <source>First package from this database: its sender's key {0}… is trusted from now on.</source>
            <translation>Paket pertama dari basis data ini: kunci tanda tangan pengirimnya {0}… dipercaya mulai sekarang.</translation>
        </message>
        <message>
            <source>{0} revision(s)</source>
            <translation>{0} revisi</translation>
        </message>
        <message>
            <source>{0} comment(s)</source>
            <translation>{0} komentar</translation>
        </message>
        <message>
            <source>{0} by {1}: accepted</source>
            <translation>{0} oleh {1}: diterima</translation>
        </message>
        <message>
            <source>{0} by {1}: NOT accepted ({2})</source>
            <translation>{0} oleh {1}: TIDAK diterima ({2})</translation>
        </message>
        <message>
            <source>  new person: {0} ({1})</source>
            <translation>  orang baru: {0} ({1})</translation>
        </message>
        <message>
            <source>This package was imported on {0}: nothing to do.</source>
            <translation>Paket ini sudah diimpor pada {0}: tidak ada yang perlu dilakukan.</translation>
        </message>
        <message>
            <source>Imported: {0} new, {1} updated, {2} kept, {3} conflict(s), {4} comment(s), {5} approval(s) accepted, {6} record(s) not accepted.</source>
            <translation>Diimpor: {0} baru, {1} diperbarui, {2} dipertahankan, {3} konflik, {4} komentar, {5} persetujuan diterima, {6} catatan tidak diterima.</translation>
        </message>
        <message>
            <source>This database's new id: {0}</source>
            <translation>Id baru basis data ini: {0}</translation>
        </message>
        <message>
            <source>This database: {0}</source>
            <translation>Basis data ini: {0}</translation>
        </message>
        <message>
            <source>Partner {0} ({1}), last heard from {2}</source>
            <translation>Mitra {0} ({1}), terakhir mengirim {2}</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>dikirim</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>diimpor</translation>
        </message>
        <message>
            <source>write articles into a review package for an offline machine</source>
            <translation>tulis artikel ke dalam paket tinjauan untuk komputer luring</translation>
        </message>
        <message>
            <source>the articles' numbers</source>
            <translation>nomor artikel</translation>
        </message>
        <message>
            <source>the package file to write</source>
            <translation>berkas paket yang ditulis</translation>
        </message>
        <message>
            <source>the partner database it is for (see “packages”); “new” for one not heard from yet</source>
            <translation>basis data mitra tujuannya (lihat “packages”); “new” untuk mitra yang belum pernah mengirim</translation>
        </message>
        <message>
            <source>your name: the package is signed by you</source>
            <translation>nama Anda: paket ditandatangani oleh Anda</translation>
        </message>
        <message>
            <source>show what a review package brings, then import it</source>
            <translation>tampilkan isi paket tinjauan, lalu impor</translation>
        </message>
        <message>
            <source>only show what it would change</source>
            <translation>hanya tampilkan apa yang akan berubah</translation>
        </message>
        <message>
            <source>your name: importing signs you in</source>
            <translation>nama Anda: mengimpor memerlukan masuk</translation>
        </message>
        <message>
            <source>list this database's id, its partners and the packages sent and imported</source>
            <translation>tampilkan id basis data ini, mitranya, serta paket yang dikirim dan diimpor</translation>
        </message>
        <message>
            <source>give this database a new id (a copy of another database's file); needs an administrator</source>
            <translation>beri basis data ini id baru (salinan berkas basis data lain); memerlukan admin</translation>
        </message>
        <message>
            <source>an administrator's name (for --new-id)</source>
            <translation>nama admin (untuk --new-id)</translation>
        </message>
        <message>
            <source>Note: no share images and no Share buttons without a base URL (a shared link needs a full address).</source>
            <translation>Catatan: tanpa URL dasar tidak ada gambar berbagi dan tombol Bagikan (tautan yang dibagikan memerlukan alamat lengkap).</translation>
        </message>
        <message>
            <source>  (an administrator confirms it with: --confirm-key {0})</source>
            <translation>  (admin mengonfirmasinya dengan: --confirm-key {0})</translation>
        </message>
        <message>
            <source>(an administrator) accept the new signing key the package brings for this person, after comparing its first characters with them</source>
            <translation>(admin) terima kunci tanda tangan baru yang dibawa paket untuk orang ini, setelah karakter awalnya dicocokkan dengan orang tersebut</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Save conflict</source>
            <translation>Konflik penyimpanan</translation>
        </message>
        <message>
            <source>Someone Else Saved This Article</source>
            <translation>Orang Lain Menyimpan Artikel Ini</translation>
        </message>
        <message>
            <source>This article was saved elsewhere while you were editing it. Nothing was overwritten: both versions are below. Take theirs, keep yours, or edit yours to merge them and save the result.</source>
            <translation>Artikel ini disimpan di tempat lain saat Anda menyuntingnya. Tidak ada yang ditimpa: kedua versi ada di bawah. Ambil versi mereka, pertahankan versi Anda, atau sunting versi Anda untuk menggabungkan keduanya lalu simpan hasilnya.</translation>
        </message>
        <message>
            <source>Saved version (theirs)</source>
            <translation>Versi tersimpan (mereka)</translation>
        </message>
        <message>
            <source>Your version (edit to merge)</source>
            <translation>Versi Anda (sunting untuk menggabungkan)</translation>
        </message>
        <message>
            <source>The saved version (read-only)</source>
            <translation>Versi tersimpan (hanya-baca)</translation>
        </message>
        <message>
            <source>Your version, editable to merge</source>
            <translation>Versi Anda, dapat disunting untuk digabungkan</translation>
        </message>
        <message>
            <source>Take &amp;Theirs</source>
            <translation>Ambil Versi &amp;Mereka</translation>
        </message>
        <message>
            <source>Use the saved version, drop mine</source>
            <translation>Pakai versi tersimpan, buang versi saya</translation>
        </message>
        <message>
            <source>&amp;Keep Mine</source>
            <translation>&amp;Pertahankan Versi Saya</translation>
        </message>
        <message>
            <source>Save my version as the new version</source>
            <translation>Simpan versi saya sebagai versi baru</translation>
        </message>
        <message>
            <source>&amp;Copy Theirs Into Mine</source>
            <translation>&amp;Salin Versi Mereka ke Versi Saya</translation>
        </message>
        <message>
            <source>Append the saved text to mine for merging</source>
            <translation>Tambahkan teks tersimpan ke teks saya untuk digabungkan</translation>
        </message>
        <message>
            <source>&amp;Save Merged</source>
            <translation>Simpan &amp;Gabungan</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <source>Propose a correction</source>
            <translation>Ajukan ralat</translation>
        </message>
        <message>
            <source>The corrected text of “{0}” goes to an editor for approval; the website keeps the published text until then. Write the public note readers will see above the article: what was wrong and what is right now. (required)</source>
            <translation>Teks “{0}” yang sudah diperbaiki dikirim ke redaktur untuk disetujui; sampai saat itu situs web tetap menampilkan teks yang sudah terbit. Tulis catatan publik yang akan dibaca pembaca di atas artikel: apa yang keliru dan apa yang benar. (wajib)</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(tanpa judul)</translation>
        </message>
        <message>
            <source>Propose correction</source>
            <translation>Ajukan ralat</translation>
        </message>
        <message>
            <source>Public note</source>
            <translation>Catatan publik</translation>
        </message>
        <message>
            <source>For example: the article said “di rumuskan”; the right spelling is “dirumuskan”.</source>
            <translation>Contoh: berita menulis “di rumuskan”; penulisan yang benar adalah “dirumuskan”.</translation>
        </message>
        <message>
            <source>the approving editor</source>
            <translation>redaktur yang menyetujui</translation>
        </message>
    </context>
    <context>
        <name>DatabaseHealthBanner</name>
        <message>
            <source>Damaged database</source>
            <translation>Basis data rusak</translation>
        </message>
        <message>
            <source>Restore from Backup…</source>
            <translation>Pulihkan dari Cadangan…</translation>
        </message>
        <message>
            <source>Restore the newest good backup</source>
            <translation>Pulihkan cadangan baik terbaru</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>Rincian…</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Tutup pesan</translation>
        </message>
        <message>
            <source>The newest good backup is from {0}: restore it (the damaged file is kept beside it), after saving a copy of the open article if it has changed since.</source>
            <translation>Cadangan baik terbaru dibuat {0}: pulihkan cadangan itu (berkas yang rusak tetap disimpan di sebelahnya), setelah Anda menyimpan salinan artikel yang terbuka bila artikel itu berubah sejak saat itu.</translation>
        </message>
        <message>
            <source>There is no good backup of it: save a copy of the articles you need (File ▸ Save Copy As…) and ask for help.</source>
            <translation>Tidak ada cadangan yang baik: simpan salinan artikel yang Anda perlukan (Berkas ▸ Simpan Salinan Sebagai…) lalu mintalah bantuan.</translation>
        </message>
        <message>
            <source>This database file is damaged: the check after opening found damaged pages. Some articles may be incomplete or fail to open or save. {0}</source>
            <translation>Berkas basis data ini rusak: pemeriksaan setelah dibuka menemukan halaman yang rusak. Beberapa artikel mungkin tidak lengkap atau gagal dibuka atau disimpan. {0}</translation>
        </message>
    </context>
    <context>
        <name>DocxImport</name>
        <message>
            <source>The file “{0}” does not exist.</source>
            <translation>Berkas “{0}” tidak ada.</translation>
        </message>
        <message>
            <source>The file “{0}” cannot be read (no permission?).</source>
            <translation>Berkas “{0}” tidak dapat dibaca (tidak ada izin?).</translation>
        </message>
        <message>
            <source>“{0}” is a folder, not a Word document.</source>
            <translation>“{0}” adalah folder, bukan dokumen Word.</translation>
        </message>
        <message>
            <source>The file is empty: there is nothing to import.</source>
            <translation>Berkas ini kosong: tidak ada yang dapat diimpor.</translation>
        </message>
        <message>
            <source>The document is larger than {0} MB and was not imported. Save a copy with smaller pictures (in Word: File ▸ Compress Pictures) and import that.</source>
            <translation>Dokumen lebih besar dari {0} MB dan tidak diimpor. Simpan salinan dengan gambar yang lebih kecil (di Word: File ▸ Compress Pictures), lalu impor salinan itu.</translation>
        </message>
        <message>
            <source>The document holds more than {0} pictures and was not imported. Split it into several documents and import them one by one.</source>
            <translation>Dokumen berisi lebih dari {0} gambar dan tidak diimpor. Pecah menjadi beberapa dokumen dan impor satu per satu.</translation>
        </message>
        <message>
            <source>This file is not a Word document (.docx), or it is damaged. Open it in Word or LibreOffice and save it as “Word Document (.docx)”.</source>
            <translation>Berkas ini bukan dokumen Word (.docx), atau rusak. Buka di Word atau LibreOffice, lalu simpan sebagai “Word Document (.docx)”.</translation>
        </message>
        <message>
            <source>The Word document is damaged and cannot be read. Open it in Word (which can often repair it), save it again, and import the new copy.</source>
            <translation>Dokumen Word ini rusak dan tidak dapat dibaca. Buka di Word (yang sering dapat memperbaikinya), simpan lagi, lalu impor salinan baru itu.</translation>
        </message>
        <message>
            <source>The document is protected with a password. Open it in Word, remove the password (File ▸ Info ▸ Protect Document ▸ Encrypt with Password, clear the password), save it and import it again.</source>
            <translation>Dokumen ini dilindungi kata sandi. Buka di Word, hapus kata sandinya (File ▸ Info ▸ Protect Document ▸ Encrypt with Password, kosongkan kata sandi), simpan, lalu impor lagi.</translation>
        </message>
        <message>
            <source>This is a document in the old Word 97–2003 format (.doc). Open it in Word or LibreOffice and save it as “Word Document (.docx)”, then import that.</source>
            <translation>Ini dokumen berformat Word 97–2003 yang lama (.doc). Buka di Word atau LibreOffice, simpan sebagai “Word Document (.docx)”, lalu impor berkas itu.</translation>
        </message>
        <message>
            <source>This is a Rich Text (RTF) file, not a Word document. Open it in Word or LibreOffice and save it as “Word Document (.docx)”, then import that.</source>
            <translation>Ini berkas Rich Text (RTF), bukan dokumen Word. Buka di Word atau LibreOffice, simpan sebagai “Word Document (.docx)”, lalu impor berkas itu.</translation>
        </message>
        <message>
            <source>This is an OpenDocument text (.odt). Open it in LibreOffice and save it as “Word Document (.docx)”, then import that.</source>
            <translation>Ini teks OpenDocument (.odt). Buka di LibreOffice, simpan sebagai “Word Document (.docx)”, lalu impor berkas itu.</translation>
        </message>
        <message>
            <source>The document has no text or pictures that can be imported.</source>
            <translation>Dokumen ini tidak berisi teks atau gambar yang dapat diimpor.</translation>
        </message>
        <message>
            <source>The document cannot be imported ({0}).</source>
            <translation>Dokumen tidak dapat diimpor ({0}).</translation>
        </message>
        <message>
            <source>{0} comment(s) in the document were left out.</source>
            <translation>{0} komentar dalam dokumen tidak ikut diimpor.</translation>
        </message>
        <message>
            <source>The document had {0} tracked change(s): they were taken as accepted (deleted text is gone).</source>
            <translation>Dokumen memuat {0} perubahan terlacak: semuanya dianggap diterima (teks yang dihapus tidak ikut).</translation>
        </message>
        <message>
            <source>{0} table(s) with merged cells or a table inside could not stay tables: each row became a paragraph, cells separated by “·”.</source>
            <translation>{0} tabel dengan sel gabungan atau tabel di dalamnya tidak dapat tetap menjadi tabel: setiap baris menjadi satu paragraf, antarsel dipisah “·”.</translation>
        </message>
        <message>
            <source>{0} picture(s) are only linked (not saved in the document) and were not imported.</source>
            <translation>{0} gambar hanya ditautkan (tidak tersimpan di dalam dokumen) dan tidak diimpor.</translation>
        </message>
        <message>
            <source>{0} picture(s) are damaged and were skipped: {1}.</source>
            <translation>{0} gambar rusak dan dilewati: {1}.</translation>
        </message>
        <message>
            <source>{0} picture(s) are in a format Redaksi cannot use (such as EMF drawings) and were skipped: {1}.</source>
            <translation>{0} gambar berformat yang tidak dapat dipakai Redaksi (misalnya gambar EMF) dan dilewati: {1}.</translation>
        </message>
        <message>
            <source>{0} picture(s) are too large and were skipped: {1}.</source>
            <translation>{0} gambar terlalu besar dan dilewati: {1}.</translation>
        </message>
        <message>
            <source>{0} Word style(s) have no equivalent; their text became plain paragraphs.</source>
            <translation>{0} gaya Word tidak punya padanan; teksnya menjadi paragraf biasa.</translation>
        </message>
        <message>
            <source>{0} item(s) Redaksi cannot show (such as drawings or special symbols) were left out.</source>
            <translation>{0} unsur yang tidak dapat ditampilkan Redaksi (misalnya gambar vektor atau simbol khusus) tidak ikut diimpor.</translation>
        </message>
        <message>
            <source>Left out: {0} ({1}).</source>
            <translation>Tidak ikut diimpor: {0} ({1}).</translation>
        </message>
        <message>
            <source>Imported “{0}” as a new draft.</source>
            <translation>“{0}” diimpor sebagai draf baru.</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(tanpa judul)</translation>
        </message>
        <message>
            <source>Pictures: {0} added to the media library, {1} already there.</source>
            <translation>Gambar: {0} ditambahkan ke Pustaka Media, {1} sudah ada.</translation>
        </message>
    </context>
    <context>
        <name>DocxImportController</name>
        <message>
            <source>I&amp;mport Word Document…</source>
            <extracomment>the new draft's id, after it was stored</extracomment>
            <translation>&amp;Impor Dokumen Word…</translation>
        </message>
        <message>
            <source>Make a new draft from a Word document (.docx) and its pictures</source>
            <translation>Buat draf baru dari dokumen Word (.docx) beserta gambarnya</translation>
        </message>
        <message>
            <source>Import Word Document</source>
            <translation>Impor Dokumen Word</translation>
        </message>
        <message>
            <source>Word documents (*.docx *.docm);;All files (*)</source>
            <translation>Dokumen Word (*.docx *.docm);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>Importing “{0}”…</source>
            <translation>Mengimpor “{0}”…</translation>
        </message>
        <message>
            <source>Preparing pictures: {0} of {1}</source>
            <translation>Menyiapkan gambar: {0} dari {1}</translation>
        </message>
        <message>
            <source>The document was not imported; nothing was stored.</source>
            <translation>Dokumen tidak diimpor; tidak ada yang disimpan.</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <source>{0} new article</source>
            <translation>{0} artikel baru</translation>
        </message>
        <message>
            <source>{0} search the articles</source>
            <translation>{0} cari artikel</translation>
        </message>
        <message>
            <source>No article open</source>
            <translation>Belum ada artikel yang dibuka</translation>
        </message>
        <message>
            <source>Pick a headline on the left to read or edit it, or start a new article: it is saved as you type.</source>
            <translation>Pilih judul di sebelah kiri untuk membaca atau menyuntingnya, atau mulai artikel baru: artikel tersimpan otomatis selama Anda mengetik.</translation>
        </message>
        <message>
            <source>Pick a headline on the left, or start a new article.</source>
            <translation type="vanished">Pilih judul di sebelah kiri, atau mulai artikel baru.</translation>
        </message>
        <message>
            <source>New Article</source>
            <translation>Artikel Baru</translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message>
            <source>Export &amp;Website…</source>
            <translation>&amp;Ekspor Situs Web…</translation>
        </message>
        <message>
            <source>Website &amp;Settings…</source>
            <translation type="vanished">Pe&amp;ngaturan Situs Web…</translation>
        </message>
        <message>
            <source>Copy as &amp;HTML</source>
            <translation>Sa&amp;lin sebagai HTML</translation>
        </message>
        <message>
            <source>Save Article as HT&amp;ML…</source>
            <translation type="vanished">Simpan &amp;Artikel sebagai HTML…</translation>
        </message>
        <message>
            <source>Website Se&amp;ttings…</source>
            <translation>Pe&amp;ngaturan Situs Web…</translation>
        </message>
        <message>
            <source>Sa&amp;ve Article as HTML…</source>
            <translation>Simpan &amp;Artikel sebagai HTML…</translation>
        </message>
        <message>
            <source>Save Article as HTML</source>
            <translation>Simpan Artikel sebagai HTML</translation>
        </message>
        <message>
            <source>Web pages (*.html)</source>
            <translation>Halaman web (*.html)</translation>
        </message>
        <message>
            <source>The file could not be written: {0}</source>
            <translation>Berkas tidak dapat ditulis: {0}</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export Website</source>
            <translation>Ekspor Situs Web</translation>
        </message>
        <message>
            <source>Website folder</source>
            <translation>Folder situs web</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Telusuri…</translation>
        </message>
        <message>
            <source>Base URL</source>
            <translation>URL dasar</translation>
        </message>
        <message>
            <source>Rewrite every file (full export)</source>
            <translation>Tulis ulang semua berkas (ekspor penuh)</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Folder:</translation>
        </message>
        <message>
            <source>&amp;Base URL:</source>
            <translation>&amp;URL dasar:</translation>
        </message>
        <message>
            <source>Export progress</source>
            <translation>Kemajuan ekspor</translation>
        </message>
        <message>
            <source>Only published articles are exported.</source>
            <translation>Hanya artikel yang terbit yang diekspor.</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Ekspor</translation>
        </message>
        <message>
            <source>&amp;Open in Browser</source>
            <translation>&amp;Buka di Peramban</translation>
        </message>
        <message>
            <source>Website Folder</source>
            <translation>Folder Situs Web</translation>
        </message>
        <message>
            <source>Choose a folder for the website.</source>
            <translation>Pilih folder untuk situs web.</translation>
        </message>
        <message>
            <source>The base URL must be an http:// or https:// address.</source>
            <translation>URL dasar harus berupa alamat http:// atau https://.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Mengekspor…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Membatalkan…</translation>
        </message>
        <message>
            <source>Exported {0} articles: {1} files written, {2} unchanged, {3} removed.</source>
            <translation>{0} artikel diekspor: {1} berkas ditulis, {2} tidak berubah, {3} dihapus.</translation>
        </message>
        <message>
            <source>Without a base URL the website has no sitemap and no Atom or RSS feed, as they must give the site's full address. Enter the base URL and export again to add them.</source>
            <translation>Tanpa URL dasar, situs web tidak memiliki peta situs maupun umpan Atom atau RSS, karena keduanya harus memuat alamat lengkap situs. Isi URL dasar, lalu ekspor ulang untuk menambahkannya.</translation>
        </message>
        <message>
            <source>Without a base URL a link shared on WhatsApp, Facebook or X shows no picture and the articles have no Share buttons: both need the site's full address.</source>
            <translation>Tanpa URL dasar, tautan yang dibagikan di WhatsApp, Facebook, atau X tidak menampilkan gambar dan berita tidak memiliki tombol Bagikan: keduanya memerlukan alamat lengkap situs.</translation>
        </message>
        <message numerus="yes">
            <source>The previous export's file list named %n path(s) outside the website folder, such as “{0}”: they were ignored and nothing there was touched. Was the list (.redaksi-manifest.json) edited?</source>
            <translation>
                <numerusform>Daftar berkas ekspor sebelumnya menyebut %n jalur di luar folder situs web, misalnya “{0}”: jalur itu diabaikan dan tidak ada yang disentuh di sana. Apakah daftar itu (.redaksi-manifest.json) diubah orang?</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelled. The previous website was left as it was.</source>
            <translation>Dibatalkan. Situs web sebelumnya dibiarkan seperti semula.</translation>
        </message>
        <message>
            <source>The chosen path is a file, not a folder.</source>
            <translation>Jalur yang dipilih adalah berkas, bukan folder.</translation>
        </message>
        <message>
            <source>The folder holds files that are not a Redaksi website. Choose an empty folder or one that Redaksi exported to before.</source>
            <translation>Folder ini berisi berkas yang bukan situs web Redaksi. Pilih folder kosong atau folder tujuan ekspor Redaksi sebelumnya.</translation>
        </message>
        <message>
            <source>The folder cannot be written.</source>
            <translation>Folder tidak dapat ditulisi.</translation>
        </message>
        <message>
            <source>The website could not be written: {0}. The previous website was left as it was.</source>
            <translation>Situs web tidak dapat ditulis: {0}. Situs web sebelumnya dibiarkan seperti semula.</translation>
        </message>
        <message>
            <source>The export failed: {0}</source>
            <translation>Ekspor gagal: {0}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
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
            <translation type="vanished">Cocokkan &amp;huruf besar/kecil</translation>
        </message>
        <message>
            <source>&amp;Whole words</source>
            <translation type="vanished">&amp;Kata utuh</translation>
        </message>
        <message>
            <source>Regular e&amp;xpression</source>
            <translation type="vanished">&amp;Ekspresi reguler</translation>
        </message>
        <message>
            <source>Match case</source>
            <translation>Huruf besar/kecil</translation>
        </message>
        <message>
            <source>Whole words only</source>
            <translation type="vanished">Hanya kata utuh</translation>
        </message>
        <message>
            <source>Regular expression</source>
            <translation type="vanished">Ekspresi reguler</translation>
        </message>
        <message>
            <source>Case</source>
            <comment>short for Match case</comment>
            <translation>Besar/kecil</translation>
        </message>
        <message>
            <source>Match case: “Pemda” does not find “pemda”</source>
            <translation>Bedakan huruf besar dan kecil: “Pemda” tidak menemukan “pemda”</translation>
        </message>
        <message>
            <source>Whole words</source>
            <translation>Kata utuh</translation>
        </message>
        <message>
            <source>Word</source>
            <comment>short for Whole words</comment>
            <translation>Kata</translation>
        </message>
        <message>
            <source>Whole words only: “rapat” does not find “merapatkan”</source>
            <translation>Hanya kata utuh: “rapat” tidak menemukan “merapatkan”</translation>
        </message>
        <message>
            <source>Pattern (regex)</source>
            <translation>Pola (regex)</translation>
        </message>
        <message>
            <source>Regex</source>
            <comment>short for Pattern (regex)</comment>
            <translation>Regex</translation>
        </message>
        <message>
            <source>Search with a regular expression, e.g. 20\d\d for a year; \1 in the replacement</source>
            <translation>Cari dengan ekspresi reguler, mis. 20\d\d untuk tahun; \1 di teks pengganti</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Sebelumnya</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>Hasil sebelumnya (Shift+Enter)</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Berikutnya</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>Hasil berikutnya (Enter)</translation>
        </message>
        <message>
            <source>Matches</source>
            <translation>Jumlah hasil</translation>
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
        <message>
            <source>{0} of {1}</source>
            <translation>{0} dari {1}</translation>
        </message>
        <message>
            <source>{0} matches</source>
            <translation>{0} hasil</translation>
        </message>
        <message numerus="yes">
            <source>%n match(es)</source>
            <translation>
                <numerusform>%n hasil</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln replacement(s)</source>
            <translation>
                <numerusform>%Ln penggantian</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n replacement(s)</source>
            <translation type="vanished">
                <numerusform>%n penggantian</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FirstAdminDialog</name>
        <message>
            <source>Set up the first administrator</source>
            <translation>Siapkan administrator pertama</translation>
        </message>
        <message>
            <source>Nobody can sign in to this database yet. Choose the administrator's name and password: the administrator then adds the other people and gives them passwords.</source>
            <translation>Belum ada yang dapat masuk ke basis data ini. Tentukan nama dan kata sandi administrator: administrator lalu menambahkan personel lain dan memberi mereka kata sandi.</translation>
        </message>
        <message>
            <source>Set up and sign in</source>
            <translation>Siapkan dan masuk</translation>
        </message>
        <message>
            <source>Administrator's name</source>
            <translation>Nama administrator</translation>
        </message>
        <message>
            <source>Full name</source>
            <extracomment>A database from before sign-in: one of its admins; a new one: any name.</extracomment>
            <translation>Nama lengkap</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Kata sandi</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>Ulangi kata sandi</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nama:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Kata sandi:</translation>
        </message>
        <message>
            <source>Password &amp;again:</source>
            <translation>&amp;Ulangi kata sandi:</translation>
        </message>
        <message>
            <source>Demo database: the other demo accounts sign in with these passwords:</source>
            <translation>Basis data demo: akun demo lainnya masuk dengan kata sandi berikut:</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation type="vanished">Kedua kata sandi tidak sama.</translation>
        </message>
    </context>
    <context>
        <name>FormFields</name>
        <message>
            <source>Browse…</source>
            <translation>Telusuri…</translation>
        </message>
        <message>
            <source>Browse for {0}</source>
            <translation>Telusuri {0}</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>Redaksi Guide</source>
            <extracomment>The guide's languages, each named in its own language (as a language chooser does).</extracomment>
            <translation>Panduan Redaksi</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Daftar isi</translation>
        </message>
        <message>
            <source>Guide text</source>
            <translation>Teks panduan</translation>
        </message>
        <message>
            <source>Language of the guide</source>
            <translation>Bahasa panduan</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Bahasa:</translation>
        </message>
        <message>
            <source>Find in the guide</source>
            <translation>Cari dalam panduan</translation>
        </message>
        <message>
            <source>Find in the guide (Enter: next)</source>
            <translation>Cari dalam panduan (Enter: berikutnya)</translation>
        </message>
    </context>
    <context>
        <name>HeadlineDelegate</name>
        <message>
            <source>%n comment(s)</source>
            <translation>%n komentar</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>HeadlineList</name>
        <message>
            <source>Search articles</source>
            <extracomment>The filter menu's keys (plain strings: they are the items' data). "Scheduled" follows "Published": approved or published articles whose publication time is still ahead (see :func:`desktop_app.core.articles.scheduled_condition`). The filter "For me": what waits on the signed-in person (see HeadlineQuery.waiting_on).</extracomment>
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
            <source>For me</source>
            <translation>Untuk saya</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>Sampah</translation>
        </message>
        <message numerus="yes">
            <source>%Ln+ result(s)</source>
            <translation>
                <numerusform>%Ln+ hasil</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing in the Trash matches this search.</source>
            <translation>Tidak ada artikel di Sampah yang cocok dengan pencarian ini.</translation>
        </message>
        <message>
            <source>Check the spelling, try fewer or other words, or look in all articles.</source>
            <translation>Periksa ejaannya, coba kata lain atau lebih sedikit kata, atau cari di semua artikel.</translation>
        </message>
        <message>
            <source>No articles found for “{0}”</source>
            <translation>Tidak ada artikel untuk “{0}”</translation>
        </message>
        <message>
            <source>Clear search</source>
            <translation>Hapus pencarian</translation>
        </message>
        <message>
            <source>The Trash is empty</source>
            <translation>Tempat sampah kosong</translation>
        </message>
        <message>
            <source>Articles you move to the Trash wait here: you can restore them, or delete them forever.</source>
            <translation>Artikel yang Anda pindahkan ke Sampah disimpan di sini: Anda dapat memulihkannya atau menghapusnya selamanya.</translation>
        </message>
        <message>
            <source>Nothing waits for you</source>
            <translation>Tidak ada yang menunggu Anda</translation>
        </message>
        <message>
            <source>Articles sent back to you with requested changes appear here, and for editors the articles waiting for review.</source>
            <translation>Artikel yang dikembalikan kepada Anda untuk direvisi muncul di sini, dan bagi redaktur juga artikel yang menunggu tinjauan.</translation>
        </message>
        <message>
            <source>Show all articles</source>
            <translation>Tampilkan semua artikel</translation>
        </message>
        <message>
            <source>No articles yet</source>
            <translation>Belum ada artikel</translation>
        </message>
        <message>
            <source>Write the first one: it is saved as you type.</source>
            <translation>Tulis artikel pertama: artikel tersimpan otomatis selama Anda mengetik.</translation>
        </message>
        <message numerus="yes">
            <source>Type at least %n letter(s) to search.</source>
            <translation type="vanished">
                <numerusform>Ketik sedikitnya %n huruf untuk mencari.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln result(s)</source>
            <translation>
                <numerusform>%Ln hasil</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln article(s)</source>
            <translation>
                <numerusform>%Ln artikel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation type="vanished">
                <numerusform>%n hasil</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation type="vanished">
                <numerusform>%n artikel</numerusform>
            </translation>
        </message>
        <message>
            <source>New Article</source>
            <translation>Artikel Baru</translation>
        </message>
        <message>
            <source>Approved or published articles with a publication time still ahead appear here.</source>
            <translation>Artikel yang disetujui atau terbit dengan waktu tayang yang belum tiba muncul di sini.</translation>
        </message>
        <message>
            <source>No article has this status now.</source>
            <translation>Saat ini tidak ada artikel dengan status ini.</translation>
        </message>
        <message>
            <source>No articles: {0}</source>
            <translation>Tidak ada artikel: {0}</translation>
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
        <message>
            <source>Changes requested by {0}: {1}</source>
            <translation>Diminta revisi oleh {0}: {1}</translation>
        </message>
        <message>
            <source>Being edited by {0}</source>
            <translation>Sedang disunting oleh {0}</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>History</source>
            <extracomment>Unchanged paragraphs around a change that stay visible; longer runs fold into "…". The actions whose status change the trail names (a correction leaves the status as it was).</extracomment>
            <translation>Riwayat</translation>
        </message>
        <message>
            <source>Revisions</source>
            <translation>Revisi</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Waktu</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Oleh</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>Compare from revision</source>
            <translation>Bandingkan dari revisi</translation>
        </message>
        <message>
            <source>Compare to revision</source>
            <translation>Bandingkan dengan revisi</translation>
        </message>
        <message>
            <source>Restore this revision…</source>
            <translation>Pulihkan revisi ini…</translation>
        </message>
        <message>
            <source>Restore the selected revision</source>
            <translation>Pulihkan revisi yang dipilih</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Bandingkan</translation>
        </message>
        <message>
            <source>Changes between the two revisions</source>
            <translation>Perubahan antara kedua revisi</translation>
        </message>
        <message>
            <source>Status changes</source>
            <translation>Perubahan status</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Perubahan</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Situs web</translation>
        </message>
        <message>
            <source>Restored revision {0}</source>
            <translation>Revisi {0} dipulihkan</translation>
        </message>
        <message>
            <source>on the website</source>
            <translation>di situs web</translation>
        </message>
        <message>
            <source>was on the website</source>
            <translation>pernah tayang</translation>
        </message>
        <message numerus="yes">
            <source>%Ln word(s)</source>
            <translation>
                <numerusform>%Ln kata</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation type="vanished">
                <numerusform>%n kata</numerusform>
            </translation>
        </message>
        <message>
            <source>Current text</source>
            <translation>Teks saat ini</translation>
        </message>
        <message>
            <source>{0} · {1} · {2}</source>
            <translation>{0} · {1} · {2}</translation>
        </message>
        <message>
            <source>{0} (refused: the status had changed)</source>
            <translation>{0} (ditolak: statusnya sudah berubah)</translation>
        </message>
        <message>
            <source>Signature valid</source>
            <translation>Tanda tangan sah</translation>
        </message>
        <message>
            <source>Signature invalid: the record or the signed text was changed afterwards</source>
            <translation>Tanda tangan tidak sah: catatan atau teks yang ditandatangani diubah sesudahnya</translation>
        </message>
        <message>
            <source>the current text</source>
            <translation>teks saat ini</translation>
        </message>
        <message>
            <source>revision {0}</source>
            <translation>revisi {0}</translation>
        </message>
        <message>
            <source>From revision {0} to {1}: {2} · +{3} / −{4} words</source>
            <translation>Dari revisi {0} ke {1}: {2} · +{3} / −{4} kata</translation>
        </message>
        <message>
            <source>From revision {0} to {1}</source>
            <translation>Dari revisi {0} ke {1}</translation>
        </message>
        <message>
            <source>No differences.</source>
            <translation>Tidak ada perbedaan.</translation>
        </message>
        <message>
            <source>{0} unchanged paragraph(s)</source>
            <translation>{0} paragraf tidak berubah</translation>
        </message>
        <message>
            <source>Restore revision</source>
            <translation>Pulihkan revisi</translation>
        </message>
        <message>
            <source>Bring back revision {0} as the current text? The text now is kept in the history.</source>
            <translation>Kembalikan revisi {0} sebagai teks saat ini? Teks sekarang tetap tersimpan di riwayat.</translation>
        </message>
    </context>
    <context>
        <name>HostKeyQuestion</name>
        <message>
            <source>certificate</source>
            <translation>sertifikat</translation>
        </message>
        <message>
            <source>key</source>
            <translation>kunci</translation>
        </message>
        <message>
            <source>Redaksi has not connected to {0} before. The server's {1} fingerprint is:

{2}

Compare it with the fingerprint your hosting provider gives (for example in its control panel). Trust this server only if they are the same.</source>
            <translation>Redaksi belum pernah terhubung ke {0}. Sidik jari {1} server ini:

{2}

Bandingkan dengan sidik jari dari penyedia hosting Anda (misalnya di panel kontrolnya). Percayai server ini hanya bila keduanya sama.</translation>
        </message>
        <message>
            <source>New Web Host</source>
            <translation>Server Web Baru</translation>
        </message>
    </context>
    <context>
        <name>ImageDialog</name>
        <message>
            <source>Insert image</source>
            <translation>Sisipkan gambar</translation>
        </message>
        <message>
            <source>Image properties</source>
            <translation>Properti gambar</translation>
        </message>
        <message>
            <source>Image preview</source>
            <translation>Pratinjau gambar</translation>
        </message>
        <message>
            <source>Image details</source>
            <translation>Rincian gambar</translation>
        </message>
        <message>
            <source>{name}
{width} × {height} px, {size} original
Website version: {web_width} × {web_height} px, {web_size}; location (GPS) and camera data removed</source>
            <translation>{name}
{width} × {height} px, asli {size}
Versi situs web: {web_width} × {web_height} px, {web_size}; data lokasi (GPS) dan kamera dihapus</translation>
        </message>
        <message>
            <source>Alt text</source>
            <translation>Teks alternatif</translation>
        </message>
        <message>
            <source>What the photo shows, for people who cannot see it</source>
            <translation>Apa yang tampak di foto, bagi yang tidak dapat melihatnya</translation>
        </message>
        <message>
            <source>Caption</source>
            <translation>Keterangan foto</translation>
        </message>
        <message>
            <source>Shown under the image: who, what, where</source>
            <translation>Tampil di bawah gambar: siapa, apa, di mana</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Kredit foto</translation>
        </message>
        <message>
            <source>Photographer, or {0}</source>
            <translation>Fotografer, atau {0}</translation>
        </message>
        <message>
            <source>Office photo ({0})</source>
            <translation>Foto kantor ({0})</translation>
        </message>
        <message>
            <source>Use as the article's featured image</source>
            <translation>Jadikan gambar utama artikel</translation>
        </message>
        <message>
            <source>&amp;Alt text:</source>
            <translation>&amp;Teks alternatif:</translation>
        </message>
        <message>
            <source>&amp;Caption:</source>
            <translation>&amp;Keterangan foto:</translation>
        </message>
        <message>
            <source>C&amp;redit:</source>
            <translation>K&amp;redit foto:</translation>
        </message>
        <message>
            <source>&amp;Insert</source>
            <translation>&amp;Sisipkan</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>Si&amp;mpan</translation>
        </message>
        <message>
            <source>Screen readers read this aloud; the website shows it when the image cannot load.</source>
            <translation>Pembaca layar membacakan teks ini; situs web menampilkannya bila gambar tidak dapat dimuat.</translation>
        </message>
        <message>
            <source>⚠ Alt text is required before the article can be approved. Describe what the photo shows.</source>
            <translation>⚠ Teks alternatif wajib diisi sebelum artikel dapat disetujui. Jelaskan apa yang tampak di foto.</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>What the review package brings</source>
            <translation>Isi paket tinjauan</translation>
        </message>
        <message>
            <source>Import Review Package</source>
            <translation>Impor Paket Tinjauan</translation>
        </message>
        <message>
            <source>&lt;b&gt;From {0}&lt;/b&gt;, sent {1}. Nothing is written until you choose Import.</source>
            <translation>&lt;b&gt;Dari {0}&lt;/b&gt;, dikirim {1}. Belum ada yang ditulis sampai Anda memilih Impor.</translation>
        </message>
        <message>
            <source>This package was imported before: importing it again changes nothing.</source>
            <translation>Paket ini sudah pernah diimpor: mengimpornya lagi tidak mengubah apa pun.</translation>
        </message>
        <message>
            <source>This is the first package from this sender's database. Their signing key begins {0}: if in doubt, ask them to read it to you from their History panel.</source>
            <translation>Ini paket pertama dari basis data pengirim ini. Kunci tanda tangannya diawali {0}: jika ragu, mintalah pengirim membacakannya dari panel Riwayat miliknya.</translation>
        </message>
        <message>
            <source>{0} status change(s) cannot be accepted here (see below): each becomes a comment, and the article's status does not change.</source>
            <translation>{0} perubahan status tidak dapat diterima di sini (lihat di bawah): masing-masing menjadi komentar, dan status artikel tidak berubah.</translation>
        </message>
        <message>
            <source>Articles changed on both sides keep your text; the other version is kept as a conflict revision to compare.</source>
            <translation>Artikel yang diubah di kedua pihak tetap memakai teks Anda; versi pihak lain disimpan sebagai revisi konflik untuk dibandingkan.</translation>
        </message>
        <message>
            <source>Articles in the package</source>
            <translation>Artikel di dalam paket</translation>
        </message>
        <message>
            <source>Article</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Yang terjadi</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Brings</source>
            <translation>Membawa</translation>
        </message>
        <message>
            <source>{0} (kept; changed on both sides)</source>
            <translation>{0} (dipertahankan; diubah di kedua pihak)</translation>
        </message>
        <message numerus="yes">
            <source>%n revision(s)</source>
            <translation>
                <numerusform>%n revisi</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n comment(s)</source>
            <translation>
                <numerusform>%n komentar</numerusform>
            </translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(tanpa judul)</translation>
        </message>
        <message>
            <source>{0} by {1}: signature verified, accepted</source>
            <translation>{0} oleh {1}: tanda tangan terverifikasi, diterima</translation>
        </message>
        <message>
            <source>{0} by {1}: not accepted ({2})</source>
            <translation>{0} oleh {1}: tidak diterima ({2})</translation>
        </message>
        <message numerus="yes">
            <source>%n new</source>
            <translation>
                <numerusform>%n baru</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>%n diperbarui</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n konflik</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n approval(s) accepted</source>
            <translation>
                <numerusform>%n persetujuan diterima</numerusform>
            </translation>
        </message>
        <message>
            <source>new here: {0}</source>
            <translation>baru di sini: {0}</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Impor</translation>
        </message>
        <message>
            <source>Confirm {0}'s new key ({1}): I compared it with them</source>
            <translation>Konfirmasi kunci baru {0} ({1}): saya sudah mencocokkannya dengan yang bersangkutan</translation>
        </message>
        <message>
            <source>Confirm {0}'s new signing key</source>
            <translation>Konfirmasi kunci tanda tangan baru {0}</translation>
        </message>
    </context>
    <context>
        <name>ImportReportDialog</name>
        <message>
            <source>Import report</source>
            <extracomment>Sections that hold more lines than this start folded.</extracomment>
            <translation>Laporan impor</translation>
        </message>
        <message>
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <source>&amp;Copy Report</source>
            <translation>&amp;Salin Laporan</translation>
        </message>
    </context>
    <context>
        <name>Imports</name>
        <message>
            <source>The file “{0}” does not exist.</source>
            <translation>Berkas “{0}” tidak ada.</translation>
        </message>
        <message>
            <source>The file “{0}” cannot be read (no permission?).</source>
            <translation>Berkas “{0}” tidak dapat dibaca (tidak ada izin?).</translation>
        </message>
        <message>
            <source>The file is larger than {0} MB and was not read.</source>
            <translation>Berkas lebih besar dari {0} MB dan tidak dibaca.</translation>
        </message>
        <message>
            <source>“{0}” is not a WordPress export file. In WordPress, use Tools ▸ Export ▸ All content and import the .xml file it saves.</source>
            <translation>“{0}” bukan berkas ekspor WordPress. Di WordPress, gunakan Alat ▸ Ekspor ▸ Semua konten, lalu impor berkas .xml yang disimpannya.</translation>
        </message>
        <message>
            <source>The WordPress export file is damaged or cut off (near line {0}); nothing was imported. Export it again from WordPress.</source>
            <translation>Berkas ekspor WordPress rusak atau terpotong (sekitar baris {0}); tidak ada yang diimpor. Ekspor ulang dari WordPress.</translation>
        </message>
        <message>
            <source>The file declares XML entities or a document type, which a WordPress export never does; it was refused unread (it could be an attack on the program).</source>
            <translation>Berkas ini mendeklarasikan entitas XML atau tipe dokumen, yang tidak pernah dilakukan ekspor WordPress; berkas ditolak tanpa dibaca (mungkin upaya serangan terhadap program).</translation>
        </message>
        <message>
            <source>The folder “{0}” does not exist.</source>
            <translation>Folder “{0}” tidak ada.</translation>
        </message>
        <message>
            <source>“{0}” is not a folder.</source>
            <translation>“{0}” bukan folder.</translation>
        </message>
        <message>
            <source>The folder “{0}” holds no Markdown files (.md) to import.</source>
            <translation>Folder “{0}” tidak berisi berkas Markdown (.md) untuk diimpor.</translation>
        </message>
        <message>
            <source>Unknown folder layout “{0}”: choose hugo, jekyll or pelican.</source>
            <translation>Susunan folder “{0}” tidak dikenal: pilih hugo, jekyll, atau pelican.</translation>
        </message>
        <message>
            <source>posts</source>
            <translation>tulisan</translation>
        </message>
        <message>
            <source>pages</source>
            <translation>halaman</translation>
        </message>
        <message>
            <source>attachments</source>
            <translation>lampiran</translation>
        </message>
        <message>
            <source>menu items</source>
            <translation>item menu</translation>
        </message>
        <message>
            <source>revisions</source>
            <translation>revisi</translation>
        </message>
        <message>
            <source>reusable blocks</source>
            <translation>blok pakai ulang</translation>
        </message>
        <message>
            <source>custom CSS</source>
            <translation>CSS khusus</translation>
        </message>
        <message>
            <source>in WordPress's trash</source>
            <translation>di tempat sampah WordPress</translation>
        </message>
        <message>
            <source>automatic drafts</source>
            <translation>draf otomatis</translation>
        </message>
        <message>
            <source>it has no identity in its source</source>
            <translation>tidak memiliki identitas di sumbernya</translation>
        </message>
        <message>
            <source>its text is too large ({0} characters; an article holds at most 2,000,000)</source>
            <translation>teksnya terlalu besar ({0} karakter; satu artikel paling banyak 2.000.000)</translation>
        </message>
        <message>
            <source>its article was deleted in Redaksi</source>
            <translation>artikelnya sudah dihapus di Redaksi</translation>
        </message>
        <message>
            <source>its article is in the Trash</source>
            <translation>artikelnya ada di Sampah</translation>
        </message>
        <message>
            <source>its article was changed in Redaksi since the last import: kept as it is</source>
            <translation>artikelnya diubah di Redaksi sejak impor terakhir: dibiarkan apa adanya</translation>
        </message>
        <message>
            <source>it could not be stored ({0})</source>
            <translation>tidak dapat disimpan ({0})</translation>
        </message>
        <message>
            <source>it is an article of this database (exported from here): left as it is</source>
            <translation>artikel milik basis data ini (diekspor dari sini): dibiarkan apa adanya</translation>
        </message>
        <message>
            <source>not a post ({0})</source>
            <translation>bukan tulisan ({0})</translation>
        </message>
        <message>
            <source>its metadata cannot be read ({0})</source>
            <translation>metadatanya tidak dapat dibaca ({0})</translation>
        </message>
        <message>
            <source>it is outside the folder</source>
            <translation>berada di luar folder</translation>
        </message>
        <message>
            <source>the title was shortened to {0} characters</source>
            <translation>judul dipendekkan menjadi {0} karakter</translation>
        </message>
        <message>
            <source>it had no title: one was made from its address</source>
            <translation>tidak berjudul: judul dibuat dari alamatnya</translation>
        </message>
        <message>
            <source>the text was shortened</source>
            <translation>teks dipendekkan</translation>
        </message>
        <message>
            <source>WordPress shortcodes removed: {0}</source>
            <translation>Kode pendek WordPress dihapus: {0}</translation>
        </message>
        <message>
            <source>{0} gallery(ies) whose pictures are not in the file were left out</source>
            <translation>{0} galeri yang gambarnya tidak ada di berkas tidak diikutkan</translation>
        </message>
        <message>
            <source>{0} table(s) with merged cells became paragraphs</source>
            <translation>{0} tabel dengan sel gabungan menjadi paragraf</translation>
        </message>
        <message>
            <source>protected by a password in WordPress: imported as a draft</source>
            <translation>dilindungi kata sandi di WordPress: diimpor sebagai draf</translation>
        </message>
        <message>
            <source>private in WordPress: imported as a draft</source>
            <translation>privat di WordPress: diimpor sebagai draf</translation>
        </message>
        <message>
            <source>waiting for review in WordPress: imported as a draft</source>
            <translation>menunggu tinjauan di WordPress: diimpor sebagai draf</translation>
        </message>
        <message>
            <source>a category, tag or author name was shortened</source>
            <translation>nama kategori, tag, atau penulis dipendekkan</translation>
        </message>
        <message>
            <source>could not be fetched ({0})</source>
            <translation>tidak dapat diunduh ({0})</translation>
        </message>
        <message>
            <source>refused: the path leads outside the folder</source>
            <translation>ditolak: jalurnya mengarah ke luar folder</translation>
        </message>
        <message>
            <source>not fetched (pictures were not asked for)</source>
            <translation>tidak diunduh (gambar tidak diminta)</translation>
        </message>
        <message>
            <source>not a picture</source>
            <translation>bukan gambar</translation>
        </message>
        <message>
            <source>the picture is damaged</source>
            <translation>gambar rusak</translation>
        </message>
        <message>
            <source>the picture is larger than {0}</source>
            <translation>gambar lebih besar dari {0}</translation>
        </message>
        <message>
            <source>the picture has more than {0} million pixels</source>
            <translation>gambar memiliki lebih dari {0} juta piksel</translation>
        </message>
        <message>
            <source>SVG drawings are not accepted</source>
            <translation>gambar SVG tidak diterima</translation>
        </message>
        <message>
            <source>HEIC/HEIF photos are not supported: convert it to JPEG</source>
            <translation>foto HEIC/HEIF tidak didukung: ubah ke JPEG</translation>
        </message>
        <message>
            <source>not in the folder (a web address): kept as a link</source>
            <translation>tidak ada di folder (alamat web): disimpan sebagai tautan</translation>
        </message>
        <message>
            <source>{0} added, {1} updated, {2} unchanged, {3} skipped.</source>
            <translation>{0} ditambahkan, {1} diperbarui, {2} tidak berubah, {3} dilewati.</translation>
        </message>
        <message>
            <source>Pictures: {0} added to the media library, {1} already there, {2} kept as links.</source>
            <translation>Gambar: {0} ditambahkan ke pustaka media, {1} sudah ada, {2} disimpan sebagai tautan.</translation>
        </message>
        <message>
            <source>The import was cancelled: what is listed was stored, the rest was not read.</source>
            <translation>Impor dibatalkan: yang tercantum sudah disimpan, sisanya tidak dibaca.</translation>
        </message>
        <message>
            <source>… and {0} more</source>
            <translation>… dan {0} lainnya</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Dilewati</translation>
        </message>
        <message>
            <source>Pictures kept as links</source>
            <translation>Gambar yang disimpan sebagai tautan</translation>
        </message>
        <message>
            <source>Imported with changes</source>
            <translation>Diimpor dengan perubahan</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Ditambahkan</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Diperbarui</translation>
        </message>
        <message>
            <source>Unchanged since the last import</source>
            <translation>Tidak berubah sejak impor terakhir</translation>
        </message>
        <message>
            <source>{0} article(s) and {1} picture(s) written to “{2}”.</source>
            <translation>{0} artikel dan {1} gambar ditulis ke “{2}”.</translation>
        </message>
        <message>
            <source>The export was cancelled: the articles listed were written.</source>
            <translation>Ekspor dibatalkan: artikel yang tercantum sudah ditulis.</translation>
        </message>
        <message>
            <source>The file holds: {0}.</source>
            <translation>Isi berkas: {0}.</translation>
        </message>
    </context>
    <context>
        <name>ImportsController</name>
        <message>
            <source>From &amp;WordPress Export (WXR)…</source>
            <extracomment>Files larger than this are not searched for pages before the import (the question is skipped).</extracomment>
            <translation>Dari Ekspor &amp;WordPress (WXR)…</translation>
        </message>
        <message>
            <source>Import the posts of a WordPress export file into the archive</source>
            <translation>Impor tulisan dari berkas ekspor WordPress ke arsip</translation>
        </message>
        <message>
            <source>From WordPress &amp;Site…</source>
            <translation>Dari &amp;Situs WordPress…</translation>
        </message>
        <message>
            <source>Import the published posts of a WordPress site, read from the site itself</source>
            <translation>Impor pos terbit dari situs WordPress, dibaca langsung dari situsnya</translation>
        </message>
        <message>
            <source>From &amp;Markdown Folder…</source>
            <translation>Dari Folder &amp;Markdown…</translation>
        </message>
        <message>
            <source>Import a Hugo, Jekyll or Pelican content folder into the archive</source>
            <translation>Impor folder konten Hugo, Jekyll, atau Pelican ke arsip</translation>
        </message>
        <message>
            <source>To &amp;Markdown Folder…</source>
            <translation>Ke Folder &amp;Markdown…</translation>
        </message>
        <message>
            <source>Write every article, with its pictures, to a Hugo-style Markdown folder</source>
            <translation>Tulis semua artikel beserta gambarnya ke folder Markdown bergaya Hugo</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>I&amp;mpor</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>Ekspor &amp;Arsip</translation>
        </message>
        <message>
            <source>Import WordPress Export</source>
            <translation>Impor Ekspor WordPress</translation>
        </message>
        <message>
            <source>WordPress export files (*.xml *.wxr);;All files (*)</source>
            <translation>Berkas ekspor WordPress (*.xml *.wxr);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>Besides its posts, the file holds {0} page(s) (such as a profile or contact page). Import the pages as articles too?</source>
            <translation>Selain tulisan, berkas ini memuat {0} halaman (misalnya halaman profil atau kontak). Impor juga halaman tersebut sebagai artikel?</translation>
        </message>
        <message>
            <source>Import from WordPress Site</source>
            <translation>Impor dari Situs WordPress</translation>
        </message>
        <message>
            <source>The address of the WordPress site whose published posts become articles (only what is new or changed since an earlier import is stored again):</source>
            <translation>Alamat situs WordPress yang pos terbitnya menjadi artikel (hanya yang baru atau berubah sejak impor sebelumnya yang disimpan lagi):</translation>
        </message>
        <message>
            <source>Import Markdown Folder</source>
            <translation>Impor Folder Markdown</translation>
        </message>
        <message>
            <source>Export to Markdown Folder</source>
            <translation>Ekspor ke Folder Markdown</translation>
        </message>
        <message>
            <source>Reading “{0}”…</source>
            <translation>Membaca “{0}”…</translation>
        </message>
        <message>
            <source>Writing…</source>
            <translation>Menulis…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Stopping after the current article…</source>
            <translation>Berhenti setelah artikel yang sedang diproses…</translation>
        </message>
        <message>
            <source>{0} of {1}: {2}</source>
            <translation>{0} dari {1}: {2}</translation>
        </message>
    </context>
    <context>
        <name>InsertOfficialDialog</name>
        <message>
            <source>Insert Official</source>
            <translation>Sisipkan Pejabat</translation>
        </message>
        <message>
            <source>Title, other spelling or name, e.g. Kepala Dinas Kominfo</source>
            <translation>Jabatan, penulisan lain atau nama, mis. Kepala Dinas Kominfo</translation>
        </message>
        <message>
            <source>Find an official</source>
            <translation>Cari pejabat</translation>
        </message>
        <message>
            <source>Held on</source>
            <translation>Menjabat pada</translation>
        </message>
        <message>
            <source>The article's date: who held the title then</source>
            <translation>Tanggal artikel: siapa yang menjabat saat itu</translation>
        </message>
        <message>
            <source>Officials on that day</source>
            <translation>Pejabat pada tanggal itu</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Cari:</translation>
        </message>
        <message>
            <source>&amp;Held on:</source>
            <translation>&amp;Menjabat pada:</translation>
        </message>
        <message>
            <source>&amp;Insert</source>
            <translation>&amp;Sisipkan</translation>
        </message>
        <message>
            <source>Nobody on that day matches “{0}”.</source>
            <translation>Tidak ada pejabat pada tanggal itu yang cocok dengan “{0}”.</translation>
        </message>
        <message>
            <source>The officials directory has nobody for that day (Edit ▸ Officials Directory…).</source>
            <translation>Direktori pejabat belum berisi siapa pun untuk tanggal itu (Sunting ▸ Direktori Pejabat…).</translation>
        </message>
    </context>
    <context>
        <name>LeadStoryController</name>
        <message>
            <source>&amp;Lead Story (Berita Utama)</source>
            <translation>Berita &amp;Utama</translation>
        </message>
        <message>
            <source>Show this article first and large on the website's front page (one at a time)</source>
            <translation>Tampilkan berita ini paling depan dan besar di beranda situs web (satu berita saja)</translation>
        </message>
        <message>
            <source>Share to Wh&amp;atsApp</source>
            <translation>Bagikan ke &amp;WhatsApp</translation>
        </message>
        <message>
            <source>Copy a message for WhatsApp groups: the headline, the lead and the link</source>
            <translation>Salin pesan untuk grup WhatsApp: judul, ringkasan, dan tautan</translation>
        </message>
        <message>
            <source>The front page shows the newest article first again.</source>
            <translation>Beranda kembali menampilkan berita terbaru paling depan.</translation>
        </message>
        <message>
            <source>This article is now the lead story (Berita Utama). Export the website to show it.</source>
            <translation>Berita ini kini menjadi Berita Utama. Ekspor situs web untuk menampilkannya.</translation>
        </message>
        <message>
            <source>Lead Story</source>
            <translation>Berita Utama</translation>
        </message>
        <message>
            <source>Share to WhatsApp</source>
            <translation>Bagikan ke WhatsApp</translation>
        </message>
        <message>
            <source>The WhatsApp message is copied: paste it into the group.</source>
            <translation>Pesan WhatsApp sudah disalin: tempelkan ke grup.</translation>
        </message>
        <message>
            <source>Only an article that is on the website (published, not scheduled for later) can be the lead story or be shared.</source>
            <translation>Hanya berita yang sudah tayang di situs web (terbit, bukan terjadwal) yang dapat menjadi Berita Utama atau dibagikan.</translation>
        </message>
        <message>
            <source>The website has no base URL, so there is no link to share. An admin sets it in File ▸ Website Settings.</source>
            <translation>Situs web belum memiliki URL dasar, jadi belum ada tautan untuk dibagikan. Admin dapat mengisinya di Berkas ▸ Pengaturan Situs Web.</translation>
        </message>
        <message>
            <source>Sign in first.</source>
            <translation>Masuk terlebih dahulu.</translation>
        </message>
    </context>
    <context>
        <name>LicenceDialog</name>
        <message>
            <source>Licence: GNU General Public License, version 3</source>
            <translation>Lisensi: GNU General Public License, versi 3</translation>
        </message>
        <message>
            <source>Licence text</source>
            <translation>Teks lisensi</translation>
        </message>
        <message>
            <source>The licence text is missing from this installation: see {0}</source>
            <translation>Teks lisensi tidak ada dalam instalasi ini: lihat {0}</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>Redaksi is locked</source>
            <translation>Redaksi terkunci</translation>
        </message>
        <message>
            <source>{0} locked this window. The open article and its text are kept.</source>
            <translation>{0} mengunci jendela ini. Artikel yang terbuka beserta teksnya tetap tersimpan.</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Buka kunci</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Kata sandi</translation>
        </message>
        <message>
            <source>Password of {0}:</source>
            <translation>Kata sandi {0}:</translation>
        </message>
        <message>
            <source>Switch person…</source>
            <translation>Ganti orang…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Redaksi</source>
            <extracomment>Find and Replace where the platform binds no key to it: Qt binds one on Windows, GNOME and KDE only (not ⌘H on macOS: it hides the application). The toolbar's icons, in device-independent pixels: the line icons read best a little below the styles' 24 (beside a label in the system font).</extracomment>
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
            <source>Save Copy &amp;As…</source>
            <translation>Simpan Salinan Seba&amp;gai…</translation>
        </message>
        <message>
            <source>Save the open article as a Markdown file with its details (front matter)</source>
            <translation>Simpan artikel yang terbuka sebagai berkas Markdown beserta keterangannya (front matter)</translation>
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
            <translation type="vanished">Cari dan &amp;Ganti…</translation>
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
            <translation>Sisipkan T&amp;autan…</translation>
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
            <translation type="vanished">&amp;Daftar Berbutir</translation>
        </message>
        <message>
            <source>Find and Re&amp;place…</source>
            <translation>Cari dan &amp;Ganti…</translation>
        </message>
        <message>
            <source>Bulleted Li&amp;st</source>
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
            <source>Back &amp;Up Now</source>
            <translation>Cadangkan Seka&amp;rang</translation>
        </message>
        <message>
            <source>Make a backup of this database now</source>
            <translation>Buat cadangan basis data ini sekarang</translation>
        </message>
        <message>
            <source>&amp;Guide</source>
            <translation>&amp;Panduan</translation>
        </message>
        <message>
            <source>Read the guide to Redaksi</source>
            <translation>Baca panduan Redaksi</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>Pintasan &amp;Keyboard</translation>
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
            <source>&amp;Records</source>
            <translation>&amp;Register</translation>
        </message>
        <message>
            <source>Press Release &amp;Register…</source>
            <translation>&amp;Register Siaran Pers…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ba&amp;ntuan</translation>
        </message>
        <message>
            <source>Main Toolbar</source>
            <translation>Bilah Alat Utama</translation>
        </message>
        <message>
            <source>Insert &amp;Image…</source>
            <translation>S&amp;isipkan Gambar…</translation>
        </message>
        <message>
            <source>Image &amp;Properties…</source>
            <translation>P&amp;roperti Gambar…</translation>
        </message>
        <message>
            <source>&amp;Media Library…</source>
            <translation>Pustaka &amp;Media…</translation>
        </message>
        <message>
            <source>Office &amp;Dictionary…</source>
            <translation>&amp;Kamus Kantor…</translation>
        </message>
        <message>
            <source>Office &amp;House Style…</source>
            <translation>Ga&amp;ya Selingkung Kantor…</translation>
        </message>
        <message>
            <source>Paste as Plain &amp;Text</source>
            <translation>Tempel sebagai Teks &amp;Biasa</translation>
        </message>
        <message>
            <source>The office dictionary is not available.</source>
            <translation>Kamus kantor tidak tersedia.</translation>
        </message>
        <message>
            <source>The office's house style is not available.</source>
            <translation>Gaya selingkung kantor tidak tersedia.</translation>
        </message>
        <message>
            <source>This article could not be saved, so it stays open: {0}</source>
            <translation>Artikel ini tidak dapat disimpan, jadi tetap terbuka: {0}</translation>
        </message>
        <message>
            <source>Last saved {0}</source>
            <translation type="vanished">Terakhir disimpan {0}</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(tanpa judul)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln word(s)</source>
            <translation>
                <numerusform>%Ln kata</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln character(s)</source>
            <translation>
                <numerusform>%Ln karakter</numerusform>
            </translation>
        </message>
        <message>
            <source>Preview hidden to keep the editor readable; it comes back when there is room.</source>
            <translation>Pratinjau disembunyikan agar editor tetap nyaman dibaca; pratinjau muncul lagi bila ruangnya cukup.</translation>
        </message>
        <message>
            <source>Save a Copy…</source>
            <translation>Simpan Salinan…</translation>
        </message>
        <message>
            <source>Someone else saved this article while you were editing it. Your text as it was then is kept in its history, but what you typed since is only here.

Compare both versions and keep yours, save a copy of it elsewhere (a Markdown file), or close anyway and lose what you typed since?</source>
            <translation>Orang lain menyimpan artikel ini saat Anda menyuntingnya. Teks Anda pada saat itu tersimpan di riwayatnya, tetapi yang Anda ketik sesudahnya hanya ada di sini.

Bandingkan kedua versi dan pertahankan versi Anda, simpan salinannya di tempat lain (berkas Markdown), atau tetap tutup dan kehilangan yang Anda ketik sesudahnya?</translation>
        </message>
        <message>
            <source>Compare…</source>
            <translation>Bandingkan…</translation>
        </message>
        <message>
            <source>The article could not be saved: {0}

Save a copy of it elsewhere first (a Markdown file), or close anyway and lose the changes since the last save?</source>
            <translation>Artikel tidak dapat disimpan: {0}

Simpan dulu salinannya di tempat lain (berkas Markdown), atau tetap tutup dan kehilangan perubahan sejak penyimpanan terakhir?</translation>
        </message>
        <message numerus="yes">
            <source>%n word(s)</source>
            <translation type="vanished">
                <numerusform>%n kata</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n character(s)</source>
            <translation type="vanished">
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
            <translation type="vanished">Tentang Redaksi</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Redaksi {0}&lt;/h3&gt;&lt;p&gt;The newsroom editor for a regional government communications office: write, review, approve and publish.&lt;/p&gt;</source>
            <translation type="vanished">&lt;h3&gt;Redaksi {0}&lt;/h3&gt;&lt;p&gt;Penyunting ruang redaksi untuk dinas komunikasi dan informatika daerah: tulis, tinjau, setujui, dan terbitkan.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Unsaved text</source>
            <translation>Teks belum tersimpan</translation>
        </message>
        <message>
            <source>The article could not be saved: {0}

Close anyway and lose the changes since the last save?</source>
            <translation type="vanished">Artikel tidak dapat disimpan: {0}

Tetap tutup dan kehilangan perubahan sejak penyimpanan terakhir?</translation>
        </message>
        <message>
            <source>“{0}” already exists. Use Open Database to open it.</source>
            <translation>“{0}” sudah ada. Gunakan Buka Basis Data untuk membukanya.</translation>
        </message>
        <message>
            <source>“{0}” does not exist.</source>
            <translation>“{0}” tidak ada.</translation>
        </message>
        <message>
            <source>Restore from &amp;Backup…</source>
            <translation>Pulihkan dari &amp;Cadangan…</translation>
        </message>
        <message>
            <source>Replace this database by one of its backups</source>
            <translation>Ganti basis data ini dengan salah satu cadangannya</translation>
        </message>
        <message>
            <source>article</source>
            <translation>artikel</translation>
        </message>
        <message>
            <source>Save Copy As</source>
            <translation>Simpan Salinan Sebagai</translation>
        </message>
        <message>
            <source>Markdown files (*.md);;All files (*)</source>
            <translation>Berkas Markdown (*.md);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>Could not write “{0}” (disk full, no permission, or the folder is gone?). Your text is still in the editor; choose another place.</source>
            <translation>Tidak dapat menulis “{0}” (disk penuh, tidak ada izin, atau foldernya hilang?). Teks Anda masih ada di penyunting; pilih tempat lain.</translation>
        </message>
        <message>
            <source>A copy of the article was saved as “{0}”.</source>
            <translation>Salinan artikel disimpan sebagai “{0}”.</translation>
        </message>
    </context>
    <context>
        <name>MarkdownTextEdit</name>
        <message>
            <source>Converting the pasted text…</source>
            <extracomment>The body's text column is at most this many average characters wide (a comfortable line). Pasted HTML up to this many characters is converted at once (about a tenth of a second); longer HTML in a child process while the window goes on (see :meth:`MarkdownTextEdit.paste_html`). a sentence about a paste (pictures left out, a long paste being converted) a long paste's conversion finished (True) or was dropped (False); for tests and the window Set by the editor: a huge paste is highlighted in slices afterwards.</extracomment>
            <translation>Mengonversi teks yang ditempel…</translation>
        </message>
        <message>
            <source>The paste was dropped: another text was opened, or this one became read-only, while it was being converted. Paste again.</source>
            <translation>Tempelan dibatalkan: teks lain dibuka, atau teks ini menjadi hanya-baca, selagi tempelan dikonversi. Tempel lagi.</translation>
        </message>
        <message numerus="yes">
            <source>%n picture(s) from the web were left out (Redaksi fetches nothing from the internet); add them with Insert Image.</source>
            <translation>
                <numerusform>%n gambar dari web tidak ikut ditempel (Redaksi tidak mengambil apa pun dari internet); tambahkan lewat Sisipkan Gambar.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n table(s) with merged cells were pasted as one paragraph per row.</source>
            <translation>
                <numerusform>%n tabel dengan sel gabungan ditempel sebagai satu paragraf per baris.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MediaController</name>
        <message>
            <source>Insert image</source>
            <extracomment>an image's Markdown was inserted into the editor (uuid) the featured image was chosen in the image dialog (asset id or None) an image was added, described or removed: the preview should reload its images a short status-bar message every queued import finished</extracomment>
            <translation>Sisipkan gambar</translation>
        </message>
        <message>
            <source>Images (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff);;All files (*)</source>
            <translation>Gambar (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>Image properties</source>
            <translation>Properti gambar</translation>
        </message>
        <message>
            <source>Put the cursor on an image (a line like ![…](asset:…)) to change its alt text, caption or credit.</source>
            <translation>Letakkan kursor pada gambar (baris seperti ![…](asset:…)) untuk mengubah teks alternatif, keterangan, atau kredit fotonya.</translation>
        </message>
        <message>
            <source>Preparing image “{0}”…</source>
            <translation>Menyiapkan gambar “{0}”…</translation>
        </message>
        <message>
            <source>Preparing the pasted image…</source>
            <translation>Menyiapkan gambar yang ditempel…</translation>
        </message>
        <message>
            <source>pasted-image.png</source>
            <translation>gambar-tempelan.png</translation>
        </message>
        <message>
            <source>Image not added</source>
            <translation>Gambar tidak ditambahkan</translation>
        </message>
        <message>
            <source>“{0}” was stored in the media library; its article is no longer open, so it was not inserted.</source>
            <translation>“{0}” disimpan di pustaka media; artikelnya sudah tidak terbuka, jadi gambar tidak disisipkan.</translation>
        </message>
        <message>
            <source>Image added.</source>
            <translation>Gambar ditambahkan.</translation>
        </message>
        <message>
            <source>This image was already in the database; the stored copy is used.</source>
            <translation>Gambar ini sudah ada di basis data; salinan yang tersimpan dipakai.</translation>
        </message>
        <message>
            <source>Image not added.</source>
            <translation>Gambar tidak ditambahkan.</translation>
        </message>
    </context>
    <context>
        <name>MediaLibraryDialog</name>
        <message>
            <source>Media library</source>
            <translation>Pustaka media</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>Gambar</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Gambar</translation>
        </message>
        <message>
            <source>Alt text and file</source>
            <translation>Teks alternatif dan berkas</translation>
        </message>
        <message>
            <source>Pixels</source>
            <translation>Piksel</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Ukuran</translation>
        </message>
        <message>
            <source>Used in</source>
            <translation>Dipakai di</translation>
        </message>
        <message>
            <source>Where the image is used</source>
            <translation>Tempat gambar dipakai</translation>
        </message>
        <message>
            <source>Selected image</source>
            <translation>Gambar terpilih</translation>
        </message>
        <message>
            <source>&amp;Properties…</source>
            <translation>&amp;Properti…</translation>
        </message>
        <message>
            <source>&amp;Insert into article</source>
            <translation>&amp;Sisipkan ke artikel</translation>
        </message>
        <message>
            <source>&amp;Remove…</source>
            <translation>&amp;Hapus…</translation>
        </message>
        <message>
            <source>Only images that no article uses can be removed.</source>
            <translation>Hanya gambar yang tidak dipakai artikel mana pun yang dapat dihapus.</translation>
        </message>
        <message>
            <source>&amp;Add photo…</source>
            <translation>&amp;Tambah foto…</translation>
        </message>
        <message>
            <source>Add photos to the library from files (JPEG, PNG, WebP, …), ready for any article</source>
            <translation>Tambahkan foto dari berkas (JPEG, PNG, WebP, …) ke pustaka, siap dipakai di artikel mana pun</translation>
        </message>
        <message>
            <source>No photos yet</source>
            <translation>Belum ada foto</translation>
        </message>
        <message>
            <source>The media library keeps the photos of every article, each with its alt text, caption and credit, ready to be used again.</source>
            <translation>Pustaka media menyimpan foto semua artikel, masing-masing dengan teks alternatif, keterangan foto, dan kredit foto, siap dipakai lagi.</translation>
        </message>
        <message>
            <source>Add photo…</source>
            <translation>Tambah foto…</translation>
        </message>
        <message>
            <source>You can also drag a photo onto the article text, or paste one.</source>
            <translation>Anda juga dapat menyeret foto ke teks artikel, atau menempelkannya.</translation>
        </message>
        <message>
            <source>1 image, {0} in the database</source>
            <translation>1 gambar, {0} di basis data</translation>
        </message>
        <message>
            <source>{0} images, {1} in the database</source>
            <translation>{0} gambar, {1} di basis data</translation>
        </message>
        <message>
            <source>⚠ no alt text</source>
            <translation>⚠ tanpa teks alternatif</translation>
        </message>
        <message>
            <source>{0} × {1}</source>
            <translation>{0} × {1}</translation>
        </message>
        <message>
            <source>{0}
web {1}</source>
            <translation>{0}
web {1}</translation>
        </message>
        <message numerus="yes">
            <source>%n article(s)</source>
            <translation type="obsolete">
                <numerusform>%n artikel</numerusform>
            </translation>
        </message>
        <message>
            <source>not used</source>
            <translation>tidak dipakai</translation>
        </message>
        <message>
            <source>1 article</source>
            <translation>1 artikel</translation>
        </message>
        <message>
            <source>{0} articles</source>
            <translation>{0} artikel</translation>
        </message>
        <message>
            <source>Not used in any article. It can be removed.</source>
            <translation>Tidak dipakai di artikel mana pun. Gambar ini dapat dihapus.</translation>
        </message>
        <message>
            <source>Used in:</source>
            <translation>Dipakai di:</translation>
        </message>
        <message>
            <source>in the text</source>
            <translation>di dalam teks</translation>
        </message>
        <message>
            <source>featured image</source>
            <translation>gambar utama</translation>
        </message>
        <message>
            <source>published version</source>
            <translation>versi terbit</translation>
        </message>
        <message>
            <source>in the Trash</source>
            <translation>di Sampah</translation>
        </message>
        <message>
            <source>No image selected.</source>
            <translation>Belum ada gambar yang dipilih.</translation>
        </message>
        <message>
            <source>No images yet. Add one with Article ▸ Insert Image…, or drag a photo onto the article text.</source>
            <translation>Belum ada gambar. Tambahkan lewat Artikel ▸ Sisipkan Gambar…, atau seret foto ke teks artikel.</translation>
        </message>
        <message>
            <source>Add photo</source>
            <translation>Tambah foto</translation>
        </message>
        <message>
            <source>Images (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff);;All files (*)</source>
            <translation>Gambar (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff);;Semua berkas (*)</translation>
        </message>
        <message>
            <source>Adding “{0}”…</source>
            <translation>Menambahkan “{0}”…</translation>
        </message>
        <message>
            <source>Photo not added</source>
            <translation>Foto tidak ditambahkan</translation>
        </message>
        <message>
            <source>Image in use</source>
            <translation>Gambar sedang dipakai</translation>
        </message>
        <message>
            <source>Remove image</source>
            <translation>Hapus gambar</translation>
        </message>
        <message>
            <source>Remove “{0}” from the database? This cannot be undone.</source>
            <translation>Hapus “{0}” dari basis data? Ini tidak dapat dibatalkan.</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(tanpa judul)</translation>
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
            <translation>“{0}” rusak (terpotong atau tidak utuh). Berkas tidak diubah; pulihkan dari cadangan.</translation>
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
            <source>The dateline place is too long (at most {0} characters).</source>
            <translation>Tempat berita terlalu panjang (paling banyak {0} karakter).</translation>
        </message>
        <message>
            <source>The category name is too long (at most {0} characters).</source>
            <translation>Nama kategori terlalu panjang (paling banyak {0} karakter).</translation>
        </message>
        <message>
            <source>A tag is too long (at most {0} characters).</source>
            <translation>Sebuah tag terlalu panjang (paling banyak {0} karakter).</translation>
        </message>
        <message>
            <source>Only articles in the Trash can be deleted for good.</source>
            <translation>Hanya artikel di Sampah yang dapat dihapus permanen.</translation>
        </message>
        <message>
            <source>This database already holds articles; demo content is only added to an empty one.</source>
            <translation type="vanished">Basis data ini sudah berisi artikel; konten contoh hanya ditambahkan ke basis data kosong.</translation>
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
        <message>
            <source>Your account is deactivated. Ask an admin to activate it.</source>
            <translation>Akun Anda dinonaktifkan. Minta admin untuk mengaktifkannya.</translation>
        </message>
        <message>
            <source>“{0}” is not possible while the article is “{1}”.</source>
            <translation>“{0}” tidak dapat dilakukan selama artikel berstatus “{1}”.</translation>
        </message>
        <message>
            <source>“{0}” needs a note that says what should change.</source>
            <translation>“{0}” memerlukan catatan tentang apa yang perlu diubah.</translation>
        </message>
        <message>
            <source>Every image needs a description (alt text) before approval. Missing for: {2}.</source>
            <translation>Setiap gambar memerlukan deskripsi (teks alternatif) sebelum disetujui. Belum ada untuk: {2}.</translation>
        </message>
        <message>
            <source>The publication time must be in the future.</source>
            <translation>Waktu terbit harus di masa mendatang.</translation>
        </message>
        <message>
            <source>Someone else changed this article in the meantime; it is now “{1}”. Nothing was changed by you.</source>
            <translation>Orang lain mengubah artikel ini sementara itu; statusnya kini “{1}”. Tidak ada yang Anda ubah.</translation>
        </message>
        <message>
            <source>The article is in the Trash. Restore it first.</source>
            <translation>Artikel ada di Sampah. Pulihkan dulu.</translation>
        </message>
        <message>
            <source>The article needs a title first.</source>
            <translation>Artikel perlu judul terlebih dahulu.</translation>
        </message>
        <message>
            <source>Nothing changed since the article was published.</source>
            <translation>Tidak ada perubahan sejak artikel terbit.</translation>
        </message>
        <message>
            <source>Redaksi needs at least one active admin: make someone else admin first.</source>
            <translation>Redaksi memerlukan setidaknya satu admin aktif: jadikan orang lain admin terlebih dahulu.</translation>
        </message>
        <message>
            <source>The comment is empty.</source>
            <translation>Komentar masih kosong.</translation>
        </message>
        <message>
            <source>The comment is too long (at most {0} characters).</source>
            <translation>Komentar terlalu panjang (paling banyak {0} karakter).</translation>
        </message>
        <message>
            <source>The article {0} was not found (deleted?).</source>
            <translation>Artikel {0} tidak ditemukan (sudah dihapus?).</translation>
        </message>
        <message>
            <source>The revision {0} was not found.</source>
            <translation>Revisi {0} tidak ditemukan.</translation>
        </message>
        <message>
            <source>The person {0} was not found.</source>
            <translation>Personel {0} tidak ditemukan.</translation>
        </message>
        <message>
            <source>The image {0} was not found (removed?).</source>
            <translation>Gambar {0} tidak ditemukan (sudah dihapus?).</translation>
        </message>
        <message>
            <source>The comment {0} was not found (deleted?).</source>
            <translation>Komentar {0} tidak ditemukan (sudah dihapus?).</translation>
        </message>
        <message>
            <source>The chosen path is a file, not a folder.</source>
            <translation>Jalur yang dipilih adalah berkas, bukan folder.</translation>
        </message>
        <message>
            <source>The folder holds files that are not a Redaksi website. Choose an empty folder or one that Redaksi exported to before.</source>
            <translation>Folder ini berisi berkas yang bukan situs web Redaksi. Pilih folder kosong atau folder tujuan ekspor Redaksi sebelumnya.</translation>
        </message>
        <message>
            <source>The folder cannot be written ({0}).</source>
            <translation>Folder tidak dapat ditulisi ({0}).</translation>
        </message>
        <message>
            <source>Two pages would get the same file name ({0}); give one of the articles another slug.</source>
            <translation>Dua halaman akan mendapat nama berkas yang sama ({0}); beri salah satu artikel slug (alamat) lain.</translation>
        </message>
        <message>
            <source>The export was cancelled; the previous website was left as it was.</source>
            <translation>Ekspor dibatalkan; situs web sebelumnya dibiarkan seperti semula.</translation>
        </message>
        <message>
            <source>The export failed: {0}</source>
            <translation>Ekspor gagal: {0}</translation>
        </message>
        <message>
            <source>The website theme has an error: {0}. Correct the theme, or clear its folder in Website Settings.</source>
            <translation>Tema situs web bermasalah: {0}. Perbaiki tema itu, atau kosongkan foldernya di Pengaturan Situs Web.</translation>
        </message>
        <message>
            <source>Only an admin may choose the website theme; nothing was saved.</source>
            <translation type="vanished">Hanya admin yang boleh memilih tema situs web; tidak ada yang disimpan.</translation>
        </message>
        <message>
            <source>The website theme tried something a theme may not do: {0}. Themes cannot reach into Redaksi or read files outside their folder; correct the theme, or clear its folder in Website Settings.</source>
            <translation>Tema situs web mencoba hal yang tidak boleh dilakukan tema: {0}. Tema tidak dapat menjangkau isi Redaksi atau membaca berkas di luar foldernya; perbaiki tema itu, atau kosongkan foldernya di Pengaturan Situs Web.</translation>
        </message>
        <message>
            <source>The website folder holds a link to another place (“{0}”). Redaksi writes nothing through links, so nothing was exported; remove the link (or put a real folder in its place) and export again.</source>
            <translation>Folder situs web berisi tautan ke tempat lain (“{0}”). Redaksi tidak menulis apa pun melalui tautan, jadi tidak ada yang diekspor; hapus tautan itu (atau ganti dengan folder sungguhan) lalu ekspor lagi.</translation>
        </message>
        <message>
            <source>{0} The rest of the article was saved.</source>
            <translation>{0} Bagian lain artikel sudah tersimpan.</translation>
        </message>
        <message>
            <source>The e-mail address is too long (at most 200 characters).</source>
            <translation>Alamat surel terlalu panjang (paling banyak 200 karakter).</translation>
        </message>
        <message>
            <source>The password does not unlock this person's signing key.</source>
            <translation>Kata sandi ini tidak membuka kunci tanda tangan orang ini.</translation>
        </message>
        <message>
            <source>This person has no signing key yet: an admin sets their password first.</source>
            <translation>Orang ini belum punya kunci tanda tangan: admin perlu mengatur kata sandinya dulu.</translation>
        </message>
        <message>
            <source>This person already has a signing key.</source>
            <translation>Orang ini sudah punya kunci tanda tangan.</translation>
        </message>
        <message>
            <source>Only an admin may do this (your role: {0}). Nothing was changed.</source>
            <translation>Hanya admin yang boleh melakukan ini (peran Anda: {0}). Tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>Your account is no longer in this database. Sign in again; nothing was changed.</source>
            <translation>Akun Anda sudah tidak ada di basis data ini. Silakan masuk lagi; tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>Too many failed attempts in a row. Try again in %n second(s).</source>
            <translation>Terlalu banyak percobaan gagal berturut-turut. Coba lagi dalam %n detik.</translation>
        </message>
        <message>
            <source>The password is not right.</source>
            <translation>Kata sandi salah.</translation>
        </message>
        <message>
            <source>The name or the password is not right.</source>
            <translation>Nama atau kata sandi salah.</translation>
        </message>
        <message>
            <source>This database already holds articles or people; demo content is only added to a new one.</source>
            <translation>Basis data ini sudah berisi artikel atau personel; konten contoh hanya ditambahkan ke basis data baru.</translation>
        </message>
        <message>
            <source>Redaksi needs an active admin who can sign in: give another admin a password first.</source>
            <translation>Redaksi memerlukan admin aktif yang dapat masuk: beri admin lain kata sandi terlebih dahulu.</translation>
        </message>
        <message>
            <source>Someone active is already called “{0}”. Choose another name.</source>
            <translation>Sudah ada orang aktif bernama “{0}”. Pilih nama lain.</translation>
        </message>
        <message>
            <source>A password is required.</source>
            <translation>Kata sandi wajib diisi.</translation>
        </message>
        <message>
            <source>The password is too short (at least {0} characters).</source>
            <translation>Kata sandi terlalu pendek (paling sedikit {0} karakter).</translation>
        </message>
        <message>
            <source>The password is too long (at most {0} characters).</source>
            <translation>Kata sandi terlalu panjang (paling banyak {0} karakter).</translation>
        </message>
        <message>
            <source>This database already has an admin who can sign in. Sign in instead.</source>
            <translation>Basis data ini sudah memiliki admin yang dapat masuk. Silakan masuk saja.</translation>
        </message>
        <message>
            <source>Choose one of the database's admins: {0}.</source>
            <translation>Pilih salah satu admin basis data ini: {0}.</translation>
        </message>
        <message>
            <source>Your password was changed since you signed in. Lock Redaksi (Ctrl+L) and sign in with the new password; nothing was changed.</source>
            <translation>Kata sandi Anda diubah sejak Anda masuk. Kunci Redaksi (Ctrl+L) lalu masuk dengan kata sandi yang baru; tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>The minimum length must be between 0 and {0} words.</source>
            <translation>Panjang minimal harus antara 0 dan {0} kata.</translation>
        </message>
        <message>
            <source>“{0}” is only possible for an article that is on the website; this one is “{1}”. Nothing was changed.</source>
            <translation>“{0}” hanya dapat dilakukan untuk artikel yang tayang di situs web; artikel ini berstatus “{1}”. Tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>“{0}” needs a public note: the website shows it to readers. Nothing was changed.</source>
            <translation>“{0}” memerlukan catatan publik: situs web menampilkannya kepada pembaca. Tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>A correction of this article is already waiting for approval. Nothing was changed.</source>
            <translation>Ralat atas artikel ini sudah menunggu persetujuan. Tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>No correction of this article is waiting for approval.</source>
            <translation>Tidak ada ralat atas artikel ini yang menunggu persetujuan.</translation>
        </message>
        <message>
            <source>The article is on the website: change it through “Propose correction…”, which shows readers a public note. Nothing was changed.</source>
            <translation>Artikel ini sedang tayang di situs web: ubahlah melalui “Ajukan ralat…”, yang menampilkan catatan publik kepada pembaca. Tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>The official {0} was not found (deleted?).</source>
            <translation>Pejabat {0} tidak ditemukan (sudah dihapus?).</translation>
        </message>
        <message>
            <source>Only an editor or an admin may change the officials directory (your role: {0}). Nothing was changed.</source>
            <translation>Hanya redaktur atau admin yang dapat mengubah direktori pejabat (peran Anda: {0}). Tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>The article is on the website: take it off with “Take down…”, which leaves a page saying when and why. Nothing was changed.</source>
            <translation>Artikel ini sedang tayang di situs web: turunkan melalui “Tarik berita…”, yang meninggalkan halaman berisi kapan dan mengapa berita ditarik. Tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>The press-release number pattern gives “{2}”, which the register already holds. Change the pattern in Website Settings; nothing was approved.</source>
            <translation>Pola nomor siaran pers menghasilkan “{2}”, yang sudah ada di register. Ubah pola di Pengaturan Situs Web; tidak ada yang disetujui.</translation>
        </message>
        <message>
            <source>The press-release number pattern needs {seq}, the running number.</source>
            <translation>Pola nomor siaran pers memerlukan {seq}, yaitu nomor urut.</translation>
        </message>
        <message>
            <source>The press-release number pattern needs {year}: the running number starts again each year, so without the year the same number would come twice.</source>
            <translation>Pola nomor siaran pers memerlukan {year}: nomor urut dimulai lagi setiap tahun, jadi tanpa tahun nomor yang sama akan muncul dua kali.</translation>
        </message>
        <message>
            <source>“{0}” cannot be used in the press-release number pattern. Use {seq}, {seq:03d}, {year}, {month}, {month_roman} and {day}.</source>
            <translation>“{0}” tidak dapat dipakai dalam pola nomor siaran pers. Gunakan {seq}, {seq:03d}, {year}, {month}, {month_roman} dan {day}.</translation>
        </message>
        <message>
            <source>“{0}”: only the running number takes a width, as in {seq:03d}.</source>
            <translation>“{0}”: hanya nomor urut yang dapat diberi lebar, seperti {seq:03d}.</translation>
        </message>
        <message>
            <source>The press-release number pattern has an unmatched brace “{” or “}”.</source>
            <translation>Pola nomor siaran pers memiliki kurung kurawal “{” atau “}” yang tidak berpasangan.</translation>
        </message>
        <message>
            <source>The press-release number pattern is too long (at most {0} characters).</source>
            <translation>Pola nomor siaran pers terlalu panjang (paling banyak {0} karakter).</translation>
        </message>
        <message>
            <source>Unknown article type: {0}.</source>
            <translation>Jenis artikel tidak dikenal: {0}.</translation>
        </message>
        <message>
            <source>A press-release field is too long (at most {0} characters).</source>
            <translation>Isian siaran pers terlalu panjang (paling banyak {0} karakter).</translation>
        </message>
        <message>
            <source>“{0}” is not a telephone number (digits, spaces, +, -, brackets); it was not saved.</source>
            <translation>“{0}” bukan nomor telepon (angka, spasi, +, -, tanda kurung); isian ini tidak disimpan.</translation>
        </message>
        <message>
            <source>“{0}” is not an e-mail address; it was not saved.</source>
            <translation>“{0}” bukan alamat surel; isian ini tidak disimpan.</translation>
        </message>
        <message>
            <source>The note is too long (at most {2} characters). Nothing was changed.</source>
            <translation>Catatan terlalu panjang (paling banyak {2} karakter). Tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>Only an editor or an admin may import articles: an import publishes without review (your role: {0}). Nothing was imported.</source>
            <translation>Hanya redaktur atau admin yang boleh mengimpor artikel: impor menerbitkan tanpa tinjauan (peran Anda: {0}). Tidak ada yang diimpor.</translation>
        </message>
    </context>
    <context>
        <name>OfficeDictionary</name>
        <message>
            <source>A word has at most {0} letters.</source>
            <translation>Satu kata paling banyak {0} huruf.</translation>
        </message>
        <message>
            <source>Enter one word, without spaces.</source>
            <translation>Masukkan satu kata, tanpa spasi.</translation>
        </message>
    </context>
    <context>
        <name>OfficeDictionaryDialog</name>
        <message>
            <source>Office Dictionary</source>
            <translation>Kamus Kantor</translation>
        </message>
        <message>
            <source>Words that spell checking accepts on every workstation: names of officials and places, acronyms. Right-click a marked word in the text to add it.</source>
            <translation>Kata yang diterima pemeriksaan ejaan di semua komputer: nama pejabat dan tempat, singkatan. Klik kanan kata yang ditandai di teks untuk menambahkannya.</translation>
        </message>
        <message>
            <source>New word</source>
            <translation>Kata baru</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Tambah</translation>
        </message>
        <message>
            <source>Words in the office dictionary</source>
            <translation>Kata di kamus kantor</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Hapus</translation>
        </message>
        <message>
            <source>“{0}” added.</source>
            <translation>“{0}” ditambahkan.</translation>
        </message>
        <message>
            <source>“{0}” removed.</source>
            <translation>“{0}” dihapus.</translation>
        </message>
    </context>
    <context>
        <name>OfficeStyleRules</name>
        <message>
            <source>Enter how it should be written.</source>
            <translation>Isikan cara menulis yang benar.</translation>
        </message>
        <message>
            <source>The right form is the same as the wrong one.</source>
            <translation>Bentuk yang benar sama dengan bentuk yang salah.</translation>
        </message>
        <message>
            <source>A form has at most {0} characters and a reason at most {1}.</source>
            <translation>Sebuah bentuk paling banyak {0} karakter dan alasan paling banyak {1}.</translation>
        </message>
        <message>
            <source>Enter the word or phrase to avoid.</source>
            <translation>Isikan kata atau frasa yang dihindari.</translation>
        </message>
    </context>
    <context>
        <name>OfficeStyleRulesDialog</name>
        <message>
            <source>Office House Style</source>
            <translation>Gaya Selingkung Kantor</translation>
        </message>
        <message>
            <source>The office's own rules, beside Redaksi's (KBBI and EYD): a word or phrase to avoid and how to write it instead. They are underlined in blue on every workstation, with the fix and the reason in the right-click menu.</source>
            <translation>Aturan kantor sendiri, di samping aturan Redaksi (KBBI dan EYD): kata atau frasa yang dihindari dan cara menulisnya. Aturan ini digarisbawahi biru di setiap komputer, dengan perbaikan dan alasannya di menu klik kanan.</translation>
        </message>
        <message>
            <source>Avoid</source>
            <translation>Hindari</translation>
        </message>
        <message>
            <source>e.g. Kab.</source>
            <translation>mis. Kab.</translation>
        </message>
        <message>
            <source>Write instead</source>
            <translation>Tulis sebagai</translation>
        </message>
        <message>
            <source>e.g. Kabupaten</source>
            <translation>mis. Kabupaten</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Alasan</translation>
        </message>
        <message>
            <source>e.g. Written in full in news text.</source>
            <translation>mis. Ditulis lengkap dalam teks berita.</translation>
        </message>
        <message>
            <source>&amp;Add or change</source>
            <translation>&amp;Tambah atau ubah</translation>
        </message>
        <message>
            <source>A&amp;void:</source>
            <translation>&amp;Hindari:</translation>
        </message>
        <message>
            <source>&amp;Write instead:</source>
            <translation>&amp;Tulis sebagai:</translation>
        </message>
        <message>
            <source>R&amp;eason:</source>
            <translation>&amp;Alasan:</translation>
        </message>
        <message>
            <source>The office's house-style rules</source>
            <translation>Aturan gaya selingkung kantor</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Hapus</translation>
        </message>
        <message>
            <source>“{0}” → “{1}” saved.</source>
            <translation>“{0}” → “{1}” disimpan.</translation>
        </message>
        <message>
            <source>The rule for “{0}” was removed.</source>
            <translation>Aturan untuk “{0}” dihapus.</translation>
        </message>
    </context>
    <context>
        <name>Officials</name>
        <message>
            <source>since {0}</source>
            <translation>sejak {0}</translation>
        </message>
        <message>
            <source>“{0}” overlaps a period already in the directory: {1} is {2} ({3}). Periods of one title may not overlap, acting or not; nothing was changed.</source>
            <translation>“{0}” bertumpang tindih dengan masa jabatan yang sudah ada di direktori: {1} adalah {2} ({3}). Masa jabatan untuk satu jabatan tidak boleh bertumpang tindih, baik Plt. maupun definitif; tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>Each title needs its text (e.g. “Kepala Dinas Komunikasi dan Informatika”).</source>
            <translation>Setiap jabatan harus diisi namanya (mis. “Kepala Dinas Komunikasi dan Informatika”).</translation>
        </message>
        <message>
            <source>A title is too long (at most {0} characters).</source>
            <translation>Nama jabatan terlalu panjang (paling banyak {0} karakter).</translation>
        </message>
        <message>
            <source>A unit is too long (at most {0} characters).</source>
            <translation>Nama unit kerja terlalu panjang (paling banyak {0} karakter).</translation>
        </message>
        <message>
            <source>The other spellings are too long (at most {0} characters in all).</source>
            <translation>Penulisan lain terlalu panjang (paling banyak {0} karakter seluruhnya).</translation>
        </message>
        <message>
            <source>The title “{0}” needs the day it was first held.</source>
            <translation>Jabatan “{0}” memerlukan tanggal mulai menjabat.</translation>
        </message>
        <message>
            <source>The period of “{0}” ends before it begins.</source>
            <translation>Masa jabatan “{0}” berakhir sebelum dimulai.</translation>
        </message>
        <message>
            <source>Two periods of one title overlap: {0}. Nothing was changed.</source>
            <translation>Dua masa jabatan untuk satu jabatan bertumpang tindih: {0}. Tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>The file cannot be read: {0}. Nothing was changed.</source>
            <translation>Berkas tidak dapat dibaca: {0}. Tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>The file is not a Redaksi settings file (not JSON). Nothing was changed.</source>
            <translation>Berkas ini bukan berkas pengaturan Redaksi (bukan JSON). Tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>The file is not a Redaksi settings file. Nothing was changed.</source>
            <translation>Berkas ini bukan berkas pengaturan Redaksi. Tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>The file was made by a newer version of Redaksi (format version {0}). Update Redaksi to import it; nothing was changed.</source>
            <translation>Berkas ini dibuat oleh versi Redaksi yang lebih baru (versi format {0}). Perbarui Redaksi untuk mengimpornya; tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>The settings file has an invalid value: {0}. Nothing was changed.</source>
            <translation>Berkas pengaturan berisi nilai yang tidak sah: {0}. Tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>Invalid input: {0}</source>
            <translation>Masukan tidak sah: {0}</translation>
        </message>
        <message>
            <source>On {0}, {1} was acting: write “Plt. {2}”</source>
            <translation>Pada {0}, {1} masih pelaksana tugas: tulis “Plt. {2}”</translation>
        </message>
        <message>
            <source>On {0}, {1} was no longer acting: write “{2}” without “Plt.”</source>
            <translation>Pada {0}, {1} sudah definitif: tulis “{2}” tanpa “Plt.”</translation>
        </message>
        <message>
            <source>On {0}, {1} was {2}, not {3}</source>
            <translation>Pada {0}, {1} adalah {2}, bukan {3}</translation>
        </message>
        <message>
            <source>On {0}, the officials directory has nobody as {1} (not {2})</source>
            <translation>Pada {0}, direktori pejabat tidak mencatat siapa pun sebagai {1} (bukan {2})</translation>
        </message>
    </context>
    <context>
        <name>OfficialsController</name>
        <message>
            <source>Officia&amp;ls Directory…</source>
            <extracomment>Edit ▸ Insert Official… (J: "jabatan"; no other action of the window uses it).</extracomment>
            <translation>&amp;Direktori Pejabat…</translation>
        </message>
        <message>
            <source>Officials and their titles, with the days each was held</source>
            <translation>Para pejabat dan jabatannya, beserta masa jabatan masing-masing</translation>
        </message>
        <message>
            <source>&amp;Insert Official…</source>
            <translation>Sisipkan &amp;Pejabat…</translation>
        </message>
        <message>
            <source>Insert an official's title and name as they were on the article's date</source>
            <translation>Sisipkan jabatan dan nama pejabat sesuai tanggal artikel</translation>
        </message>
    </context>
    <context>
        <name>OfficialsDirectoryDialog</name>
        <message>
            <source>Officials Directory</source>
            <translation>Direktori Pejabat</translation>
        </message>
        <message>
            <source>People outside the staff whom articles name with a title, each title with the days it was held. “Insert Official” and the checklist use them; periods of one title may not overlap.</source>
            <translation>Orang di luar staf yang disebut dalam berita beserta jabatannya, dan masa setiap jabatan. “Sisipkan Pejabat” dan daftar periksa memakainya; masa jabatan untuk satu jabatan tidak boleh bertumpang tindih.</translation>
        </message>
        <message>
            <source>Find a name or title</source>
            <translation>Cari nama atau jabatan</translation>
        </message>
        <message>
            <source>Officials</source>
            <translation>Pejabat</translation>
        </message>
        <message>
            <source>&amp;New Official</source>
            <translation>Pejabat &amp;Baru</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>&amp;Hapus</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>e.g. Teta Midra</source>
            <translation>mis. Teta Midra</translation>
        </message>
        <message>
            <source>Titles and periods</source>
            <translation>Jabatan dan masa jabatan</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Jabatan</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit kerja</translation>
        </message>
        <message>
            <source>Plt.</source>
            <translation>Plt.</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Mulai</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Sampai</translation>
        </message>
        <message>
            <source>Other spellings</source>
            <translation>Penulisan lain</translation>
        </message>
        <message>
            <source>Other ways articles write the title, separated by ;</source>
            <translation>Cara lain berita menulis jabatan ini, dipisah dengan ;</translation>
        </message>
        <message>
            <source>Acting (Pelaksana Tugas)</source>
            <translation>Pelaksana Tugas (Plt.)</translation>
        </message>
        <message>
            <source>Add &amp;Title</source>
            <translation>Tambah &amp;Jabatan</translation>
        </message>
        <message>
            <source>&amp;Remove Title</source>
            <translation>Hapus J&amp;abatan</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>Na&amp;ma:</translation>
        </message>
        <message>
            <source>Only editors and admins change the directory; you can read it.</source>
            <translation>Hanya redaktur dan admin yang dapat mengubah direktori; Anda dapat membacanya.</translation>
        </message>
        <message>
            <source>Discard the changes you made to “{0}”?</source>
            <translation>Buang perubahan yang Anda buat pada “{0}”?</translation>
        </message>
        <message>
            <source>the new official</source>
            <translation>pejabat baru</translation>
        </message>
        <message>
            <source>“{0}” saved.</source>
            <translation>“{0}” disimpan.</translation>
        </message>
        <message>
            <source>Delete Official</source>
            <translation>Hapus Pejabat</translation>
        </message>
        <message>
            <source>Delete “{0}” and their titles from the directory? The audit trail keeps them.</source>
            <translation>Hapus “{0}” beserta jabatannya dari direktori? Jejak audit tetap menyimpannya.</translation>
        </message>
        <message>
            <source>“{0}” deleted.</source>
            <translation>“{0}” dihapus.</translation>
        </message>
    </context>
    <context>
        <name>Packages</name>
        <message>
            <source>Nothing was imported.</source>
            <translation>Tidak ada yang diimpor.</translation>
        </message>
        <message>
            <source>The file cannot be read: {0}.</source>
            <translation>Berkas tidak dapat dibaca: {0}.</translation>
        </message>
        <message>
            <source>This file is not a complete Redaksi review package (it may have been cut short while it was copied or sent). Ask for the package again.</source>
            <translation>Berkas ini bukan paket tinjauan Redaksi yang utuh (mungkin terpotong saat disalin atau dikirim). Mintalah paketnya sekali lagi.</translation>
        </message>
        <message>
            <source>The package is damaged: “{0}” cannot be read. Ask for the package again.</source>
            <translation>Paket rusak: “{0}” tidak dapat dibaca. Mintalah paketnya sekali lagi.</translation>
        </message>
        <message>
            <source>The package is refused: “{0}” is larger than a review package may be (at most {1} per part, {2} in all). It may be a malicious file.</source>
            <translation>Paket ditolak: “{0}” lebih besar daripada batas paket tinjauan (paling banyak {1} per bagian, {2} seluruhnya). Berkas ini mungkin berbahaya.</translation>
        </message>
        <message>
            <source>The package is refused: it holds {0} files, more than the {1} a review package may hold.</source>
            <translation>Paket ditolak: isinya {0} berkas, melebihi batas {1} berkas untuk paket tinjauan.</translation>
        </message>
        <message>
            <source>The package is refused: it holds a file named “{0}”, which could point outside its folder. It may be a malicious file.</source>
            <translation>Paket ditolak: di dalamnya ada berkas bernama “{0}” yang dapat menunjuk ke luar foldernya. Berkas ini mungkin berbahaya.</translation>
        </message>
        <message>
            <source>The package is refused: it holds the file “{0}” twice.</source>
            <translation>Paket ditolak: berkas “{0}” ada dua kali di dalamnya.</translation>
        </message>
        <message>
            <source>This package was made by a newer version of Redaksi (package format {0}). Update Redaksi to import it.</source>
            <translation>Paket ini dibuat oleh Redaksi versi yang lebih baru (format paket {0}). Perbarui Redaksi untuk mengimpornya.</translation>
        </message>
        <message>
            <source>The package was changed after it was signed: “{0}” is missing from it. Ask the sender to send it again.</source>
            <translation>Paket diubah setelah ditandatangani: “{0}” hilang darinya. Mintalah pengirim mengirimkannya sekali lagi.</translation>
        </message>
        <message>
            <source>The package was changed after it was signed: “{0}” was added to it. Ask the sender to send it again.</source>
            <translation>Paket diubah setelah ditandatangani: “{0}” ditambahkan ke dalamnya. Mintalah pengirim mengirimkannya sekali lagi.</translation>
        </message>
        <message>
            <source>The package was changed after it was signed: “{0}” is not what the sender packed. Ask the sender to send it again.</source>
            <translation>Paket diubah setelah ditandatangani: “{0}” tidak sama dengan yang dikemas pengirim. Mintalah pengirim mengirimkannya sekali lagi.</translation>
        </message>
        <message>
            <source>The package was changed after it was signed, or its signature is not the sender's. Ask the sender to send it again.</source>
            <translation>Paket diubah setelah ditandatangani, atau tanda tangannya bukan milik pengirim. Mintalah pengirim mengirimkannya sekali lagi.</translation>
        </message>
        <message>
            <source>The package is signed with a key this database does not know for {0}. If their password was reset since the last package, ask an administrator; otherwise do not trust this file.</source>
            <translation type="vanished">Paket ditandatangani dengan kunci yang tidak dikenal basis data ini untuk {0}. Jika kata sandinya diatur ulang sejak paket terakhir, hubungi admin; selain itu, jangan percayai berkas ini.</translation>
        </message>
        <message>
            <source>This package was made for another database, not this one. Open the database it was sent to, or ask the sender to send it to this one.</source>
            <translation>Paket ini dibuat untuk basis data lain, bukan yang ini. Buka basis data tujuannya, atau mintalah pengirim mengirimkannya untuk basis data ini.</translation>
        </message>
        <message>
            <source>This package was made from this very database: there is nothing to import. (If this database is a copy of the sender's file, an administrator gives it its own id with “redaksi packages --new-id”.)</source>
            <translation>Paket ini dibuat dari basis data ini sendiri: tidak ada yang perlu diimpor. (Jika basis data ini salinan berkas milik pengirim, admin dapat memberinya id sendiri dengan “redaksi packages --new-id”.)</translation>
        </message>
        <message>
            <source>Choose at least one article to send.</source>
            <translation>Pilih paling sedikit satu artikel untuk dikirim.</translation>
        </message>
        <message>
            <source>Sign in to send or import review packages.</source>
            <translation>Masuklah untuk mengirim atau mengimpor paket tinjauan.</translation>
        </message>
        <message>
            <source>New here</source>
            <translation>Baru di sini</translation>
        </message>
        <message>
            <source>Updated (changed only there)</source>
            <translation>Diperbarui (hanya berubah di sana)</translation>
        </message>
        <message>
            <source>Kept (changed only here)</source>
            <translation>Dipertahankan (hanya berubah di sini)</translation>
        </message>
        <message>
            <source>Conflict: both sides changed it</source>
            <translation>Konflik: kedua pihak mengubahnya</translation>
        </message>
        <message>
            <source>No change to the text</source>
            <translation>Teks tidak berubah</translation>
        </message>
        <message>
            <source>its signature does not match</source>
            <translation>tanda tangannya tidak cocok</translation>
        </message>
        <message>
            <source>it is signed with a key this database does not know</source>
            <translation>ditandatangani dengan kunci yang tidak dikenal basis data ini</translation>
        </message>
        <message>
            <source>that person's role here does not allow it</source>
            <translation>peran orang itu di sini tidak mengizinkannya</translation>
        </message>
        <message>
            <source>the text it signed is not the text in the package</source>
            <translation>teks yang ditandatangani tidak sama dengan teks di dalam paket</translation>
        </message>
        <message>
            <source>it is not signed</source>
            <translation>tidak ditandatangani</translation>
        </message>
        <message>
            <source>A review package brought “{0}” by {1}, which was not accepted here: {2}. The article's status was not changed.</source>
            <translation>Paket tinjauan membawa “{0}” oleh {1}, yang tidak diterima di sini: {2}. Status artikel tidak diubah.</translation>
        </message>
        <message>
            <source>The package is signed with a key this database does not know for {0}, and not even one the package names as theirs. Do not trust this file.</source>
            <translation>Paket ini ditandatangani dengan kunci yang tidak dikenal basis data ini untuk {0}, bahkan tidak tercantum di paket sebagai kunci miliknya. Jangan percayai berkas ini.</translation>
        </message>
        <message>
            <source>it is signed with a new key of theirs that no administrator here has confirmed</source>
            <translation>ditandatangani dengan kunci barunya yang belum dikonfirmasi admin di sini</translation>
        </message>
        <message>
            <source>{0}'s signing key has changed (their password was reset). {1}, an administrator of this database, vouched for the new key: it is accepted.</source>
            <translation>Kunci tanda tangan {0} telah berganti (kata sandinya diatur ulang). {1}, admin basis data ini, menjamin kunci baru tersebut: kunci diterima.</translation>
        </message>
        <message>
            <source>{0}'s signing key has changed (was their password reset?), and no administrator of this database has confirmed the new key: what {0} approved or published comes in as comments, and no status moves. An administrator must confirm the new key: compare its first characters, {1}, with {0} by telephone, then confirm it while importing. Later packages from {0} are then accepted.</source>
            <translation>Kunci tanda tangan {0} telah berganti (apakah kata sandinya diatur ulang?), dan belum ada admin basis data ini yang mengonfirmasi kunci baru tersebut: persetujuan atau penerbitan oleh {0} masuk sebagai komentar, dan tidak ada status yang berubah. Admin harus mengonfirmasi kunci baru: cocokkan karakter awalnya, {1}, dengan {0} melalui telepon, lalu konfirmasikan saat mengimpor. Paket berikutnya dari {0} akan diterima.</translation>
        </message>
    </context>
    <context>
        <name>PackagesController</name>
        <message>
            <source>&amp;Send for Review…</source>
            <extracomment>The articles Send for Review offers to tick (the most recently changed). A package was imported (how many articles it touched).</extracomment>
            <translation>&amp;Kirim untuk Ditinjau…</translation>
        </message>
        <message>
            <source>Put articles with their history and comments into one file for a reviewer elsewhere</source>
            <translation>Masukkan artikel beserta riwayat dan komentarnya ke dalam satu berkas untuk peninjau di tempat lain</translation>
        </message>
        <message>
            <source>Import Re&amp;view Package…</source>
            <translation>Imp&amp;or Paket Tinjauan…</translation>
        </message>
        <message>
            <source>See what a review package brings, then import it</source>
            <translation>Lihat isi paket tinjauan, lalu impor</translation>
        </message>
        <message>
            <source>Changed on both sides</source>
            <translation>Diubah di kedua pihak</translation>
        </message>
        <message>
            <source>Review Packages</source>
            <translation>Paket Tinjauan</translation>
        </message>
        <message>
            <source>Sign in to send or import review packages.</source>
            <translation>Masuklah untuk mengirim atau mengimpor paket tinjauan.</translation>
        </message>
        <message>
            <source>Save Review Package</source>
            <translation>Simpan Paket Tinjauan</translation>
        </message>
        <message>
            <source>Review packages ({0})</source>
            <translation>Paket tinjauan ({0})</translation>
        </message>
        <message>
            <source>Writing the review package…</source>
            <translation>Menulis paket tinjauan…</translation>
        </message>
        <message numerus="yes">
            <source>%n article(s) saved in the review package {0}</source>
            <translation>
                <numerusform>%n artikel disimpan dalam paket tinjauan {0}</numerusform>
            </translation>
        </message>
        <message>
            <source>Import Review Package</source>
            <translation>Impor Paket Tinjauan</translation>
        </message>
        <message>
            <source>Review packages ({0});;All files (*)</source>
            <translation>Paket tinjauan ({0});;Semua berkas (*)</translation>
        </message>
        <message>
            <source>Checking “{0}”…</source>
            <translation>Memeriksa “{0}”…</translation>
        </message>
        <message>
            <source>Importing the review package…</source>
            <translation>Mengimpor paket tinjauan…</translation>
        </message>
        <message numerus="yes">
            <source>Review package imported: %n article(s)</source>
            <translation>
                <numerusform>Paket tinjauan diimpor: %n artikel</numerusform>
            </translation>
        </message>
        <message>
            <source>{0} also changed this article (review package of {1}). Your text stays current; theirs is kept as revision {2}. Compare them, keep yours, or load theirs.</source>
            <translation>{0} juga mengubah artikel ini (paket tinjauan {1}). Teks Anda tetap berlaku; teks mereka disimpan sebagai revisi {2}. Bandingkan keduanya, pertahankan teks Anda, atau muat versi mereka.</translation>
        </message>
        <message>
            <source>{0}'s version (from the review package)</source>
            <translation>Versi {0} (dari paket tinjauan)</translation>
        </message>
    </context>
    <context>
        <name>PeopleManagerDialog</name>
        <message>
            <source>People</source>
            <translation>Personel</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Peran</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <source>Name of the new person</source>
            <translation>Nama orang baru</translation>
        </message>
        <message>
            <source>Role of the new person</source>
            <translation>Peran orang baru</translation>
        </message>
        <message>
            <source>Initial password</source>
            <translation>Kata sandi awal</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Tambah</translation>
        </message>
        <message>
            <source>Set password…</source>
            <translation>Atur kata sandi…</translation>
        </message>
        <message>
            <source>Give the selected person a new password</source>
            <translation>Beri orang yang dipilih kata sandi baru</translation>
        </message>
        <message>
            <source>Double-click a name to rename. People are never deleted: deactivate someone who has left; their work keeps their name.</source>
            <translation>Klik dua kali sebuah nama untuk mengubahnya. Personel tidak pernah dihapus: nonaktifkan orang yang sudah tidak bertugas; karyanya tetap tercatat atas namanya.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Role of {0}</source>
            <translation>Peran {0}</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Nonaktif</translation>
        </message>
        <message>
            <source>Select a person first.</source>
            <translation>Pilih seseorang terlebih dahulu.</translation>
        </message>
    </context>
    <context>
        <name>PersonButton</name>
        <message>
            <source>Switch person…</source>
            <translation>Ganti orang…</translation>
        </message>
        <message>
            <source>Manage people…</source>
            <translation>Kelola personel…</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Kunci</translation>
        </message>
        <message>
            <source>Change my password…</source>
            <translation>Ganti kata sandi saya…</translation>
        </message>
        <message>
            <source>Working as {0}</source>
            <translation>Bekerja sebagai {0}</translation>
        </message>
        <message>
            <source>Working as {0}. Click to lock, switch person or change your password.</source>
            <translation>Bekerja sebagai {0}. Klik untuk mengunci, berganti orang, atau mengganti kata sandi.</translation>
        </message>
        <message>
            <source>Working as {0}. Click to switch person.</source>
            <translation type="vanished">Bekerja sebagai {0}. Klik untuk mengganti orang.</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferensi</translation>
        </message>
        <message>
            <source>&amp;Monospace font (every character equally wide)</source>
            <translation>Fon &amp;monospace (setiap huruf sama lebar)</translation>
        </message>
        <message>
            <source>Off: a proportional font, as in a word processor. On: the Markdown marks line up.</source>
            <translation>Mati: fon proporsional, seperti di pengolah kata. Hidup: tanda Markdown tersusun lurus.</translation>
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
            <source>Spell checking skips words in capitals (PPKM, BUMDES)</source>
            <translation>Pemeriksa ejaan melewati kata berhuruf kapital semua (PPKM, BUMDES)</translation>
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
            <source>Lock after idle minutes</source>
            <translation>Kunci setelah menganggur (menit)</translation>
        </message>
        <message>
            <source>never</source>
            <translation>tidak pernah</translation>
        </message>
        <message>
            <source> min</source>
            <translation> menit</translation>
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
        <message>
            <source>Lock after idle minutes (0 = never):</source>
            <translation>Kunci setelah menganggur (menit, 0 = tidak pernah):</translation>
        </message>
    </context>
    <context>
        <name>PresenceBanner</name>
        <message>
            <source>Someone else is editing</source>
            <translation>Sedang disunting orang lain</translation>
        </message>
        <message>
            <source>Take Over</source>
            <translation>Ambil Alih</translation>
        </message>
        <message>
            <source>Take over editing this article</source>
            <translation>Ambil alih penyuntingan artikel ini</translation>
        </message>
        <message>
            <source>Being edited by {0} since {1}. You can read it here; take it over to edit it.</source>
            <translation>Sedang disunting oleh {0} sejak {1}. Anda dapat membacanya di sini; ambil alih untuk menyuntingnya.</translation>
        </message>
        <message>
            <source>{0} took over this article at {1}. Your text was saved as usual and stays here to read; take it back to go on editing.</source>
            <translation>{0} mengambil alih artikel ini pada {1}. Teks Anda tersimpan seperti biasa dan tetap di sini untuk dibaca; ambil alih kembali untuk melanjutkan penyuntingan.</translation>
        </message>
        <message>
            <source>{0} took over this article at {1}. Your text stays here, but it is not saved yet (see below); take it back to go on editing.</source>
            <translation>{0} mengambil alih artikel ini pada {1}. Teks Anda tetap di sini, tetapi belum tersimpan (lihat di bawah); ambil alih kembali untuk melanjutkan penyuntingan.</translation>
        </message>
    </context>
    <context>
        <name>PresenceController</name>
        <message>
            <source>Take over this article?</source>
            <translation>Ambil alih artikel ini?</translation>
        </message>
        <message>
            <source>{0} is editing this article (since {1}). If you take it over, {0}'s window is told and shows it read-only; what {0} typed there is saved first, and every saved version stays in the article's history.</source>
            <translation>{0} sedang menyunting artikel ini (sejak {1}). Jika Anda mengambil alih, jendela {0} diberi tahu dan hanya dapat membacanya; yang sudah diketik {0} di sana disimpan lebih dulu, dan setiap versi yang tersimpan tetap ada di riwayat revisi artikel.</translation>
        </message>
        <message>
            <source>Take Over</source>
            <translation>Ambil Alih</translation>
        </message>
    </context>
    <context>
        <name>PreviewPane</name>
        <message>
            <source>Preview</source>
            <extracomment>The pause in typing before the preview is updated is MIN_DELAY_MS plus DELAY_PER_RENDER_MS times what the recent renders took (keystroke to new HTML shown), at most MAX_DELAY_MS: short when rendering is cheap (a few ms for an edit of a 5,000-word article), longer for a huge text, whose renders would otherwise follow each other while the user types. Before a render of the article was measured: the cost guessed from its length (ms per character of Markdown, what an edit's render and patch take on a slow office computer). Up to this many characters of new Markdown are rendered right here (a few ms); more goes to the render process. In an article longer than this even a few changed blocks go to the render process (it is already running): markdown2 on the GUI thread cost up to 20 ms while typing (e.g. after the spelling dictionaries had pushed its regular expressions out of Python's cache). A text longer than this (a 5 MB paste) is split, rendered and numbered in the render process too (splitting it alone held the window 60 ms); the window only shows the result. When this many characters of blocks are to be rendered (an article just opened), they are shared between two render processes, one per core: a 20,000-word article is shown in about half the time of one process rendering it all. Narrower than this (pixels), the preview sets its type a little smaller and tighter: the website's sizes in a narrow column show two or three words a line. The compact type: font sizes times this, line heights at most :data:`COMPACT_LINE_HEIGHT`.</extracomment>
            <translation>Pratinjau</translation>
        </message>
        <message>
            <source>Nothing to preview yet.
The article appears here as you write.</source>
            <translation>Belum ada yang dapat dipratinjau.
Artikel tampil di sini selama Anda menulis.</translation>
        </message>
    </context>
    <context>
        <name>PrintController</name>
        <message>
            <source>Print the article's approval sheet, to be signed</source>
            <translation>Cetak lembar persetujuan artikel untuk ditandatangani</translation>
        </message>
        <message>
            <source>Pr&amp;int…</source>
            <translation>&amp;Cetak…</translation>
        </message>
        <message>
            <source>Export as PD&amp;F…</source>
            <translation>Ekspor sebagai PD&amp;F…</translation>
        </message>
        <message>
            <source>Export as &amp;Word…</source>
            <translation>Ekspor sebagai &amp;DOCX…</translation>
        </message>
        <message>
            <source>Save the article as a .docx document (Microsoft Office, LibreOffice), to send on</source>
            <translation>Simpan artikel sebagai dokumen .docx (Microsoft Office, LibreOffice) untuk diteruskan</translation>
        </message>
        <message>
            <source>Export as &amp;OpenDocument…</source>
            <translation>Ekspor sebagai &amp;OpenDocument…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Cetak</translation>
        </message>
        <message>
            <source>Print Approval Sheet</source>
            <translation>Cetak Lembar Persetujuan</translation>
        </message>
        <message>
            <source>The file could not be written: {0}</source>
            <translation>Berkas tidak dapat ditulis: {0}</translation>
        </message>
        <message>
            <source>Export as PDF</source>
            <translation>Ekspor sebagai PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Dokumen PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export as Word</source>
            <translation>Ekspor sebagai DOCX</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Dokumen DOCX (*.docx)</translation>
        </message>
        <message>
            <source>Export as OpenDocument</source>
            <translation>Ekspor sebagai OpenDocument</translation>
        </message>
        <message>
            <source>OpenDocument texts (*.odt)</source>
            <translation>Teks OpenDocument (*.odt)</translation>
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
        <name>Register</name>
        <message>
            <source>Number</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Numbered on</source>
            <translation>Diberi nomor</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Disetujui oleh</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Dihapus</translation>
        </message>
        <message>
            <source>Press releases</source>
            <translation>Siaran Pers</translation>
        </message>
        <message>
            <source>Press releases {0}</source>
            <translation>Siaran Pers {0}</translation>
        </message>
    </context>
    <context>
        <name>RegisterDialog</name>
        <message>
            <source>Press Release Register</source>
            <translation>Register Siaran Pers</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Tahun</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>Semua tahun</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Tahun:</translation>
        </message>
        <message>
            <source>Press-release numbers</source>
            <translation>Nomor siaran pers</translation>
        </message>
        <message>
            <source>No press release has a number yet. A press release is numbered when it is approved.</source>
            <translation>Belum ada siaran pers yang bernomor. Siaran pers diberi nomor saat disetujui.</translation>
        </message>
        <message>
            <source>Save as &amp;CSV…</source>
            <translation>Simpan sebagai &amp;CSV…</translation>
        </message>
        <message>
            <source>Save as &amp;Spreadsheet (ODS)…</source>
            <translation>Simpan sebagai &amp;Lembar Kerja (ODS)…</translation>
        </message>
        <message numerus="yes">
            <source>%n number(s)</source>
            <translation>
                <numerusform>%n nomor</numerusform>
            </translation>
        </message>
        <message>
            <source>press-release-register</source>
            <translation>register-siaran-pers</translation>
        </message>
        <message>
            <source>Save as CSV</source>
            <translation>Simpan sebagai CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Berkas CSV (*.csv)</translation>
        </message>
        <message>
            <source>Save as Spreadsheet</source>
            <translation>Simpan sebagai Lembar Kerja</translation>
        </message>
        <message>
            <source>OpenDocument spreadsheets (*.ods)</source>
            <translation>Lembar kerja OpenDocument (*.ods)</translation>
        </message>
        <message>
            <source>“{0}” could not be written: {1}</source>
            <translation>“{0}” tidak dapat ditulis: {1}</translation>
        </message>
    </context>
    <context>
        <name>RejectCorrectionDialog</name>
        <message>
            <source>Reject the correction</source>
            <translation>Tolak ralat</translation>
        </message>
        <message>
            <source>Why is the correction of “{0}” not approved? The writer reads this note; the website keeps the published text. (required)</source>
            <translation>Mengapa ralat atas “{0}” tidak disetujui? Penulis membaca catatan ini; situs web tetap menampilkan teks yang sudah terbit. (wajib)</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(tanpa judul)</translation>
        </message>
        <message>
            <source>Reject correction</source>
            <translation>Tolak ralat</translation>
        </message>
        <message>
            <source>Note to the writer</source>
            <translation>Catatan untuk penulis</translation>
        </message>
    </context>
    <context>
        <name>RestoreBackupDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation>Pulihkan dari cadangan</translation>
        </message>
        <message>
            <source>Restore from Backup</source>
            <translation>Pulihkan dari Cadangan</translation>
        </message>
        <message>
            <source>Choose a backup of “{0}”. The database as it is now is kept beside it (“.before-restore-…”), so restoring can be undone.</source>
            <translation>Pilih cadangan “{0}”. Basis data saat ini disimpan di sebelahnya (“.before-restore-…”), jadi pemulihan dapat dibatalkan.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Cadangan</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Artikel</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Ukuran</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Keadaan</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Memeriksa…</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Baik</translation>
        </message>
        <message>
            <source>Unusable</source>
            <translation>Tidak dapat dipakai</translation>
        </message>
        <message>
            <source>There are no backups yet. Redaksi makes one when it starts (once a day) and when it closes.</source>
            <translation>Belum ada cadangan. Redaksi membuatnya saat dijalankan (sekali sehari) dan saat ditutup.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Pulihkan</translation>
        </message>
        <message>
            <source>Restore the selected backup</source>
            <translation>Pulihkan cadangan yang dipilih</translation>
        </message>
        <message>
            <source>Other &amp;File…</source>
            <translation>Berkas &amp;Lain…</translation>
        </message>
        <message>
            <source>Restore from another backup file</source>
            <translation>Pulihkan dari berkas cadangan lain</translation>
        </message>
        <message>
            <source>Restore from Backup File</source>
            <translation>Pulihkan dari Berkas Cadangan</translation>
        </message>
        <message>
            <source>Redaksi databases (*.db);;All files (*)</source>
            <translation>Basis data Redaksi (*.db);;Semua berkas (*)</translation>
        </message>
    </context>
    <context>
        <name>ReviewPanel</name>
        <message>
            <source>Review comments</source>
            <extracomment>[(start, end)] in the body text of the open threads' passages, after each refresh</extracomment>
            <translation>Komentar tinjauan</translation>
        </message>
        <message>
            <source>Show resolved</source>
            <translation>Tampilkan yang selesai</translation>
        </message>
        <message>
            <source>No comments yet. Select a passage in the text and write a comment below.</source>
            <translation>Belum ada komentar. Pilih bagian teks lalu tulis komentar di bawah.</translation>
        </message>
        <message>
            <source>New comment</source>
            <translation>Komentar baru</translation>
        </message>
        <message>
            <source>Write a comment…</source>
            <translation>Tulis komentar…</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Komentari</translation>
        </message>
        <message>
            <source>Add the comment</source>
            <translation>Tambahkan komentar</translation>
        </message>
        <message>
            <source>Open comments: {0}</source>
            <translation>Komentar terbuka: {0}</translation>
        </message>
        <message>
            <source>resolved: {0}</source>
            <translation>selesai: {0}</translation>
        </message>
        <message>
            <source>No open comments.</source>
            <translation>Tidak ada komentar terbuka.</translation>
        </message>
        <message>
            <source>On: “{0}”</source>
            <translation>Pada: “{0}”</translation>
        </message>
        <message>
            <source>Select a passage in the text to comment on it, or comment on the whole article.</source>
            <translation>Pilih bagian teks untuk mengomentarinya, atau komentari seluruh artikel.</translation>
        </message>
    </context>
    <context>
        <name>Safety</name>
        <message>
            <source>Redaksi</source>
            <translation>Redaksi</translation>
        </message>
        <message>
            <source>The file now there did not have this article: your text is in it as a new draft.</source>
            <translation>Berkas yang kini ada di sana tidak memuat artikel ini: teks Anda dimasukkan ke dalamnya sebagai draf baru.</translation>
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
            <translation type="vanished">Belum tersimpan: berkas basis data dihapus atau dipindahkan saat terbuka. Teks Anda masih ada di sini; kembalikan berkasnya lalu tekan Coba Lagi, atau salin teks Anda ke tempat lain.</translation>
        </message>
        <message>
            <source>Not saved: the connection to the database server was lost. Your text is still here; press Retry.</source>
            <translation type="vanished">Belum tersimpan: sambungan ke server basis data terputus. Teks Anda masih ada di sini; tekan Coba Lagi.</translation>
        </message>
        <message>
            <source>Not saved because of an unexpected error. Your text is still here; press Retry.</source>
            <translation>Belum tersimpan karena kesalahan tak terduga. Teks Anda masih ada di sini; tekan Coba Lagi.</translation>
        </message>
        <message>
            <source>The disk is full; free some space.</source>
            <translation>Disk penuh; kosongkan sebagian ruang.</translation>
        </message>
        <message>
            <source>The disk reported a read/write error (drive removed or failing?).</source>
            <translation>Disk melaporkan kesalahan baca/tulis (drive dilepas atau rusak?).</translation>
        </message>
        <message>
            <source>The database file has become read-only; make it writable again.</source>
            <translation>Berkas basis data menjadi hanya-baca; izinkan penulisan kembali.</translation>
        </message>
        <message>
            <source>Another program has kept the database locked for a while.</source>
            <translation>Program lain mengunci basis data cukup lama.</translation>
        </message>
        <message>
            <source>The database file was deleted or moved while open; put it back where it was.</source>
            <translation>Berkas basis data dihapus atau dipindahkan saat terbuka; kembalikan ke tempat semula.</translation>
        </message>
        <message>
            <source>The connection to the database server was lost.</source>
            <translation>Sambungan ke server basis data terputus.</translation>
        </message>
        <message>
            <source>Not saved: the database file was deleted or moved while open. Your text is still here; put the file back and press Retry, or save a copy elsewhere.</source>
            <translation>Belum tersimpan: berkas basis data dihapus atau dipindahkan saat terbuka. Teks Anda masih ada di sini; kembalikan berkasnya lalu tekan Coba Lagi, atau simpan salinannya di tempat lain.</translation>
        </message>
        <message>
            <source>Not saved: another file has taken the place of the database file while it was open (a sync program, or a backup copied over it?). Nothing was written to either file; your text is still here. Save it into the file now at that place, or save a copy elsewhere.</source>
            <translation>Belum tersimpan: berkas lain menggantikan berkas basis data saat terbuka (program sinkronisasi, atau cadangan yang disalin menimpanya?). Tidak ada yang ditulis ke berkas mana pun; teks Anda masih ada di sini. Simpan ke berkas yang kini ada di tempat itu, atau simpan salinannya di tempat lain.</translation>
        </message>
        <message>
            <source>Not saved: the database file is damaged. Your text is still here; save a copy elsewhere, then restore the newest good backup.</source>
            <translation>Belum tersimpan: berkas basis data rusak. Teks Anda masih ada di sini; simpan salinannya di tempat lain, lalu pulihkan cadangan baik terbaru.</translation>
        </message>
        <message>
            <source>Not saved: the connection to the database server was lost. Your text is still here; press Retry, or save a copy elsewhere.</source>
            <translation>Belum tersimpan: sambungan ke server basis data terputus. Teks Anda masih ada di sini; tekan Coba Lagi, atau simpan salinannya di tempat lain.</translation>
        </message>
        <message>
            <source>Another file has taken the place of the database file while it was open (a sync program, or a backup copied over it?); nothing was written to either file.</source>
            <translation>Berkas lain menggantikan berkas basis data saat terbuka (program sinkronisasi, atau cadangan yang disalin menimpanya?); tidak ada yang ditulis ke berkas mana pun.</translation>
        </message>
        <message>
            <source>The database file is damaged; restore the newest good backup (Help ▸ Restore from Backup…).</source>
            <translation>Berkas basis data rusak; pulihkan cadangan baik terbaru (Bantuan ▸ Pulihkan dari Cadangan…).</translation>
        </message>
        <message>
            <source>The database is damaged, so no backup “{0}” was made (the good backups are kept). Restore the newest good backup, or run “redaksi check” for SQLite's findings.</source>
            <translation>Basis data rusak, jadi cadangan “{0}” tidak dibuat (cadangan yang baik tetap disimpan). Pulihkan cadangan baik yang terbaru, atau jalankan “redaksi check” untuk melihat temuan SQLite.</translation>
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
            <source>Compare…</source>
            <translation>Bandingkan…</translation>
        </message>
        <message>
            <source>Compare both versions side by side</source>
            <translation>Bandingkan kedua versi berdampingan</translation>
        </message>
        <message>
            <source>Save Into the File There Now</source>
            <translation>Simpan ke Berkas yang Kini Ada di Sana</translation>
        </message>
        <message>
            <source>Open the file now at the database's place and save your text into it</source>
            <translation>Buka berkas yang kini ada di tempat basis data dan simpan teks Anda ke dalamnya</translation>
        </message>
        <message>
            <source>Save Copy As…</source>
            <translation>Simpan Salinan Sebagai…</translation>
        </message>
        <message>
            <source>Save the article as a Markdown file elsewhere</source>
            <translation>Simpan artikel sebagai berkas Markdown di tempat lain</translation>
        </message>
        <message>
            <source>Details…</source>
            <translation>Rincian…</translation>
        </message>
        <message>
            <source>Not saved: another file has taken the place of the database file while it was open (a sync program, or a backup copied over it?). Nothing was written to either file and your text is kept here: save it into the file now at that place, or save a copy elsewhere.</source>
            <translation>Belum tersimpan: berkas lain menggantikan berkas basis data saat terbuka (program sinkronisasi, atau cadangan yang disalin menimpanya?). Tidak ada yang ditulis ke berkas mana pun dan teks Anda tetap di sini: simpan ke berkas yang kini ada di tempat itu, atau simpan salinannya di tempat lain.</translation>
        </message>
        <message>
            <source>{0} What you typed stays here: it is saved once the field is fixed.</source>
            <translation>{0} Yang Anda ketik tetap di sini: isian itu tersimpan setelah diperbaiki.</translation>
        </message>
        <message>
            <source>Not saved: {0} Your text is kept here; Redaksi tries again shortly. You can also save a copy elsewhere.</source>
            <translation>Belum tersimpan: {0} Teks Anda tetap di sini; Redaksi akan mencoba lagi sebentar lagi. Anda juga dapat menyimpan salinannya di tempat lain.</translation>
        </message>
        <message>
            <source>Not saved: {0} Your text is kept here; Redaksi tries again shortly.</source>
            <translation>Belum tersimpan: {0} Teks Anda tetap di sini; Redaksi akan mencoba lagi sebentar lagi.</translation>
        </message>
        <message>
            <source>Read-only mode: the database cannot be written to (the file or its folder is read-only). Your unsaved text is kept here and can be copied; editing resumes as soon as Redaksi can save again.</source>
            <translation>Mode hanya-baca: basis data tidak dapat ditulisi (berkas atau foldernya hanya-baca). Teks Anda yang belum tersimpan tetap di sini dan dapat disalin; Anda dapat menyunting lagi begitu Redaksi bisa menyimpan kembali.</translation>
        </message>
    </context>
    <context>
        <name>SendDialog</name>
        <message>
            <source>Send for Review</source>
            <translation>Kirim untuk Ditinjau</translation>
        </message>
        <message>
            <source>The chosen articles go into one file, with their history, comments and photos, signed by you. Send it by USB stick, e-mail or WhatsApp; the reviewer imports it with File ▸ Import Review Package…</source>
            <translation>Artikel yang dipilih dimasukkan ke dalam satu berkas beserta riwayat, komentar, dan fotonya, lalu ditandatangani oleh Anda. Kirimkan lewat flashdisk, surel, atau WhatsApp; peninjau mengimpornya melalui Berkas ▸ Impor Paket Tinjauan…</translation>
        </message>
        <message>
            <source>Articles to send</source>
            <translation>Artikel yang dikirim</translation>
        </message>
        <message>
            <source>A new reviewer (first package to their database)</source>
            <translation>Peninjau baru (paket pertama ke basis datanya)</translation>
        </message>
        <message>
            <source>{0}'s database</source>
            <translation>Basis data {0}</translation>
        </message>
        <message>
            <source>&amp;For:</source>
            <translation>&amp;Untuk:</translation>
        </message>
        <message>
            <source>&amp;Save Package…</source>
            <translation>&amp;Simpan Paket…</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(tanpa judul)</translation>
        </message>
    </context>
    <context>
        <name>SetPasswordDialog</name>
        <message>
            <source>Password of {0}</source>
            <translation>Kata sandi {0}</translation>
        </message>
        <message>
            <source>Tell {0} this password in person; they can change it afterwards.</source>
            <translation>Sampaikan kata sandi ini langsung kepada {0}; ia dapat menggantinya sesudahnya.</translation>
        </message>
        <message>
            <source>Set password</source>
            <translation>Atur kata sandi</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>Kata sandi baru</translation>
        </message>
        <message>
            <source>New password again</source>
            <translation>Ulangi kata sandi baru</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>Kata sandi &amp;baru:</translation>
        </message>
        <message>
            <source>New password &amp;again:</source>
            <translation>&amp;Ulangi kata sandi baru:</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation type="vanished">Kedua kata sandi tidak sama.</translation>
        </message>
    </context>
    <context>
        <name>SettingsFileButtons</name>
        <message>
            <source>E&amp;xport…</source>
            <translation>Eks&amp;por…</translation>
        </message>
        <message>
            <source>Save the website settings, the checklist and the officials directory to a file</source>
            <translation>Simpan pengaturan situs web, daftar periksa dan direktori pejabat ke sebuah berkas</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Impor…</translation>
        </message>
        <message>
            <source>Replace the website settings and add or update officials from a file (admins)</source>
            <translation>Ganti pengaturan situs web serta tambahkan atau perbarui pejabat dari sebuah berkas (admin)</translation>
        </message>
        <message>
            <source>Export Settings</source>
            <translation>Ekspor Pengaturan</translation>
        </message>
        <message>
            <source>Saved the settings and {0} official(s) to {1}.</source>
            <translation>Pengaturan dan {0} pejabat disimpan ke {1}.</translation>
        </message>
        <message>
            <source>Import Settings</source>
            <translation>Impor Pengaturan</translation>
        </message>
        <message>
            <source>Replace the website settings and the checklist with those of “{0}”, and add or update its officials? Nothing is changed if the file has a problem.</source>
            <translation>Ganti pengaturan situs web dan daftar periksa dengan isi “{0}”, serta tambahkan atau perbarui pejabatnya? Tidak ada yang diubah jika berkas itu bermasalah.</translation>
        </message>
        <message>
            <source>Imported: {0} website setting(s), {1} checklist setting(s); officials: {2} added, {3} updated.</source>
            <translation>Diimpor: {0} pengaturan situs web, {1} pengaturan daftar periksa; pejabat: {2} ditambahkan, {3} diperbarui.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard Shortcuts</source>
            <extracomment>Keys that only special keyboards have (Help, Open, Save, Undo, Back, the media keys...): the platform binds them to the standard actions too, but they are no shortcut anyone types.</extracomment>
            <translation>Pintasan Keyboard</translation>
        </message>
        <message>
            <source>Search the shortcuts</source>
            <translation>Cari pintasan</translation>
        </message>
        <message>
            <source>Search by name or key…</source>
            <translation>Cari menurut nama atau tombol…</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Cari:</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Pintasan keyboard</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Tindakan</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tombol</translation>
        </message>
        <message>
            <source>No shortcut matches.</source>
            <translation>Tidak ada pintasan yang cocok.</translation>
        </message>
        <message>
            <source>Elsewhere in the window</source>
            <translation>Di bagian lain jendela</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in to Redaksi</source>
            <translation>Masuk ke Redaksi</translation>
        </message>
        <message>
            <source>Redaksi records who writes, comments, approves and publishes: sign in with your name and password.</source>
            <translation>Redaksi mencatat siapa yang menulis, berkomentar, menyetujui, dan menerbitkan: masuk dengan nama dan kata sandi Anda.</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Masuk</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Kata sandi</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nama:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Kata sandi:</translation>
        </message>
        <message>
            <source>Demo database — its accounts:</source>
            <translation>Basis data demo — akunnya:</translation>
        </message>
    </context>
    <context>
        <name>SiteBrandingTab</name>
        <message>
            <source>Office name</source>
            <translation>Nama dinas</translation>
        </message>
        <message>
            <source>e.g. Dinas Komunikasi dan Informatika</source>
            <translation>mis. Dinas Komunikasi dan Informatika</translation>
        </message>
        <message>
            <source>Regency or city</source>
            <translation>Kabupaten atau kota</translation>
        </message>
        <message>
            <source>e.g. Kabupaten Solok</source>
            <translation>mis. Kabupaten Solok</translation>
        </message>
        <message>
            <source>Header colour</source>
            <translation>Warna kepala situs</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Pilih…</translation>
        </message>
        <message>
            <source>Choose the header colour</source>
            <translation>Pilih warna kepala situs</translation>
        </message>
        <message>
            <source>Office address</source>
            <translation>Alamat kantor</translation>
        </message>
        <message>
            <source>Telephone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Surel</translation>
        </message>
        <message>
            <source>PPID page</source>
            <translation>Halaman PPID</translation>
        </message>
        <message>
            <source>Shown in the header and footer of every page of the website. The logo (Website tab) also makes the browser's icon.</source>
            <translation>Ditampilkan di kepala dan kaki setiap halaman situs web. Logo (tab Situs Web) juga menjadi ikon di peramban.</translation>
        </message>
        <message>
            <source>&amp;Office:</source>
            <translation>&amp;Dinas:</translation>
        </message>
        <message>
            <source>&amp;Regency or city:</source>
            <translation>&amp;Kabupaten atau kota:</translation>
        </message>
        <message>
            <source>Header &amp;colour:</source>
            <translation>&amp;Warna kepala:</translation>
        </message>
        <message>
            <source>A&amp;ddress:</source>
            <translation>&amp;Alamat:</translation>
        </message>
        <message>
            <source>&amp;Telephone:</source>
            <translation>&amp;Telepon:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;Surel:</translation>
        </message>
        <message>
            <source>&amp;PPID page:</source>
            <translation>Halaman &amp;PPID:</translation>
        </message>
        <message>
            <source>Header Colour</source>
            <translation>Warna Kepala Situs</translation>
        </message>
        <message>
            <source>Empty: the theme's own dark blue.</source>
            <translation>Kosong: biru tua bawaan tema.</translation>
        </message>
        <message>
            <source>Write the colour as #rrggbb, e.g. #0b2e59.</source>
            <translation>Tulis warna sebagai #rrggbb, mis. #0b2e59.</translation>
        </message>
        <message>
            <source>Too light: white text on it has a contrast of {0}:1; at least {1}:1 is needed.</source>
            <translation>Terlalu terang: kontras teks putih di atasnya {0}:1; paling sedikit {1}:1.</translation>
        </message>
        <message>
            <source>Contrast with white text: {0}:1 (readable).</source>
            <translation>Kontras dengan teks putih: {0}:1 (terbaca).</translation>
        </message>
        <message>
            <source>A link must be an http:// or https:// address.</source>
            <translation>Tautan harus berupa alamat http:// atau https://.</translation>
        </message>
        <message>
            <source>The header colour is too light: white text on it has a contrast of {0}:1; at least 4.5:1 is needed.</source>
            <translation>Warna kepala situs terlalu terang: kontras teks putih di atasnya {0}:1; paling sedikit 4,5:1.</translation>
        </message>
        <message>
            <source>The e-mail address is not valid.</source>
            <translation>Alamat surel tidak sah.</translation>
        </message>
    </context>
    <context>
        <name>SiteSettingsDialog</name>
        <message>
            <source>Website Settings</source>
            <translation>Pengaturan Situs Web</translation>
        </message>
        <message>
            <source>Site title</source>
            <translation>Judul situs</translation>
        </message>
        <message>
            <source>Site description</source>
            <translation>Deskripsi situs</translation>
        </message>
        <message>
            <source>Base URL</source>
            <translation>URL dasar</translation>
        </message>
        <message>
            <source>Logo file</source>
            <translation>Berkas logo</translation>
        </message>
        <message>
            <source>Theme folder</source>
            <translation>Folder tema</translation>
        </message>
        <message>
            <source>Language of the website</source>
            <translation>Bahasa situs web</translation>
        </message>
        <message>
            <source>Indonesian</source>
            <translation>Bahasa Indonesia</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Bahasa Inggris</translation>
        </message>
        <message>
            <source>Press-release number pattern</source>
            <translation>Pola nomor siaran pers</translation>
        </message>
        <message>
            <source>{seq:03d}: the running number (restarts each year), {year}, {month}, {month_roman} (XII), {day}</source>
            <translation>{seq:03d}: nomor urut (mulai lagi setiap tahun), {year}, {month}, {month_roman} (XII), {day}</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Judul:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Deskripsi:</translation>
        </message>
        <message>
            <source>&amp;Base URL:</source>
            <translation>&amp;URL dasar:</translation>
        </message>
        <message>
            <source>&amp;Logo:</source>
            <translation>&amp;Logo:</translation>
        </message>
        <message>
            <source>L&amp;anguage:</source>
            <translation>&amp;Bahasa:</translation>
        </message>
        <message>
            <source>T&amp;heme folder:</source>
            <translation>&amp;Folder tema:</translation>
        </message>
        <message>
            <source>Press-release &amp;number:</source>
            <translation>&amp;Nomor siaran pers:</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Situs web</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Daftar periksa</translation>
        </message>
        <message>
            <source>Upload</source>
            <translation>Unggah</translation>
        </message>
        <message>
            <source>WordPress</source>
            <translation>WordPress</translation>
        </message>
        <message>
            <source>Branding</source>
            <translation>Identitas</translation>
        </message>
        <message>
            <source>Only an admin may choose the website theme.</source>
            <translation type="vanished">Hanya admin yang boleh memilih tema situs web.</translation>
        </message>
        <message>
            <source>A theme folder may hold templates and a style.css that replace Redaksi's own.</source>
            <translation>Folder tema dapat berisi templat dan style.css yang menggantikan milik Redaksi.</translation>
        </message>
        <message>
            <source>Only an admin changes the website settings; you can read them here.</source>
            <translation>Hanya admin yang mengubah pengaturan situs web; Anda dapat membacanya di sini.</translation>
        </message>
        <message>
            <source>Checked when an article is submitted, approved, scheduled or published. Required: the action is refused until it is done. Warning: asked once.</source>
            <translation>Diperiksa saat artikel diajukan, disetujui, dijadwalkan, atau diterbitkan. Wajib: tindakan ditolak sampai dipenuhi. Peringatan: ditanyakan sekali.</translation>
        </message>
        <message>
            <source>Minimum number of words</source>
            <translation>Jumlah kata minimal</translation>
        </message>
        <message>
            <source> words</source>
            <translation> kata</translation>
        </message>
        <message>
            <source>Minimum length:</source>
            <translation>Panjang minimal:</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation type="vanished">Telusuri…</translation>
        </message>
        <message>
            <source>Browse for {0}</source>
            <translation type="vanished">Telusuri {0}</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.svg)</source>
            <translation>Gambar (*.png *.jpg *.jpeg *.webp *.gif *.svg)</translation>
        </message>
        <message>
            <source>Theme Folder</source>
            <translation>Folder Tema</translation>
        </message>
        <message>
            <source>Example: {0}</source>
            <translation>Contoh: {0}</translation>
        </message>
        <message>
            <source>Only an admin changes the website settings. Sign in first.</source>
            <translation>Hanya admin yang mengubah pengaturan situs web. Masuk terlebih dahulu.</translation>
        </message>
        <message>
            <source>The base URL must be an http:// or https:// address, for example https://kominfo.example.go.id/.</source>
            <translation>URL dasar harus berupa alamat http:// atau https://, misalnya https://kominfo.example.go.id/.</translation>
        </message>
        <message>
            <source>Choose the file or folder with Browse… (a full path).</source>
            <translation>Pilih berkas atau folder dengan Telusuri… (jalur lengkap).</translation>
        </message>
        <message>
            <source>The logo must be a PNG, JPEG, WebP, GIF or SVG image.</source>
            <translation>Logo harus berupa gambar PNG, JPEG, WebP, GIF, atau SVG.</translation>
        </message>
        <message>
            <source>The text is too long (at most {0} characters).</source>
            <translation>Teks terlalu panjang (paling banyak {0} karakter).</translation>
        </message>
        <message>
            <source>The text contains a NUL character.</source>
            <translation>Teks mengandung karakter NUL.</translation>
        </message>
        <message>
            <source>Choose Indonesian or English.</source>
            <translation>Pilih Bahasa Indonesia atau Bahasa Inggris.</translation>
        </message>
        <message>
            <source>Only an admin may choose the website theme; nothing was saved.</source>
            <translation type="vanished">Hanya admin yang boleh memilih tema situs web; tidak ada yang disimpan.</translation>
        </message>
    </context>
    <context>
        <name>SpellCheckController</name>
        <message>
            <source>Spell checking is off: the dictionaries could not be read.</source>
            <extracomment>The house style (None: none checked); it asks ``checker`` about words. The controllers of one editor's fields (body, title, lead) sharing the checker: what changes a verdict (a word added or ignored, an office rule, a Preference) redraws all.</extracomment>
            <translation>Pemeriksaan ejaan mati: kamus tidak dapat dibaca.</translation>
        </message>
        <message>
            <source>Spell checking is off: no dictionary was found.</source>
            <translation>Pemeriksaan ejaan mati: tidak ada kamus yang ditemukan.</translation>
        </message>
        <message>
            <source>Indonesian</source>
            <translation>bahasa Indonesia</translation>
        </message>
        <message>
            <source>English</source>
            <translation>bahasa Inggris</translation>
        </message>
        <message>
            <source>Spell checking works without {0}: its dictionary was not found.</source>
            <translation>Pemeriksaan ejaan berjalan tanpa {0}: kamusnya tidak ditemukan.</translation>
        </message>
        <message>
            <source>Replace “{0}” by “{1}”</source>
            <translation>Ganti “{0}” dengan “{1}”</translation>
        </message>
        <message>
            <source>The office's house style.</source>
            <translation>Gaya selingkung kantor.</translation>
        </message>
        <message>
            <source>House style: {0}</source>
            <translation>Gaya selingkung: {0}</translation>
        </message>
        <message>
            <source>(no suggestions)</source>
            <translation>(tidak ada saran)</translation>
        </message>
        <message>
            <source>Add “{0}” to the office dictionary</source>
            <translation>Tambahkan “{0}” ke kamus kantor</translation>
        </message>
        <message>
            <source>Ignore “{0}”</source>
            <translation>Abaikan “{0}”</translation>
        </message>
    </context>
    <context>
        <name>StartupFailureDialog</name>
        <message>
            <source>The database could not be opened</source>
            <translation>Basis data tidak dapat dibuka</translation>
        </message>
        <message>
            <source>Redaksi: database not opened</source>
            <translation>Redaksi: basis data tidak dapat dibuka</translation>
        </message>
        <message>
            <source>What went wrong</source>
            <translation>Apa yang salah</translation>
        </message>
        <message>
            <source>Redaksi did not change this file. You can keep it for later or for someone to look at.</source>
            <translation>Redaksi tidak mengubah berkas ini. Anda dapat menyimpannya untuk nanti atau untuk diperiksa orang lain.</translation>
        </message>
        <message>
            <source>The newest good backup is from {0}, with {1} articles. Restoring it keeps the damaged file beside it.</source>
            <translation>Cadangan baik terbaru dibuat {0}, berisi {1} artikel. Saat cadangan dipulihkan, berkas yang rusak tetap disimpan di sebelahnya.</translation>
        </message>
        <message>
            <source>There is no good backup of this database.</source>
            <translation>Tidak ada cadangan yang baik dari basis data ini.</translation>
        </message>
        <message>
            <source>&amp;Restore Newest Backup</source>
            <translation>&amp;Pulihkan Cadangan Terbaru</translation>
        </message>
        <message>
            <source>Restore the newest good backup</source>
            <translation>Pulihkan cadangan baik yang terbaru</translation>
        </message>
        <message>
            <source>&amp;Open Another File…</source>
            <translation>&amp;Buka Berkas Lain…</translation>
        </message>
        <message>
            <source>Open another database file</source>
            <translation>Buka berkas basis data lain</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Keluar</translation>
        </message>
        <message>
            <source>Quit Redaksi</source>
            <translation>Keluar dari Redaksi</translation>
        </message>
        <message>
            <source>Open Database</source>
            <translation>Buka Basis Data</translation>
        </message>
        <message>
            <source>Redaksi databases (*.db);;All files (*)</source>
            <translation>Basis data Redaksi (*.db);;Semua berkas (*)</translation>
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
        <message>
            <source>Scheduled</source>
            <translation>Terjadwal</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Ditarik</translation>
        </message>
    </context>
    <context>
        <name>StatusChip</name>
        <message>
            <source>Status: {0}</source>
            <extracomment>The action drawn as the main (default) button when it is offered.</extracomment>
            <translation>Status: {0}</translation>
        </message>
    </context>
    <context>
        <name>TakedownDialog</name>
        <message>
            <source>Take down the article</source>
            <translation>Tarik berita</translation>
        </message>
        <message>
            <source>“{0}” leaves the website: its lists, feeds and sitemap drop it, and its address shows a page saying when it was withdrawn and why. Publishing it again needs a new approval. Write the public reason. (required)</source>
            <translation>“{0}” diturunkan dari situs web: daftar berita, umpan, dan peta situs tidak lagi memuatnya, dan alamatnya menampilkan halaman berisi kapan dan mengapa berita ditarik. Untuk menerbitkannya lagi diperlukan persetujuan baru. Tulis alasan publiknya. (wajib)</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(tanpa judul)</translation>
        </message>
        <message>
            <source>Take down</source>
            <translation>Tarik berita</translation>
        </message>
        <message>
            <source>Public note</source>
            <translation>Catatan publik</translation>
        </message>
        <message>
            <source>For example: the figures in this article were not final.</source>
            <translation>Contoh: angka dalam berita ini belum final.</translation>
        </message>
    </context>
    <context>
        <name>ThreadCard</name>
        <message>
            <source>Comment by {0}: {1}</source>
            <translation>Komentar dari {0}: {1}</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>tidak diketahui</translation>
        </message>
        <message>
            <source>This passage is no longer in the text.</source>
            <translation>Bagian ini sudah tidak ada di teks.</translation>
        </message>
        <message>
            <source>Resolved by {0}</source>
            <translation>Diselesaikan oleh {0}</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Balas</translation>
        </message>
        <message>
            <source>Write a reply…</source>
            <translation>Tulis balasan…</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Buka lagi</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>Tandai selesai</translation>
        </message>
        <message>
            <source>Send reply</source>
            <translation>Kirim balasan</translation>
        </message>
    </context>
    <context>
        <name>UntilEdit</name>
        <message>
            <source>still holds</source>
            <extracomment>The table's columns.</extracomment>
            <translation>masih menjabat</translation>
        </message>
        <message>
            <source>No last day yet: the official still holds the title</source>
            <translation>Belum ada tanggal akhir: pejabat itu masih menjabat</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Sampai</translation>
        </message>
    </context>
    <context>
        <name>UpgradeProgress</name>
        <message>
            <source>Compacting the database…</source>
            <translation>Memadatkan basis data…</translation>
        </message>
        <message>
            <source>Compacting the database: done</source>
            <translation>Memadatkan basis data: selesai</translation>
        </message>
        <message>
            <source>Updating the search index: {0} of {1} articles</source>
            <translation>Memperbarui indeks pencarian: {0} dari {1} artikel</translation>
        </message>
        <message>
            <source>The upgrade of the database was stopped. What it finished is kept: it goes on the next time Redaksi opens this database.</source>
            <translation>Pemutakhiran basis data dihentikan. Yang sudah selesai tetap tersimpan: pemutakhiran dilanjutkan saat Redaksi membuka basis data ini lagi.</translation>
        </message>
        <message>
            <source>Upgrading the database</source>
            <translation>Memutakhirkan basis data</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Hentikan</translation>
        </message>
    </context>
    <context>
        <name>Upload</name>
        <message>
            <source>The web host {0} has a certificate that no authority vouches for. Its fingerprint is {1}: compare it with the one your hosting provider gives, then trust it (Website Settings ▸ Upload ▸ Test Connection, or --trust-host-key).</source>
            <translation>Server web {0} memakai sertifikat yang tidak dijamin otoritas mana pun. Sidik jarinya {1}: bandingkan dengan yang diberikan penyedia hosting Anda, lalu percayai (Pengaturan Situs Web ▸ Unggah ▸ Uji Koneksi, atau --trust-host-key).</translation>
        </message>
        <message>
            <source>The web host {0} is not known yet. Its key fingerprint is {1}: compare it with the one your hosting provider gives, then trust it (Website Settings ▸ Upload ▸ Test Connection, or --trust-host-key).</source>
            <translation>Server web {0} belum dikenal. Sidik jari kuncinya {1}: bandingkan dengan yang diberikan penyedia hosting Anda, lalu percayai (Pengaturan Situs Web ▸ Unggah ▸ Uji Koneksi, atau --trust-host-key).</translation>
        </message>
        <message>
            <source>The key of the web host {0} has CHANGED (it is now {1}). Nothing was sent: someone may be between you and the server. If the host was reinstalled, ask its administrator for the new fingerprint, then remove the old key from {2}.</source>
            <translation>Kunci server web {0} BERUBAH (sekarang {1}). Tidak ada yang dikirim: mungkin ada pihak lain di antara Anda dan server. Bila server dipasang ulang, mintalah sidik jari baru kepada pengelolanya, lalu hapus kunci lama dari {2}.</translation>
        </message>
        <message>
            <source>The upload is not set up yet: enter the web host in Website Settings ▸ Upload.</source>
            <translation>Pengunggahan belum diatur: isi server web di Pengaturan Situs Web ▸ Unggah.</translation>
        </message>
        <message>
            <source>The website folder “{0}” does not exist. Export the website first (File ▸ Export Website…) or choose its folder in Website Settings ▸ Upload.</source>
            <translation>Folder situs web “{0}” tidak ada. Ekspor situs web terlebih dahulu (Berkas ▸ Ekspor Situs Web…) atau pilih foldernya di Pengaturan Situs Web ▸ Unggah.</translation>
        </message>
        <message>
            <source>“{0}” is not an exported Redaksi website (it has no .redaksi-manifest.json). Choose the folder the website is exported to.</source>
            <translation>“{0}” bukan situs web hasil ekspor Redaksi (tidak ada .redaksi-manifest.json). Pilih folder tujuan ekspor situs web.</translation>
        </message>
        <message>
            <source>The export in “{0}” did not finish. Export the website again, then upload.</source>
            <translation>Ekspor di “{0}” tidak selesai. Ekspor situs web sekali lagi, lalu unggah.</translation>
        </message>
        <message>
            <source>The web host cannot be reached ({0}). Check the host name, the port and the internet connection.</source>
            <translation>Server web tidak dapat dihubungi ({0}). Periksa nama server, port, dan koneksi internet.</translation>
        </message>
        <message>
            <source>The web host refused the user name, password or key. Check them in Website Settings ▸ Upload.</source>
            <translation>Server web menolak nama pengguna, kata sandi, atau kunci. Periksa di Pengaturan Situs Web ▸ Unggah.</translation>
        </message>
        <message>
            <source>No password is saved for this web host. Enter it in Website Settings ▸ Upload.</source>
            <translation>Belum ada kata sandi tersimpan untuk server web ini. Isi di Pengaturan Situs Web ▸ Unggah.</translation>
        </message>
        <message>
            <source>The key file cannot be used ({0}).</source>
            <translation>Berkas kunci tidak dapat digunakan ({0}).</translation>
        </message>
        <message>
            <source>The key file is protected by a passphrase: enter it as the password.</source>
            <translation>Berkas kunci dilindungi frasa sandi: isikan sebagai kata sandi.</translation>
        </message>
        <message>
            <source>The secure connection (TLS) to the web host failed ({0}). The host must offer FTP with TLS (FTPS); Redaksi does not send passwords over plain FTP.</source>
            <translation>Koneksi aman (TLS) ke server web gagal ({0}). Server harus menyediakan FTP dengan TLS (FTPS); Redaksi tidak mengirim kata sandi lewat FTP biasa.</translation>
        </message>
        <message>
            <source>The folder on the web host cannot be used ({0}).</source>
            <translation>Folder di server web tidak dapat digunakan ({0}).</translation>
        </message>
        <message>
            <source>The connection to the web host was lost ({0}). No file on the server is half-written: upload again to finish.</source>
            <translation>Koneksi ke server web terputus ({0}). Tidak ada berkas di server yang tertulis setengah: unggah sekali lagi untuk menyelesaikan.</translation>
        </message>
        <message>
            <source>The web host refused a file ({0}).</source>
            <translation>Server web menolak sebuah berkas ({0}).</translation>
        </message>
        <message>
            <source>The upload was cancelled. What arrived is recorded; the next upload sends the rest.</source>
            <translation>Pengunggahan dibatalkan. Yang sudah terkirim tercatat; unggahan berikutnya mengirim sisanya.</translation>
        </message>
        <message>
            <source>No website folder is set. Choose the folder the website is exported to in Website Settings ▸ Upload.</source>
            <translation>Folder situs web belum ditentukan. Pilih folder tujuan ekspor situs web di Pengaturan Situs Web ▸ Unggah.</translation>
        </message>
    </context>
    <context>
        <name>UploadController</name>
        <message>
            <source>Up&amp;load Site…</source>
            <translation>Ungga&amp;h Situs…</translation>
        </message>
        <message>
            <source>Send the exported website to the office's web host</source>
            <translation>Kirim situs web hasil ekspor ke server web kantor</translation>
        </message>
    </context>
    <context>
        <name>UploadDialog</name>
        <message>
            <source>Upload Site</source>
            <translation>Unggah Situs</translation>
        </message>
        <message>
            <source>Export the website first (the latest published articles)</source>
            <translation>Ekspor situs web dahulu (artikel terbit terbaru)</translation>
        </message>
        <message>
            <source>Keep publishing in the background</source>
            <translation>Tetap menerbitkan di latar belakang</translation>
        </message>
        <message>
            <source>Every 5 minutes, even with Redaksi closed, the website is exported and uploaded when a scheduled article's time has come.</source>
            <translation>Setiap 5 menit, meski Redaksi ditutup, situs web diekspor dan diunggah bila waktu terbit artikel terjadwal telah tiba.</translation>
        </message>
        <message>
            <source>From:</source>
            <translation>Dari:</translation>
        </message>
        <message>
            <source>To:</source>
            <translation>Ke:</translation>
        </message>
        <message>
            <source>Upload progress</source>
            <translation>Kemajuan unggahan</translation>
        </message>
        <message>
            <source>&amp;Upload</source>
            <translation>&amp;Unggah</translation>
        </message>
        <message>
            <source>&amp;Check Changes</source>
            <translation>&amp;Periksa Perubahan</translation>
        </message>
        <message>
            <source>List what would be sent and removed, without sending anything</source>
            <translation>Tampilkan apa yang akan dikirim dan dihapus, tanpa mengirim apa pun</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>Pe&amp;ngaturan…</translation>
        </message>
        <message>
            <source>(no website folder set)</source>
            <translation>(folder situs web belum ditentukan)</translation>
        </message>
        <message>
            <source>Only the files that changed since the last upload are sent.</source>
            <translation>Hanya berkas yang berubah sejak unggahan terakhir yang dikirim.</translation>
        </message>
        <message>
            <source>(no web host set)</source>
            <translation>(server web belum ditentukan)</translation>
        </message>
        <message>
            <source>Set up the web host first: Settings… (Website Settings ▸ Upload).</source>
            <translation>Atur server web terlebih dahulu: Pengaturan… (Pengaturan Situs Web ▸ Unggah).</translation>
        </message>
        <message>
            <source>On: every 5 minutes the website is exported and uploaded when a scheduled article's time has come, even with Redaksi closed.</source>
            <translation>Aktif: setiap 5 menit situs web diekspor dan diunggah bila waktu terbit artikel terjadwal telah tiba, meski Redaksi ditutup.</translation>
        </message>
        <message>
            <source>Almost: to finish, run {0}</source>
            <translation>Hampir selesai: untuk menyelesaikan, jalankan {0}</translation>
        </message>
        <message>
            <source>This system has no scheduler Redaksi can use.</source>
            <translation>Sistem ini tidak memiliki penjadwal yang dapat digunakan Redaksi.</translation>
        </message>
        <message>
            <source>Off: scheduled articles go online when someone uploads.</source>
            <translation>Nonaktif: artikel terjadwal tayang saat seseorang mengunggah.</translation>
        </message>
        <message>
            <source>Passphrase of the key file {0}:</source>
            <translation>Frasa sandi berkas kunci {0}:</translation>
        </message>
        <message>
            <source>Password of {0}:</source>
            <translation>Kata sandi {0}:</translation>
        </message>
        <message>
            <source>Checking what changed…</source>
            <translation>Memeriksa perubahan…</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Menghubungkan…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Membatalkan…</translation>
        </message>
        <message>
            <source>Exporting the website…</source>
            <translation>Mengekspor situs web…</translation>
        </message>
        <message>
            <source>Uploading…</source>
            <translation>Mengunggah…</translation>
        </message>
        <message>
            <source>{0} of {1} files · {2} of {3}</source>
            <translation>{0} dari {1} berkas · {2} dari {3}</translation>
        </message>
        <message>
            <source>{0} file(s) would be sent ({1}) and {2} removed; {3} unchanged.</source>
            <translation>{0} berkas akan dikirim ({1}) dan {2} dihapus; {3} tidak berubah.</translation>
        </message>
        <message>
            <source>The web host is up to date: nothing to send.</source>
            <translation>Server web sudah mutakhir: tidak ada yang perlu dikirim.</translation>
        </message>
        <message>
            <source>Uploaded: {0} file(s) sent ({1}), {2} unchanged, {3} removed.</source>
            <translation>Selesai diunggah: {0} berkas dikirim ({1}), {2} tidak berubah, {3} dihapus.</translation>
        </message>
        <message>
            <source>Nothing was sent: the server was not trusted.</source>
            <translation>Tidak ada yang dikirim: server tidak dipercayai.</translation>
        </message>
        <message>
            <source>The upload failed: {0}</source>
            <translation>Pengunggahan gagal: {0}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
    </context>
    <context>
        <name>UploadSettingsPage</name>
        <message>
            <source>Protocol</source>
            <translation>Protokol</translation>
        </message>
        <message>
            <source>SFTP (SSH)</source>
            <translation>SFTP (SSH)</translation>
        </message>
        <message>
            <source>FTPS (FTP with TLS)</source>
            <translation>FTPS (FTP dengan TLS)</translation>
        </message>
        <message>
            <source>Web host</source>
            <translation>Server web</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Port</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>Nama pengguna</translation>
        </message>
        <message>
            <source>Sign in with</source>
            <translation>Masuk dengan</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Kata sandi</translation>
        </message>
        <message>
            <source>Key file</source>
            <translation>Berkas kunci</translation>
        </message>
        <message>
            <source>(saved; type to change)</source>
            <translation>(tersimpan; ketik untuk mengganti)</translation>
        </message>
        <message>
            <source>Remember the password on this computer</source>
            <translation>Ingat kata sandi di komputer ini</translation>
        </message>
        <message>
            <source>This computer has no keyring: the password is kept in a file only your account can read ({0}). A key file is safer.</source>
            <translation>Komputer ini tidak memiliki penyimpanan kata sandi sistem (keyring): kata sandi disimpan dalam berkas yang hanya dapat dibaca akun Anda ({0}). Berkas kunci lebih aman.</translation>
        </message>
        <message>
            <source>The password is kept in the system's keyring.</source>
            <translation>Kata sandi disimpan di penyimpanan kata sandi sistem (keyring).</translation>
        </message>
        <message>
            <source>Folder on the server</source>
            <translation>Folder di server</translation>
        </message>
        <message>
            <source>Website folder on this computer</source>
            <translation>Folder situs web di komputer ini</translation>
        </message>
        <message>
            <source>&amp;Test Connection</source>
            <translation>&amp;Uji Koneksi</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Port:</translation>
        </message>
        <message>
            <source>File ▸ Upload Site… sends the exported website to the office's web host: only the files that changed, each one complete before it replaces the old one.</source>
            <translation>Berkas ▸ Unggah Situs… mengirim situs web hasil ekspor ke server web kantor: hanya berkas yang berubah, masing-masing utuh sebelum menggantikan yang lama.</translation>
        </message>
        <message>
            <source>P&amp;rotocol:</source>
            <translation>P&amp;rotokol:</translation>
        </message>
        <message>
            <source>&amp;Host:</source>
            <translation>Ser&amp;ver:</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Pengguna:</translation>
        </message>
        <message>
            <source>Sign &amp;in with:</source>
            <translation>&amp;Masuk dengan:</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>Kata &amp;sandi:</translation>
        </message>
        <message>
            <source>&amp;Key file:</source>
            <translation>Berkas &amp;kunci:</translation>
        </message>
        <message>
            <source>&amp;Folder on the server:</source>
            <translation>&amp;Folder di server:</translation>
        </message>
        <message>
            <source>&amp;Website folder:</source>
            <translation>Folder situs &amp;web:</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation type="vanished">Telusuri…</translation>
        </message>
        <message>
            <source>Browse for {0}</source>
            <translation type="vanished">Telusuri {0}</translation>
        </message>
        <message>
            <source>Key File</source>
            <translation>Berkas Kunci</translation>
        </message>
        <message>
            <source>Website Folder</source>
            <translation>Folder Situs Web</translation>
        </message>
        <message>
            <source>Pass&amp;phrase:</source>
            <translation>&amp;Frasa sandi:</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frasa sandi</translation>
        </message>
        <message>
            <source>The host is a name such as kominfo.example.go.id or an IP address.</source>
            <translation>Server berupa nama seperti kominfo.example.go.id atau alamat IP.</translation>
        </message>
        <message>
            <source>The port is a number from 1 to 65535.</source>
            <translation>Port berupa angka 1 sampai 65535.</translation>
        </message>
        <message>
            <source>Choose the key file and the website folder with Browse… (a full path).</source>
            <translation>Pilih berkas kunci dan folder situs web dengan Telusuri… (path lengkap).</translation>
        </message>
        <message>
            <source>Choose SFTP or FTPS.</source>
            <translation>Pilih SFTP atau FTPS.</translation>
        </message>
        <message>
            <source>Enter the host and the user name first.</source>
            <translation>Isi server dan nama pengguna terlebih dahulu.</translation>
        </message>
        <message>
            <source>Connecting to {0}…</source>
            <translation>Menghubungkan ke {0}…</translation>
        </message>
        <message>
            <source>Not connected: the server was not trusted.</source>
            <translation>Tidak terhubung: server tidak dipercayai.</translation>
        </message>
        <message>
            <source>Connected. Nothing has been uploaded there yet.</source>
            <translation>Terhubung. Belum ada yang diunggah ke sana.</translation>
        </message>
        <message numerus="yes">
            <source>Connected. The server holds %n file(s) from earlier uploads.</source>
            <translation>
                <numerusform>Terhubung. Server menyimpan %n berkas dari unggahan sebelumnya.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WhoIsWorkingDialog</name>
        <message>
            <source>Who is working?</source>
            <translation type="vanished">Siapa yang bekerja?</translation>
        </message>
        <message>
            <source>Redaksi records who writes, comments, approves and publishes. Choose your name; this workstation remembers it.</source>
            <translation type="vanished">Redaksi mencatat siapa yang menulis, berkomentar, menyetujui, dan menerbitkan. Pilih nama Anda; komputer ini akan mengingatnya.</translation>
        </message>
        <message>
            <source>I am</source>
            <translation type="vanished">Saya</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation type="vanished">Nama Anda</translation>
        </message>
        <message>
            <source>I am new here:</source>
            <translation type="vanished">Saya orang baru:</translation>
        </message>
        <message>
            <source>Your full name</source>
            <translation type="vanished">Nama lengkap Anda</translation>
        </message>
        <message>
            <source>Your role</source>
            <translation type="vanished">Peran Anda</translation>
        </message>
        <message>
            <source>Start working</source>
            <translation type="vanished">Mulai bekerja</translation>
        </message>
    </context>
    <context>
        <name>WordPress</name>
        <message>
            <source>publish posts (the Author, Editor or Administrator role)</source>
            <translation>menerbitkan tulisan (peran Author, Editor, atau Administrator)</translation>
        </message>
        <message>
            <source>write posts (at least the Contributor role)</source>
            <translation>menulis tulisan (sekurang-kurangnya peran Contributor)</translation>
        </message>
        <message>
            <source>edit other people's posts (the Editor role)</source>
            <translation>menyunting tulisan orang lain (peran Editor)</translation>
        </message>
        <message>
            <source>upload files to the media library (the Author role or higher)</source>
            <translation>mengunggah berkas ke pustaka media (peran Author atau lebih tinggi)</translation>
        </message>
        <message>
            <source>create categories and tags (the Editor role)</source>
            <translation>membuat kategori dan tag (peran Editor)</translation>
        </message>
        <message>
            <source>give posts categories and tags</source>
            <translation>memberi tulisan kategori dan tag</translation>
        </message>
        <message>
            <source>The WordPress site cannot be reached (no connection?). It is tried again later.</source>
            <translation>Situs WordPress tidak dapat dihubungi (tidak ada koneksi?). Pengiriman dicoba lagi nanti.</translation>
        </message>
        <message>
            <source>The WordPress site did not answer in time. It is tried again later.</source>
            <translation>Situs WordPress tidak menjawab tepat waktu. Pengiriman dicoba lagi nanti.</translation>
        </message>
        <message>
            <source>The WordPress site had an error (HTTP {status}). It is tried again later.</source>
            <translation>Situs WordPress mengalami galat (HTTP {status}). Pengiriman dicoba lagi nanti.</translation>
        </message>
        <message>
            <source>The WordPress site asks to wait before more requests. It is tried again later.</source>
            <translation>Situs WordPress meminta jeda sebelum permintaan berikutnya. Pengiriman dicoba lagi nanti.</translation>
        </message>
        <message>
            <source>“{detail}” is not a web address (it should start with https://).</source>
            <translation>“{detail}” bukan alamat web (seharusnya diawali https://).</translation>
        </message>
        <message>
            <source>The address answers, but it is not a WordPress site: {detail}</source>
            <translation>Alamat itu menjawab, tetapi bukan situs WordPress: {detail}</translation>
        </message>
        <message>
            <source>This WordPress site has its REST API switched off (a security plugin?); ask its administrator to allow /wp-json/ for logged-in users.</source>
            <translation>REST API situs WordPress ini dimatikan (oleh plugin keamanan?); minta administratornya mengizinkan /wp-json/ bagi pengguna yang masuk.</translation>
        </message>
        <message>
            <source>WordPress refused the user name or the application password. Make a new application password in WordPress (Users ▸ Profile ▸ Application Passwords) and enter it here.</source>
            <translation>WordPress menolak nama pengguna atau kata sandi aplikasi. Buat kata sandi aplikasi baru di WordPress (Pengguna ▸ Profil ▸ Kata Sandi Aplikasi) lalu masukkan di sini.</translation>
        </message>
        <message>
            <source>This WordPress site does not allow application passwords (it needs https, or a plugin switched them off).</source>
            <translation>Situs WordPress ini tidak mengizinkan kata sandi aplikasi (memerlukan https, atau dimatikan oleh plugin).</translation>
        </message>
        <message>
            <source>WordPress refused what was sent: {detail}</source>
            <translation>WordPress menolak data yang dikirim: {detail}</translation>
        </message>
        <message>
            <source>The article is too large for the WordPress site ({detail}). Nothing was sent.</source>
            <translation>Berita terlalu besar untuk situs WordPress ({detail}). Tidak ada yang dikirim.</translation>
        </message>
        <message>
            <source>WordPress refused an image upload ({detail}). The article was not sent; nothing was changed.</source>
            <translation>WordPress menolak unggahan gambar ({detail}). Berita tidak dikirim; tidak ada yang diubah.</translation>
        </message>
        <message>
            <source>The post is no longer on WordPress: {detail}</source>
            <translation>Tulisan itu sudah tidak ada di WordPress: {detail}</translation>
        </message>
        <message>
            <source>The post was changed on WordPress since Redaksi last sent it. It was not overwritten: choose whether to send Redaksi's version over it.</source>
            <translation>Tulisan ini diubah di WordPress sejak terakhir dikirim Redaksi. Tulisan itu tidak ditimpa: pilih apakah versi Redaksi dikirim untuk menimpanya.</translation>
        </message>
        <message>
            <source>WordPress is not set up on this computer (File ▸ Website Settings ▸ WordPress: the address, the user name and the application password).</source>
            <translation>WordPress belum diatur di komputer ini (Berkas ▸ Pengaturan Situs Web ▸ WordPress: alamat, nama pengguna, dan kata sandi aplikasi).</translation>
        </message>
        <message>
            <source>The article is not published: nothing is sent to WordPress.</source>
            <translation>Berita belum terbit: tidak ada yang dikirim ke WordPress.</translation>
        </message>
        <message>
            <source>The WordPress site gave an answer that cannot be read ({detail}).</source>
            <translation>Situs WordPress memberi jawaban yang tidak dapat dibaca ({detail}).</translation>
        </message>
        <message>
            <source>The WordPress user may not do this: it needs the right to {0}.</source>
            <translation>Pengguna WordPress tidak berhak melakukan ini: diperlukan hak untuk {0}.</translation>
        </message>
        <message>
            <source>The WordPress user may not do this ({0}).</source>
            <translation>Pengguna WordPress tidak berhak melakukan ini ({0}).</translation>
        </message>
        <message>
            <source>WordPress: {detail}</source>
            <translation>WordPress: {detail}</translation>
        </message>
        <message>
            <source>Waiting to be taken off the website</source>
            <translation>Menunggu ditarik dari situs</translation>
        </message>
        <message>
            <source>Waiting to send to the website</source>
            <translation>Menunggu dikirim ke situs</translation>
        </message>
        <message>
            <source>Sent to the website</source>
            <translation>Terkirim ke situs</translation>
        </message>
        <message>
            <source>Taken off the website</source>
            <translation>Ditarik dari situs</translation>
        </message>
        <message>
            <source>Not sent to the website</source>
            <translation>Tidak terkirim ke situs</translation>
        </message>
        <message>
            <source>Changed on the website: not sent</source>
            <translation>Diubah di situs: tidak dikirim</translation>
        </message>
        <message>
            <source>Replaced by a later send</source>
            <translation>Digantikan pengiriman berikutnya</translation>
        </message>
        <message>
            <source>What was imported before it stays; run the import again later to bring the rest (only what is new or changed is stored again).</source>
            <translation>Yang sudah diimpor sebelumnya tetap tersimpan; jalankan impor lagi nanti untuk mengambil sisanya (hanya yang baru atau berubah yang disimpan lagi).</translation>
        </message>
        <message>
            <source>The WordPress site cannot be reached (no connection?).</source>
            <translation>Situs WordPress tidak dapat dihubungi (tidak ada koneksi?).</translation>
        </message>
        <message>
            <source>The WordPress site did not answer in time.</source>
            <translation>Situs WordPress tidak menjawab tepat waktu.</translation>
        </message>
        <message>
            <source>The WordPress site had an error (HTTP {status}).</source>
            <translation>Situs WordPress mengalami galat (HTTP {status}).</translation>
        </message>
        <message>
            <source>The WordPress site asks to wait before more requests.</source>
            <translation>Situs WordPress meminta jeda sebelum permintaan berikutnya.</translation>
        </message>
        <message>
            <source>Not sent to {0}: {1}</source>
            <translation>Tidak terkirim ke {0}: {1}</translation>
        </message>
        <message>
            <source>post {0} on {1}</source>
            <translation>tulisan {0} di {1}</translation>
        </message>
    </context>
    <context>
        <name>WordPressController</name>
        <message>
            <source>Website send</source>
            <translation>Pengiriman ke situs</translation>
        </message>
        <message>
            <source>{0} (try {1})</source>
            <translation>{0} (percobaan ke-{1})</translation>
        </message>
        <message numerus="yes">
            <source>Sent to the website: %n article(s).</source>
            <translation>
                <numerusform>Terkirim ke situs: %n berita.</numerusform>
            </translation>
        </message>
        <message>
            <source>Changed on the Website</source>
            <translation>Diubah di Situs</translation>
        </message>
        <message>
            <source>The post was changed on WordPress since Redaksi last sent it. Send Redaksi's published version over those changes?</source>
            <translation>Tulisan ini diubah di WordPress sejak terakhir dikirim Redaksi. Kirim versi terbit Redaksi dan timpa perubahan itu?</translation>
        </message>
    </context>
    <context>
        <name>WordPressSends</name>
        <message>
            <source>Sends to the website</source>
            <translation>Pengiriman ke situs</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Pengiriman</translation>
        </message>
        <message>
            <source>Tries</source>
            <translation>Percobaan</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Masalah</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Waktu</translation>
        </message>
    </context>
    <context>
        <name>WordPressSettingsPage</name>
        <message>
            <source>WordPress site address</source>
            <translation>Alamat situs WordPress</translation>
        </message>
        <message>
            <source>WordPress user name</source>
            <translation>Nama pengguna WordPress</translation>
        </message>
        <message>
            <source>Application password</source>
            <translation>Kata sandi aplikasi</translation>
        </message>
        <message>
            <source>&amp;Test Connection</source>
            <translation>&amp;Uji Koneksi</translation>
        </message>
        <message>
            <source>The password is kept in this computer's keyring.</source>
            <translation>Kata sandi disimpan di keyring komputer ini.</translation>
        </message>
        <message>
            <source>Warning: this computer has no keyring, so the password is kept in a file in Redaksi's settings folder that only your account can read: {0}</source>
            <translation>Perhatian: komputer ini tidak memiliki keyring, sehingga kata sandi disimpan dalam berkas di folder pengaturan Redaksi yang hanya dapat dibaca oleh akun Anda: {0}</translation>
        </message>
        <message>
            <source>Site &amp;address:</source>
            <translation>&amp;Alamat situs:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Nama pengguna:</translation>
        </message>
        <message>
            <source>Application &amp;password:</source>
            <translation>&amp;Kata sandi aplikasi:</translation>
        </message>
        <message>
            <source>Make an application password in WordPress under Users ▸ Profile ▸ Application Passwords. Approved articles are sent when they are published; leave the address empty to send nothing.</source>
            <translation>Buat kata sandi aplikasi di WordPress pada Pengguna ▸ Profil ▸ Kata Sandi Aplikasi. Berita yang disetujui dikirim saat diterbitkan; kosongkan alamat agar tidak ada yang dikirim.</translation>
        </message>
        <message>
            <source>Connecting to {0}…</source>
            <translation>Menghubungi {0}…</translation>
        </message>
        <message>
            <source>no role</source>
            <translation>tanpa peran</translation>
        </message>
        <message>
            <source>Connected to “{0}” ({1}).</source>
            <translation>Terhubung ke “{0}” ({1}).</translation>
        </message>
        <message>
            <source>User: {0}, role: {1}.</source>
            <translation>Pengguna: {0}, peran: {1}.</translation>
        </message>
        <message>
            <source>This user may publish posts.</source>
            <translation>Pengguna ini boleh menerbitkan tulisan.</translation>
        </message>
        <message>
            <source>This user may not publish posts: give them the Author or Editor role in WordPress.</source>
            <translation>Pengguna ini tidak boleh menerbitkan tulisan: berikan peran Author atau Editor di WordPress.</translation>
        </message>
        <message>
            <source>This user may not upload images to the media library.</source>
            <translation>Pengguna ini tidak boleh mengunggah gambar ke pustaka media.</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>Editor</source>
            <translation>Editor</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Author (penulis)</translation>
        </message>
        <message>
            <source>Contributor</source>
            <translation>Contributor (kontributor)</translation>
        </message>
        <message>
            <source>Subscriber</source>
            <translation>Subscriber (pelanggan)</translation>
        </message>
    </context>
    <context>
        <name>Workflow</name>
        <message>
            <source>Draft</source>
            <translation type="vanished">Draf</translation>
        </message>
        <message>
            <source>In review</source>
            <translation type="vanished">Menunggu tinjauan</translation>
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
            <source>Scheduled</source>
            <translation>Terjadwal</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Diarsipkan</translation>
        </message>
        <message>
            <source>Writer</source>
            <translation>Penulis</translation>
        </message>
        <message>
            <source>Editor</source>
            <translation>Redaktur</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>Admin</translation>
        </message>
        <message>
            <source>Submit for review</source>
            <translation>Ajukan untuk ditinjau</translation>
        </message>
        <message>
            <source>Resubmit</source>
            <translation>Ajukan ulang</translation>
        </message>
        <message>
            <source>Request changes…</source>
            <translation>Minta revisi…</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Setujui</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>Terbitkan</translation>
        </message>
        <message>
            <source>Schedule…</source>
            <translation>Jadwalkan…</translation>
        </message>
        <message>
            <source>Publish changes</source>
            <translation>Terbitkan perubahan</translation>
        </message>
        <message>
            <source>Unpublish</source>
            <translation>Batalkan terbit</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Arsipkan</translation>
        </message>
        <message>
            <source>Reopen as draft</source>
            <translation>Buka lagi sebagai draf</translation>
        </message>
        <message>
            <source>Send this article to the editors for review.</source>
            <translation>Kirim artikel ini ke redaktur untuk ditinjau.</translation>
        </message>
        <message>
            <source>Send the revised article back for review.</source>
            <translation>Kirim kembali artikel yang sudah direvisi untuk ditinjau.</translation>
        </message>
        <message>
            <source>Send the article back to the writer with a note.</source>
            <translation>Kembalikan artikel ke penulis dengan catatan.</translation>
        </message>
        <message>
            <source>Approve the article for publication.</source>
            <translation>Setujui artikel untuk diterbitkan.</translation>
        </message>
        <message>
            <source>Put this version on the website.</source>
            <translation>Tayangkan versi ini di situs web.</translation>
        </message>
        <message>
            <source>Publish this version automatically at a later time.</source>
            <translation>Terbitkan versi ini secara otomatis pada waktu yang ditentukan.</translation>
        </message>
        <message>
            <source>Replace the version on the website by the current text.</source>
            <translation>Ganti versi di situs web dengan teks saat ini.</translation>
        </message>
        <message>
            <source>Take the article off the website (it stays approved).</source>
            <translation>Turunkan artikel dari situs web (tetap berstatus disetujui).</translation>
        </message>
        <message>
            <source>Take the article off the website and archive it.</source>
            <translation>Turunkan artikel dari situs web dan arsipkan.</translation>
        </message>
        <message>
            <source>Make the article a draft again.</source>
            <translation>Jadikan artikel draf lagi.</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Dibuat</translation>
        </message>
        <message>
            <source>Autosave</source>
            <translation>Simpan otomatis</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Disimpan</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Diajukan</translation>
        </message>
        <message>
            <source>Resubmitted</source>
            <translation>Diajukan ulang</translation>
        </message>
        <message>
            <source>Changes published</source>
            <translation>Perubahan diterbitkan</translation>
        </message>
        <message>
            <source>Unpublished</source>
            <translation>Batal terbit</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Dibuka lagi</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Dipulihkan</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Diimpor</translation>
        </message>
        <message>
            <source>Conflict copy</source>
            <translation>Salinan konflik</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Ringkasan</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Isi berita</translation>
        </message>
        <message>
            <source>Dateline</source>
            <translation>Tempat berita</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Address (slug)</source>
            <translation>Alamat (slug)</translation>
        </message>
        <message>
            <source>Image descriptions (alt text, caption, credit)</source>
            <translation>Teks gambar (teks alternatif, keterangan foto, kredit foto)</translation>
        </message>
        <message>
            <source>Responsible official</source>
            <translation>Pejabat penanggung jawab</translation>
        </message>
        <message>
            <source>Official's title</source>
            <translation>Jabatan pejabat</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Narahubung</translation>
        </message>
        <message>
            <source>Contact's title</source>
            <translation>Jabatan narahubung</translation>
        </message>
        <message>
            <source>Contact telephone</source>
            <translation>Telepon narahubung</translation>
        </message>
        <message>
            <source>Contact e-mail</source>
            <translation>Surel narahubung</translation>
        </message>
        <message>
            <source>Propose correction…</source>
            <translation>Ajukan ralat…</translation>
        </message>
        <message>
            <source>Approve correction…</source>
            <translation>Setujui ralat…</translation>
        </message>
        <message>
            <source>Reject correction…</source>
            <translation>Tolak ralat…</translation>
        </message>
        <message>
            <source>Take down…</source>
            <translation>Tarik berita…</translation>
        </message>
        <message>
            <source>Correct the published article: the website shows your public note once an editor approves it.</source>
            <translation>Ralat artikel yang sudah terbit: situs web menampilkan catatan publik Anda setelah redaktur menyetujuinya.</translation>
        </message>
        <message>
            <source>Put the corrected text and its public note on the website.</source>
            <translation>Tayangkan teks yang sudah diralat beserta catatan publiknya di situs web.</translation>
        </message>
        <message>
            <source>Refuse the correction; the website keeps the published text.</source>
            <translation>Tolak ralat; situs web tetap menampilkan teks yang sudah terbit.</translation>
        </message>
        <message>
            <source>Withdraw the article from the website; a page at its address says when and why.</source>
            <translation>Tarik artikel dari situs web; halaman di alamatnya menyebutkan kapan dan mengapa.</translation>
        </message>
        <message>
            <source>Correction proposed</source>
            <translation>Ralat diajukan</translation>
        </message>
        <message>
            <source>Correction published</source>
            <translation>Ralat diterbitkan</translation>
        </message>
        <message>
            <source>Correction rejected</source>
            <translation>Ralat ditolak</translation>
        </message>
        <message>
            <source>Taken down</source>
            <translation>Berita ditarik</translation>
        </message>
        <message>
            <source>PR {0}</source>
            <comment>a press release's number</comment>
            <translation>SP {0}</translation>
        </message>
        <message>
            <source>News</source>
            <translation>Berita</translation>
        </message>
        <message>
            <source>Press release</source>
            <translation>Siaran Pers</translation>
        </message>
        <message>
            <source>Sent for review</source>
            <translation>Dikirim untuk ditinjau</translation>
        </message>
        <message>
            <source>Pin as lead story</source>
            <translation>Jadikan Berita Utama</translation>
        </message>
        <message>
            <source>Unpin the lead story</source>
            <translation>Lepas Berita Utama</translation>
        </message>
        <message>
            <source>Published on WordPress</source>
            <translation>Terbit di WordPress</translation>
        </message>
        <message>
            <source>Updated on WordPress</source>
            <translation>Diperbarui di WordPress</translation>
        </message>
        <message>
            <source>Taken off WordPress</source>
            <translation>Diturunkan dari WordPress</translation>
        </message>
        <message>
            <source>WordPress send failed</source>
            <translation>Pengiriman ke WordPress gagal</translation>
        </message>
    </context>
    <context>
        <name>WorkflowController</name>
        <message>
            <source>The article could not be saved; nobody was signed out.</source>
            <extracomment>The actions asked about in a dialog with a note (see :meth:`WorkflowController.ask_public_note`). The actions the window asks about first, naming the article. The schedule dialog's time, as the app writes times ("14.05"; "WIB" stands beside it). Made by the core when the person signed in; every change acts as it. Saves the editor's unsaved text; True when nothing is left unsaved. The editor's current body (comments anchor against what the person sees).</extracomment>
            <translation>Artikel tidak dapat disimpan; tidak ada yang dikeluarkan.</translation>
        </message>
        <message>
            <source>Your password was changed.</source>
            <translation>Kata sandi Anda sudah diganti.</translation>
        </message>
        <message>
            <source>Only an admin manages people.</source>
            <translation>Hanya admin yang mengelola personel.</translation>
        </message>
        <message>
            <source>Nobody signed in</source>
            <translation>Belum ada yang masuk</translation>
        </message>
        <message>
            <source>The article could not be saved, so its status was not changed.</source>
            <translation>Artikel tidak dapat disimpan, jadi statusnya tidak diubah.</translation>
        </message>
        <message>
            <source>Put “{0}” on the website automatically at (office time, WIB):</source>
            <translation>Tayangkan “{0}” di situs web secara otomatis pada (waktu kantor, WIB):</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(tanpa judul)</translation>
        </message>
        <message>
            <source>Approve “{0}”? An editor can then publish it on the website.</source>
            <translation>Setujui “{0}”? Setelah itu editor dapat menerbitkannya di situs web.</translation>
        </message>
        <message>
            <source>at {0} (its embargo)</source>
            <translation>pada {0} WIB (embargonya)</translation>
        </message>
        <message>
            <source>now</source>
            <translation>sekarang</translation>
        </message>
        <message>
            <source>Put the changes to “{0}” on the website {1}? The next website export carries them.</source>
            <translation>Tayangkan perubahan “{0}” di situs web {1}? Ekspor situs web berikutnya membawanya.</translation>
        </message>
        <message>
            <source>Publish “{0}” on the website {1}? The next website export puts it online.</source>
            <translation>Terbitkan “{0}” di situs web {1}? Ekspor situs web berikutnya menayangkannya.</translation>
        </message>
        <message>
            <source>Take “{0}” off the website? It stays approved.</source>
            <translation>Turunkan “{0}” dari situs web? Artikel tetap berstatus Disetujui.</translation>
        </message>
        <message>
            <source>Take “{0}” off the website and archive it?</source>
            <translation>Turunkan “{0}” dari situs web dan arsipkan?</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Daftar periksa</translation>
        </message>
        <message>
            <source>Request changes</source>
            <translation type="vanished">Minta revisi</translation>
        </message>
        <message>
            <source>What should the writer change? (required)</source>
            <translation type="vanished">Apa yang perlu diubah penulis? (wajib)</translation>
        </message>
        <message>
            <source>Schedule publication</source>
            <translation>Jadwalkan penerbitan</translation>
        </message>
        <message>
            <source>Publish at</source>
            <translation>Terbit pada</translation>
        </message>
        <message>
            <source>Publish automatically at (office time):</source>
            <translation type="vanished">Terbitkan otomatis pada (waktu kantor):</translation>
        </message>
        <message>
            <source>Take this article off the website? It stays approved.</source>
            <translation type="vanished">Turunkan artikel ini dari situs web? Artikel tetap berstatus disetujui.</translation>
        </message>
        <message>
            <source>Take this article off the website and archive it?</source>
            <translation type="vanished">Turunkan artikel ini dari situs web dan arsipkan?</translation>
        </message>
        <message>
            <source>Redaksi</source>
            <translation>Redaksi</translation>
        </message>
        <message>
            <source>The article could not be saved, so nothing was restored.</source>
            <translation>Artikel tidak dapat disimpan, jadi tidak ada yang dipulihkan.</translation>
        </message>
    </context>
    <context>
        <name>WorkflowHeader</name>
        <message>
            <source>Status and actions</source>
            <translation>Status dan tindakan</translation>
        </message>
        <message>
            <source>Changed since publication</source>
            <translation>Diubah sejak terbit</translation>
        </message>
        <message>
            <source>Changed since publication: the website still shows the published version</source>
            <translation>Diubah sejak terbit: situs web masih menampilkan versi terbit</translation>
        </message>
        <message>
            <source>The website still shows the published version; publish again to update it.</source>
            <translation>Situs web masih menampilkan versi terbit; terbitkan lagi untuk memperbaruinya.</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Riwayat</translation>
        </message>
        <message>
            <source>Show the history</source>
            <translation>Tampilkan riwayat</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Lainnya</translation>
        </message>
        <message>
            <source>More actions</source>
            <translation>Tindakan lainnya</translation>
        </message>
        <message>
            <source>The actions that do not fit on this line</source>
            <translation>Tindakan yang tidak muat di baris ini</translation>
        </message>
        <message>
            <source>Changed since approval</source>
            <translation>Diubah sejak disetujui</translation>
        </message>
        <message>
            <source>Publishing puts the approved version online; the edits made since follow with Publish changes.</source>
            <translation>Penerbitan menayangkan versi yang disetujui; suntingan sesudahnya menyusul lewat Terbitkan perubahan.</translation>
        </message>
        <message>
            <source>The website still shows the published version; a correction with a public note, once approved, updates it.</source>
            <translation>Situs web masih menampilkan versi terbit; ralat dengan catatan publik, setelah disetujui, memperbaruinya.</translation>
        </message>
        <message>
            <source>Goes online {0}</source>
            <translation>Tayang {0}</translation>
        </message>
        <message>
            <source>Online since {0}</source>
            <translation>Tayang sejak {0}</translation>
        </message>
        <message>
            <source>Comments ({0})</source>
            <translation>Komentar ({0})</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Komentar</translation>
        </message>
        <message>
            <source>Open comments: {0}</source>
            <translation>Komentar terbuka: {0}</translation>
        </message>
    </context>
    <context>
        <name>WorkflowPanels</name>
        <message>
            <source>Review</source>
            <extracomment>Input that shows someone is at the workstation (restarts the idle lock's count). The tint of a commented passage: the website's amber, translucent (light and dark palettes). The open article against the office's checklist, under the header. The editor's change request, over an article sent back to its writer.</extracomment>
            <translation>Tinjauan</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Riwayat</translation>
        </message>
        <message>
            <source>Review and history</source>
            <translation>Tinjauan dan riwayat</translation>
        </message>
        <message>
            <source>Review and &amp;History</source>
            <translation>Tinjauan dan &amp;Riwayat</translation>
        </message>
    </context>
    <context>
        <name>_NoteDialog</name>
        <message>
            <source>On the website:</source>
            <extracomment>The most characters a public note may have (a few sentences on the website).</extracomment>
            <translation>Di situs web:</translation>
        </message>
        <message>
            <source>How the website will show it</source>
            <translation>Tampilannya di situs web</translation>
        </message>
        <message>
            <source>The note is too long (at most {0} characters).</source>
            <translation>Catatan terlalu panjang (paling banyak {0} karakter).</translation>
        </message>
        <message>
            <source>(the public note)</source>
            <translation>(catatan publik)</translation>
        </message>
    </context>
    <context>
        <name>_PasswordDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>Kedua kata sandi tidak sama.</translation>
        </message>
    </context>
</TS>
