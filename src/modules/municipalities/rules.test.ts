import { describe, expect, it } from 'vitest';
import { parseMunicipalities, parsePostcodes, slugify } from './rules';

describe('slugify', () => {
  it('makes readable, URL-safe slugs from Dutch and Frisian names', () => {
    expect(slugify("'s-Hertogenbosch")).toBe('s-hertogenbosch');
    expect(slugify('Súdwest-Fryslân')).toBe('sudwest-fryslan');
    expect(slugify('Nuenen, Gerwen en Nederwetten')).toBe('nuenen-gerwen-en-nederwetten');
    expect(slugify('Bergen (NH.)')).toBe('bergen-nh');
  });
});

describe('parsing the CBS reference files', () => {
  it('reads municipalities, including quoted names with commas', () => {
    const csv =
      'gemeentecode,gemeentenaam,provinciecode,provincienaam,lat,lon,inwoners_2021_benadering,aantal_pc4\n' +
      'GM0820,"Nuenen, Gerwen en Nederwetten",PV30,Noord-Brabant,51.4796,5.5503,23700,4\n';
    expect(parseMunicipalities(csv)).toEqual([
      {
        code: 'GM0820',
        name: 'Nuenen, Gerwen en Nederwetten',
        slug: 'nuenen-gerwen-en-nederwetten',
        provinceCode: 'PV30',
        provinceName: 'Noord-Brabant',
        lat: 51.4796,
        lon: 5.5503,
        population: 23700,
        postcodeCount: 4,
      },
    ]);
  });

  it('accepts postcode areas without a place name or population, and refuses broken numbers', () => {
    const header = 'pc4,gemeentecode,gemeentenaam,provincienaam,aandeel,inwoners_2021,plaats,lat,lon\n';
    expect(parsePostcodes(`${header}3895,GM0050,Zeewolde,Flevoland,1.0,NA,,52.3485,5.5164\n`)[0]).toMatchObject({
      place: 'Zeewolde',
      population: null,
    });
    expect(() => parsePostcodes(`${header}3895,GM0050,Zeewolde,Flevoland,1.0,10,Zeewolde,noord,5.5\n`)).toThrow(/lat/);
  });
});
