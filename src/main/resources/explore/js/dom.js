// Builds DOM nodes from data without ever parsing it as HTML: text from the graph is always text.

import { editorUrl, localName } from './sparql.js';
import { classColour, classLabel } from './vocab.js';

/** el('a', {href: '#/x', class: 'y'}, 'text', childNode, [more]) */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value == null || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else if (name === 'style') {
      for (const [property, v] of Object.entries(value)) node.style.setProperty(property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), v);
    }
    else if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Only web links from the data become links; anything else (javascript:, data:, ...) stays text. */
export function safeWebUrl(url) {
  return typeof url === 'string' && /^https?:\/\/[^\s"<>]+$/i.test(url) ? url : null;
}

/** A badge for an ontology class, in the class colour. */
export function classBadge(name) {
  return el('span', { class: 'badge', dataset: { class: name || '' }, style: { '--class-colour': classColour(name) } },
    classLabel(name));
}

/** A link to an entity's page, or plain text when the IRI is not a NewsKG resource. */
export function entityLink(iri, label, className) {
  const name = localName(iri);
  const text = label || name || iri;
  if (!name) return el('span', {}, text);
  return el('a', { href: `#/entity/${name}`, class: 'entity-link', dataset: { class: className || '' } },
    className ? el('span', { class: 'dot', title: classLabel(className), style: { background: classColour(className) } }) : null,
    text);
}

/** The Wikidata QID of an owl:sameAs value, or null. */
export function wikidataId(iri) {
  const m = /^http:\/\/www\.wikidata\.org\/entity\/(Q[0-9]+)$/.exec(iri || '');
  return m ? m[1] : null;
}

export function wikidataLink(qid) {
  return el('a', { href: `https://www.wikidata.org/wiki/${qid}`, class: 'wikidata', target: '_blank', rel: 'noopener' }, qid);
}

/**
 * The "SPARQL behind this view" panel: every query the view ran, each with a link that opens it in
 * the Fuseki UI's query editor and a copy button.
 */
export function queryPanel() {
  const list = el('ol', { class: 'query-list' });
  const count = el('span', { class: 'query-count' }, '0 queries');
  const element = el('details', { class: 'sparql-panel', id: 'sparql-panel' },
    el('summary', {}, 'SPARQL behind this view ', count),
    el('p', { class: 'hint' }, 'Everything on this page comes from these read-only queries to ', el('code', {}, '/kg/sparql'),
      '. Open one in the Fuseki query editor to run or change it.'),
    list);
  return {
    element,
    add(title, query) {
      const copyButton = el('button', { type: 'button', class: 'copy' }, 'Copy');
      copyButton.addEventListener('click', () => copyText(query, copyButton));
      list.append(el('li', { class: 'sparql-query' },
        el('div', { class: 'query-head' }, el('h3', {}, title),
          el('a', { class: 'open-in-editor', href: editorUrl(query), target: '_blank', rel: 'noopener' }, 'Open in Fuseki query editor'),
          copyButton),
        el('pre', {}, el('code', {}, query))));
      const n = list.children.length;
      count.textContent = `${n} ${n === 1 ? 'query' : 'queries'}`;
    },
  };
}

async function copyText(text, button) {
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = 'Copied';
  } catch (e) {
    // No clipboard permission: select the text so that Ctrl+C copies it.
    const code = button.closest('.sparql-query').querySelector('code');
    const range = document.createRange();
    range.selectNodeContents(code);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    button.textContent = 'Selected: press Ctrl+C';
  }
  setTimeout(() => { button.textContent = 'Copy'; }, 2000);
}
