import type { APIRoute } from 'astro';
import { t } from '../../i18n/index.ts';
import { BUILD_DATE } from '../../lib/build-date.ts';
import { dataPackage } from '../../lib/open-data.ts';
import { absoluteUrl, pageUrl } from '../../lib/routes.ts';
import { getSite } from '../../lib/site.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const pkg = dataPackage(site, {
    title: t('data.package.title'),
    description: t('data.description'),
    homepage: absoluteUrl(pageUrl('data')),
    created: `${BUILD_DATE}T00:00:00Z`,
    licenceNote: t('data.licence.text'),
  });
  return new Response(`${JSON.stringify(pkg, null, 1)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
