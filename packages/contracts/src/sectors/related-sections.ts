import type { SectionCode } from './sections.data';

// Pairs whose businesses routinely buy from, sell to or advise each other in the Libyan–Turkish economy;
// matching gives such pairs a small bonus. Stored one way, read both ways, so the relation is symmetric.
const RELATED_PAIRS: readonly (readonly [SectionCode, SectionCode])[] = [
  ['A', 'C'], // food processing: olives, dates, grain
  ['A', 'E'], // irrigation and water reuse
  ['B', 'C'], // refining, petrochemicals, cement from quarried inputs
  ['B', 'D'], // oil and gas feed power generation
  ['D', 'E'], // utilities: power, water, waste-to-energy
  ['D', 'F'], // building power plants and solar farms
  ['F', 'M'], // engineering consultancy, architecture
  ['F', 'L'], // property development
  ['C', 'G'], // manufacturers and their distributors
  ['G', 'H'], // trade, logistics and ports
  ['H', 'I'], // tourism depends on transport
  ['I', 'N'], // travel agencies and tour operators (division 79)
  ['I', 'R'], // heritage tourism and culture
  ['J', 'K'], // fintech
  ['J', 'M'], // software, R&D and technical consultancy
  ['J', 'P'], // edtech
  ['M', 'Q'], // health research and pharmaceutical testing
  ['C', 'Q'], // pharmaceuticals and medical devices
];

const related: ReadonlySet<string> = new Set(RELATED_PAIRS.flatMap(([a, b]) => [`${a}${b}`, `${b}${a}`]));

/** Whether two different sections are curated as related (symmetric; a section is not "related" to itself). */
export function areSectionsRelated(a: SectionCode, b: SectionCode): boolean {
  return related.has(`${a}${b}`);
}
