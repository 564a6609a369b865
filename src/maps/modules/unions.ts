/**
 * Unions: an Euler diagram of EAEU, SCO and ASEAN membership as of the talk (September 2022).
 * Members sit inside their union's box (the EAEU and SCO boxes overlap where a country is in both);
 * other ties (observer, applicant, dialogue partner) are written under the name in the other union's
 * colour; changes after the talk are dashed boxes marked "since the talk". It replaces a text table,
 * so it says everything the table did, at a glance. Not geographic: a fixed 1180×470 drawing.
 */
import { countries } from '../../../assets/maps/countries.ts';
import type { CountryId, MembershipStatus, Union, UnionId } from '../../../assets/maps/types.ts';
import { unions } from '../../../assets/maps/unions.ts';
import type { SourceId } from '../../data/sources.ts';
import { assertNoProblems } from '../errors.ts';
import { checkCountry, countryFeatures, loadAtlas } from '../geo/atlas.ts';
import type { Box } from '../svg/labels.ts';
import { boxesOverlap, textBox, textWidth } from '../svg/labels.ts';
import { FONT_BODY, color } from '../svg/palette.ts';
import { attrs, renderMapSvg } from '../svg/svg.ts';
import type { MapModule, MapOptions, MapSummary } from '../types.ts';
import { ID_TOKEN, SLIDE_FRAME } from '../types.ts';
import { checkCites, checkLayer } from '../validate.ts';
import { listText, uniqueSources } from './shared.ts';
import { formatDate } from '../../base/format.ts';
import { fill } from '../../model/messages.ts';
import type { MapsWords } from '../words.ts';
import { esc } from '../../base/html.ts';

const TITLE = 'EAEU, SCO and ASEAN: who belongs where (September 2022)';

/** What the drawing needs of the edition: the words, country and union names, dates through Intl. */
interface Tr {
  readonly w: MapsWords['unions'];
  readonly lang: string;
  name(country: CountryId): string;
  union(id: UnionId): { readonly short: string; readonly name: string; readonly notDrawn: readonly string[] };
  date(iso: string): string;
}

function translator(options: MapOptions): Tr {
  const { words, lang } = options;
  return {
    w: words.unions,
    lang,
    name: (country) => words.countries[country] ?? countries[country].name,
    union: (id) => {
      const u = words.unionNames[id];
      if (!u) throw new Error(`unions: no words for union "${id}"`);
      return u;
    },
    date: (iso) => formatDate(iso, lang),
  };
}

const UNION_COLOR: Record<UnionId, string> = { eaeu: color.c3, sco: color.c1, asean: color.c2 };

type ZoneId = 'eaeu-only' | 'both' | 'sco-only' | 'asean';

interface Zone {
  readonly id: ZoneId;
  /** Content area: names are laid out from (x, y) within width w and down to `bottom`. */
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly bottom: number;
  readonly columns: number;
}

// The drawing's own coordinates (viewBox 1180×470): two overlapping boxes and one apart.
const BOX = {
  eaeu: { x: 10, y: 50, w: 520, h: 335 },
  sco: { x: 272, y: 10, w: 552, h: 375 },
  asean: { x: 840, y: 50, w: 330, h: 335 },
} as const;

const ZONES: readonly Zone[] = [
  { id: 'eaeu-only', x: 26, y: 150, w: 238, bottom: 382, columns: 1 },
  { id: 'both', x: 290, y: 150, w: 230, bottom: 382, columns: 1 },
  { id: 'sco-only', x: 548, y: 150, w: 268, bottom: 382, columns: 2 },
  { id: 'asean', x: 858, y: 150, w: 302, bottom: 382, columns: 2 },
];

const FS = { name: 20, highlight: 23, tag: 18, head: 24, sub: 18, line: 18 } as const;
const ROW = 26;
/** Sizes a tag may take, largest first (src/maps/modules/unions.ts unionsCss sets each). */
const TAG_SIZES = [FS.tag, 17, 16, 15] as const;
const GHOST_SIZES = [FS.name, 19, 18, 17, 16] as const;
const TAG_ROW = 21;

const unionById = (id: UnionId): Union => {
  const u = unions.find((x) => x.id === id);
  if (!u) throw new Error(`unions: no union "${id}"`);
  return u;
};

const statusesOf = (u: Union, country: CountryId): readonly MembershipStatus[] =>
  u.entries.filter((e) => e.country === country).map((e) => e.status);
const isMember = (u: Union, country: CountryId): boolean => statusesOf(u, country).includes('member');

function zoneOf(eaeu: boolean, sco: boolean, asean: boolean): ZoneId | undefined {
  if (eaeu && sco) return 'both';
  if (eaeu) return 'eaeu-only';
  if (sco) return 'sco-only';
  if (asean) return 'asean';
  return undefined;
}

interface Item {
  readonly country: CountryId;
  readonly tags: readonly { readonly text: string; readonly union: UnionId }[];
  readonly ghost?: string;
}

/** Problems in the membership data: unknown sources, empty unions, countries not in the atlas. */
function validate(): void {
  const problems: string[] = [];
  const features = countryFeatures(loadAtlas('50m'));
  for (const u of unions) {
    problems.push(...checkLayer(`${u.id} entries`, u.entries));
    if (!u.entries.some((e) => e.status === 'member')) problems.push(`union "${u.id}" has no members`);
    for (const e of u.entries) {
      problems.push(...checkCites(`${u.id} ${e.status} "${e.country}"`, e.cite));
      problems.push(...checkCountry(features, countries[e.country]));
    }
    for (const c of u.sinceTheTalk) {
      problems.push(...checkCites(`${u.id} change for "${c.country}"`, c.cite));
      problems.push(...checkCountry(features, countries[c.country]));
    }
    for (const n of u.notDrawn ?? []) problems.push(...checkCites(`${u.id} note`, n.cite));
  }
  assertNoProblems('unions', problems);
}

function items(t: Tr): Map<ZoneId, Item[]> {
  const [eaeu, sco, asean] = (['eaeu', 'sco', 'asean'] as const).map(unionById) as [Union, Union, Union];
  const byZone = new Map<ZoneId, Item[]>(ZONES.map((z) => [z.id, []]));
  const all = new Set<CountryId>(unions.flatMap((u) => [...u.entries.map((e) => e.country), ...u.sinceTheTalk.map((c) => c.country)]));
  for (const country of all) {
    const zone = zoneOf(isMember(eaeu, country), isMember(sco, country), isMember(asean, country));
    if (!zone) continue;
    const tags = unions.flatMap((u) => {
      if (isMember(u, country)) return [];
      return u.entries
        .filter((e) => e.country === country)
        .map((e) => ({
          union: u.id,
          text: e.since
            ? fill(t.w.tagSince, { union: t.union(u.id).short, status: t.w.status[e.status], date: t.date(e.since) })
            : fill(t.w.tag, { union: t.union(u.id).short, status: t.w.status[e.status] }),
        }));
    });
    byZone.get(zone)?.push({ country, tags });
  }
  // Changes after the talk, drawn where the country now belongs.
  for (const u of unions) {
    for (const change of u.sinceTheTalk.filter((c) => c.to === 'member')) {
      const member = (x: Union): boolean => isMember(x, change.country) || x.id === u.id;
      const zone = zoneOf(member(eaeu), member(sco), member(asean));
      // The month is enough on the drawing; the text alternative gives the day.
      if (zone) byZone.get(zone)?.push({ country: change.country, tags: [], ghost: t.date(change.date.slice(0, 7)) });
    }
  }
  // Belarus and other names with ties to another union first (full width), then the rest (alphabetical, in columns), then changes since the talk.
  const rank = (i: Item): number => (i.ghost ? 3 : i.country === 'belarus' ? 0 : i.tags.length > 0 ? 1 : 2);
  for (const list of byZone.values()) list.sort((a, b) => rank(a) - rank(b) || t.name(a.country).localeCompare(t.name(b.country), t.lang));
  return byZone;
}

interface Drawn {
  readonly svg: string;
  readonly boxes: readonly { readonly id: string; readonly box: Box }[];
}

function text(
  id: string,
  content: string,
  x: number,
  y: number,
  fontSize: number,
  className: string,
  weight = 400,
  anchor: 'start' | 'end' = 'start',
): Drawn {
  const box = textBox(content, { fontSize, weight }, x, y, anchor);
  return {
    svg: `<text${attrs({ class: className, x, y, 'text-anchor': anchor === 'end' ? 'end' : undefined })}>${esc(content)}</text>`,
    boxes: [{ id, box }],
  };
}

/** How many changes since the talk come after this one in its zone (they stack upwards from the bottom). */
const ghostsBelow = (list: readonly Item[], item: Item): number =>
  list.filter((i) => i.ghost).length - 1 - list.filter((i) => i.ghost).indexOf(item);

function layoutZone(zone: Zone, list: readonly Item[], problems: string[], t: Tr): Drawn[] {
  const out: Drawn[] = [];
  const colW = zone.w / zone.columns;
  let y = zone.y;
  let col = 0;
  for (const item of list) {
    const name = t.name(item.country);
    const hi = item.country === 'belarus' && !item.ghost;
    const fullWidth = item.tags.length > 0 || item.ghost !== undefined || hi;
    if (fullWidth && col > 0) {
      y += ROW;
      col = 0;
    }
    const x = zone.x + col * colW;
    if (item.ghost) {
      // Changes since the talk line up along the bottom of the boxes, one row for the whole diagram.
      const gy = zone.bottom - 42 - ghostsBelow(list, item) * 62;
      const line1 = fill(t.w.ghost, { name, date: item.ghost });
      // Set a size or two smaller where a longer language would overrun the zone.
      const ghostSize = GHOST_SIZES.find((px) => textWidth(line1, { fontSize: px, weight: 600 }) + 10 <= zone.w) ?? FS.name;
      const w = Math.max(textWidth(line1, { fontSize: ghostSize, weight: 600 }), textWidth(t.w.sinceTheTalk, { fontSize: FS.tag })) + 20;
      const rect: Box = { x: x - 10, y: gy - 22, w, h: 52 };
      out.push({
        svg: `<rect class="ghost"${attrs({ x: rect.x, y: rect.y, width: rect.w, height: rect.h, rx: 6 })}/>`,
        boxes: [{ id: `${item.country}-ghost-box`, box: rect }],
      });
      out.push(
        text(`${item.country}-ghost`, line1, x, gy + 6, ghostSize, `nm nm-ghost${ghostSize === FS.name ? '' : ` nm-${ghostSize}`}`, 600),
      );
      out.push(text(`${item.country}-ghost-tag`, t.w.sinceTheTalk, x, gy + 27, FS.tag, 'tag-ghost'));
      if (w - 10 > zone.w) problems.push(`"${line1}" is wider than its box`);
      continue;
    }
    if (hi) {
      const w = textWidth(name, { fontSize: FS.highlight, weight: 700 }) + 16;
      out.push({ svg: `<rect class="hi-pill"${attrs({ x: x - 8, y: y - 22, width: w, height: 31, rx: 5 })}/>`, boxes: [] });
    }
    out.push(text(item.country, name, x, y, hi ? FS.highlight : FS.name, hi ? 'nm nm-hi' : 'nm', hi ? 700 : 400));
    let ty = y;
    for (const [i, tag] of item.tags.entries()) {
      ty += TAG_ROW + (i === 0 && hi ? 2 : 0);
      // A tag wider than its zone (a longer language) is set a size or two smaller, never below 15 px.
      const size = TAG_SIZES.find((px) => textWidth(tag.text, { fontSize: px }) <= zone.w) ?? FS.tag;
      out.push(text(`${item.country}-tag-${i}`, tag.text, x, ty, size, `tag tag-${tag.union}${size === FS.tag ? '' : ` tag-${size}`}`));
    }
    if (fullWidth) {
      y = ty + ROW + (item.tags.length > 0 ? 8 : 0);
      col = 0;
    } else {
      col += 1;
      if (col >= zone.columns) {
        col = 0;
        y += ROW;
      }
    }
  }
  for (const d of out) {
    for (const b of d.boxes) {
      if (b.box.x + b.box.w > zone.x + zone.w + 2 || b.box.y + b.box.h > zone.bottom)
        problems.push(`"${b.id}" does not fit in zone "${zone.id}"`);
    }
  }
  return out;
}

/** A line of the band under the boxes: a coloured lead, then the names. */
function bandLine(id: string, lead: string, rest: string, x: number, y: number, union: UnionId, size: number = FS.line): Drawn {
  const leadBox = textBox(lead, { fontSize: size, weight: 600 }, x, y, 'start');
  const restBox = textBox(rest, { fontSize: size }, x + leadBox.w + 6, y, 'start');
  return {
    svg: `<text${attrs({ class: size === FS.line ? 'band' : `band band-${size}`, x, y })}><tspan class="key key-${union}">${esc(lead)}</tspan> ${esc(rest)}</text>`,
    boxes: [{ id, box: { x, y: leadBox.y, w: leadBox.w + 6 + restBox.w, h: leadBox.h } }],
  };
}

const since = (t: Tr, names: string, iso?: string): string => (iso ? fill(t.w.since, { names, date: t.date(iso) }) : names);

function nonMembers(u: Union, status: MembershipStatus, t: Tr): string[] {
  return u.entries.filter((e) => e.status === status).map((e) => since(t, t.name(e.country), e.since));
}

/** Names grouped by the date their status began: "A, B and C; D and E (Sep 2022)". */
function groupedNames(u: Union, status: MembershipStatus, t: Tr): string {
  const groups = new Map<string, string[]>();
  for (const e of u.entries.filter((x) => x.status === status)) {
    const key = e.since ?? '';
    groups.set(key, [...(groups.get(key) ?? []), t.name(e.country)]);
  }
  return [...groups.entries()]
    .sort((a, b) => (a[0] === '' ? -1 : b[0] === '' ? 1 : 0))
    .map(([when, names]) => since(t, listText(names, t.lang), when || undefined))
    .join(t.w.groupSeparator);
}

function build(options: MapOptions): MapSummary {
  validate();
  const t = translator(options);
  const w = t.w;
  const problems: string[] = [];
  const [eaeu, sco, asean] = (['eaeu', 'sco', 'asean'] as const).map(unionById) as [Union, Union, Union];
  const byZone = items(t);
  const drawn: Drawn[] = [];

  const boxSvg = (['eaeu', 'sco', 'asean'] as const)
    .map((id) => `<rect class="u u-${id}"${attrs({ x: BOX[id].x, y: BOX[id].y, width: BOX[id].w, height: BOX[id].h, rx: 14 })}/>`)
    .join('');
  const heads: [UnionId, number, number][] = [
    ['eaeu', BOX.eaeu.x + 16, BOX.eaeu.y + 34],
    ['sco', BOX.sco.x + BOX.sco.w - 16, BOX.sco.y + 32],
    ['asean', BOX.asean.x + 16, BOX.asean.y + 34],
  ];
  for (const [id, x, y] of heads) {
    const u = t.union(id);
    const anchor = id === 'sco' ? 'end' : 'start';
    drawn.push(text(`${id}-head`, u.short, x, y, FS.head, `head head-${id}`, 700, anchor));
    drawn.push(text(`${id}-name`, u.name, x, y + 24, FS.sub, 'sub', 400, anchor));
  }
  for (const zone of ZONES) drawn.push(...layoutZone(zone, byZone.get(zone.id) ?? [], problems, t));

  const bandY = BOX.sco.y + BOX.sco.h + 23;
  const aseanLead = w.band.aseanObserver;
  const aseanRest = fill(w.band.aseanRest, {
    observers: groupedNames(asean, 'observer', t),
    applicants: groupedNames(asean, 'applicant', t),
  });
  const lines = {
    scoObservers: [
      w.band.scoObservers,
      fill(w.band.scoObserversRest, {
        observers: groupedNames(sco, 'observer', t),
        applicants: listText(nonMembers(sco, 'applicant', t), t.lang),
      }),
    ],
    scoPartners: [w.band.scoPartners, groupedNames(sco, 'dialogue-partner', t)],
    eaeu: [w.band.eaeuObservers, groupedNames(eaeu, 'observer', t)],
    asean: [aseanLead, aseanRest],
  } as const;
  const lineWidth = ([lead, rest]: readonly [string, string], px: number): number =>
    textWidth(lead, { fontSize: px, weight: 600 }) + 6 + textWidth(rest, { fontSize: px });
  // One size for the band: the largest at which every line fits (a longer language may need a smaller one).
  const room = options.frame.width - 20;
  const bandSize =
    TAG_SIZES.find(
      (px) =>
        lineWidth(lines.scoObservers, px) <= room &&
        lineWidth(lines.scoPartners, px) <= room &&
        lineWidth(lines.eaeu, px) + 20 + lineWidth(lines.asean, px) <= room,
    ) ?? FS.line;
  const aseanWidth = lineWidth(lines.asean, bandSize);
  drawn.push(
    bandLine('band-sco-observers', ...lines.scoObservers, 10, bandY, 'sco', bandSize),
    bandLine('band-sco-partners', ...lines.scoPartners, 10, bandY + 25, 'sco', bandSize),
    bandLine('band-eaeu', ...lines.eaeu, 10, bandY + 50, 'eaeu', bandSize),
    bandLine('band-asean', ...lines.asean, options.frame.width - 10 - aseanWidth, bandY + 50, 'asean', bandSize),
  );
  drawn.push(text('as-of', w.asOf, BOX.asean.x + BOX.asean.w, BOX.sco.y + 26, FS.sub, 'sub', 400, 'end'));

  // The collision check: no two texts may touch, and all must sit inside the frame.
  const boxes = drawn.flatMap((d) => d.boxes);
  for (const [i, a] of boxes.entries()) {
    if (a.box.x < 0 || a.box.y < 0 || a.box.x + a.box.w > options.frame.width || a.box.y + a.box.h > options.frame.height)
      problems.push(`"${a.id}" falls outside the frame`);
    for (const b of boxes.slice(i + 1)) {
      const nested = (x: string, y: string): boolean => x.endsWith('-ghost-box') && y.startsWith(x.replace(/-box$/, ''));
      if (!nested(a.id, b.id) && !nested(b.id, a.id) && boxesOverlap(a.box, b.box, 1)) problems.push(`"${a.id}" overlaps "${b.id}"`);
    }
  }
  assertNoProblems('unions', problems);

  const eaeuMembers = eaeu.entries.filter((e) => e.status === 'member').map((e) => e.country);
  const both = eaeuMembers.filter((c) => isMember(sco, c)).map((c) => t.name(c));
  const finding = fill(w.finding, { both: listText(both, t.lang) });

  const unionAlt = (u: Union) => ({
    heading: fill(w.alt.heading, { name: t.union(u.id).name, short: t.union(u.id).short, date: formatDate(u.asOf, t.lang, 'long') }),
    items: [
      ...(['member', 'observer', 'applicant', 'dialogue-partner'] as const)
        .map((s) => ({ s, names: nonMembers(u, s, t) }))
        .filter((x) => x.names.length > 0)
        .map((x) => fill(w.alt.list, { status: w.statusPlural[x.s], names: listText(x.names, t.lang) })),
      ...u.sinceTheTalk.map((c) =>
        fill(w.alt.change, {
          name: t.name(c.country),
          status: c.to === 'member' ? w.alt.becameMember : fill(w.alt.became, { status: w.status[c.to] }),
          date: t.date(c.date),
        }),
      ),
      ...t.union(u.id).notDrawn,
    ],
  });

  const cite: SourceId[] = uniqueSources([
    'natural-earth',
    ...unions.flatMap((u) => [...u.entries, ...u.sinceTheTalk, ...(u.notDrawn ?? [])].flatMap((e) => e.cite)),
  ]);
  const drawing = {
    id: 'unions' as const,
    title: w.title,
    desc: finding,
    frame: options.frame,
    body: boxSvg + drawn.map((d) => d.svg).join(''),
    css: unionsCss(),
  };
  return {
    id: 'unions',
    title: w.title,
    finding,
    svg: renderMapSvg(drawing, { idPrefix: 'map-unions' }),
    drawing,
    alt: [eaeu, sco, asean].map(unionAlt),
    cite,
    footnotes: [...w.footnotes],
  };
}

const S = `#${ID_TOKEN}`;

function unionsCss(): string {
  return [
    `${S}{display:block;font-family:${FONT_BODY}}`,
    `${S} text{fill:${color.ink};font-size:${FS.name}px}`,
    ...(['eaeu', 'sco', 'asean'] as const).flatMap((id) => [
      `${S} .u-${id}{fill:${UNION_COLOR[id]};fill-opacity:.07;stroke:${UNION_COLOR[id]};stroke-width:2}`,
      `${S} .head-${id},${S} .tag-${id},${S} .key-${id}{fill:${UNION_COLOR[id]}}`,
    ]),
    `${S} .head{font-size:${FS.head}px;font-weight:700;letter-spacing:.04em}`,
    `${S} .sub{fill:${color.inkSoft};font-size:${FS.sub}px}`,
    `${S} .nm-hi{fill:${color.accent};font-size:${FS.highlight}px;font-weight:700}`,
    `${S} .hi-pill{fill:${color.accentSoft};stroke:${color.accent};stroke-width:1.5}`,
    `${S} .tag{font-size:${FS.tag}px}`,
    ...TAG_SIZES.filter((px) => px !== FS.tag).map((px) => `${S} .tag-${px}{font-size:${px}px}`),
    `${S} .ghost{fill:${color.paper};fill-opacity:.85;stroke:${color.inkSoft};stroke-width:1.5;stroke-dasharray:6 4}`,
    `${S} .nm-ghost{font-weight:600}`,
    ...GHOST_SIZES.filter((px) => px !== FS.name).map((px) => `${S} .nm-${px}{font-size:${px}px}`),
    `${S} .tag-ghost{fill:${color.inkSoft};font-size:${FS.tag}px;font-style:italic}`,
    `${S} .band{font-size:${FS.line}px}`,
    ...TAG_SIZES.filter((px) => px !== FS.line).map((px) => `${S} .band-${px}{font-size:${px}px}`),
    `${S} .key{font-weight:600}`,
  ].join('');
}

export const unionsMap: MapModule = {
  id: 'unions',
  title: TITLE,
  defaults: { frame: SLIDE_FRAME },
  build,
};
