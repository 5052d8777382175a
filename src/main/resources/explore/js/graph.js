// The graph view: an entity with its events and their parties as a node-link diagram (Cytoscape.js,
// served by our own server as /explore/vendor/cytoscape.min.js). Clicking a node adds its
// neighbours; colours follow the class; names show on hover.

import { el, classBadge } from './dom.js';
import * as Q from './queries.js';
import { isResource, localName, ontologyName } from './sparql.js';
import { classColour, classLabel, isEventClass } from './vocab.js';

const STYLE = [
  { selector: 'node', style: {
    'background-color': 'data(colour)', width: 30, height: 30, 'border-width': 2, 'border-color': '#ffffff',
    label: '', color: '#111827', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4,
    'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 2,
    'text-wrap': 'ellipsis', 'text-max-width': 180 } },
  { selector: 'node.event', style: { shape: 'round-diamond', width: 24, height: 24 } },
  { selector: 'node.expanded', style: { 'border-color': '#111827' } },
  { selector: 'node.focus', style: { width: 44, height: 44, 'border-width': 4, 'border-color': '#111827', label: 'data(label)', 'font-weight': 'bold' } },
  { selector: 'node.hover', style: { label: 'data(label)', 'z-index': 10 } },
  { selector: 'node:selected', style: { 'border-color': '#f59e0b', 'border-width': 4 } },
  { selector: 'edge', style: { width: 1.5, 'line-color': '#cbd5e1', 'curve-style': 'bezier', 'target-arrow-shape': 'none',
    'font-size': 9, color: '#475569', 'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.85 } },
  { selector: 'edge.hover', style: { label: 'data(role)', 'line-color': '#64748b', width: 2.5 } },
];

const LAYOUT = { name: 'cose', animate: false, randomize: false, fit: true, padding: 40,
  nodeRepulsion: () => 12000, idealEdgeLength: () => 80, componentSpacing: 80, nodeOverlap: 8 };

export async function showGraph({ container, info, legend, focus, run, onTitle }) {
  if (typeof window.cytoscape !== 'function') throw new Error('Cytoscape.js did not load');
  const cy = window.cytoscape({ container, elements: [], style: STYLE, minZoom: 0.2, maxZoom: 3, wheelSensitivity: 0.4 });
  window.newskgGraph = cy; // for the browser tests and for poking around in the console
  const expanded = new Set();
  container.dataset.busy = 'true';

  function addNode(iri, cls, label, near) {
    if (!isResource(iri)) return;
    const existing = cy.getElementById(iri);
    if (existing.nonempty()) {
      if (label && !existing.data('named')) existing.data({ label, named: true });
      return;
    }
    const kind = isEventClass(cls) ? 'event' : 'entity';
    const at = near && near.nonempty() ? near.position() : { x: 0, y: 0 };
    cy.add({
      group: 'nodes',
      data: { id: iri, label: label || localName(iri), named: Boolean(label), cls: cls || '', kind, colour: classColour(cls) },
      classes: kind,
      // start next to the node being expanded, so the layout only has to spread them
      position: { x: at.x + (Math.random() - 0.5) * 60, y: at.y + (Math.random() - 0.5) * 60 },
    });
  }

  function addEdge(event, party, role) {
    const id = `${event} ${role} ${party}`;
    if (cy.getElementById(id).nonempty() || cy.getElementById(event).empty() || cy.getElementById(party).empty()) return;
    cy.add({ group: 'edges', data: { id, source: event, target: party, role } });
  }

  function updateLegend() {
    const present = [...new Set(cy.nodes().map((n) => n.data('cls')))].filter(Boolean)
      .sort((a, b) => Number(isEventClass(a)) - Number(isEventClass(b)) || classLabel(a).localeCompare(classLabel(b)));
    legend.replaceChildren(el('h3', {}, 'Legend'), el('ul', {}, present.map((cls) => el('li', {},
      el('span', { class: isEventClass(cls) ? 'swatch diamond' : 'swatch', style: { background: classColour(cls) } }),
      classLabel(cls), isEventClass(cls) ? ' (event)' : ''))));
  }

  function describe(node, added) {
    const iri = node.id();
    const cls = node.data('cls');
    const isEvent = node.data('kind') === 'event';
    info.replaceChildren(
      el('h3', {}, node.data('label')),
      el('p', {}, classBadge(cls), isEvent ? ' event' : ''),
      el('p', { class: 'hint' }, `${node.degree()} connection${node.degree() === 1 ? '' : 's'} shown`,
        added != null ? `; ${added} node${added === 1 ? '' : 's'} added` : ''),
      !isEvent ? el('p', {}, el('a', { href: `#/entity/${localName(iri)}` }, 'Open its page'), ' · ',
        el('a', { href: `#/graph/${localName(iri)}` }, 'Centre the graph on it')) : null);
  }

  async function expand(iri) {
    if (expanded.has(iri)) return 0;
    expanded.add(iri);
    container.dataset.busy = 'true';
    try {
      const node = cy.getElementById(iri);
      const name = node.nonempty() ? node.data('label') : localName(iri);
      const rows = await run(`Neighbours of ${name}`, Q.neighbourhoodQuery(iri));
      const before = cy.nodes().length;
      cy.batch(() => {
        for (const r of rows) {
          addNode(r.event, ontologyName(r.eventClass), r.eventLabel, node);
          addNode(r.party, ontologyName(r.partyClass), r.partyLabel, cy.getElementById(r.event));
          addEdge(r.event, r.party, ontologyName(r.role));
        }
        cy.getElementById(iri).addClass('expanded');
      });
      cy.layout(LAYOUT).run();
      updateLegend();
      return cy.nodes().length - before;
    } finally {
      container.dataset.busy = 'false';
      container.dataset.nodes = String(cy.nodes().length);
    }
  }

  // The focus node first, so that an entity without events still shows.
  const facts = await run('The entity: class, names, aliases, Wikidata item', Q.entityQuery(focus));
  const label = facts.find((r) => r.property.endsWith('#label'))?.value;
  const cls = facts.map((r) => (r.property.endsWith('#type') ? ontologyName(r.value) : null)).find(Boolean);
  if (!facts.length) {
    container.dataset.busy = 'false';
    info.replaceChildren(el('p', { class: 'empty', id: 'not-found' }, 'Nothing in the graph has this id.'));
    return;
  }
  onTitle(label || localName(focus));
  addNode(focus, cls, label, null);
  cy.getElementById(focus).addClass('focus');
  await expand(focus);

  cy.on('mouseover', 'node, edge', (e) => e.target.addClass('hover'));
  cy.on('mouseout', 'node, edge', (e) => e.target.removeClass('hover'));
  cy.on('tap', 'node', async (e) => {
    const node = e.target;
    describe(node, null);
    try {
      const added = await expand(node.id());
      describe(node, added);
    } catch (error) {
      info.append(el('p', { class: 'error' }, `Could not expand: ${error.message}`));
    }
  });
  describe(cy.getElementById(focus), null);
}
