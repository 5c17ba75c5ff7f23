import type { City } from '../api/programmes';

// Keyed by the API's own city type: a city profile adds or drops fails this build until it is here too.
const CITY_KEYS: Readonly<Record<City, true>> = {
  tripoli: true,
  benghazi: true,
  misrata: true,
  zawiya: true,
  bayda: true,
  gharyan: true,
  tobruk: true,
  ajdabiya: true,
  zliten: true,
  derna: true,
  sirte: true,
  sabha: true,
  khoms: true,
  sabratha: true,
  zuwara: true,
  kufra: true,
  ubari: true,
  nalut: true,
  ghadames: true,
};

export const CITIES = Object.keys(CITY_KEYS) as City[];
