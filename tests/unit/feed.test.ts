import { describe, expect, it } from 'vitest';
import { parseGitLog } from '../../src/lib/content-dates.ts';
import { atomFeed, FEED_SIZE, type FeedItem } from '../../src/lib/feed.ts';

describe('parseGitLog', () => {
  it('gives each file the day it was added and the day it last changed (git log lists newest first)', () => {
    const log = '\x002025-05-02\n\ncontent/a.mdx\n\x002025-03-01\n\ncontent/a.mdx\ncontent/b.mdx\n\x002024-12-24\n\ncontent/a.mdx\n';
    const dates = parseGitLog(log);
    expect(dates.get('content/a.mdx')).toEqual({ added: '2024-12-24', changed: '2025-05-02' });
    expect(dates.get('content/b.mdx')).toEqual({ added: '2025-03-01', changed: '2025-03-01' });
    expect(dates.has('content/c.mdx')).toBe(false);
  });
});

describe('atomFeed', () => {
  const item = (i: number, changed: string): FeedItem => ({
    kind: 'temoignages',
    id: `t${i}`,
    url: `/humain-dabord/temoignages/t${i}/`,
    title: `T${i} <b>`,
    meta: '',
    added: '2024-01-01',
    changed,
  });
  const items = Array.from({ length: FEED_SIZE + 10 }, (_, i) => item(i, `2025-01-${String((i % 28) + 1).padStart(2, '0')}`));
  const xml = atomFeed({ site: 'https://exemple.org/humain-dabord/', items });
  it('lists the newest entries only, each with its own dates', () => {
    expect(xml.match(/<entry>/g)).toHaveLength(FEED_SIZE);
    const updated = [...xml.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((m) => m[1]!);
    expect(updated[0]).toBe('2025-01-28T00:00:00Z');
    expect([...updated].sort().reverse()).toEqual(updated);
    expect(xml).toContain('<published>2024-01-01T00:00:00Z</published>');
    expect(xml).toMatch(/<feed[\s\S]*?<updated>2025-01-28T00:00:00Z<\/updated>/);
  });
  it('writes absolute addresses under the base path and escapes text', () => {
    expect(xml).toContain('<link href="https://exemple.org/humain-dabord/temoignages/t27/"/>');
    expect(xml).toContain('&lt;b&gt;');
    expect(xml).not.toContain('<b>');
  });
});
