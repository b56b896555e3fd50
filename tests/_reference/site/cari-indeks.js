/* Indeks pencarian situs (dibuat oleh Redaksi) */
window.REDAKSI_SEARCH = {"format":1,"fields":["title","url","date","iso","category","snippet","words"],"articles":[
["Catatan: \u003cKeamanan\u003e \u0026 \"Privasi\" Data","berita/catatan-keamanan-privasi-data.html","Minggu, 22 November 2026","2026-11-22","Opini","Apa yang perlu dijaga?","teks dengan html mentah dan kaki sumber bssn spbe"],
["Pengumuman Seleksi Tenaga Ahli TIK","berita/pengumuman-seleksi-tenaga-ahli-tik.html","Sabtu, 21 November 2026","2026-11-21","Pengumuman","Dinas membuka seleksi tenaga ahli.","syarat lengkap dapat dilihat di situs resmi posisi kuota jaringan 2"],
["Bupati Resmikan Layanan Internet Desa","berita/bupati-resmikan-layanan-internet-desa.html","Jumat, 20 November 2026","2026-11-20","Berita","Sebanyak 74 nagari kini terhubung dengan internet.","meresmikan di jadwal pemasangan pelatihan operator untuk semua spbe"]
]};
