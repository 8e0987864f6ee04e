import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { cmsCollections, cmsConfig, cmsFields, type CmsCollectionSpec, type CmsField } from '../../src/lib/cms.ts';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../../src/lib/collections.ts';

const spec = (schema: z.ZodType, refs: Record<string, string> = {}): CmsCollectionSpec => ({
  name: 'essais',
  label: 'Essais',
  format: 'mdx',
  schema,
  refs,
  body: { label: 'Texte', required: false },
});

interface Collection {
  name: CollectionName;
  label: string;
  fields: CmsField[];
}
const siteConfig = () => cmsConfig(cmsCollections(), { name: 'github', repo: 'x/y' }) as { collections: Collection[] };

/** Every field of a list, nested fields (`citations.texte`) included, with its dotted path. */
const allFields = (fields: readonly CmsField[], prefix = ''): { path: string; field: CmsField }[] =>
  fields.flatMap((f) => {
    const path = prefix ? `${prefix}.${f.name}` : f.name;
    return [{ path, field: f }, ...allFields((f['fields'] as CmsField[] | undefined) ?? [], path)];
  });

/** « consentementDate » → « consentement date » : a label that only respells the key is still a raw name. */
const plain = (s: string) =>
  s
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

describe('éditeur : champs générés depuis les schémas zod', () => {
  it('un champ ajouté à un schéma apparaît dans la configuration générée', () => {
    const before = z.strictObject({ titre: z.string(), themes: z.array(z.string()).min(1).max(3) });
    const after = before.extend({ lieu: z.string().optional().meta({ title: 'Lieu', description: 'Où.' }) });
    const names = (s: z.ZodType) => cmsFields(spec(s, { themes: 'themes' })).map((f) => f.name);
    expect(names(before)).toEqual(['titre', 'themes', 'body']);
    expect(names(after)).toEqual(['titre', 'themes', 'lieu', 'body']);
    expect(cmsFields(spec(after)).find((f) => f.name === 'lieu')).toMatchObject({ widget: 'string', required: false, label: 'Lieu', hint: 'Où.' });
  });

  it('types, valeurs permises, références et obligations suivent le schéma', () => {
    const schema = z.strictObject({
      profil: z.enum(['citoyen', 'expert']),
      valeur: z.number(),
      annee: z.number().int().min(1970).max(2039),
      public: z.boolean().default(false),
      source: z.string(),
      themes: z.array(z.string()).min(1).max(3),
      citations: z.array(z.strictObject({ texte: z.string().meta({ title: 'Passage cité' }), source: z.string() })).optional(),
    });
    const fields = Object.fromEntries(cmsFields(spec(schema, { source: 'sources', themes: 'themes', 'citations.source': 'sources' })).map((f) => [f.name, f]));
    expect(fields['profil']).toMatchObject({ widget: 'select', options: ['citoyen', 'expert'], required: true });
    expect(fields['valeur']).toMatchObject({ widget: 'number', value_type: 'float' });
    expect(fields['annee']).toMatchObject({ widget: 'number', value_type: 'int', min: 1970, max: 2039 });
    expect(fields['public']).toMatchObject({ widget: 'boolean', default: false, required: false });
    expect(fields['source']).toMatchObject({ widget: 'relation', collection: 'sources', multiple: false });
    expect(fields['themes']).toMatchObject({ widget: 'relation', collection: 'themes', multiple: true, min: 1, max: 3 });
    expect(fields['citations']).toMatchObject({ widget: 'list', required: false });
    const nested = fields['citations']?.['fields'] as CmsField[];
    expect(nested.find((f) => f.name === 'source')).toMatchObject({ widget: 'relation', collection: 'sources' });
    expect(nested.find((f) => f.name === 'texte')).toMatchObject({ label: 'Passage cité' });
  });

  it('chaque collection du site : les champs de l’éditeur sont exactement ceux du schéma (pas de dérive)', () => {
    for (const c of siteConfig().collections) {
      const schemaKeys = Object.keys(
        (z.toJSONSchema(COLLECTIONS[c.name].schema, { io: 'input', unrepresentable: 'any' }) as { properties: object }).properties,
      );
      const expected = COLLECTIONS[c.name].format === 'mdx' ? [...schemaKeys, 'body'] : schemaKeys;
      expect(
        c.fields.map((f) => f.name),
        c.name,
      ).toEqual(expected);
    }
  });

  it('chaque champ de chaque collection, champs imbriqués compris, a un libellé pour les gens et une aide', () => {
    const raw: string[] = [];
    const noHint: string[] = [];
    let count = 0;
    for (const c of siteConfig().collections) {
      for (const { path, field } of allFields(c.fields)) {
        count += 1;
        if (plain(field.label) === plain(field.name)) raw.push(`${c.name}.${path} : « ${field.label} »`);
        if (field.name !== 'body' && !(typeof field['hint'] === 'string' && field['hint'].length > 10)) noHint.push(`${c.name}.${path}`);
      }
    }
    expect(raw).toEqual([]);
    expect(noHint).toEqual([]);
    expect(count).toBeGreaterThan(90);
  });

  it('les libellés des exemples du ticket sont écrits pour les gens', () => {
    const labels = new Map(siteConfig().collections.flatMap((c) => allFields(c.fields).map(({ path, field }) => [`${c.name}.${path}`, field.label])));
    expect(labels.get('temoignages.locuteur')).toBe('Qui parle ?');
    expect(labels.get('temoignages.autresEmplacements')).toBe('Autres passages du même texte');
    expect(labels.get('temoignages.consentementDate')).toBe('Date du consentement');
    expect(labels.get('articles.citations.texte')).toBe('Passage cité, mot pour mot');
  });

  it('collections dans l’ordre utile (témoignages d’abord), libellés et corps tirés du registre', () => {
    const collections = siteConfig().collections;
    expect(collections[0]?.name).toBe('temoignages');
    expect(collections.map((c) => c.name).sort()).toEqual([...COLLECTION_NAMES].sort());
    const byName = new Map(collections.map((c) => [c.name, c]));
    expect(byName.get('temoignages')?.label).toBe('Témoignages');
    expect(byName.get('articles')?.label).toBe('Ordonnance');
    const body = (name: CollectionName) => byName.get(name)?.fields.find((f) => f.name === 'body');
    expect(body('temoignages')).toMatchObject({ label: 'Citation, mot pour mot', widget: 'markdown', required: true });
    expect(body('propositions')).toMatchObject({ required: true });
    expect(body('chiffres')).toMatchObject({ label: 'Comment lire ce chiffre (nos mots)', required: false });
    expect(body('evenements')).toBeUndefined();
  });
});
