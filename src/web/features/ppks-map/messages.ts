/** UI text of the PPKS map and its tables; merged under `ppksMap`. */
export const ppksMapId = {
  title: 'Peta PPKS',
  intro:
    'Sebaran PPKS dan kasus {{office}} per kecamatan dan desa, dari titik GPS jemput bola dan asesmen, dengan angka yang sama dalam tabel.',
  filters: {
    label: 'Saring peta dan tabel',
    from: 'Dari tanggal',
    to: 'Sampai tanggal',
    category: 'Jenis PPKS',
    allCategories: 'Semua jenis',
    apply: 'Terapkan',
    reset: 'Hapus saringan',
  },
  totals: '{{cases}} kasus · {{persons}} orang di register',
  map: {
    label: 'Peta sebaran PPKS',
    noTiles:
      'Peta dasar belum diatur (MAP_TILE_URL), jadi peta tampil tanpa latar: titik dan jumlah per kecamatan tetap terlihat.',
    noPoints: 'Belum ada titik GPS untuk saringan ini; angkanya ada di tabel di bawah.',
    truncated: 'Hanya {{count}} titik terbaru yang digambar; tabel menghitung semua kasus.',
    withoutCentre: '{{count}} kecamatan dengan kasus tanpa titik GPS hanya tampil di tabel.',
    legendDistrict: 'Lingkaran berangka: jumlah kasus per kecamatan (ketuk untuk nama kecamatan)',
    legendPoint: 'Titik: lokasi kasus (jemput bola atau asesmen)',
    legendApproximate: 'Titik pucat: lokasi dibulatkan ±1 km (kasus yang tidak dapat Anda buka)',
    districtTotal: 'Kec. {{district}}: {{count}} kasus',
    openCase: 'Buka kasus {{ticket}}',
    confidential: 'Dirahasiakan',
  },
  tables: {
    areas: 'Per kecamatan dan desa',
    categories: 'Per jenis dan sub-jenis PPKS',
    statuses: 'Kasus per status',
    area: 'Kecamatan / desa',
    category: 'Jenis / sub-jenis PPKS',
    status: 'Status',
    cases: 'Kasus',
    persons: 'Orang',
    district: 'Kec. {{name}}',
    total: 'Jumlah',
    personsNote:
      'Orang dihitung menurut kecamatan, desa dan jenis PPKS laporan terakhirnya; kasus menurut laporannya masing-masing.',
  },
};

export const ppksMapEn: typeof ppksMapId = {
  title: 'PPKS Map',
  intro:
    'PPKS and cases of {{office}} by district and village, from outreach and assessment GPS points, with the same figures in tables.',
  filters: {
    label: 'Filter the map and tables',
    from: 'From date',
    to: 'To date',
    category: 'PPKS category',
    allCategories: 'All categories',
    apply: 'Apply',
    reset: 'Clear filters',
  },
  totals: '{{cases}} cases · {{persons}} people in the register',
  map: {
    label: 'Map of PPKS',
    noTiles:
      'No base map is set (MAP_TILE_URL), so the map has no background: the points and district totals still show.',
    noPoints: 'No GPS point for this filter yet; the figures are in the tables below.',
    truncated: 'Only the newest {{count}} points are drawn; the tables count every case.',
    withoutCentre: '{{count}} districts with cases but no GPS point show in the tables only.',
    legendDistrict: 'Numbered circle: cases per district (tap for its name)',
    legendPoint: 'Dot: where a case is (outreach or assessment)',
    legendApproximate: 'Pale dot: place rounded to ±1 km (a case you cannot open)',
    districtTotal: '{{district}} district: {{count}} cases',
    openCase: 'Open case {{ticket}}',
    confidential: 'Confidential',
  },
  tables: {
    areas: 'By district and village',
    categories: 'By PPKS category and sub-category',
    statuses: 'Cases by status',
    area: 'District / village',
    category: 'PPKS category / sub-category',
    status: 'Status',
    cases: 'Cases',
    persons: 'People',
    district: '{{name}} district',
    total: 'Total',
    personsNote:
      'People are counted by the district, village and PPKS category of their latest report; cases by their own report.',
  },
};
