import { absoluteUrl, fileUrl } from './routes.ts';
import type { Card } from './views/cards.ts';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** How many entries the feed lists: the newest, by date of last change. */
export const FEED_SIZE = 50;

export type FeedItem = Card & { added: string; changed: string };

/** An Atom feed of the newest entries, each with its own dates (added = published, changed = updated). */
export function atomFeed({ site, items }: { site: string; items: readonly FeedItem[] }): string {
  const newest = [...items]
    .sort((a, b) => b.changed.localeCompare(a.changed) || b.added.localeCompare(a.added) || a.url.localeCompare(b.url))
    .slice(0, FEED_SIZE);
  const updated = newest[0]?.changed ?? '1970-01-01';
  const entries = newest
    .map((c) => {
      const url = absoluteUrl(c.url, site);
      return `  <entry>\n    <id>${escape(url)}</id>\n    <title>${escape(c.title)}</title>\n    <link href="${escape(url)}"/>\n    <published>${c.added}T00:00:00Z</published>\n    <updated>${c.changed}T00:00:00Z</updated>\n    <summary>${escape([c.lead, c.excerpt].filter(Boolean).join(' — '))}</summary>\n  </entry>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">\n  <title>Humain d'abord</title>\n  <id>${escape(site)}</id>\n  <link href="${escape(site)}"/>\n  <link rel="self" href="${escape(absoluteUrl(fileUrl('flux.xml'), site))}"/>\n  <updated>${updated}T00:00:00Z</updated>\n  <author><name>Humain d'abord</name></author>\n${entries}\n</feed>\n`;
}
