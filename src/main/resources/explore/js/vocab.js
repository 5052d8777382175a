// The fixed core terms of the NewsKG ontology (shared/ontology-core.md) and how the explorer shows them.

export const ENTITY_CLASSES = ['Person', 'State', 'Organization', 'Place', 'Treaty'];
export const EVENT_CLASSES = ['Deployment', 'ArmsTransfer', 'Payment', 'Aid', 'TreatySigning', 'Meeting',
  'Visit', 'Sanction', 'Casualty', 'Trade', 'LaborMigration'];
export const ROLES = ['agent', 'recipient', 'participant', 'location', 'target', 'treaty'];
export const MODALITIES = ['Asserted', 'Reported', 'Estimated', 'Hypothetical', 'Negated'];

/** One colour per class, entities and events alike, used by badges, the graph and the timeline. */
export const CLASS_COLOURS = {
  Person: '#2563eb', State: '#dc2626', Organization: '#059669', Place: '#7c3aed', Treaty: '#92400e',
  Deployment: '#ea580c', ArmsTransfer: '#be123c', Payment: '#ca8a04', Aid: '#0891b2', TreatySigning: '#a16207',
  Meeting: '#4f46e5', Visit: '#db2777', Sanction: '#475569', Casualty: '#111827', Trade: '#16a34a',
  LaborMigration: '#0d9488',
};

const CLASS_LABELS = { ArmsTransfer: 'Arms transfer', TreatySigning: 'Treaty signing', LaborMigration: 'Labour migration' };

export function classLabel(name) {
  return CLASS_LABELS[name] || name || 'Unknown';
}

export function classColour(name) {
  return CLASS_COLOURS[name] || '#6b7280';
}

export function isEventClass(name) {
  return EVENT_CLASSES.includes(name);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

/** "2023" / "2023-08" / "2023-08-14" (xsd:gYear, gYearMonth, date) as words, at the precision given. */
export function formatTime(value) {
  if (!value) return '';
  const m = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return value;
  const [, year, month, day] = m;
  if (!month) return year;
  const monthName = MONTHS[Number(month) - 1] || month;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

const QUALIFIERS = { Exact: '', Approximately: 'about', Estimated: 'estimated', UpTo: 'up to', AtLeast: 'at least' };
const PERIODS = { P1D: 'per day', P1W: 'per week', P7D: 'per week', P1M: 'per month', P1Y: 'per year', P12M: 'per year' };

function formatNumber(n, currency) {
  const number = Number(n);
  if (!Number.isFinite(number)) return String(n);
  // "5.5 billion" rather than "5.5B"; small figures in full ("4,000")
  const plain = Math.abs(number) >= 1e6
    ? new Intl.NumberFormat('en', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 }).format(number)
    : new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(number);
  if (!currency) return plain;
  return /^[A-Z]{3}$/.test(currency) ? `${currencySymbol(currency)}${plain}` : `${plain} ${currency}`;
}

function currencySymbol(code) {
  try {
    const parts = new Intl.NumberFormat('en', { style: 'currency', currency: code }).formatToParts(0);
    const symbol = parts.find((p) => p.type === 'currency').value;
    return symbol.length === 1 ? symbol : `${symbol} `;
  } catch (e) {
    return `${code} `;
  }
}

/** A quantity node's figure in words: "at least 1,000 soldiers", "$2,000 per month", "600,000 to 700,000 tons". */
export function formatFigure(q) {
  let amount;
  if (q.value != null && q.value !== '') amount = formatNumber(q.value, q.currency);
  else if (q.minValue && q.maxValue) amount = `${formatNumber(q.minValue, q.currency)} to ${formatNumber(q.maxValue, q.currency)}`;
  else if (q.minValue) amount = formatNumber(q.minValue, q.currency);
  else if (q.maxValue) amount = formatNumber(q.maxValue, q.currency);
  else amount = '?';
  const qualifier = QUALIFIERS[q.qualifier] ?? '';
  const words = [qualifier, amount, q.currency ? '' : (q.unit || ''), q.per ? (PERIODS[q.per] || `per ${q.per}`) : ''];
  return words.filter(Boolean).join(' ');
}

/** What a figure counts, for grouping figures that should agree: its unit or currency and its period. */
export function figureKind(q) {
  return `${q.currency || q.unit || ''}|${q.per || ''}`;
}

/** The numbers of a figure, for telling whether two figures differ. */
export function figureNumbers(q) {
  return [q.value, q.minValue, q.maxValue].map((v) => (v == null || v === '' ? '' : String(Number(v)))).join('|');
}
