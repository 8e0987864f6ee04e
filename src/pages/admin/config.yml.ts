import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { cmsCollections, cmsConfig } from '../../lib/cms.ts';

// The hosted Git backend is set at deployment (CMS_REPO=owner/repo); locally, « Travailler sur un dépôt local » in Chromium needs no server.
const backend = { name: 'github', repo: process.env['CMS_REPO'] ?? 'humain-dabord/humain-dabord', branch: 'main' };

export const GET: APIRoute = () =>
  new Response(
    `# Généré depuis src/schemas/ par src/pages/admin/config.yml.ts : ne pas modifier à la main.\n${stringify(cmsConfig(cmsCollections(), backend))}`,
    {
      headers: { 'Content-Type': 'application/yaml; charset=utf-8' },
    },
  );
