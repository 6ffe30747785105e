#!/usr/bin/env node
// gen-story.mjs — writes a large, valid story (docs/story-format.md) for scale benchmarks:
// by default 40 suspects × 60 motives × 400 events, with links, goals, reactions, motive groups
// and editor's notes. Deterministic: the same options give the same bytes.
//
// Usage: node scripts/gen-story.mjs [--suspects 40] [--motives 60] [--events 400] [--links 800]
//          [--goals 40] [--reactions 60] [--seed 1] [--out FILE]   (default: stdout)
// Check the result: build/native/motive-matrix check FILE
import { writeFileSync } from "node:fs";

const defaults = { suspects: 40, motives: 60, events: 400, links: 800, goals: 40, reactions: 60, seed: 1, out: "" };

export function parseArgs(argv) {
  const o = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z]+)(?:=(.*))?$/.exec(argv[i]);
    if (!m || !(m[1] in o)) throw new Error(`unknown argument ${argv[i]} (see the usage at the top of gen-story.mjs)`);
    const v = m[2] !== undefined ? m[2] : argv[++i];
    o[m[1]] = m[1] === "out" ? v : Number(v);
    if (m[1] !== "out" && !(Number.isInteger(o[m[1]]) && o[m[1]] >= 0)) throw new Error(`--${m[1]} needs a whole number`);
  }
  if (o.suspects < 1 || o.motives < 1 || o.events < 1) throw new Error("a story needs at least one suspect, motive and event");
  if (o.links > o.suspects * o.motives) throw new Error(`--links ${o.links} exceeds the ${o.suspects * o.motives} suspect × motive pairs`);
  return o;
}

// mulberry32: small, fast, deterministic.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Words with the characters real stories have: accents, curly quotes, dashes, some Cyrillic.
const WORDS = ("analysts officials envoy leak call peace talks summit ceasefire sanctions memo briefing channel " +
  "intelligence diplomat minister coalition parliament ministry agency reporters transcript audio recording " +
  "pressure timing motive campaign backchannel negotiation framework guarantees security energy pipeline " +
  "election opposition rivals allies markets grain corridor frontline offensive aid package veto summitry " +
  "Brussels Kyiv Moscow Washington Warsaw Berlin Tallinn Ankara Doha Geneva Zürich Gdańsk Kraków Kraków’s " +
  "naïve régime café über façade Ушаков Кремль переговоры").split(" ");
const KINDS = ["act", "context", "context", "reaction"];
const EVIDENCE_KINDS = ["fact", "attributed", "analysis"];

export function generateStory(opts = {}) {
  const o = { ...defaults, ...opts };
  const r = rng(o.seed);
  const int = (n) => Math.floor(r() * n);
  const pick = (a) => a[int(a.length)];
  const words = (n) => Array.from({ length: n }, () => pick(WORDS)).join(" ");
  const sentence = (min, max) => { const s = words(min + int(max - min + 1)); return s[0].toUpperCase() + s.slice(1) + "."; };
  const clip = (s, n) => (s.length <= n ? s : s.slice(0, n).replace(/\s+\S*$/, ""));
  const sources = [
    { id: "article", title: "A long opinion article about a leaked call", publisher: "Benchmark Gazette", kind: "opinion", date: "2025-11" },
    { id: "wire", title: "Wire report on the reactions", publisher: "Benchmark Wire", kind: "news", date: "2025-11-20",
      url: "https://example.org/wire" },
  ];
  const evidence = (n = 1 + int(3)) => Array.from({ length: n }, () => {
    const kind = pick(EVIDENCE_KINDS);
    const e = { quote: `“${sentence(6, 30)}”`, source: r() < 0.8 ? "article" : "wire", kind };
    if (kind === "attributed") e.speaker = `${pick(WORDS)} ${pick(WORDS)}, spokesperson`;
    return e;
  });
  const notes = () => (r() < 0.1 ? [{ text: `Editor’s note: ${sentence(10, 30)}`, date: "2026-01-15" }] : undefined);
  const withNotes = (obj) => { const n = notes(); if (n) obj.notes = n; return obj; };

  const groups = Array.from({ length: Math.max(1, Math.ceil(o.motives / 10)) }, (_, i) => ({ id: `group-${i + 1}`, label: `Motive group ${i + 1}` }));
  const suspects = Array.from({ length: o.suspects }, (_, i) => withNotes({
    id: `suspect-${i + 1}`,
    name: clip(`Suspect ${i + 1}: ${words(3 + int(6))}`, 120),
    short: clip(`S${i + 1} ${words(2)}`, 32),
    summary: sentence(12, 40),
    assessment: { rank: i + 1, label: clip(words(2 + int(3)), 40), evidence: evidence() },
  }));
  const motives = Array.from({ length: o.motives }, (_, i) => withNotes({
    id: `motive-${i + 1}`,
    label: clip(`M${i + 1} ${words(1 + int(4))}`, 48),
    description: sentence(10, 30),
    group: groups[i % groups.length].id,
  }));
  // Links: distinct pairs, spread over the whole matrix.
  const pairs = [];
  for (let s = 0; s < o.suspects; s++) for (let m = 0; m < o.motives; m++) pairs.push([s, m]);
  for (let i = pairs.length - 1; i > 0; i--) { const j = int(i + 1); [pairs[i], pairs[j]] = [pairs[j], pairs[i]]; }
  const links = pairs.slice(0, o.links).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([s, m]) => withNotes({
    suspect: suspects[s].id, motive: motives[m].id, strength: 1 + int(3), argument: sentence(10, 30), evidence: evidence(),
  }));
  // Events: dates over 2023-01 … 2025-12, given in date order (out-of-order input only warns).
  const base = Date.UTC(2023, 0, 1), span = Date.UTC(2025, 11, 31) - base;
  const dated = Array.from({ length: o.events }, () => {
    const d = new Date(base + int(span / 864e5) * 864e5).toISOString().slice(0, 10);
    const precision = r() < 0.1 ? "month" : r() < 0.05 ? "approximate" : "day";
    return { date: precision === "month" ? d.slice(0, 7) : d, precision, key: precision === "month" ? d.slice(0, 7) + "-01" : d };
  }).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const events = dated.map(({ date, precision }, i) => {
    const ev = {
      id: `event-${i + 1}`, date, precision, kind: pick(KINDS),
      title: clip(`${words(2 + int(6))}`, 60), detail: sentence(12, 40), evidence: evidence(),
    };
    if (r() < 0.05) ev.coincided = true;
    if (r() < 0.6) ev.motives = [...new Set(Array.from({ length: 1 + int(3) }, () => pick(motives).id))];
    if (r() < 0.6) ev.suspects = [...new Set(Array.from({ length: 1 + int(2) }, () => pick(suspects).id))];
    return withNotes(ev);
  });
  const goals = Array.from({ length: o.goals }, (_, i) => withNotes({
    id: `goal-${i + 1}`, title: clip(`Goal ${i + 1}: ${words(2 + int(5))}`, 80), explanation: sentence(12, 40), evidence: evidence(),
    events: [...new Set(Array.from({ length: 1 + int(4) }, () => pick(events).id))],
    motives: [...new Set(Array.from({ length: 1 + int(3) }, () => pick(motives).id))],
  }));
  const reactions = Array.from({ length: o.reactions }, (_, i) => withNotes({
    id: `reaction-${i + 1}`, party: clip(`Party ${i + 1} ${words(1 + int(2))}`, 60), stance: clip(words(3 + int(4)), 80), evidence: evidence(),
  }));
  return {
    format: "motive-matrix/story@1",
    id: `bench-${o.suspects}x${o.motives}x${o.events}`,
    language: "en",
    title: `Benchmark story: ${o.suspects} suspects × ${o.motives} motives × ${o.events} events`,
    dek: "A generated story for scale benchmarks; its text is random words.",
    framing: "Generated by scripts/gen-story.mjs. Nothing in it is a claim about the world.",
    published: "2026-01-15",
    sources, suspects, motive_groups: groups, motives, links, events, goals, reactions,
    notes: [{ text: "Generated for benchmarks.", date: "2026-01-15" }],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const o = parseArgs(process.argv.slice(2));
    const text = JSON.stringify(generateStory(o), null, 2) + "\n";
    if (o.out) writeFileSync(o.out, text); else process.stdout.write(text);
  } catch (e) {
    console.error(`gen-story: ${e.message}`);
    process.exit(2);
  }
}
