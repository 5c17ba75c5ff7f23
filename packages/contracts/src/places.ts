import { z } from 'zod';
import type { LocalizedText } from './locale';

export interface LibyanCity {
  readonly id: string;
  readonly label: LocalizedText;
  /** Approximate population of the city (public estimates, 2014–2025); for demo data and sorting only. */
  readonly population: number;
}

export const LIBYAN_CITIES = [
  { id: 'tripoli', label: { en: 'Tripoli', ar: 'طرابلس', tr: 'Trablus' }, population: 2_200_000 },
  { id: 'benghazi', label: { en: 'Benghazi', ar: 'بنغازي', tr: 'Bingazi' }, population: 1_500_000 },
  { id: 'misrata', label: { en: 'Misrata', ar: 'مصراتة', tr: 'Misrata' }, population: 550_000 },
  { id: 'zawiya', label: { en: 'Zawiya', ar: 'الزاوية', tr: 'Zaviye' }, population: 234_000 },
  { id: 'bayda', label: { en: 'Bayda', ar: 'البيضاء', tr: 'Beyda' }, population: 209_000 },
  { id: 'gharyan', label: { en: 'Gharyan', ar: 'غريان', tr: 'Garyan' }, population: 187_000 },
  { id: 'tobruk', label: { en: 'Tobruk', ar: 'طبرق', tr: 'Tobruk' }, population: 172_000 },
  { id: 'ajdabiya', label: { en: 'Ajdabiya', ar: 'أجدابيا', tr: 'Ecdabiya' }, population: 160_000 },
  { id: 'zliten', label: { en: 'Zliten', ar: 'زليتن', tr: 'Zliten' }, population: 158_000 },
  { id: 'derna', label: { en: 'Derna', ar: 'درنة', tr: 'Derne' }, population: 150_000 },
  { id: 'sirte', label: { en: 'Sirte', ar: 'سرت', tr: 'Sirte' }, population: 128_000 },
  { id: 'sabha', label: { en: 'Sabha', ar: 'سبها', tr: 'Sebha' }, population: 104_000 },
  { id: 'khoms', label: { en: 'Khoms', ar: 'الخمس', tr: 'Hums' }, population: 88_000 },
  { id: 'sabratha', label: { en: 'Sabratha', ar: 'صبراتة', tr: 'Sabrata' }, population: 80_000 },
  { id: 'zuwara', label: { en: 'Zuwara', ar: 'زوارة', tr: 'Zuvara' }, population: 76_000 },
  { id: 'kufra', label: { en: 'Kufra', ar: 'الكفرة', tr: 'Kufra' }, population: 69_000 },
  // Smaller towns without a figure in our sources; rough public estimates.
  { id: 'ubari', label: { en: 'Ubari', ar: 'أوباري', tr: 'Ubari' }, population: 40_000 },
  { id: 'nalut', label: { en: 'Nalut', ar: 'نالوت', tr: 'Nalut' }, population: 27_000 },
  { id: 'ghadames', label: { en: 'Ghadames', ar: 'غدامس', tr: 'Gadames' }, population: 11_000 },
] as const satisfies readonly LibyanCity[];

export type CityId = (typeof LIBYAN_CITIES)[number]['id'];
export const cityIdSchema = z.enum(LIBYAN_CITIES.map((city) => city.id) as CityId[]);

/** The two zones the programme lives in: Libya (UTC+2) and Türkiye (UTC+3), both without DST. */
export const TIME_ZONES = ['Africa/Tripoli', 'Europe/Istanbul'] as const;

const isIanaZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** Any IANA time zone name (`Africa/Tripoli`, `Europe/Istanbul`, `Europe/Rome`, `UTC`). */
export const timeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine(isIanaZone, { message: 'Expected an IANA time zone such as "Africa/Tripoli"' });
export type TimeZone = z.infer<typeof timeZoneSchema>;
