/* Indeks pencarian situs (dibuat oleh Redaksi) */
window.REDAKSI_SEARCH = {"format":2,"fields":["title","slug","date","category","snippet","words"],"page":["berita/",".html"],"months":["Januari","Februari","Maret","April","Mei","Juni","Juli","Agustus","September","Oktober","November","Desember"],"articles":[
["Catatan: \u003cKeamanan\u003e \u0026 \"Privasi\" Data","catatan-keamanan-privasi-data","2026-11-22","Opini","Apa yang perlu dijaga?","teks html mentah kaki sumber bssn spbe"],
["Pengumuman Seleksi Tenaga Ahli TIK","pengumuman-seleksi-tenaga-ahli-tik","2026-11-21","Pengumuman","Dinas membuka seleksi tenaga ahli.","syarat lengkap dapat dilihat situs resmi posisi kuota jaringan 2"],
["Bupati Resmikan Layanan Internet Desa","bupati-resmikan-layanan-internet-desa","2026-11-20","Berita","Sebanyak 74 nagari kini terhubung dengan internet.","meresmikan jadwal pemasangan pelatihan operator semua spbe"]
]};
