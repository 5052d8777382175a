// The NewsKG explorer: a single page with hash routes
//   #/                      start: search box and the most connected entities
//   #/search?q=WORDS        entities whose name or alias matches
//   #/entity/ID             an entity and every event it takes part in, with quotes and figures
//   #/graph/ID              the entity's neighbourhood as a node-link diagram
//   #/timeline?class=&state=&modality=   events in time order, filtered

import { el, classBadge, entityLink, queryPanel, safeWebUrl, wikidataId, wikidataLink } from './dom.js';
import * as Q from './queries.js';
import { isResource, localName, ontologyName, resourceIri, select } from './sparql.js';
import { EVENT_CLASSES, MODALITIES, ROLES, classColour, classLabel, figureKind, figureNumbers, formatFigure, formatTime }
  from './vocab.js';
import { showGraph } from './graph.js';

const view = document.getElementById('view');
const searchForm = document.getElementById('search-form');
const searchInput = document.getElementById('search-input');
let renderCount = 0;

/** Raised when the user has moved on to another route before a page finished loading. */
class Superseded extends Error {}

/** One rendering of one route: runs its queries and lists them in the SPARQL panel. */
class Page {
  constructor(name) {
    this.token = ++renderCount;
    this.panel = queryPanel();
    view.dataset.view = name;
    view.dataset.route = location.hash; // lets a test (or a person) tell which route the page shows
    view.dataset.state = 'loading';
    view.replaceChildren(el('p', { class: 'loading' }, 'Loading…'));
  }

  get current() {
    return this.token === renderCount;
  }

  async run(title, query) {
    this.panel.add(title, query);
    const rows = await select(query);
    if (!this.current) throw new Superseded();
    return rows;
  }

  show(...nodes) {
    if (!this.current) throw new Superseded();
    view.replaceChildren(this.panel.element, ...nodes);
  }

  ready() {
    if (this.current) view.dataset.state = 'ready';
  }

  fail(error) {
    if (error instanceof Superseded || !this.current) return;
    console.error(error);
    view.replaceChildren(this.panel.element, el('p', { class: 'error' }, `Something went wrong: ${error.message}`));
    view.dataset.state = 'error';
  }
}

function parseRoute() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, queryString = ''] = hash.split('?');
  const params = new URLSearchParams(queryString);
  const parts = path.split('/').filter(Boolean);
  return { name: parts[0] || 'home', id: parts[1] ? decodeURIComponent(parts[1]) : null, params };
}

async function render() {
  const route = parseRoute();
  const page = new Page(route.name);
  try {
    switch (route.name) {
      case 'home': await homeView(page); break;
      case 'search': await searchView(page, route.params.get('q') || ''); break;
      case 'entity': await entityView(page, route.id); break;
      case 'graph': await graphView(page, route.id); break;
      case 'timeline': await timelineView(page, route.params); break;
      default: page.show(el('p', { class: 'error' }, 'No such page.')); break;
    }
    page.ready();
  } catch (error) {
    page.fail(error);
  }
}

// ---- start and search

async function homeView(page) {
  searchInput.value = '';
  const rows = await page.run('Most connected entities', Q.topEntitiesQuery());
  page.show(
    el('section', { class: 'intro' },
      el('h1', {}, 'Explore the news knowledge graph'),
      el('p', {}, 'Search a person, state, organization, place or treaty by its name or any alias, ',
        'read every event the articles tell about it with the sentences that tell them, ',
        'walk the graph, or follow the ', el('a', { href: '#/timeline' }, 'timeline of events'), '.')),
    el('section', {},
      el('h2', {}, 'Most connected entities'),
      rows.length ? el('ul', { class: 'chips' }, rows.map((r) => el('li', {},
        entityLink(r.entity, r.label, ontologyName(r.class)), el('span', { class: 'count' }, r.events))))
        : el('p', { class: 'empty' }, 'The graph has no events yet.')));
}

async function searchView(page, words) {
  searchInput.value = words;
  if (!words.trim()) {
    page.show(el('p', { class: 'empty' }, 'Type a name or an alias in the search box.'));
    return;
  }
  const rows = await page.run('Entities matching the search', Q.searchQuery(words));
  const heading = el('h1', {}, 'Entities matching ', el('q', {}, words));
  if (!rows.length) {
    page.show(heading, el('p', { class: 'empty', id: 'no-results' }, 'No entity matches these words.'));
    return;
  }
  page.show(heading, el('table', { id: 'search-results', class: 'results' },
    el('thead', {}, el('tr', {}, el('th', {}, 'Name'), el('th', {}, 'Class'), el('th', {}, 'Also known as'),
      el('th', {}, 'Wikidata'))),
    el('tbody', {}, rows.map((r) => {
      const qid = wikidataId(r.wikidata);
      const cls = ontologyName(r.class);
      return el('tr', { class: 'result', dataset: { entity: r.entity } },
        el('td', {}, entityLink(r.entity, r.label, cls)),
        el('td', {}, classBadge(cls)),
        el('td', { class: 'aliases' }, r.aliases || ''),
        el('td', {}, qid ? wikidataLink(qid) : '—'));
    }))));
}

// ---- entity page

/** Adds a value to the Set stored under key in a Map, creating it. */
function addTo(map, key, value) {
  if (!map.has(key)) map.set(key, new Set());
  if (value != null && value !== '') map.get(key).add(value);
}

function collectEvents(eventRows, figureRows, quoteRows) {
  const events = new Map();
  for (const r of eventRows) {
    if (!events.has(r.event)) {
      events.set(r.event, { iri: r.event, cls: ontologyName(r.class), labels: new Set(), times: new Set(),
        timeTexts: new Set(), myRoles: new Set(), roles: new Map(), parties: new Map(), items: new Set(),
        figures: [], quotes: [] });
    }
    const e = events.get(r.event);
    if (r.label) e.labels.add(r.label);
    if (r.time) e.times.add(r.time);
    if (r.timeText) e.timeTexts.add(r.timeText);
    if (r.entityRole) e.myRoles.add(ontologyName(r.entityRole));
    if (r.role && r.party) {
      addTo(e.roles, ontologyName(r.role), r.party);
      const known = e.parties.get(r.party) || {};
      e.parties.set(r.party, { label: known.label || r.partyLabel, cls: known.cls || ontologyName(r.partyClass) });
    }
    if (r.item) e.items.add(r.item);
  }
  const seenFigures = new Set();
  for (const r of figureRows) {
    const e = events.get(r.event);
    // one row per quantity node, even when several sentences give it
    if (e && !seenFigures.has(r.quantity)) {
      seenFigures.add(r.quantity);
      e.figures.push({ ...r, qualifier: ontologyName(r.qualifier) });
    }
  }
  const seenQuotes = new Set();
  for (const r of quoteRows) {
    const e = events.get(r.event);
    if (e && !seenQuotes.has(r.mention)) {
      seenQuotes.add(r.mention);
      e.quotes.push(r);
    }
  }
  for (const e of events.values()) {
    e.time = [...e.times].sort()[0] || null;
  }
  return [...events.values()];
}

function byTimeThenLabel(a, b) {
  if (a.time && b.time) return a.time.localeCompare(b.time) || firstOf(a.labels).localeCompare(firstOf(b.labels));
  if (a.time) return -1;
  if (b.time) return 1;
  return firstOf(a.labels).localeCompare(firstOf(b.labels));
}

function firstOf(set) {
  return [...set][0] || '';
}

function articleCitation(r) {
  const url = safeWebUrl(r.url);
  const title = r.headline || (url ? `Article at ${new URL(url).hostname.replace(/^www\./, '')}`
    : `Article ${(localName(r.doc) || r.doc).replace(/^doc-/, '')}`);
  return el('cite', { class: 'source' },
    url ? el('a', { href: url, target: '_blank', rel: 'noopener' }, title) : title,
    r.publisher ? ` — ${r.publisher}` : '',
    r.published ? `, ${formatTime(r.published)}` : '');
}

/** The quote with the event's trigger word marked, when its offsets fit inside the quote. */
function quoteText(r) {
  const start = Number(r.triggerBegin) - Number(r.begin);
  if (r.trigger && Number.isInteger(start) && start >= 0 && r.quote.substr(start, r.trigger.length) === r.trigger) {
    return [r.quote.slice(0, start), el('mark', {}, r.trigger), r.quote.slice(start + r.trigger.length)];
  }
  return [r.quote];
}

function figuresBlock(figures) {
  if (!figures.length) return null;
  const kinds = new Map();
  for (const f of figures) {
    if (!kinds.has(figureKind(f))) kinds.set(figureKind(f), []);
    kinds.get(figureKind(f)).push(f);
  }
  return el('div', { class: 'figures' }, [...kinds.values()].map((group) => {
    const documents = new Set(group.map((f) => f.doc));
    const numbers = new Set(group.map(figureNumbers));
    const disagree = documents.size > 1 && numbers.size > 1;
    return el('div', { class: disagree ? 'figure-group disagreement' : 'figure-group' },
      disagree ? el('p', { class: 'disagreement-note' },
        `The articles disagree: ${numbers.size} different figures in ${documents.size} articles, all shown with their sources.`)
        : null,
      el('table', { class: 'figure-table' },
        el('thead', {}, el('tr', {}, el('th', {}, 'Figure'), el('th', {}, 'As written'), el('th', {}, 'Source'))),
        el('tbody', {}, group.map((f) => el('tr', { class: 'figure', dataset: { quantity: f.quantity, doc: f.doc } },
          el('td', { class: 'figure-value' }, formatFigure(f)),
          el('td', {}, f.quantityText ? el('q', {}, f.quantityText) : ''),
          el('td', {}, articleCitation(f)))))));
  }));
}

function eventBlock(e, entityIri) {
  const label = firstOf(e.labels) || classLabel(e.cls);
  const when = e.time ? [...e.times].sort().map(formatTime).join(' / ') : 'Date not stated';
  const said = [...e.timeTexts].map((t) => `“${t}”`).join(', ');
  const roleRows = [...e.roles.entries()].sort(([a], [b]) => ROLES.indexOf(a) - ROLES.indexOf(b)).map(([role, parties]) => [
    el('dt', {}, role),
    el('dd', {}, [...parties].map((iri, i) => {
      const p = e.parties.get(iri) || {};
      const node = iri === entityIri ? el('strong', { class: 'self' }, p.label || localName(iri))
        : entityLink(iri, p.label, p.cls);
      return i ? [', ', node] : node;
    })),
  ]);
  if (e.items.size) roleRows.push([el('dt', {}, 'items'), el('dd', { class: 'items' }, [...e.items].join(', '))]);
  return el('article', { class: 'event', dataset: { event: e.iri, class: e.cls || '' } },
    el('header', {},
      el('h3', {}, label),
      el('p', { class: 'when' }, el('time', { datetime: e.time || '' }, when), said ? ` — ${said}` : '')),
    el('dl', { class: 'roles' }, roleRows),
    figuresBlock(e.figures),
    e.quotes.length ? el('ul', { class: 'quotes' }, e.quotes.map((r) => el('li', { class: 'quote' },
      el('blockquote', {}, quoteText(r)),
      el('p', { class: 'quote-meta' },
        articleCitation(r),
        r.modality ? el('span', { class: 'modality' }, (ontologyName(r.modality) || '').toLowerCase()) : '',
        r.attributedTo ? el('span', { class: 'attribution' }, `according to ${r.attributedTo}`) : '',
        r.hedge ? el('span', { class: 'hedge' }, `“${r.hedge}”`) : ''))))
      : el('p', { class: 'empty' }, 'No quoted sentence.'));
}

async function entityView(page, id) {
  const iri = resourceIri(id);
  if (!iri) {
    page.show(el('p', { class: 'error', id: 'bad-id' }, 'That is not an entity id.'));
    return;
  }
  const [facts, eventRows, figureRows, quoteRows, articleRows] = await Promise.all([
    page.run('The entity: class, names, aliases, Wikidata item', Q.entityQuery(iri)),
    page.run('Its events with every party and item', Q.entityEventsQuery(iri)),
    page.run('Figures of its events, per article', Q.entityFiguresQuery(iri)),
    page.run('Quoted sentences of its events', Q.entityQuotesQuery(iri)),
    page.run('Articles that mention it', Q.entityArticlesQuery(iri)),
  ]);
  const of = (property) => facts.filter((r) => r.property.endsWith(property));
  const labels = of('#label');
  if (!facts.length) {
    page.show(el('p', { class: 'empty', id: 'not-found' }, 'Nothing in the graph has this id.'));
    return;
  }
  const name = labels[0]?.value || id;
  document.title = `${name} — NewsKG Explorer`;
  const classes = of('#type').map((r) => ontologyName(r.value)).filter(Boolean);
  const qids = of('#sameAs').map((r) => wikidataId(r.value)).filter(Boolean);
  const aliases = of('#altLabel');
  const events = collectEvents(eventRows, figureRows, quoteRows);
  const byClass = new Map();
  for (const e of events) {
    if (!byClass.has(e.cls)) byClass.set(e.cls, []);
    byClass.get(e.cls).push(e);
  }
  const classOrder = [...byClass.keys()].sort((a, b) => classLabel(a).localeCompare(classLabel(b)));
  page.show(
    el('header', { class: 'entity-header', dataset: { entity: iri } },
      el('h1', { id: 'entity-name' }, name),
      el('div', { class: 'entity-facts' },
        classes.map(classBadge),
        qids.map((q) => el('span', { class: 'wikidata-item' }, 'Wikidata ', wikidataLink(q))),
        el('code', { class: 'iri' }, iri)),
      labels.length > 1 ? el('p', {}, 'Also named: ', labels.slice(1).map((r) => r.value).join(', ')) : null,
      aliases.length ? el('p', { class: 'aliases' }, 'Also called: ',
        aliases.map((r, i) => [i ? ', ' : '', el('span', { class: 'alias', title: `in ${r.articles} article(s)` }, r.value)]))
        : null,
      el('nav', { class: 'tabs' },
        el('a', { href: `#/entity/${id}`, class: 'active' }, 'Facts'),
        el('a', { href: `#/graph/${id}`, id: 'graph-link' }, 'Graph'),
        classes.includes('State') ? el('a', { href: `#/timeline?state=${id}` }, 'Timeline') : null)),
    events.length ? el('section', { class: 'event-classes' },
      el('h2', {}, `${events.length} event${events.length === 1 ? '' : 's'}`),
      classOrder.map((cls) => el('section', { class: 'event-class', dataset: { class: cls || '' } },
        el('h2', { style: { borderColor: classColour(cls) } }, classBadge(cls), ` ${byClass.get(cls).length}`),
        byClass.get(cls).sort(byTimeThenLabel).map((e) => eventBlock(e, iri)))))
      : el('p', { class: 'empty' }, 'No event in the graph involves this entity.'),
    articleRows.length ? el('section', { class: 'articles' },
      el('h2', {}, 'Mentioned in'),
      el('ul', {}, articleRows.map((r) => el('li', {}, articleCitation(r), ` (${r.mentions}×)`)))) : null);
}

// ---- graph

async function graphView(page, id) {
  const iri = resourceIri(id);
  if (!iri) {
    page.show(el('p', { class: 'error', id: 'bad-id' }, 'That is not an entity id.'));
    return;
  }
  const container = el('div', { id: 'cy', class: 'graph-canvas' });
  const info = el('aside', { id: 'graph-info', class: 'graph-info' },
    el('p', { class: 'hint' }, 'Click a node to add its neighbours. Hover a node to see its name.'));
  const legend = el('div', { class: 'legend', id: 'graph-legend' });
  page.show(
    el('header', { class: 'entity-header' },
      el('h1', { id: 'entity-name' }, id),
      el('nav', { class: 'tabs' },
        el('a', { href: `#/entity/${id}` }, 'Facts'),
        el('a', { href: `#/graph/${id}`, class: 'active' }, 'Graph'))),
    el('div', { class: 'graph-layout' }, container, el('div', { class: 'graph-side' }, info, legend)));
  await showGraph({ container, info, legend, focus: iri, run: (title, query) => page.run(title, query),
    onTitle: (name) => {
      document.getElementById('entity-name').textContent = name;
      document.title = `${name} (graph) — NewsKG Explorer`;
    } });
}

// ---- timeline

async function timelineView(page, params) {
  const cls = EVENT_CLASSES.includes(params.get('class')) ? params.get('class') : null;
  const stateIri = resourceIri(params.get('state') || '');
  const modality = MODALITIES.includes(params.get('modality')) ? params.get('modality') : null;
  const [facets, rows] = await Promise.all([
    page.run('What the timeline can be filtered by', Q.timelineFacetsQuery()),
    page.run('Events in time order', Q.timelineQuery({ classes: cls ? [cls] : [], state: stateIri, modality })),
  ]);
  const facet = (name) => facets.filter((r) => r.facet === name);
  const select = (id, label, all, options, selected) => el('label', {}, label,
    el('select', { id, onchange: () => applyFilters() },
      el('option', { value: '' }, all),
      options.map((o) => el('option', { value: o.value, selected: o.value === selected }, `${o.text} (${o.count})`))));
  const filters = el('form', { class: 'filters', id: 'timeline-filters', onsubmit: (e) => e.preventDefault() },
    select('filter-class', 'Class ', 'All classes',
      facet('class').map((r) => ({ value: ontologyName(r.value), text: classLabel(ontologyName(r.value)), count: r.events })), cls),
    select('filter-state', 'State ', 'All states',
      facet('state').filter((r) => isResource(r.value))
        .map((r) => ({ value: localName(r.value), text: r.label || localName(r.value), count: r.events })),
      stateIri ? localName(stateIri) : null),
    select('filter-modality', 'Told as ', 'Any way',
      facet('modality').map((r) => ({ value: ontologyName(r.value), text: (ontologyName(r.value) || '').toLowerCase(), count: r.events })),
      modality));
  let year = null;
  const items = [];
  for (const r of rows) {
    const eventClass = ontologyName(r.class);
    const rowYear = r.time ? r.time.slice(0, 4) : 'Undated';
    if (rowYear !== year) {
      year = rowYear;
      items.push(el('li', { class: 'timeline-year' }, year));
    }
    const parties = (r.parties || '').split('\n').filter(Boolean).map((line) => {
      const [iri, cls, ...label] = line.split(' ');
      return { iri, cls: ontologyName(cls), label: label.join(' ') };
    }).filter((p) => isResource(p.iri));
    const told = (r.modalities || '').split(' ').map(ontologyName).filter(Boolean);
    items.push(el('li', { class: 'timeline-row', dataset: { class: eventClass || '', event: r.event } },
      el('div', { class: 'timeline-when' },
        r.time ? el('time', { datetime: r.time }, formatTime(r.time)) : el('span', { class: 'undated' }, 'date not stated'),
        r.timeText ? el('span', { class: 'time-text' }, `“${r.timeText}”`) : null,
        !r.time && r.firstReported ? el('span', { class: 'time-text' }, `reported ${formatTime(r.firstReported)}`) : null),
      el('span', { class: 'timeline-dot', style: { background: classColour(eventClass) } }),
      el('div', { class: 'timeline-what' },
        el('p', {}, classBadge(eventClass), ' ', el('strong', {}, r.label || classLabel(eventClass))),
        el('p', { class: 'parties' }, parties.map((p, i) => [i ? ', ' : '', entityLink(p.iri, p.label, p.cls)])),
        el('p', { class: 'told' }, `${r.articles} article${r.articles === '1' ? '' : 's'}`,
          told.map((m) => el('span', { class: 'modality' }, m.toLowerCase()))))));
  }
  page.show(
    el('h1', {}, 'Timeline of events'),
    filters,
    el('p', { class: 'summary', id: 'timeline-summary' }, `${rows.length} event${rows.length === 1 ? '' : 's'}`),
    rows.length ? el('ol', { class: 'timeline', id: 'timeline' }, items)
      : el('p', { class: 'empty', id: 'timeline-empty' }, 'No event matches these filters.'));
}

function applyFilters() {
  const params = new URLSearchParams();
  for (const [name, id] of [['class', 'filter-class'], ['state', 'filter-state'], ['modality', 'filter-modality']]) {
    const value = document.getElementById(id).value;
    if (value) params.set(name, value);
  }
  const query = params.toString();
  location.hash = `#/timeline${query ? `?${query}` : ''}`;
}

// ---- wiring

let typingTimer = null;
searchForm.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typingTimer);
  location.hash = `#/search?q=${encodeURIComponent(searchInput.value.trim())}`;
});
searchInput.addEventListener('input', () => {
  clearTimeout(typingTimer);
  // Search as you type once two characters are in; on the search page replace the entry, so that
  // Back skips the partial words.
  typingTimer = setTimeout(() => {
    const words = searchInput.value.trim();
    if (words.length < 2) return;
    const target = `#/search?q=${encodeURIComponent(words)}`;
    if (parseRoute().name === 'search') location.replace(target);
    else location.hash = target;
  }, 300);
});
window.addEventListener('hashchange', render);
render();
