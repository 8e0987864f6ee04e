import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { cmsConfig, cmsFields, jsDocHints, type CmsCollectionSpec } from '../../src/lib/cms.ts';
import { COLLECTIONS, COLLECTION_NAMES } from '../../src/lib/collections.ts';

const spec = (schema: z.ZodType, refs: Record<string, string> = {}): CmsCollectionSpec => ({ name: 'essais', label: 'Essais', format: 'mdx', schema, refs });

describe('éditeur : champs générés depuis les schémas zod', () => {
  it('un champ ajouté à un schéma apparaît dans la configuration générée', () => {
    const before = z.strictObject({ titre: z.string(), themes: z.array(z.string()).min(1).max(3) });
    const after = before.extend({ lieu: z.string().optional() });
    const names = (s: z.ZodType) => cmsFields(spec(s, { themes: 'themes' })).map((f) => f.name);
    expect(names(before)).toEqual(['titre', 'themes', 'body']);
    expect(names(after)).toEqual(['titre', 'themes', 'lieu', 'body']);
    expect(cmsFields(spec(after)).find((f) => f.name === 'lieu')).toMatchObject({ widget: 'string', required: false });
  });

  it('types, valeurs permises, références et obligations suivent le schéma', () => {
    const schema = z.strictObject({
      profil: z.enum(['citoyen', 'expert']),
      valeur: z.number(),
      annee: z.number().int().min(1970).max(2030),
      public: z.boolean().default(false),
      source: z.string(),
      themes: z.array(z.string()).min(1).max(3),
      citations: z.array(z.strictObject({ texte: z.string(), source: z.string() })).optional(),
    });
    const fields = Object.fromEntries(cmsFields(spec(schema, { source: 'sources', themes: 'themes', 'citations.source': 'sources' })).map((f) => [f.name, f]));
    expect(fields['profil']).toMatchObject({ widget: 'select', options: ['citoyen', 'expert'], required: true });
    expect(fields['valeur']).toMatchObject({ widget: 'number', value_type: 'float' });
    expect(fields['annee']).toMatchObject({ widget: 'number', value_type: 'int', min: 1970, max: 2030 });
    expect(fields['public']).toMatchObject({ widget: 'boolean', default: false, required: false });
    expect(fields['source']).toMatchObject({ widget: 'relation', collection: 'sources', multiple: false });
    expect(fields['themes']).toMatchObject({ widget: 'relation', collection: 'themes', multiple: true, min: 1, max: 3 });
    expect(fields['citations']).toMatchObject({ widget: 'list', required: false });
    expect((fields['citations']?.['fields'] as { name: string; widget: string }[]).find((f) => f.name === 'source')).toMatchObject({
      widget: 'relation',
      collection: 'sources',
    });
  });

  it('chaque collection du site : les champs de l’éditeur sont exactement ceux du schéma (pas de dérive)', () => {
    const config = cmsConfig(
      COLLECTION_NAMES.map((name) => ({ name, label: name, format: COLLECTIONS[name].format, schema: COLLECTIONS[name].schema, refs: COLLECTIONS[name].refs })),
      { name: 'github', repo: 'x/y' },
    ) as { collections: { name: string; fields: { name: string }[] }[] };
    for (const c of config.collections) {
      const schemaKeys = Object.keys(
        (z.toJSONSchema(COLLECTIONS[c.name as keyof typeof COLLECTIONS].schema, { io: 'input', unrepresentable: 'any' }) as { properties: object }).properties,
      );
      const expected = COLLECTIONS[c.name as keyof typeof COLLECTIONS].format === 'mdx' ? [...schemaKeys, 'body'] : schemaKeys;
      expect(
        c.fields.map((f) => f.name),
        c.name,
      ).toEqual(expected);
    }
  });

  it('les aides viennent des commentaires JSDoc des schémas', () => {
    expect(jsDocHints('  /** Qui parle. */\n  locuteur: text(),\n  /** Thèmes. */\n  themes,\n')).toEqual({ locuteur: 'Qui parle.', themes: 'Thèmes.' });
  });
});
