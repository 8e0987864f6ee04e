import { describe, expect, it } from 'vitest';
import { serializeJsonForScript } from '../../src/lib/json-ld.ts';

/** What issue 15 ran on the landed site: the block is closed, then a refresh sends the reader elsewhere. */
const PAYLOAD = '</script><meta http-equiv=refresh content="0;url=https://evil.example/"><script>';

/** The JSON-LD shapes of the entry pages, with the payload in every field that comes from content. */
const DOCS = {
  titre: { '@type': 'Dataset', name: PAYLOAD },
  locuteur: { '@type': 'Quotation', creator: { '@type': 'Person', name: `Khalid ${PAYLOAD}` } },
  organisation: { '@type': 'CreativeWork', publisher: { '@type': 'Organization', name: PAYLOAD } },
  'titre de série': { '@type': 'Dataset', name: `Série ${PAYLOAD}`, description: PAYLOAD },
  corps: { '@type': 'Quotation', text: `Il a dit : \`${PAYLOAD}\` & <!-- puis --> \u2028\u2029 fin` },
};

describe('serializeJsonForScript', () => {
  it.each(Object.entries(DOCS))('%s : aucun caractère que le HTML lirait, et le même objet une fois relu', (_field, doc) => {
    const json = serializeJsonForScript(doc);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json.toLowerCase()).not.toContain('</script');
    expect(JSON.parse(json)).toEqual(doc);
  });

  it('écrit les échappements JSON standard \\u003c \\u003e \\u0026 \\u2028 \\u2029', () => {
    expect(serializeJsonForScript({ a: '<>&\u2028\u2029' })).toBe('{"a":"\\u003c\\u003e\\u0026\\u2028\\u2029"}');
  });

  it('ne change rien au JSON ordinaire (accents, guillemets, nombres)', () => {
    const doc = { name: 'Décision « équitable » "citée"', value: -12.5, list: [1, 'é'] };
    expect(serializeJsonForScript(doc)).toBe(JSON.stringify(doc));
  });
});
