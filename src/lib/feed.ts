import { absoluteUrl, fileUrl } from './routes.ts';
import type { Card } from './views/cards.ts';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An Atom feed of entries; `updated` is the content date (deterministic), not the wall clock. */
export function atomFeed({ site, updated, items }: { site: string; updated: string; items: readonly Card[] }): string {
  const entries = items
    .map((c) => {
      const url = absoluteUrl(c.url, site);
      return `  <entry>\n    <id>${escape(url)}</id>\n    <title>${escape(c.title)}</title>\n    <link href="${escape(url)}"/>\n    <updated>${updated}T00:00:00Z</updated>\n    <summary>${escape([c.lead, c.excerpt].filter(Boolean).join(' — '))}</summary>\n  </entry>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">\n  <title>Humain d'abord</title>\n  <id>${escape(site)}</id>\n  <link href="${escape(site)}"/>\n  <link rel="self" href="${escape(absoluteUrl(fileUrl('flux.xml'), site))}"/>\n  <updated>${updated}T00:00:00Z</updated>\n  <author><name>Humain d'abord</name></author>\n${entries}\n</feed>\n`;
}
