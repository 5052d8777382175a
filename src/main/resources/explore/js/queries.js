// The explorer's SPARQL queries. Each function returns the full text of one query; values enter
// only as VALUES blocks of Terms made by sparql.js (escaped literals, checked IRIs).

import { literal, luceneQuery, nkg, resource, values } from './sparql.js';
import { ENTITY_CLASSES, EVENT_CLASSES, MODALITIES, ROLES } from './vocab.js';

const PREFIXES = `PREFIX nkg: <https://w3id.org/newskg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX schema: <https://schema.org/>
`;

const TEXT_PREFIXES = `PREFIX text: <http://jena.apache.org/text#>
PREFIX kgtext: <https://w3id.org/newskg/text#>
`;

const WIKIDATA = '"http://www.wikidata.org/entity/"';

function roleValues(variable) {
  return values(variable, ROLES.map(nkg));
}

function entityClassValues(variable) {
  return values(variable, ENTITY_CLASSES.map(nkg));
}

function eventClassValues(variable, only) {
  const names = only && only.length ? only : EVENT_CLASSES;
  return values(variable, names.map(nkg));
}

/** Entities whose name or any alias matches the words (jena-text index), best first. */
export function searchQuery(words) {
  return `${PREFIXES}${TEXT_PREFIXES}
# Entities whose canonical name or any alias matches the search words (Lucene index, kgtext:anyLabel).
SELECT ?entity ?class (SAMPLE(?name) AS ?label) (SAMPLE(?sameAs) AS ?wikidata)
       (MAX(?score) AS ?relevance) (GROUP_CONCAT(DISTINCT ?alias; SEPARATOR=" | ") AS ?aliases)
WHERE {
  ${values('words', [literal(luceneQuery(words))])}
  (?entity ?score) text:query (kgtext:anyLabel ?words 200) .
  ${entityClassValues('class')}
  ?entity a ?class .
  OPTIONAL { ?entity rdfs:label ?name }
  OPTIONAL { ?entity owl:sameAs ?sameAs FILTER(STRSTARTS(STR(?sameAs), ${WIKIDATA})) }
  OPTIONAL { ?entity skos:altLabel ?alias }
}
GROUP BY ?entity ?class
ORDER BY DESC(?relevance) ?label
LIMIT 50`;
}

/** The entities taking part in the most events: a starting point. */
export function topEntitiesQuery() {
  return `${PREFIXES}
# The entities that take part in the most events.
SELECT ?entity ?class (SAMPLE(?name) AS ?label) (COUNT(DISTINCT ?event) AS ?events)
WHERE {
  ${roleValues('role')}
  ?event ?role ?entity .
  ${entityClassValues('class')}
  ?entity a ?class .
  OPTIONAL { ?entity rdfs:label ?name }
}
GROUP BY ?entity ?class
ORDER BY DESC(?events) ?label
LIMIT 24`;
}

/** The entity's class, names, aliases and Wikidata link, each with the number of articles that give it. */
export function entityQuery(iri) {
  return `${PREFIXES}
# What the graph says the entity is: class, canonical name, aliases, Wikidata item (per article).
SELECT ?property ?value (COUNT(DISTINCT ?g) AS ?articles)
WHERE {
  ${values('entity', [resource(iri)])}
  VALUES ?property { rdf:type rdfs:label skos:altLabel owl:sameAs }
  GRAPH ?g { ?entity ?property ?value }
}
GROUP BY ?property ?value
ORDER BY ?property DESC(?articles) ?value`;
}

/** The articles that mention the entity. */
export function entityArticlesQuery(iri) {
  return `${PREFIXES}
# The articles that mention the entity, with how often.
SELECT ?doc ?headline ?publisher ?published ?url (COUNT(DISTINCT ?mention) AS ?mentions)
WHERE {
  ${values('entity', [resource(iri)])}
  ?entity nkg:mention ?mention .
  ?mention nkg:document ?doc .
  OPTIONAL { ?doc schema:headline ?headline }
  OPTIONAL { ?doc schema:publisher ?publisher }
  OPTIONAL { ?doc schema:datePublished ?published }
  OPTIONAL { ?doc schema:url ?url }
}
GROUP BY ?doc ?headline ?publisher ?published ?url
ORDER BY DESC(?published) ?doc`;
}

/** Every event the entity takes part in: class, summary, time, and all its parties and items. */
export function entityEventsQuery(iri) {
  return `${PREFIXES}
# Every event the entity takes part in, with the entity's role, the time, every party and item.
SELECT DISTINCT ?event ?class ?label ?time ?timeText ?entityRole ?role ?party ?partyLabel ?partyClass ?item
WHERE {
  ${values('entity', [resource(iri)])}
  ${roleValues('entityRole')}
  ?event ?entityRole ?entity .
  ${eventClassValues('class')}
  ?event a ?class .
  OPTIONAL { ?event rdfs:label ?label }
  OPTIONAL { ?event nkg:time ?time }
  OPTIONAL { ?event nkg:timeText ?timeText }
  {
    ${roleValues('role')}
    ?event ?role ?party .
    OPTIONAL { ?party rdfs:label ?partyLabel }
    OPTIONAL { ${entityClassValues('partyClass')} ?party a ?partyClass }
  }
  UNION
  { ?event nkg:item ?item }
}
ORDER BY ?class ?time ?event`;
}

/** The figures of the entity's events, per article (named graph), with the sentence that gives each. */
export function entityFiguresQuery(iri) {
  return `${PREFIXES}
# The figures of the entity's events as each article gives them (one named graph per article).
SELECT DISTINCT ?event ?g ?doc ?headline ?publisher ?published ?url ?quantity ?value ?minValue ?maxValue
       ?unit ?currency ?per ?qualifier ?quantityText ?quote
WHERE {
  ${values('entity', [resource(iri)])}
  ${roleValues('entityRole')}
  ?event ?entityRole ?entity .
  GRAPH ?g {
    ?event nkg:quantity ?quantity .
    ?doc a nkg:Document .
    OPTIONAL { ?quantity schema:value ?value }
    OPTIONAL { ?quantity schema:minValue ?minValue }
    OPTIONAL { ?quantity schema:maxValue ?maxValue }
    OPTIONAL { ?quantity schema:unitText ?unit }
    OPTIONAL { ?quantity schema:currency ?currency }
    OPTIONAL { ?quantity nkg:per ?per }
    OPTIONAL { ?quantity nkg:qualifier ?qualifier }
    OPTIONAL { ?quantity nkg:quantityText ?quantityText }
    OPTIONAL { ?quantity nkg:mention ?quantityMention . ?quantityMention nkg:quote ?quote }
    OPTIONAL { ?doc schema:headline ?headline }
    OPTIONAL { ?doc schema:publisher ?publisher }
    OPTIONAL { ?doc schema:datePublished ?published }
    OPTIONAL { ?doc schema:url ?url }
  }
}
ORDER BY ?event ?unit ?currency ?published ?doc ?quantity`;
}

/** The sentences that tell the entity's events, with their article and how the article tells them. */
export function entityQuotesQuery(iri) {
  return `${PREFIXES}
# The sentences that tell each of the entity's events, with the article's headline, publisher and date.
SELECT DISTINCT ?event ?mention ?quote ?begin ?trigger ?triggerBegin ?attributedTo ?hedge ?modality
       ?doc ?headline ?publisher ?published ?url
WHERE {
  ${values('entity', [resource(iri)])}
  ${roleValues('entityRole')}
  ?event ?entityRole ?entity ;
         nkg:mention ?mention .
  ?mention nkg:quote ?quote ;
           nkg:document ?doc .
  OPTIONAL { ?mention nkg:begin ?begin }
  OPTIONAL { ?mention nkg:surface ?trigger ; nkg:surfaceBegin ?triggerBegin }
  OPTIONAL { ?mention nkg:attributedTo ?attributedTo }
  OPTIONAL { ?mention nkg:hedge ?hedge }
  OPTIONAL { ?mention nkg:modality ?modality }
  OPTIONAL { ?doc schema:headline ?headline }
  OPTIONAL { ?doc schema:publisher ?publisher }
  OPTIONAL { ?doc schema:datePublished ?published }
  OPTIONAL { ?doc schema:url ?url }
}
ORDER BY ?event ?published ?doc ?begin`;
}

/**
 * The neighbourhood of a node: for an entity, its events and their parties; for an event, its parties.
 * One row per (event, role, party).
 */
export function neighbourhoodQuery(iri) {
  return `${PREFIXES}
# The node's neighbourhood: an entity's events and their parties, or an event's parties.
SELECT DISTINCT ?event ?eventClass ?eventLabel ?role ?party ?partyClass ?partyLabel
WHERE {
  ${values('focus', [resource(iri)])}
  {
    ${roleValues('focusRole')}
    ?event ?focusRole ?focus .
  }
  UNION
  {
    ${eventClassValues('focusClass')}
    ?focus a ?focusClass .
    BIND(?focus AS ?event)
  }
  ${eventClassValues('eventClass')}
  ?event a ?eventClass .
  ${roleValues('role')}
  ?event ?role ?party .
  OPTIONAL { ?event rdfs:label ?eventLabel }
  OPTIONAL { ${entityClassValues('partyClass')} ?party a ?partyClass }
  OPTIONAL { ?party rdfs:label ?partyLabel }
}
LIMIT 400`;
}

/** The classes, states and modalities the timeline can be filtered by, with event counts. */
export function timelineFacetsQuery() {
  return `${PREFIXES}
# What the timeline can be filtered by: event classes, states taking part, how articles tell events.
SELECT ?facet ?value (SAMPLE(?name) AS ?label) (COUNT(DISTINCT ?event) AS ?events)
WHERE {
  {
    BIND("class" AS ?facet)
    ${eventClassValues('value')}
    ?event a ?value .
  }
  UNION
  {
    BIND("state" AS ?facet)
    ${eventClassValues('eventClass')}
    ?event a ?eventClass .
    ${roleValues('role')}
    ?event ?role ?value .
    ?value a nkg:State .
    OPTIONAL { ?value rdfs:label ?name }
  }
  UNION
  {
    BIND("modality" AS ?facet)
    ${eventClassValues('eventClass')}
    ?event a ?eventClass ;
           nkg:mention ?mention .
    ?mention nkg:modality ?value .
  }
}
GROUP BY ?facet ?value
ORDER BY ?facet DESC(?events) ?label`;
}

/**
 * Events in time order, optionally only of some classes, only those a given state takes part in,
 * and only those some article tells with a given modality. Undated events come last.
 */
export function timelineQuery({ classes = [], state = null, modality = null } = {}) {
  const stateFilter = state ? `
  ${values('state', [resource(state)])}
  ${roleValues('stateRole')}
  ?event ?stateRole ?state .` : '';
  const modalityFilter = modality && MODALITIES.includes(modality) ? `
  ${values('modality', [nkg(modality)])}
  FILTER EXISTS { ?event nkg:mention ?toldBy . ?toldBy nkg:modality ?modality }` : '';
  return `${PREFIXES}
# Events in time order (undated ones last, by when they were first reported), with their parties
# (each party as "IRI class label").
SELECT ?event ?class (SAMPLE(?name) AS ?label) (MIN(STR(?t)) AS ?time) (SAMPLE(?tt) AS ?timeText)
       (MIN(?published) AS ?firstReported) (COUNT(DISTINCT ?doc) AS ?articles)
       (GROUP_CONCAT(DISTINCT ?party; SEPARATOR="\\n") AS ?parties)
       (GROUP_CONCAT(DISTINCT STR(?told); SEPARATOR=" ") AS ?modalities)
WHERE {
  ${eventClassValues('class', classes)}
  ?event a ?class .${stateFilter}${modalityFilter}
  OPTIONAL { ?event rdfs:label ?name }
  OPTIONAL { ?event nkg:time ?t }
  OPTIONAL { ?event nkg:timeText ?tt }
  OPTIONAL {
    ?event nkg:mention ?mention .
    ?mention nkg:document ?doc .
    OPTIONAL { ?doc schema:datePublished ?published }
    OPTIONAL { ?mention nkg:modality ?told }
  }
  OPTIONAL {
    ${roleValues('partyRole')}
    ?event ?partyRole ?partyNode .
    ?partyNode rdfs:label ?partyLabel .
    OPTIONAL { ${entityClassValues('partyClass')} ?partyNode a ?partyClass }
    BIND(CONCAT(STR(?partyNode), " ", COALESCE(STR(?partyClass), "-"), " ", STR(?partyLabel)) AS ?party)
  }
}
GROUP BY ?event ?class
ORDER BY (COALESCE(?time, "9999")) ?firstReported ?label
LIMIT 1000`;
}
