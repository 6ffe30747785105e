// share-meta.mjs — what a link to the explainer looks like elsewhere, written at publish time:
//   - cards/<story id>.png, a 1200×630 social card per story in stories/ (title, the matrix in
//     miniature, the framing line), drawn by Debian's Chromium (`chromium --headless
//     --screenshot`, installed by scripts/setup.sh; MM_CHROMIUM names another) from a small page
//     made here with the build's own fonts. Without Chromium no card is written (a warning) and
//     the page gets no og:image.
//   - oembed/<story id>.json, a static oEmbed answer (type rich, version 1.0) per story, whose html
//     is the iframe (what WordPress keeps of an untrusted embed) inside embed.js's placeholder
//     plus the embed.js script tag;
//   - in index.html: og:* and twitter:card meta tags, and the oEmbed discovery link, for the page's
//     own story.
// URLs are absolute when the site's public address is known (publish's publicUrl option or
// PUBLIC_URL): Facebook, X, LinkedIn, Slack and oEmbed consumers read these tags and files from
// another site and resolve nothing against the page, so relative ones only work where the page
// itself is read (docs/hosting.md, "Sharing: social cards and oEmbed").
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { pathToFileURL } from "node:url";

export const CARD = { width: 1200, height: 630 };
export const EMBED = { width: 640, height: 720 };  // the oEmbed's suggested size (embed.js then follows the content)
const PROVIDER = "motive-matrix";

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const firstSentence = (s) => { const m = /^(.{40,}?[.!?])(\s|$)/.exec(s || ""); return m ? m[1] : s || ""; };
const clip = (s, n) => (s.length > n ? s.slice(0, n - 1).replace(/\s+\S*$/, "") + "…" : s);

// The card's page: the story's title, its matrix as a grid of strength dots, its framing line.
// `words` is the story's interface language's locale table (assets/locales), for the legend.
export function cardHtml(story, fontUrls, words = {}) {
  // As many as fit at a legible size; a bigger story's card shows its first rows and columns.
  const suspects = (story.suspects || []).slice(0, 8), motives = (story.motives || []).slice(0, 10);
  const cellWidth = Math.max(80, Math.min(104, Math.floor(880 / Math.max(1, motives.length))));
  const strength = new Map((story.links || []).map((l) => [l.suspect + "\u0000" + l.motive, l.strength]));
  const cell = (s, m) => {
    const k = strength.get(s.id + "\u0000" + m.id);
    return `<td>${k ? `<span class="d s${k}"></span>` : ""}</td>`;
  };
  const face = (family, url, weight, style = "normal") =>
    `@font-face { font-family: "${family}"; src: url("${url}"); font-weight: ${weight}; font-style: ${style}; }`;
  return `<!doctype html><html lang="${esc(story.language || "en")}"><head><meta charset="utf-8"><style>
${face("Card Sans", fontUrls.regular, 400)}
${face("Card Sans", fontUrls.bold, 700)}
${face("Card Serif", fontUrls.serifBold, 700)}
html, body { margin: 0; width: ${CARD.width}px; height: ${CARD.height}px; overflow: hidden; background: #fff; color: #1a1a1a; }
body { box-sizing: border-box; padding: 44px 56px; display: flex; flex-direction: column; font: 400 20px/1.35 "Card Sans"; border-top: 12px solid #1d4f7c; }
h1 { font: 700 40px/1.15 "Card Serif"; margin: 0 0 22px; max-height: 138px; overflow: hidden; }
.m { flex: 1; min-height: 0; overflow: hidden; }
table { border-collapse: collapse; font-size: 15px; }
th { font-weight: 700; color: #52504c; text-align: left; padding: 3px 10px 3px 0; white-space: nowrap; max-width: 250px; overflow: hidden; text-overflow: ellipsis; }
thead th { vertical-align: bottom; text-align: center; padding: 0 4px 6px; max-width: ${cellWidth - 4}px; white-space: normal; line-height: 1.15; font-size: 13px; }
td { width: ${cellWidth}px; height: 30px; text-align: center; border-top: 1px solid #d6d0c6; }
.d { display: inline-block; border-radius: 50%; background: #1d4f7c; vertical-align: middle; }
.s1 { width: 10px; height: 10px; opacity: .45; } .s2 { width: 16px; height: 16px; opacity: .7; } .s3 { width: 22px; height: 22px; }
p { margin: 14px 0 0; color: #52504c; font-size: 18px; max-height: 73px; overflow: hidden; }
.f { display: flex; justify-content: space-between; align-items: center; margin-top: 10px; font-size: 15px; }
.brand { color: #1d4f7c; font-weight: 700; }
.k { color: #52504c; } .k .d { margin: 0 6px 0 16px; }
</style></head><body>
<h1>${esc(story.title || "")}</h1>
<div class="m"><table><thead><tr><th></th>${motives.map((m) => `<th>${esc(clip(m.label || m.id, 40))}</th>`).join("")}</tr></thead>
<tbody>${suspects.map((s) => `<tr><th>${esc(clip(s.short || s.name || s.id, 34))}</th>${motives.map((m) => cell(s, m)).join("")}</tr>`).join("\n")}</tbody></table></div>
<p>${esc(clip(story.framing || "", 230))}</p>
<div class="f"><span class="brand">${PROVIDER}</span><span class="k">${[3, 2, 1].map((k) =>
  `<span class="d s${k}"></span>${esc(words[`strength.word.${k}`] || "")}`).join("")}</span></div>
</body></html>`;
}

// The PNG of cardHtml, or null (with a warning) when no Chromium runs here.
export function renderCard(story, fontFiles, { words, chromium = process.env.MM_CHROMIUM || "/usr/bin/chromium", log = console.warn } = {}) {
  if (!existsSync(chromium)) { log(`[motive-matrix] warning: no Chromium at ${chromium}: no social card (set MM_CHROMIUM)`); return null; }
  const dir = mkdtempSync(join(tmpdir(), "mm-card-"));
  try {
    const urls = {};
    for (const [k, buf] of Object.entries(fontFiles)) { writeFileSync(join(dir, k + ".ttf"), buf); urls[k] = k + ".ttf"; }
    writeFileSync(join(dir, "card.html"), cardHtml(story, urls, words));
    const png = join(dir, "card.png");
    execFileSync(chromium, ["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", "--force-device-scale-factor=1",
      `--window-size=${CARD.width},${CARD.height}`, "--virtual-time-budget=2000", `--screenshot=${png}`,
      pathToFileURL(join(dir, "card.html")).href], { stdio: ["ignore", "ignore", "pipe"], timeout: 60000 });
    return readFileSync(png);
  } catch (e) {
    log(`[motive-matrix] warning: the social card could not be drawn (${String(e.stderr || e.message).trim().split("\n").pop()})`);
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The oEmbed answer for one story. `page` is the explainer's address for it.
export function oembed(story, page, embedJs, cardUrl) {
  const title = story.title || PROVIDER;
  const html = `<div class="motive-matrix-embed" data-src="${esc(page)}" data-title="${esc(title)}">` +
    `<iframe src="${esc(page)}" title="${esc(title)}" width="100%" height="${EMBED.height}" style="border:0" loading="lazy"></iframe></div>` +
    `<script src="${esc(embedJs)}" async></script>`;
  const out = { type: "rich", version: "1.0", title, provider_name: PROVIDER, html, width: EMBED.width, height: EMBED.height };
  if (cardUrl) Object.assign(out, { thumbnail_url: cardUrl, thumbnail_width: CARD.width, thumbnail_height: CARD.height });
  return out;
}

// The locale table of a story's language (the shipped locale of its primary subtag), else English.
function localeWords(files, repo, language) {
  const want = String(language || "en"), tags = [want, want.split("-")[0]];
  for (const t of tags) {
    const rel = `locales/${t}.json`;
    if (files.has(rel)) { try { return JSON.parse(files.get(rel).toString("utf8")); } catch { /* English below */ } }
  }
  try { return JSON.parse(readFileSync(join(repo, "assets", "locales", "en.json"), "utf8")); } catch { return {}; }
}

const attrOf = (tag, name) => { const m = new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, "i").exec(tag); return m ? m[1] : null; };

// files: Map rel → Buffer (the site as published, before hashing). Adds cards/*.png and
// oembed/*.json, and the meta tags and discovery link to index.html; returns a new Map.
export function shareMeta(files, { repo, publicUrl = process.env.PUBLIC_URL || "", chromium, log = console.warn } = {}) {
  const base = publicUrl ? publicUrl.replace(/\/*$/, "/") : "";
  if (base && !/^https?:\/\//i.test(base)) throw new Error(`PUBLIC_URL / publicUrl must start with http:// or https:// (got ${publicUrl})`);
  const url = (rel) => base + rel;  // absolute with a base, else relative to the page
  const out = new Map(files);
  const page = files.get("index.html")?.toString("utf8");
  if (!page) return out;
  const tag = /<script\b[^>]*\sdata-fonts\s*=[^>]*>/i.exec(page)?.[0] || "";
  const fontRel = (attrOf(tag, "data-fonts") || "").split(/\s+/).filter(Boolean).map((f) => posix.normalize(f));
  const font = (name) => files.get(fontRel.find((f) => posix.basename(f).startsWith(name + ".")) || "");
  const fontFiles = { regular: font("NotoSans-Regular"), bold: font("NotoSans-Bold"), serifBold: font("NotoSerif-Bold") };
  const haveFonts = Object.values(fontFiles).every(Boolean);
  const ownStory = posix.normalize(attrOf(tag, "data-story") || "stories/");
  let own = null;
  for (const rel of [...files.keys()].filter((r) => /^stories\/[^/]+\.json$/.test(r)).sort()) {
    let story;
    try { story = JSON.parse(files.get(rel).toString("utf8")); } catch { continue; }
    const id = String(story.id || posix.basename(rel, ".json")).replace(/[^\w.-]/g, "_");
    const isOwn = rel === ownStory;
    const pageUrl = url(isOwn ? "" : `?story=${rel}`) || "./";
    const png = haveFonts ? renderCard(story, fontFiles, { words: localeWords(files, repo, story.language), chromium, log }) : null;
    if (png) out.set(`cards/${id}.png`, png);
    out.set(`oembed/${id}.json`, Buffer.from(JSON.stringify(oembed(story, pageUrl, url("embed.js"), png ? url(`cards/${id}.png`) : null), null, 2) + "\n"));
    if (isOwn) own = { story, id, png: !!png };
  }
  if (!own) return out;
  const t = own.story.title || PROVIDER, d = firstSentence(own.story.dek || own.story.framing || "");
  const meta = [
    `<meta property="og:type" content="article">`,
    `<meta property="og:title" content="${esc(t)}">`,
    `<meta property="og:description" content="${esc(d)}">`,
    `<meta property="og:site_name" content="${PROVIDER}">`,
    base ? `<meta property="og:url" content="${esc(base)}">` : "",
    own.png ? `<meta property="og:image" content="${esc(url(`cards/${own.id}.png`))}">` : "",
    own.png ? `<meta property="og:image:width" content="${CARD.width}">\n<meta property="og:image:height" content="${CARD.height}">` : "",
    own.png ? `<meta property="og:image:alt" content="${esc(t)}">` : "",
    `<meta name="twitter:card" content="${own.png ? "summary_large_image" : "summary"}">`,
    `<link rel="alternate" type="application/json+oembed" href="${esc(url(`oembed/${own.id}.json`))}" title="${esc(t)}">`,
  ].filter(Boolean).join("\n");
  out.set("index.html", Buffer.from(page.replace(/(<meta\s+name="description"[^>]*>)/i, (m) => m + "\n" + meta)));
  return out;
}
