import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { cmsConfig, jsDocHints, type CmsCollectionSpec } from '../../lib/cms.ts';
import { COLLECTIONS, type CollectionName } from '../../lib/collections.ts';

const LABELS: Record<CollectionName, [label: string, file: string, body?: string]> = {
  temoignages: ['Témoignages', 'temoignage', 'Citation, mot pour mot'],
  chiffres: ['Chiffres', 'chiffre', 'Comment lire ce chiffre (nos mots)'],
  propositions: ['Propositions', 'proposition', 'Texte de la proposition, mot pour mot'],
  articles: ["Articles de l'ordonnance", 'article', 'Explication (nos mots)'],
  evenements: ['Chronologie', 'evenement'],
  series: ['Graphiques (séries)', 'serie'],
  themes: ['Thèmes', 'theme'],
  sources: ['Sources', 'source'],
  aide: ["Besoin d'aide (services)", 'aide'],
};

// The hosted Git backend is set at deployment (CMS_REPO=owner/repo); locally, « Travailler sur un dépôt local » in Chromium needs no server.
const backend = { name: 'github', repo: process.env['CMS_REPO'] ?? 'humain-dabord/humain-dabord', branch: 'main' };

export const GET: APIRoute = () => {
  const specs: CmsCollectionSpec[] = (Object.keys(LABELS) as CollectionName[]).map((name) => {
    const [label, file, bodyLabel] = LABELS[name];
    return {
      name,
      label,
      format: COLLECTIONS[name].format,
      schema: COLLECTIONS[name].schema,
      refs: COLLECTIONS[name].refs,
      hints: jsDocHints(readFileSync(`src/schemas/${file}.ts`, 'utf8') + readFileSync('src/schemas/common.ts', 'utf8')),
      ...(bodyLabel ? { bodyLabel } : {}),
    };
  });
  return new Response(`# Généré depuis src/schemas/ par src/pages/admin/config.yml.ts : ne pas modifier à la main.\n${stringify(cmsConfig(specs, backend))}`, {
    headers: { 'Content-Type': 'application/yaml; charset=utf-8' },
  });
};
