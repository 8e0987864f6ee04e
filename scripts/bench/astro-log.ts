/**
 * Where `astro build` spends its time, read from its own log: phase boundaries (timed by the benchmark to the
 * millisecond as each line arrives) and, for every route, the number of pages and the sum of their `(+N ms)` times.
 */
import type { Line } from './measure.ts';

export interface Phase {
  name: string;
  ms: number;
}

export interface RouteCost {
  route: string;
  pages: number;
  ms: number;
}

export interface AstroProfile {
  phases: Phase[];
  routes: RouteCost[];
}

/** Markers in the order Astro 7 prints them; a phase lasts from its marker to the next one seen. */
const MARKERS: [string, RegExp][] = [
  // « [content] Syncing content » and « Synced content » reach the pipe together: the sync is counted in this first phase.
  ['démarrage, synchronisation du contenu, types', /^/],
  ['build:start (contrôle d’intégrité), inventaire des routes', /\[types\] Generated/],
  ['Vite : bundle (compilation des MDX)', /Building static entrypoints/],
  ['rendu des pages', /generating static routes/],
  ['fin (écriture, sortie du processus)', /^\S* ?✓ Completed in/],
];

const LIST_DIMENSIONS = new Set(['page', 'theme', 'source', 'profil', 'annee', 'destinataire']);

/** The route (src/pages/… file) that produced an output path. Astro 7 no longer prints it above its pages. */
export function routeOf(path: string): string {
  const segs = path
    .replace(/(?:\/index)?\.html$/, '')
    .split('/')
    .filter(Boolean);
  const [top, second] = segs;
  if (top === undefined) return 'index';
  if (top === 'temoignages' || top === 'chiffres' || top === 'propositions') {
    return segs.length === 1 || (LIST_DIMENSIONS.has(second ?? '') && segs.length >= 3) ? `${top}/[...liste]` : `${top}/[id]`;
  }
  if (segs.length === 1) return top;
  if (top === 'themes') return segs[2] === 'fiche' ? 'themes/[id]/fiche' : 'themes/[id]';
  return [...segs.slice(0, -1), '[id]'].join('/');
}

export function parseAstroLog(lines: readonly Line[], totalMs: number): AstroProfile {
  const seen: { name: string; at: number }[] = [];
  let next = 0;
  for (const l of lines) {
    const text = l.text.replace(/^\d\d:\d\d:\d\d /, '');
    if (next >= MARKERS.length) break;
    const [name, re] = MARKERS[next]!;
    if (next === 0 || re.test(text)) {
      seen.push({ name, at: next === 0 ? 0 : l.at });
      next += 1;
    }
  }
  const phases = seen.map((s, i) => ({ name: s.name, ms: Math.round((seen[i + 1]?.at ?? totalMs) - s.at) }));

  const routes = new Map<string, RouteCost>();
  for (const l of lines) {
    const page = /[├└]─ (\S+) \(\+(\d+(?:\.\d+)?)\s*(ms|s)\)/.exec(l.text);
    if (!page) continue;
    const route = routeOf(page[1]!);
    const ms = Number(page[2]) * (page[3] === 's' ? 1000 : 1);
    const r = routes.get(route) ?? { route, pages: 0, ms: 0 };
    r.pages += 1;
    r.ms += ms;
    routes.set(route, r);
  }
  return { phases, routes: [...routes.values()].map((r) => ({ ...r, ms: Math.round(r.ms) })).sort((a, b) => b.ms - a.ms) };
}
