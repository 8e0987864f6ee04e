/**
 * Search page: Pagefind's JS API with our own accessible UI. Query and filters live in the URL (?q=…&theme=…).
 * Everything that depends on the site's address or content comes from the page (src/pages/recherche/index.astro):
 * Pagefind's bundle, the base of result URLs, the filters and their labels (src/lib/lists.ts), the themes.
 */
import { loadPagefind, type FilterCounts, type Pagefind, type PagefindResult, type PagefindResultData } from './pagefind.ts';
import { closest, near, prefixesOf, wordsOf } from './spelling.ts';

interface FilterDefinition {
  name: string;
  label: string;
}

/** Results shown at a time. */
const PAGE = 10;

const form = document.getElementById('form-recherche');
const input = document.getElementById('q');
const root = document.querySelector<HTMLElement>('[data-search-results]');
const help = document.querySelector<HTMLElement>('[data-search-help]');
if (form instanceof HTMLFormElement && input instanceof HTMLInputElement && root && help) start(form, input, root, help);

function start(form: HTMLFormElement, input: HTMLInputElement, root: HTMLElement, help: HTMLElement): void {
  const bundle = root.dataset['pagefind'];
  const baseUrl = root.dataset['baseUrl'];
  if (!bundle || !baseUrl) return;
  const address = { bundle, baseUrl };
  const FILTERS = JSON.parse(root.dataset['filters'] ?? '[]') as FilterDefinition[];
  // Shown by default so that it is there when this script does not run; hidden once search works.
  for (const el of document.querySelectorAll<HTMLElement>('[data-search-nojs]')) el.hidden = true;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const selected: Record<string, string> = Object.fromEntries(FILTERS.map(({ name }) => [name, params.get(name) ?? '']));

  // The filters sit in a closed <details> unless the address already has one: a first search then downloads only
  // the words' index, not the filter index, which grows with every page (BENCHMARKS.md, « première requête »).
  const refine = document.createElement('details');
  refine.className = 'filters';
  refine.open = FILTERS.some(({ name }) => selected[name]);
  const summary = document.createElement('summary');
  summary.textContent = 'Affiner : type, thème, source, année…';
  const facets = document.createElement('fieldset');
  facets.className = 'facets';
  const legend = document.createElement('legend');
  legend.textContent = 'Filtres';
  facets.append(legend);
  refine.append(summary, facets);
  const selects = new Map<string, HTMLSelectElement>();
  for (const { name, label } of FILTERS) {
    const wrap = document.createElement('p');
    const id = `filtre-${name}`;
    const lab = document.createElement('label');
    lab.htmlFor = id;
    lab.textContent = label;
    const select = document.createElement('select');
    select.id = id;
    select.name = name;
    wrap.append(lab, select);
    facets.append(wrap);
    selects.set(name, select);
    select.addEventListener('change', () => {
      selected[name] = select.value;
      void run();
    });
  }
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.className = 'search-status';
  const list = document.createElement('ol');
  list.className = 'search-results';
  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'btn btn-secondary search-more';
  more.hidden = true;
  more.textContent = `Afficher ${PAGE} résultats de plus`;
  root.append(refine, status, list, more);

  let pagefind: Pagefind | undefined;
  let filtersLoaded = false;
  let shown: { results: PagefindResult[]; count: number; term: string } = { results: [], count: 0, term: '' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  const fillSelect = (name: string, counts: Record<string, number> | undefined) => {
    const select = selects.get(name);
    if (!select) return;
    const values = Object.entries(counts ?? {}).filter(([value, n]) => n > 0 || value === selected[name]);
    values.sort(([a], [b]) => (name === 'annee' ? b.localeCompare(a) : a.localeCompare(b, 'fr')));
    select.replaceChildren(new Option('Tous', ''), ...values.map(([value, n]) => new Option(`${value} (${n})`, value, false, value === selected[name])));
    const wrap = select.closest('p');
    if (wrap) wrap.hidden = values.length === 0;
  };
  const fillSelects = (counts: FilterCounts | undefined) => {
    for (const { name } of FILTERS) fillSelect(name, counts?.[name]);
  };

  const updateUrl = () => {
    const p = new URLSearchParams();
    if (input.value.trim()) p.set('q', input.value.trim());
    for (const { name } of FILTERS) if (selected[name]) p.set(name, selected[name]);
    const query = p.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  };

  const say = (text: string) => {
    status.textContent = text;
    list.replaceChildren();
    more.hidden = true;
  };

  async function run(): Promise<void> {
    const mine = ++generation;
    help.hidden = true;
    updateUrl();
    const filters = Object.fromEntries(FILTERS.filter(({ name }) => selected[name]).map(({ name }) => [name, selected[name] ?? '']));
    const term = input.value.trim();
    const hasFilter = Object.keys(filters).length > 0;
    if (!term && !hasFilter && !refine.open) {
      say('Tapez un mot, ou ouvrez « Affiner » pour choisir un filtre.');
      return;
    }
    pagefind ??= await loadPagefind(address.bundle, address.baseUrl);
    if (refine.open && !filtersLoaded) {
      status.textContent = 'Chargement des filtres…';
      const all = await pagefind.filters();
      filtersLoaded = true;
      if (mine !== generation) return;
      fillSelects(all);
    }
    if (!term && !hasFilter) {
      say('Tapez un mot ou choisissez un filtre.');
      return;
    }
    const search = await pagefind.search(term || null, { filters });
    if (mine !== generation || !search) return;
    if (filtersLoaded) fillSelects(search.filters);
    const n = search.results.length;
    const first = await Promise.all(search.results.slice(0, PAGE).map((r) => r.data()));
    if (mine !== generation) return;
    shown = { results: search.results, count: first.length, term };
    status.textContent =
      n === 0
        ? `Aucun résultat${term ? ` pour « ${term} »` : ''}. Essayez un autre mot ou retirez un filtre.`
        : `${n} résultat${n > 1 ? 's' : ''}${term ? ` pour « ${term} »` : ''}${n > PAGE ? ` (${PAGE} premiers affichés)` : ''}.`;
    list.replaceChildren(...first.map(card));
    more.hidden = n <= first.length;
    if (n === 0 && term) await suggest(pagefind, term, mine);
  }

  /**
   * After a search that found nothing: close spellings found in the index itself, the themes of the pages that use
   * them (or whose title is near a word of the query), and the lists (rendered by the page, shown here).
   * Pagefind has no spelling correction, but it matches the last word as a prefix: « mutua » finds « mutualisation »,
   * and the words it matched are the <mark>s of each result's excerpt.
   */
  async function suggest(pf: Pagefind, term: string, mine: number): Promise<void> {
    const words = wordsOf(term);
    const spellings: string[] = [];
    const themeScore = new Map<string, number>();
    for (const word of words) {
      const alone = await pf.search(word);
      if (alone && alone.results.length > 0) continue; // this word is in the index: not the one to correct
      const candidates = new Set<string>();
      for (const prefix of prefixesOf(word)) {
        const found = await pf.search(prefix);
        if (!found || found.results.length === 0) continue;
        for (const d of await Promise.all(found.results.slice(0, 5).map((r) => r.data()))) {
          for (const mark of markedWords(d)) candidates.add(mark);
          for (const theme of d.filters['theme'] ?? []) themeScore.set(theme, (themeScore.get(theme) ?? 0) + 1);
        }
        if (candidates.size >= 3) break;
      }
      for (const c of closest(word, candidates)) spellings.push(words.map((w) => (w === word ? c : w)).join(' '));
    }
    if (mine !== generation) return;
    const spellingBox = help.querySelector<HTMLElement>('[data-search-spellings]');
    const spellingList = spellingBox?.querySelector('ul');
    if (spellingBox && spellingList) {
      spellingList.replaceChildren(
        ...spellings.slice(0, 5).map((s) => {
          const li = document.createElement('li');
          const a = document.createElement('a');
          a.href = `?${new URLSearchParams({ q: s }).toString()}`;
          a.textContent = s;
          li.append(a);
          return li;
        }),
      );
      spellingBox.hidden = spellings.length === 0;
    }
    const themes = [...help.querySelectorAll<HTMLElement>('[data-theme]')];
    for (const li of themes) {
      const title = li.dataset['theme'] ?? '';
      if (wordsOf(title).some((t) => words.some((w) => near(w, t)))) themeScore.set(title, (themeScore.get(title) ?? 0) + 10);
    }
    const best = new Set(
      [...themeScore.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 4)
        .map(([title]) => title),
    );
    // No theme comes near the query: all themes are a way in.
    for (const li of themes) li.hidden = best.size > 0 && !best.has(li.dataset['theme'] ?? '');
    const intro = help.querySelector('[data-search-themes-intro]');
    if (intro) intro.textContent = best.size > 0 ? 'Thèmes proches :' : 'Parcourir par thème :';
    help.hidden = false;
  }

  /** One result: its kind, its title as a link, Pagefind's excerpt and the source. */
  function card(d: PagefindResultData): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'card';
    const badge = document.createElement('p');
    badge.className = 'kind';
    badge.textContent = d.meta['type'] ?? '';
    const h = document.createElement('h2');
    h.className = 'h3';
    const a = document.createElement('a');
    a.href = d.url;
    a.textContent = d.meta['title'] ?? d.url;
    h.append(a);
    const excerpt = document.createElement('p');
    excerpt.innerHTML = d.excerpt; // Pagefind's excerpt of our own pages, with <mark> around matches
    li.append(badge, h, excerpt);
    if (d.meta['source']) {
      const src = document.createElement('p');
      src.className = 'meta';
      src.textContent = `Source : ${d.meta['source']}`;
      li.append(src);
    }
    return li;
  }

  // Results come PAGE at a time: each shown result downloads its fragment (about 1 KB), so a first search stays light.
  more.addEventListener('click', () => {
    void (async () => {
      const mine = generation;
      const next = await Promise.all(shown.results.slice(shown.count, shown.count + PAGE).map((r) => r.data()));
      if (mine !== generation) return;
      const items = next.map(card);
      list.append(...items);
      shown.count += next.length;
      const n = shown.results.length;
      status.textContent = `${n} résultats${shown.term ? ` pour « ${shown.term} »` : ''} (${shown.count} affichés).`;
      more.hidden = shown.count >= n;
      items[0]?.querySelector('a')?.focus(); // keyboard users continue where the new results start
    })();
  });

  refine.addEventListener('toggle', () => {
    if (refine.open && !filtersLoaded) void run();
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 200);
  });
  void run();
}

/** The words Pagefind marked in a result's excerpt (the index's own spelling of what matched). */
function markedWords(d: PagefindResultData): string[] {
  const template = document.createElement('template');
  template.innerHTML = d.excerpt;
  return [...template.content.querySelectorAll('mark')].flatMap((m) => wordsOf(m.textContent));
}
