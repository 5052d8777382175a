// How the explorer talks to the knowledge graph: read-only SPARQL over HTTP.
//
// User input never becomes query text. A query is a template whose only variable parts are
// Term objects, and only this module makes Terms: from a string (every character escaped, so
// the literal cannot end early), from a NewsKG resource IRI (checked against a strict pattern),
// or from an ontology name. values() puts Terms into a VALUES block; anything else is refused.

export const ENDPOINT = '/kg/sparql';
export const DATASET = 'kg';
export const RES = 'https://w3id.org/newskg/id/';
export const NKG = 'https://w3id.org/newskg/ontology#';

const RESOURCE_IRI = /^https:\/\/w3id\.org\/newskg\/id\/[A-Za-z0-9_-]+$/;
const LOCAL_NAME = /^[A-Za-z0-9_-]+$/;
const ONTOLOGY_NAME = /^[A-Za-z]+$/;
const VARIABLE = /^[A-Za-z][A-Za-z0-9_]*$/;

/** A piece of SPARQL syntax that is safe to put into a query. Only this module creates them. */
class Term {
  #text;
  constructor(text) { this.#text = text; Object.freeze(this); }
  toString() { return this.#text; }
}

/**
 * The SPARQL string literal for any text: every character is escaped. The five characters that
 * could end or break a literal ('"', "'", '\', line feed, carriage return) get their backslash
 * escapes, because SPARQL 1.1 lets a store decode \u escapes before it parses the query (so
 * \u0022 could close the literal there); every other character becomes \uXXXX, or \UXXXXXXXX
 * beyond the Basic Multilingual Plane. A lone surrogate, which is no character, becomes U+FFFD.
 */
export function sparqlString(text) {
  let out = '"';
  for (const ch of String(text)) {
    const cp = ch.codePointAt(0);
    switch (cp) {
      case 0x22: out += '\\"'; break;
      case 0x27: out += "\\'"; break;
      case 0x5c: out += '\\\\'; break;
      case 0x0a: out += '\\n'; break;
      case 0x0d: out += '\\r'; break;
      default:
        if (cp >= 0xd800 && cp <= 0xdfff) out += '\\uFFFD';
        else if (cp > 0xffff) out += '\\U' + cp.toString(16).toUpperCase().padStart(8, '0');
        else out += '\\u' + cp.toString(16).toUpperCase().padStart(4, '0');
    }
  }
  return out + '"';
}

/** A string literal Term. */
export function literal(text) {
  return new Term(sparqlString(text));
}

/** Whether a value is a NewsKG resource IRI (entity, event, document, mention). */
export function isResource(iri) {
  return typeof iri === 'string' && RESOURCE_IRI.test(iri);
}

/** The IRI Term of a NewsKG resource; throws for anything else. */
export function resource(iri) {
  if (!isResource(iri)) throw new Error('Not a NewsKG resource IRI');
  return new Term('<' + iri + '>');
}

/** The full IRI for a local name such as "Q32024" or "person-pat-ryder", or null if it is not one. */
export function resourceIri(localName) {
  return typeof localName === 'string' && LOCAL_NAME.test(localName) ? RES + localName : null;
}

/** The local name of a NewsKG resource IRI, or null. */
export function localName(iri) {
  return isResource(iri) ? iri.slice(RES.length) : null;
}

/** An ontology term, nkg:NAME, for a class, role or modality name made of letters. */
export function nkg(name) {
  if (typeof name !== 'string' || !ONTOLOGY_NAME.test(name)) throw new Error('Not an ontology name');
  return new Term('nkg:' + name);
}

/** The ontology name of an nkg: IRI ("https://w3id.org/newskg/ontology#Visit" -> "Visit"), or null. */
export function ontologyName(iri) {
  if (typeof iri !== 'string' || !iri.startsWith(NKG)) return null;
  const name = iri.slice(NKG.length);
  return ONTOLOGY_NAME.test(name) ? name : null;
}

/** VALUES ?variable { term ... }: the one way values enter a query. */
export function values(variable, terms) {
  if (!VARIABLE.test(variable)) throw new Error('Bad variable name');
  if (!terms.length || !terms.every((t) => t instanceof Term)) throw new Error('VALUES takes Terms only');
  return `VALUES ?${variable} { ${terms.join(' ')} }`;
}

/**
 * The Lucene query for words typed in a search box: each word lower-cased (so AND/OR/NOT stay
 * words) with Lucene's special characters escaped; all words must match, and the last one also
 * as a prefix while it is being typed. Empty when there is nothing to search.
 */
export function luceneQuery(input) {
  const words = String(input).toLowerCase().split(/\s+/).filter(Boolean)
    .map((w) => w.replace(/[\\+\-!():^[\]"{}~*?|&/]/g, '\\$&'));
  if (!words.length) return '';
  const last = words.length - 1;
  if (/^[\p{L}\p{N}]{2,}$/u.test(words[last])) words[last] = `(${words[last]} OR ${words[last]}*)`;
  return words.join(' AND ');
}

/** Runs a SELECT query; resolves to rows of {variable: value string}. */
export async function select(query, signal) {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'Content-Type': 'application/sparql-query', Accept: 'application/sparql-results+json' },
    body: query,
    signal,
  });
  if (!response.ok) {
    const detail = (await response.text()).slice(0, 300);
    throw new Error(`The SPARQL endpoint answered ${response.status}: ${detail}`);
  }
  const json = await response.json();
  return json.results.bindings.map((binding) => {
    const row = {};
    for (const [name, term] of Object.entries(binding)) row[name] = term.value;
    return row;
  });
}

/** The Fuseki UI's query editor, opened on the dataset with this query in it. */
export function editorUrl(query) {
  return `/#/dataset/${DATASET}/query?query=${encodeURIComponent(query)}`;
}
