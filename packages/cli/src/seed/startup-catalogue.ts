import type { CityId, DivisionCode } from '@jisr/contracts';

/** One hand-written demo company; the seeded generator adds stage, team, languages and needs. */
export interface StartupEntry {
  readonly slug: string;
  readonly latin: string;
  readonly ar: string;
  readonly sector: DivisionCode;
  readonly city: CityId;
  readonly description: string;
}

const entry = (
  slug: string,
  latin: string,
  ar: string,
  sector: DivisionCode,
  city: CityId,
  description: string,
): StartupEntry => ({ slug, latin, ar, sector, city, description });

/**
 * Libyan startups and SMEs in the sectors where private firms exist or are targeted (agriculture,
 * oil-field services, food, building materials, energy, recycling, construction, trade, logistics,
 * tourism, ICT, fintech, engineering, education, health), spread over the country's cities.
 * Fictional companies; any likeness to a real one is chance.
 */
// A data table reads best one company per line.
// prettier-ignore
export const STARTUP_CATALOGUE: readonly StartupEntry[] = [
  entry('shams-solar', 'Shams Solar', 'شمس للطاقة الشمسية', '35', 'tripoli', 'Rooftop solar with battery backup for homes and clinics that live with daily power cuts.'),
  entry('souq-online', 'Souq Online', 'سوق أونلاين', '47', 'tripoli', 'A marketplace with cash-on-delivery that puts neighbourhood shops online.'),
  entry('jabal-olive-groves', 'Jabal Olive Groves', 'بساتين الجبل للزيتون', '01', 'gharyan', 'Drip-irrigated olive groves and a shared press for smallholders in the Nafusa mountains.'),
  entry('fezzan-dates', 'Fezzan Dates', 'تمور فزان', '01', 'sabha', 'Sorting, grading and cold storage of Fezzan dates for export.'),
  entry('sahel-greenhouses', 'Sahel Greenhouses', 'البيوت المحمية الساحلية', '01', 'zliten', 'Solar-powered greenhouses growing tomatoes and peppers all year.'),
  entry('agrisense-libya', 'AgriSense Libya', 'أجري سنس ليبيا', '01', 'misrata', 'Soil-moisture sensors and an SMS advisory service for irrigated farms.'),
  entry('ubari-oasis-farms', 'Ubari Oasis Farms', 'مزارع واحة أوباري', '01', 'ubari', 'Wheat and alfalfa under centre-pivot irrigation driven by solar pumps.'),
  entry('bahr-fisheries', 'Bahr Fisheries', 'مصايد البحر', '03', 'zuwara', 'A small-boat fishing cooperative with its own cold chain to the Tripoli market.'),
  entry('sirte-field-services', 'Sirte Field Services', 'خدمات سرت الحقلية', '09', 'sirte', 'Maintenance crews and spare parts for oil-field pumps, valves and pipelines.'),
  entry('harouge-inspection', 'Harouge Inspection', 'الهروج للفحص الفني', '09', 'benghazi', 'Drone and ultrasonic inspection of storage tanks and pipelines.'),
  entry('tripoli-fresh-bakery', 'Tripoli Fresh Bakery', 'مخابز طرابلس الطازجة', '10', 'tripoli', 'An industrial bakery supplying bread and pastries to two hundred shops.'),
  entry('misrata-dairy', 'Misrata Dairy', 'ألبان مصراتة', '10', 'misrata', 'Pasteurised milk, laban and white cheese from local farms.'),
  entry('dar-al-harissa', 'Dar Al-Harissa', 'دار الهريسة', '10', 'zawiya', 'Traditional Libyan harissa and spice blends, bottled for supermarkets.'),
  entry('zliten-olive-oil', 'Zliten Olive Oil', 'زيت زليتن', '10', 'zliten', 'Cold-pressed extra-virgin olive oil, bottled and labelled for export.'),
  entry('barqa-building-blocks', 'Barqa Building Blocks', 'طوب برقة', '23', 'ajdabiya', 'Insulated concrete blocks and pavers for the reconstruction of the east.'),
  entry('derna-stone', 'Derna Stone & Marble', 'حجر ورخام درنة', '23', 'derna', 'Cutting and polishing of local limestone and marble for new buildings.'),
  entry('ghadames-textiles', 'Ghadames Textiles', 'منسوجات غدامس', '13', 'ghadames', 'Hand-woven textiles and leather goods from Ghadames artisans, sold online.'),
  entry('medina-workwear', 'Medina Workwear', 'ملابس المدينة المهنية', '14', 'tripoli', 'Uniforms and protective workwear for oil companies and hospitals.'),
  entry('nalut-amazigh-crafts', 'Nalut Amazigh Crafts', 'حرف نالوت الأمازيغية', '32', 'nalut', 'Amazigh pottery and silver jewellery for visitors and online buyers.'),
  entry('cyrene-wind', 'Cyrene Wind', 'رياح قورينا', '35', 'bayda', 'Feasibility studies and small wind turbines for farms on the Green Mountain.'),
  entry('kufra-solar-pumps', 'Kufra Solar Pumps', 'مضخات الكفرة الشمسية', '35', 'kufra', 'Solar water pumping for farms in the southern oases.'),
  entry('nadheef-recycling', 'Nadheef Recycling', 'نظيف لإعادة التدوير', '38', 'benghazi', 'Collecting and baling plastic and aluminium from households and shops.'),
  entry('maa-water-filters', 'Maa Water Filters', 'ماء لفلاتر المياه', '36', 'sabratha', 'Household and school water filtration with local maintenance contracts.'),
  entry('bina-contracting', 'Bina Contracting', 'بناء للمقاولات', '41', 'benghazi', 'Housing reconstruction with prefabricated concrete panels.'),
  entry('tobruk-roads', 'Tobruk Roads', 'طرق طبرق', '42', 'tobruk', 'Road repair and asphalt works for municipalities in the east.'),
  entry('coolair-hvac', 'CoolAir HVAC', 'كول إير للتكييف', '43', 'tripoli', 'Installation and maintenance of HVAC systems in hospitals and offices.'),
  entry('misrata-aluminium-glass', 'Misrata Aluminium & Glass', 'مصراتة للألمنيوم والزجاج', '43', 'misrata', 'Aluminium windows and glass facades for new buildings.'),
  entry('mediterranean-traders', 'Mediterranean Traders', 'تجار المتوسط', '46', 'misrata', 'Wholesale import of building materials and household goods from Türkiye.'),
  entry('pharmalink', 'PharmaLink', 'فارما لينك', '46', 'benghazi', 'Medicine distribution to pharmacies with stock and expiry tracking.'),
  entry('sahara-logistics', 'Sahara Logistics', 'لوجستيات الصحراء', '49', 'sabha', 'Trucking between the coast and the Fezzan with GPS tracking.'),
  entry('portlink-misrata', 'PortLink Misrata', 'بورت لينك مصراتة', '52', 'misrata', 'Customs clearance and container tracking at the Misrata free zone port.'),
  entry('tawsil-delivery', 'Tawsil Delivery', 'توصيل', '53', 'tripoli', 'Last-mile parcel delivery for online shops, with cash collection.'),
  entry('leptis-tours', 'Leptis Tours', 'جولات لبدة', '79', 'khoms', 'Guided heritage tours to Leptis Magna and the coast.'),
  entry('sabratha-heritage-house', 'Sabratha Heritage House', 'دار صبراتة التراثية', '55', 'sabratha', 'A restored guesthouse near the Roman theatre of Sabratha.'),
  entry('ghadames-desert-camp', 'Ghadames Desert Camp', 'مخيم غدامس الصحراوي', '55', 'ghadames', 'An eco-camp and desert trips from the old town of Ghadames.'),
  entry('code-libya', 'CodeLibya', 'كود ليبيا', '62', 'tripoli', 'Custom software and mobile apps for banks and public services.'),
  entry('madrasati', 'Madrasati', 'مدرستي', '62', 'benghazi', 'A school management app: grades, attendance and messages to parents.'),
  entry('khareeta-maps', 'Khareeta Maps', 'خريطة', '63', 'tripoli', 'Arabic address search and map data for deliveries and emergency services.'),
  entry('dinarpay', 'DinarPay', 'دينار باي', '66', 'tripoli', 'A mobile wallet and QR payments for merchants, in Libyan dinars.'),
  entry('sanad-microfinance', 'Sanad Microfinance', 'سند للتمويل الأصغر', '64', 'misrata', 'Sharia-compliant micro-loans for women-led home businesses.'),
  entry('handasa-engineering', 'Handasa Engineering', 'هندسة للاستشارات الهندسية', '71', 'tripoli', 'Structural design and site supervision for reconstruction projects.'),
  entry('feasibility-partners', 'Feasibility Partners', 'شركاء دراسات الجدوى', '70', 'benghazi', 'Feasibility studies and business plans for SMEs seeking finance.'),
  entry('taallam-academy', 'Taallam Academy', 'أكاديمية تعلّم', '85', 'zawiya', 'Vocational courses in welding, solar installation and coding.'),
  entry('lugha-language-centre', 'Lugha Language Centre', 'مركز لغة', '85', 'bayda', 'English and Turkish courses for professionals and students.'),
  entry('sihha-telehealth', 'Sihha Telehealth', 'صحة للطب عن بعد', '86', 'sabha', 'Video consultations linking clinics in the south with specialists in Tripoli.'),
  entry('ibtisama-dental', 'Ibtisama Dental Clinics', 'عيادات ابتسامة للأسنان', '86', 'tripoli', 'A chain of affordable dental clinics.'),
];
