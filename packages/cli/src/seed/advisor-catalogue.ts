import type { CityId, DivisionCode } from '@jisr/contracts';

/**
 * Where an advisor comes from decides languages and time zone: a Turkish council member, a Libyan
 * member, or one of the Turkish-speaking Libyan families of Tripoli, Benghazi and Misrata.
 */
export type AdvisorOrigin = 'turkish' | 'libyan' | 'libyan-turkish';

export interface AdvisorEntry {
  readonly slug: string;
  readonly displayName: string;
  readonly organisation: string;
  readonly roles: readonly ('mentor' | 'investor')[];
  readonly sectors: readonly DivisionCode[];
  readonly origin: AdvisorOrigin;
  readonly city?: CityId;
  readonly bio: string;
}

const M = ['mentor'] as const;
const I = ['investor'] as const;
const MI = ['mentor', 'investor'] as const;

/**
 * Members of the Turkish-Libyan Business Council (DEİK/TLBC) and the Libyan Businessmen Council, in
 * the trades where Turkish firms are strongest in Libya: construction and contracting, HVAC,
 * aluminium and glass, engineering consultancy, energy, oil-field services, food, recycling,
 * chemicals, textiles, logistics, tourism. Fictional people and firms.
 */
// A data table reads best one person per line.
// prettier-ignore
export const ADVISOR_CATALOGUE: readonly AdvisorEntry[] = [
  { slug: 'ayse-demir', displayName: 'Ayşe Demir', organisation: 'Anadolu Yapı Contracting', roles: M, sectors: ['41', '42', '71'], origin: 'turkish', bio: 'Twenty years on airports and hospitals in Libya and the Gulf; coaches site management and tendering.' },
  { slug: 'mehmet-yilmaz', displayName: 'Mehmet Yılmaz', organisation: 'Ege Enerji Yatırım', roles: MI, sectors: ['35', '42'], origin: 'turkish', bio: 'Built and financed power plants in Libya; invests in solar and grid services.' },
  { slug: 'zeynep-kaya', displayName: 'Zeynep Kaya', organisation: 'Karadeniz Gıda Sanayi', roles: M, sectors: ['10', '01'], origin: 'turkish', bio: 'Food-processing plant manager; food safety, packaging and export certification.' },
  { slug: 'ahmet-celik', displayName: 'Ahmet Çelik', organisation: 'Marmara Lojistik', roles: M, sectors: ['49', '52', '53'], origin: 'turkish', bio: 'Runs Mersin–Misrata shipping and trucking lines; customs, warehousing and fleet tracking.' },
  { slug: 'elif-sahin', displayName: 'Elif Şahin', organisation: 'Boğaziçi Venture Partners', roles: I, sectors: ['62', '63', '66', '47'], origin: 'turkish', bio: 'Seed and series A investor in software, marketplaces and payments across the region.' },
  { slug: 'mustafa-ozturk', displayName: 'Mustafa Öztürk', organisation: 'Toros Çimento ve Yapı Malzemeleri', roles: M, sectors: ['23', '41'], origin: 'turkish', bio: 'Cement and building-materials trade with North Africa; plant efficiency and distribution.' },
  { slug: 'fatma-arslan', displayName: 'Fatma Arslan', organisation: 'Akdeniz Tekstil', roles: M, sectors: ['13', '14', '32'], origin: 'turkish', bio: 'Textile and workwear producer; sourcing, quality control and selling to retailers in Türkiye.' },
  { slug: 'hasan-dogan', displayName: 'Hasan Doğan', organisation: 'Kapadokya Turizm Yatırımları', roles: MI, sectors: ['55', '56', '79'], origin: 'turkish', bio: 'Hotel investor and tour operator; heritage tourism, bookings and guest experience.' },
  { slug: 'emre-aydin', displayName: 'Emre Aydın', organisation: 'Mavi Su Arıtma Teknolojileri', roles: M, sectors: ['36', '38', '35'], origin: 'turkish', bio: 'Water treatment and recycling engineer; municipal contracts and equipment maintenance.' },
  { slug: 'selin-kilic', displayName: 'Selin Kılıç', organisation: 'Trakya Tarım Teknolojileri', roles: M, sectors: ['01', '10'], origin: 'turkish', bio: 'Agritech founder: irrigation, greenhouse climate control and crop data.' },
  { slug: 'burak-aslan', displayName: 'Burak Aslan', organisation: 'Anka Petrol Saha Hizmetleri', roles: M, sectors: ['09', '71'], origin: 'turkish', bio: 'Oil and gas field services in Libya since 2008; HSE standards and operator contracts.' },
  { slug: 'deniz-koc', displayName: 'Deniz Koç', organisation: 'Lale Fintech Accelerator', roles: MI, sectors: ['64', '66', '62'], origin: 'turkish', bio: 'Runs a fintech accelerator; payments licensing, risk and bank partnerships.' },
  { slug: 'murat-kurt', displayName: 'Murat Kurt', organisation: 'Yeşil Enerji Mühendislik', roles: M, sectors: ['35', '71', '43'], origin: 'turkish', bio: 'Solar and HVAC engineering for hospitals and public buildings.' },
  { slug: 'esra-ozdemir', displayName: 'Esra Özdemir', organisation: 'Sağlık Yatırım Ortaklığı', roles: I, sectors: ['86', '21', '46'], origin: 'turkish', bio: 'Health-care investor: clinics, telemedicine and pharmaceutical distribution.' },
  { slug: 'kemal-erdem', displayName: 'Kemal Erdem', organisation: 'Çukurova Alüminyum ve Cam', roles: M, sectors: ['43', '25', '23'], origin: 'turkish', bio: 'Aluminium and glass facades for Libyan contractors; fabrication and installation crews.' },
  { slug: 'oya-yildirim', displayName: 'Oya Yıldırım', organisation: 'İstanbul Eğitim Teknolojileri', roles: M, sectors: ['85', '62'], origin: 'turkish', bio: 'Education-technology founder; vocational training programmes with KOSGEB.' },
  { slug: 'caner-polat', displayName: 'Caner Polat', organisation: 'Ankara Angel Network', roles: I, sectors: ['47', '62', '10', '46'], origin: 'turkish', bio: 'Angel investor in early-stage consumer and software companies.' },
  { slug: 'gul-aksoy', displayName: 'Gül Aksoy', organisation: 'Anadolu Dış Ticaret', roles: M, sectors: ['46', '47', '52'], origin: 'turkish', bio: 'Export and import between Türkiye and Libya; distributors, trade fairs and market entry.' },
  { slug: 'serkan-tas', displayName: 'Serkan Taş', organisation: 'Kuzey Kimya ve Geri Dönüşüm', roles: MI, sectors: ['20', '38', '22'], origin: 'turkish', bio: 'Chemicals and plastics recycling; buys baled material and co-invests in collection.' },
  { slug: 'nur-cetin', displayName: 'Nur Çetin', organisation: 'Konya İŞGEM Incubation Centre', roles: M, sectors: ['10', '13', '25', '32'], origin: 'turkish', bio: 'Incubator manager; applied entrepreneurship training for small manufacturers.' },
  { slug: 'khaled-obeidi', displayName: 'Khaled Al-Obeidi — خالد العبيدي', organisation: 'Libyan Businessmen Council', roles: MI, sectors: ['46', '41', '49'], origin: 'libyan', city: 'benghazi', bio: 'Trading and contracting in the east; helps founders with suppliers, permits and banks.' },
  { slug: 'fatima-ben-ali', displayName: 'Fatima Ben Ali — فاطمة بن علي', organisation: 'Tripoli Women Entrepreneurs Network', roles: M, sectors: ['47', '85', '86', '14'], origin: 'libyan', city: 'tripoli', bio: 'Founded two retail businesses; mentors women-led startups on sales and hiring.' },
  { slug: 'omar-al-turki', displayName: 'Omar Al-Turki — عمر التركي', organisation: 'Misrata Free Zone Investors', roles: I, sectors: ['52', '46', '10'], origin: 'libyan-turkish', city: 'misrata', bio: 'Invests in logistics, trade and food companies around the Misrata free zone.' },
  { slug: 'salma-el-magrabi', displayName: 'Salma El-Magrabi — سلمى المغربي', organisation: 'Benghazi Angel Circle', roles: I, sectors: ['62', '66', '86'], origin: 'libyan', city: 'benghazi', bio: 'Angel investor in software, payments and health services in eastern Libya.' },
  { slug: 'yusuf-karamanli', displayName: 'Yusuf Karamanlı — يوسف القرمانلي', organisation: 'Turkish-Libyan Business Council, Tripoli office', roles: M, sectors: ['42', '35', '70'], origin: 'libyan-turkish', city: 'tripoli', bio: 'Connects Libyan firms with Turkish contractors; feasibility studies and partnerships.' },
];
