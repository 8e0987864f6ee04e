// Search page: Pagefind's JS API with our own accessible UI. Query and filters live in the URL (?q=…&theme=…).
const FILTERS = [
  ['type', 'Type'],
  ['theme', 'Thème'],
  ['source', 'Source'],
  ['profil', 'Qui parle'],
  ['destinataire', 'À qui'],
  ['annee', 'Année'],
];
/** Results shown at a time. */
const PAGE = 10;
const form = document.getElementById('form-recherche');
const input = document.getElementById('q');
const root = document.querySelector('[data-search-results]');

if (form && input && root) {
  // Shown by default so that it is there when this script does not run; hidden once search works.
  for (const el of document.querySelectorAll('[data-search-nojs]')) el.hidden = true;
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const selected = Object.fromEntries(FILTERS.map(([key]) => [key, params.get(key) ?? '']));

  // The filters sit in a closed <details> unless the address already has one: a first search then downloads only
  // the words' index, not the filter index, which grows with every page (BENCHMARKS.md, « première requête »).
  const refine = document.createElement('details');
  refine.className = 'filters';
  refine.open = FILTERS.some(([key]) => selected[key]);
  const summary = document.createElement('summary');
  summary.textContent = 'Affiner : type, thème, source, année…';
  const facets = document.createElement('fieldset');
  facets.className = 'facets';
  facets.innerHTML = '<legend>Filtres</legend>';
  refine.append(summary, facets);
  const selects = {};
  for (const [key, label] of FILTERS) {
    const wrap = document.createElement('p');
    const id = `filtre-${key}`;
    const lab = document.createElement('label');
    lab.htmlFor = id;
    lab.textContent = label;
    const select = document.createElement('select');
    select.id = id;
    select.name = key;
    wrap.append(lab, select);
    facets.append(wrap);
    selects[key] = select;
    select.addEventListener('change', () => {
      selected[key] = select.value;
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

  let pagefind;
  let filtersLoaded = false;
  let shown = { results: [], count: 0, term: '' };
  let timer;
  let generation = 0;

  const fillSelect = (key, counts) => {
    const select = selects[key];
    const values = Object.entries(counts ?? {}).filter(([value, n]) => n > 0 || value === selected[key]);
    values.sort(([a], [b]) => (key === 'annee' ? b.localeCompare(a) : a.localeCompare(b, 'fr')));
    select.replaceChildren(
      new window.Option('Tous', ''),
      ...values.map(([value, n]) => new window.Option(`${value} (${n})`, value, false, value === selected[key])),
    );
    select.closest('p').hidden = values.length === 0;
  };

  const updateUrl = () => {
    const p = new URLSearchParams();
    if (input.value.trim()) p.set('q', input.value.trim());
    for (const [key] of FILTERS) if (selected[key]) p.set(key, selected[key]);
    const query = p.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  };

  async function run() {
    const mine = ++generation;
    updateUrl();
    const filters = Object.fromEntries(FILTERS.filter(([key]) => selected[key]).map(([key]) => [key, selected[key]]));
    const term = input.value.trim();
    const hasFilter = Object.keys(filters).length > 0;
    if (!term && !hasFilter && !refine.open) {
      status.textContent = 'Tapez un mot, ou ouvrez « Affiner » pour choisir un filtre.';
      list.replaceChildren();
      more.hidden = true;
      return;
    }
    if (!pagefind) {
      pagefind = await import('/pagefind/pagefind.js');
      // Search on the page's own thread: the Web Worker would download a second copy of Pagefind's code (42 KB)
      // for an index this size, where a search takes a few milliseconds.
      await pagefind.options({ noWorker: true });
    }
    if (refine.open && !filtersLoaded) {
      status.textContent = 'Chargement des filtres…';
      const all = await pagefind.filters();
      filtersLoaded = true;
      if (mine !== generation) return;
      for (const [key] of FILTERS) fillSelect(key, all[key]);
    }
    if (!term && !hasFilter) {
      status.textContent = 'Tapez un mot ou choisissez un filtre.';
      list.replaceChildren();
      more.hidden = true;
      return;
    }
    const search = await pagefind.search(term || null, { filters });
    if (mine !== generation || !search) return;
    if (filtersLoaded) for (const [key] of FILTERS) fillSelect(key, search.filters?.[key]);
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
  }

  /** One result: its kind, its title as a link, Pagefind's excerpt and the source. */
  function card(d) {
    const li = document.createElement('li');
    li.className = 'card';
    const badge = document.createElement('p');
    badge.className = 'kind';
    badge.textContent = d.meta.type ?? '';
    const h = document.createElement('h2');
    h.className = 'h3';
    const a = document.createElement('a');
    a.href = d.url;
    a.textContent = d.meta.title ?? d.url;
    h.append(a);
    const excerpt = document.createElement('p');
    excerpt.innerHTML = d.excerpt; // Pagefind's excerpt of our own pages, with <mark> around matches
    li.append(badge, h, excerpt);
    if (d.meta.source) {
      const src = document.createElement('p');
      src.className = 'meta';
      src.textContent = `Source : ${d.meta.source}`;
      li.append(src);
    }
    return li;
  }

  // Results come PAGE at a time: each shown result downloads its fragment (about 1 KB), so a first search stays light.
  more.addEventListener('click', async () => {
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
