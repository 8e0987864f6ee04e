/** BENCHMARKS.md and bench/curve.svg from bench/results.json. The chart uses the site's own chart code. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as prettier from 'prettier';
import { layoutBars, type BarDatum } from '../../src/lib/charts/bars.ts';
import { renderBarSvg } from '../../src/lib/charts/svg.ts';
import type { BenchResult } from './run.ts';

/** Writes JSON as Prettier would format it, so that `npm run lint` (prettier --check) accepts the committed results. */
export async function writeJson(path: string, value: unknown) {
  mkdirSync(dirname(path), { recursive: true });
  const config = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(path, await prettier.format(JSON.stringify(value), { ...config, filepath: path }));
}

export interface SizeResult {
  entries: number;
  runs: number;
  status: 'ok' | 'échec' | 'non mesuré';
  /** Why a size failed or was not measured. */
  reason?: string | undefined;
  /** NODE_OPTIONS used for a retry after a failure. */
  retriedWith?: string | undefined;
  /** Wall time of the whole `npm run bench` for this size (generation, check, runs, first query, baseline). */
  wallS?: number | undefined;
  result?: BenchResult | undefined;
}

export interface Results {
  generated: string;
  command: string;
  sizes: SizeResult[];
}

const fr = (n: number, digits = 0) => n.toLocaleString('fr-BE', { maximumFractionDigits: digits, minimumFractionDigits: digits }).replace(/\u202f/g, ' ');
const dash = '—';

export const TARGETS = {
  totalS10k: 300,
  peakMB10k: 4096,
  perEntryRatio: 1.5,
  overhead10k: 2,
  firstQueryKB20k: 300,
};

function verdict(ok: boolean | undefined): string {
  return ok === undefined ? 'non mesuré' : ok ? '**tenu**' : '**manqué**';
}

export function chart(results: Results): string {
  const data: BarDatum[] = [];
  for (const s of results.sizes) {
    const m = s.result?.project.median;
    const b = s.result?.baseline?.median;
    const label = `${fr(s.entries)} témoignages (${fr(s.result?.content.total ?? 0)} entrées)`;
    if (m) data.push({ id: `p${s.entries}`, label: `${label} — projet`, value: Math.round(m.totalS * 10) / 10 });
    if (b) data.push({ id: `b${s.entries}`, label: `${fr(s.entries)} témoignages — référence Markdown`, value: Math.round(b.totalS * 10) / 10 });
  }
  const layout = layoutBars(data, { unite: 'nombre', width: 760, valueSpace: 90 });
  return `${renderBarSvg(layout, {
    id: 'bench-curve',
    title: 'Temps de compilation et d’indexation selon le nombre de témoignages',
    desc: data.map((d) => `${d.label} : ${d.value} s`).join(' ; '),
    heading: 'astro build + index Pagefind, secondes (médiane)',
    footer: `Source : bench/results.json (${results.generated.slice(0, 10)}) — npm run bench:curve`,
    standalone: true,
  })}\n`;
}

export function markdown(results: Results): string {
  const first = results.sizes.find((s) => s.result)?.result;
  const at = (n: number) => results.sizes.find((s) => s.entries === n)?.result;
  const out: string[] = [];
  out.push('# Banc d’essai : le coût de la compilation jusqu’à 20 000 témoignages', '');
  out.push(
    'Fichier régénéré par `npm run bench:curve` (ne pas le modifier à la main : l’analyse vient de `scripts/bench/analysis.md`). ' +
      'Chaque taille compile, dans un dossier temporaire hors du dépôt, une copie du projet dont `content/` contient le contenu réel plus N témoignages ' +
      'synthétiques et, dans les proportions du contenu réel, des chiffres, des propositions et des événements ; même chaîne que `npm run build` ' +
      '(`astro build`, puis `scripts/index-search.ts`).',
    '',
  );
  if (first) {
    const m = first.machine;
    out.push('## Machine', '');
    out.push(`- ${m.cpus} cœurs (\`os.cpus()\`) : ${m.cpuModel}`);
    out.push(`- mémoire : ${fr(m.memoryGB, 1)} Go`);
    out.push(`- Node ${m.node} (dépendance \`node@24\`)`);
    out.push(`- date : ${results.generated}`);
    const loads = results.sizes
      .filter((s) => s.result)
      .map((s) => `${fr(s.entries)} : ${s.result!.machine.loadavgStart[0]} → ${s.result!.machine.loadavgEnd[0]}`);
    out.push(
      `- charge moyenne (1 min) au début → à la fin de chaque taille : ${loads.join(' · ')}. La machine était partagée avec d’autres compilations : les temps ` +
        'murs sont bruités ; le temps CPU (colonne « CPU s ») l’est moins.',
    );
    const real = first.content.real;
    out.push(
      `- contenu réel : ${real.temoignages} témoignages, ${real.chiffres} chiffres, ${real.propositions} propositions, ${real.evenements} événements ` +
        `(${real.total} fichiers en tout) ; graine ${first.seed}.`,
      '',
    );
  }

  out.push('## Résultats', '');
  out.push(
    '| N | entrées | pages | build s | index s | total s | CPU s | ms / entrée | pic RSS Mo | dist Mo | index Mo | 1re requête Ko | référence total s | surcoût |',
  );
  out.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const s of results.sizes) {
    const r = s.result;
    const m = r?.project.median;
    if (!r || !m) {
      out.push(`| ${fr(s.entries)} | ${r ? fr(r.content.total) : dash} | ${s.status} : ${s.reason ?? ''} |${' |'.repeat(11)}`);
      continue;
    }
    const b = r.baseline?.median;
    const fq = r.project.firstQuery;
    out.push(
      `| ${fr(s.entries)} | ${fr(r.content.total)} | ${fr(m.pages)} | ${fr(m.buildS, 1)} | ${fr(m.indexS, 1)} | ${fr(m.totalS, 1)} | ${fr(m.buildCpuS + m.indexCpuS, 1)} | ` +
        `${fr(r.msPerEntry ?? 0, 1)} | ${fr(m.peakRssMB)} | ${fr(m.distMB, 1)} | ${fr(m.pagefindMB, 1)} | ${fq ? fr(fq.bytes / 1024, 1) : dash} | ` +
        `${b ? fr(b.totalS, 1) : dash} | ${r.overhead === null ? dash : `×${fr(r.overhead, 2)}`} |`,
    );
  }
  out.push('');
  out.push(
    '- **N** : témoignages synthétiques ajoutés au contenu réel ; **entrées** : fichiers de `content/` (toutes collections). ' +
      '**Médiane** de 3 passages pour le contenu réel et 1 000, d’un seul au-delà ; chaque passage part à froid (`dist/`, `.astro/`, caches de Vite et d’Astro supprimés).',
    '- **ms / entrée** : temps total (build + index) divisé par le nombre d’entrées de `content/`.',
    '- **pic RSS** : maximum, échantillonné toutes les 100 ms, de la somme des `VmRSS` du processus et de tous ses descendants (`/proc`), ' +
      'le plus grand des deux étapes (Astro, puis Pagefind).',
    '- **1re requête** : octets reçus par Chromium sous `/pagefind/` pour chercher « guichet » sur `/recherche/` jusqu’aux résultats affichés ' +
      '(JS, WASM, `pagefind-entry.json`, méta, filtres, morceaux d’index, fragments des 30 résultats affichés), comptés sur le réseau : ' +
      'Pagefind 1.6 charge son index depuis un Web Worker, que l’API Performance de la page (celle de `tests/e2e/search.test.ts`) ne voit pas.',
    '- **référence** : les mêmes témoignages (réels + synthétiques) en Markdown dans un projet Astro minimal (une collection, une route `[id].astro`, ' +
      'pas de liens croisés, de listes, de graphiques ni de MDX), indexés par le même script ; **surcoût** = total du projet / total de la référence. ' +
      'La référence ne compile que les témoignages : le projet compile en plus les chiffres, propositions, événements, listes filtrées et fiches.',
    '',
  );

  // Targets.
  const r1k = at(1000);
  const r10k = at(10000);
  const r20k = at(20000);
  const m10k = r10k?.project.median;
  out.push('## Objectifs', '');
  out.push('| objectif | mesure | verdict |', '|---|---|---|');
  out.push(
    `| 10 000 témoignages : build + index ≤ 5 min | ${m10k ? `${fr(m10k.totalS, 1)} s` : dash} | ${verdict(m10k ? m10k.totalS <= TARGETS.totalS10k : undefined)} |`,
  );
  out.push(
    `| 10 000 témoignages : pic mémoire ≤ 4 Go | ${m10k ? `${fr(m10k.peakRssMB)} Mo` : dash} | ${verdict(m10k ? m10k.peakRssMB <= TARGETS.peakMB10k : undefined)} |`,
  );
  const ratio = r1k?.msPerEntry && r10k?.msPerEntry ? r10k.msPerEntry / r1k.msPerEntry : undefined;
  out.push(
    `| temps par entrée à 10 000 ≤ 1,5 × celui à 1 000 | ${ratio === undefined ? dash : `${fr(r10k!.msPerEntry!, 1)} / ${fr(r1k!.msPerEntry!, 1)} ms = ×${fr(ratio, 2)}`} | ${verdict(ratio === undefined ? undefined : ratio <= TARGETS.perEntryRatio)} |`,
  );
  out.push(
    `| surcoût par rapport à la référence ≤ 2 × à 10 000 | ${r10k?.overhead ? `×${fr(r10k.overhead, 2)}` : dash} | ${verdict(r10k?.overhead ? r10k.overhead <= TARGETS.overhead10k : undefined)} |`,
  );
  const fq20 = r20k?.project.firstQuery;
  out.push(
    `| 20 000 témoignages : première requête ≤ 300 Ko | ${fq20 ? `${fr(fq20.bytes / 1024, 1)} Ko` : dash} | ${verdict(fq20 ? fq20.bytes / 1024 <= TARGETS.firstQueryKB20k : undefined)} |`,
  );
  out.push('');
  const missing = results.sizes.filter((s) => s.status !== 'ok');
  if (missing.length > 0) {
    out.push('Tailles manquantes ou en échec :', '');
    for (const s of missing)
      out.push(
        `- ${fr(s.entries)} : ${s.status}${s.reason ? ` — ${s.reason}` : ''}${s.retriedWith ? ` (nouvel essai avec NODE_OPTIONS=${s.retriedWith})` : ''}`,
      );
    out.push('');
  }

  out.push('## Courbe', '', '![Temps total selon le nombre de témoignages](bench/curve.svg)', '');

  // Where the time goes.
  const measured = results.sizes.filter((s) => s.result?.project.runs.at(-1)?.profile);
  if (measured.length > 0) {
    out.push('## Où va le temps', '');
    const phaseNames = [...new Set(measured.flatMap((s) => s.result!.project.runs.at(-1)!.profile!.phases.map((p) => p.name)))];
    out.push(`| phase d’\`astro build\` (dernier passage), s | ${measured.map((s) => fr(s.entries)).join(' | ')} |`);
    out.push(`|---|${measured.map(() => '---:').join('|')}|`);
    for (const name of phaseNames) {
      const cells = measured.map((s) => {
        const p = s.result!.project.runs.at(-1)!.profile!.phases.find((x) => x.name === name);
        return p ? fr(p.ms / 1000, 1) : dash;
      });
      out.push(`| ${name} | ${cells.join(' | ')} |`);
    }
    out.push(`| contrôle du contenu seul (\`check-content.ts\`, ms) | ${measured.map((s) => fr(s.result!.check.ms)).join(' | ')} |`);
    out.push(`| index Pagefind, s | ${measured.map((s) => fr(s.result!.project.median?.indexS ?? 0, 1)).join(' | ')} |`);
    out.push('');
    out.push(
      'Rendu par route : somme des temps `(+N ms)` qu’Astro imprime pour chaque page, et temps moyen par page (ms). ' +
        'Un temps par page qui augmente avec N signale un travail proportionnel à la taille des collections dans chaque page.',
      '',
    );
    const routes = new Map<string, Map<number, { pages: number; ms: number }>>();
    for (const s of measured) {
      for (const r of s.result!.project.runs.at(-1)!.profile!.routes) {
        const m = routes.get(r.route) ?? new Map<number, { pages: number; ms: number }>();
        m.set(s.entries, { pages: r.pages, ms: r.ms });
        routes.set(r.route, m);
      }
    }
    const last = measured.at(-1)!.entries;
    const top = [...routes.entries()].sort((a, b) => (b[1].get(last)?.ms ?? 0) - (a[1].get(last)?.ms ?? 0)).slice(0, 12);
    out.push(`| route | ${measured.map((s) => `${fr(s.entries)} : pages · s · ms/page`).join(' | ')} |`);
    out.push(`|---|${measured.map(() => '---:').join('|')}|`);
    for (const [route, bySize] of top) {
      const cells = measured.map((s) => {
        const c = bySize.get(s.entries);
        return c ? `${fr(c.pages)} · ${fr(c.ms / 1000, 1)} · ${fr(c.ms / c.pages, 1)}` : dash;
      });
      out.push(`| \`${route}\` | ${cells.join(' | ')} |`);
    }
    out.push('');
    out.push('Pages HTML les plus lourdes (Ko) :', '');
    for (const s of measured) {
      const largest = s.result!.project.runs.at(-1)!.largest.slice(0, 4);
      out.push(`- ${fr(s.entries)} : ${largest.map((x) => `\`${x.path}\` ${fr(x.KB)}`).join(' · ')}`);
    }
    out.push('');
    const fqs = results.sizes.filter((s) => s.result?.project.firstQuery);
    if (fqs.length > 0) {
      out.push('Première requête « guichet », octets par sorte de fichier (Ko) :', '');
      const kinds = [...new Set(fqs.flatMap((s) => Object.keys(s.result!.project.firstQuery!.byKind)))];
      out.push(`| N | ${kinds.join(' | ')} | total | vu par l’API Performance de la page |`);
      out.push(`|---:|${kinds.map(() => '---:').join('|')}|---:|---:|`);
      for (const s of fqs) {
        const fq = s.result!.project.firstQuery!;
        out.push(
          `| ${fr(s.entries)} | ${kinds.map((k) => fr((fq.byKind[k] ?? 0) / 1024, 1)).join(' | ')} | ${fr(fq.bytes / 1024, 1)} | ${fr(fq.pageApiBytes / 1024, 1)} |`,
        );
      }
      out.push('');
    }
  }

  out.push(...profileSection());

  const before = readBefore();
  if (before) out.push(...beforeAfter(before, results));

  const analysis = new URL('./analysis.md', import.meta.url);
  if (existsSync(analysis)) out.push(readFileSync(analysis, 'utf8').trim(), '');

  out.push('## Reproduire', '');
  out.push('```sh');
  out.push('npm run bench -- --entries 1000                # une taille : chiffres imprimés, JSON sur la dernière ligne de la sortie');
  out.push('npm run bench -- --entries 1000 --runs 3 --baseline');
  out.push(
    'npm run bench:curve                            # contenu réel, 1 000, 5 000, 10 000, 20 000 ; écrit bench/results.json, bench/curve.svg, BENCHMARKS.md',
  );
  out.push('npm run bench:curve -- --report                # régénère BENCHMARKS.md et la courbe depuis bench/results.json, sans compiler');
  out.push('npm run bench:profile -- 1000 5000 20000      # temps des fonctions de src/lib/ seules, hors Astro (graphe, listes, contrôle)');
  out.push('```', '');
  out.push(
    'Options de `npm run bench` : `--runs R`, `--baseline`, `--keep` (garde le dossier temporaire), `--query mot`, `--seed S`, `--timeout secondes`. ' +
      'Sur une machine partagée, préfixez par `nice -n 15`. Pour plus de mémoire : `NODE_OPTIONS=--max-old-space-size=8192 npm run bench -- …` ' +
      '(la valeur utilisée est enregistrée dans les résultats).',
    '',
  );
  return out.join('\n');
}

/** The curve measured before the changes of BENCHMARKS.md's analysis, kept as it was written (bench/results-before.json). */
function readBefore(): Results | undefined {
  const path = new URL('../../bench/results-before.json', import.meta.url);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Results) : undefined;
}

/** Before/after table: each figure from the two result files, never typed by hand. */
export function beforeAfter(before: Results, after: Results): string[] {
  const out = ['## Avant / après', ''];
  out.push(
    `Avant : \`bench/results-before.json\` (${before.generated.slice(0, 16).replace('T', ' ')} UTC, même machine, même graine) ; ` +
      `après : \`bench/results.json\` (${after.generated.slice(0, 16).replace('T', ' ')} UTC). Les changements sont décrits sous le tableau.`,
    '',
  );
  out.push(
    '| N | total s avant → après | CPU s avant → après | pic RSS Mo avant → après | ms / entrée avant → après | surcoût avant → après | 1re requête Ko avant → après |',
  );
  out.push('|---:|---:|---:|---:|---:|---:|---:|');
  const pair = (a: number | undefined, b: number | undefined, digits = 1, prefix = '') =>
    a === undefined || b === undefined ? dash : `${prefix}${fr(a, digits)} → ${prefix}${fr(b, digits)} (×${fr(b / a, 2)})`;
  for (const s of after.sizes) {
    const a = before.sizes.find((x) => x.entries === s.entries)?.result;
    const b = s.result;
    const ma = a?.project.median;
    const mb = b?.project.median;
    const fqa = a?.project.firstQuery?.bytes;
    const fqb = b?.project.firstQuery?.bytes;
    out.push(
      `| ${fr(s.entries)} | ${pair(ma?.totalS, mb?.totalS)} | ${pair(ma ? ma.buildCpuS + ma.indexCpuS : undefined, mb ? mb.buildCpuS + mb.indexCpuS : undefined)} | ` +
        `${pair(ma?.peakRssMB, mb?.peakRssMB, 0)} | ${pair(a?.msPerEntry ?? undefined, b?.msPerEntry ?? undefined)} | ${pair(a?.overhead ?? undefined, b?.overhead ?? undefined, 2, '×')} | ` +
        `${pair(fqa && fqa / 1024, fqb && fqb / 1024)} |`,
    );
  }
  out.push('');
  return out;
}

interface Profile {
  generated: string;
  sizes: { entries: number; synthetic: number; rows: { name: string; where: string; calls: number; ms: number }[] }[];
}

/** The pure functions of src/lib/ timed outside Astro (bench/profile.json, written by npm run bench:profile). */
function profileSection(): string[] {
  const path = new URL('../../bench/profile.json', import.meta.url);
  if (!existsSync(path)) return [];
  const profile = JSON.parse(readFileSync(path, 'utf8')) as Profile;
  const names = [...new Set(profile.sizes.flatMap((s) => s.rows.map((r) => r.name)))].filter((n) => !n.startsWith('cartes'));
  const out = ['## Fonctions de `src/lib/` hors Astro', ''];
  out.push(
    `\`npm run bench:profile\` (${profile.generated.slice(0, 16).replace('T', ' ')} UTC) : temps total de chaque fonction appelée comme les pages l’appellent, sur le même contenu synthétique (ms, nombre d’appels).`,
    '',
  );
  out.push(`| fonction | ${profile.sizes.map((s) => `${fr(s.entries)} entrées`).join(' | ')} |`);
  out.push(`|---|${profile.sizes.map(() => '---:').join('|')}|`);
  for (const name of names) {
    const cells = profile.sizes.map((s) => {
      const row = s.rows.find((r) => r.name === name);
      return row ? `${fr(row.ms, 1)} ms × ${fr(row.calls)}` : dash;
    });
    out.push(`| ${name} | ${cells.join(' | ')} |`);
  }
  out.push('');
  return out;
}
