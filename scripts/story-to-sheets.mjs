#!/usr/bin/env node
// story-to-sheets.mjs — a story file → the spreadsheet template's sheets (docs/authoring.md), the
// reverse of `motive-matrix import`. It made assets/templates/ from the bundled story, and remakes
// it when that story changes (a unit test checks that the two agree); editors can use it to move an
// existing story into a spreadsheet.
//
//   node scripts/story-to-sheets.mjs STORY.json FOLDER
//
// Fields the template has no column for (a newer format's) are not written: the script says which.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [storyPath, folder] = process.argv.slice(2);
if (!storyPath || !folder) {
  console.error('usage: node scripts/story-to-sheets.mjs STORY.json FOLDER');
  process.exit(2);
}
const story = JSON.parse(readFileSync(storyPath, 'utf8'));

// RFC 4180, as spreadsheets write it: quoted only when needed; LF line ends (git-friendly; the
// importer reads LF and CRLF alike).
const cell = (v) => {
  const text = v === undefined || v === null ? '' : String(v);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};
const write = (name, header, rows) => {
  const lines = [header.join(','), ...rows.map((row) => header.map((h) => cell(row[h])).join(','))];
  writeFileSync(join(folder, name), lines.join('\n') + '\n');
};

const known = ['$schema', 'format', 'id', 'language', 'title', 'dek', 'framing', 'published', 'updated', 'wording',
  'sources', 'notes', 'suspects', 'motive_groups', 'motives', 'links', 'events', 'goals', 'reactions'];
const unknown = Object.keys(story).filter((k) => !known.includes(k));
if (unknown.length) console.error(`not written (the template has no column for them): ${unknown.join(', ')}`);

const evidenceColumns = ['quote', 'source', 'quote_kind', 'speaker'];
// The item's fields on its first row; its id (or suspect and motive) on every row; one quote a row.
const quoteRows = (first, key, evidence) =>
  evidence.map((e, i) => ({
    ...(i === 0 ? first : key),
    quote: e.quote, source: e.source, quote_kind: e.kind, speaker: e.speaker ?? '',
  }));
const ids = (list) => (list ?? []).join('; ');

mkdirSync(folder, { recursive: true });

const storyRows = ['id', 'language', 'title', 'dek', 'framing', 'published', 'updated']
  .filter((k) => story[k] !== undefined).map((k) => ({ key: k, value: story[k] }));
for (const [k, v] of Object.entries(story.wording ?? {})) {
  storyRows.push({ key: `wording_${k}`, value: typeof v === 'boolean' ? (v ? 'yes' : 'no') : v });
}
write('story.csv', ['key', 'value'], storyRows);

write('sources.csv', ['id', 'title', 'publisher', 'author', 'kind', 'date', 'url'], story.sources ?? []);

write('suspects.csv', ['id', 'name', 'short', 'summary', 'rank', 'rank_label', ...evidenceColumns],
  (story.suspects ?? []).flatMap((s) => quoteRows(
    { id: s.id, name: s.name, short: s.short, summary: s.summary, rank: s.assessment.rank,
      rank_label: s.assessment.label },
    { id: s.id }, s.assessment.evidence)));

const groupLabels = new Map((story.motive_groups ?? []).map((g) => [g.id, g.label]));
const labelled = new Set();
write('motives.csv', ['id', 'label', 'description', 'group', 'group_label'],
  (story.motives ?? []).map((m) => {
    const row = { id: m.id, label: m.label, description: m.description, group: m.group ?? '' };
    if (m.group && !labelled.has(m.group)) {  // the label once, on the group's first motive
      row.group_label = groupLabels.get(m.group);
      labelled.add(m.group);
    }
    return row;
  }));

write('links.csv', ['suspect', 'motive', 'strength', 'argument', ...evidenceColumns],
  (story.links ?? []).flatMap((l) => quoteRows(
    { suspect: l.suspect, motive: l.motive, strength: l.strength, argument: l.argument },
    { suspect: l.suspect, motive: l.motive }, l.evidence)));

const oldKinds = { leak: 'act', call: 'context' };  // the first format's names (story-format.md)
write('events.csv',
  ['id', 'date', 'precision', 'kind', 'title', 'detail', 'coincided', 'motives', 'suspects', ...evidenceColumns],
  (story.events ?? []).flatMap((e) => quoteRows(
    { id: e.id, date: e.date, precision: e.precision ?? '', kind: oldKinds[e.kind] ?? e.kind, title: e.title, detail: e.detail,
      coincided: (e.coincided ?? e.landed_just_as) ? 'yes' : '', motives: ids(e.motives),
      suspects: ids(e.suspects) },
    { id: e.id }, e.evidence)));

write('goals.csv', ['id', 'title', 'explanation', 'events', 'motives', ...evidenceColumns],
  (story.goals ?? []).flatMap((g) => quoteRows(
    { id: g.id, title: g.title, explanation: g.explanation, events: ids(g.events), motives: ids(g.motives) },
    { id: g.id }, g.evidence)));

write('reactions.csv', ['id', 'party', 'stance', ...evidenceColumns],
  (story.reactions ?? []).flatMap((r) => quoteRows(
    { id: r.id, party: r.party, stance: r.stance }, { id: r.id }, r.evidence)));

const notes = (story.notes ?? []).map((n) => ({ kind: 'story', id: '', text: n.text, date: n.date ?? '' }));
for (const [kind, array] of [['suspect', 'suspects'], ['motive', 'motives'], ['link', 'links'], ['event', 'events'],
  ['goal', 'goals'], ['reaction', 'reactions']]) {
  for (const item of story[array] ?? []) {
    const id = kind === 'link' ? `${item.suspect}:${item.motive}` : item.id;
    for (const n of item.notes ?? []) notes.push({ kind, id, text: n.text, date: n.date ?? '' });
  }
}
write('notes.csv', ['kind', 'id', 'text', 'date'], notes);
