import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KEY_MAP, entryFor, helpTable, keysFor, readmeTable } from '../../src/app/keys.ts';
import { withKeyTable } from '../../scripts/readme-keys.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const press = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('the one key map', () => {
  it('is what the README lists (run `npx tsx scripts/readme-keys.ts` after changing a key)', () => {
    expect(readme).toContain(readmeTable());
    expect(withKeyTable(readme)).toBe(readme);
  });

  it('lists in the help every key the issue names: PageDown/PageUp, Home/End, Ctrl+Shift+F, G, the switch, the clock', () => {
    const slides = helpTable('slides');
    for (const key of ['PageDown', 'PageUp', 'Home', 'End', 'Ctrl+Shift+F', '>G<', '>V<', '>W<', '>S<', '>?<', '>Enter<'])
      expect(slides).toContain(key);
    const speaker = helpTable('speaker');
    for (const key of ['>K<', '>X<', '↓', '>V<', '>B<']) expect(speaker).toContain(key);
    expect(helpTable('reading')).toContain('PageDown');
  });

  it('gives each key press in a view at most one meaning', () => {
    for (const view of ['slides', 'reading', 'speaker'] as const) {
      const seen = new Map<string, string>();
      for (const entry of keysFor(view))
        for (const key of entry.match) {
          const id = `${entry.ctrlShift ? 'ctrl+shift+' : ''}${key}`;
          expect(seen.get(id), `${view}: "${id}" for ${entry.action} and ${seen.get(id) ?? ''}`).toBeUndefined();
          seen.set(id, entry.action);
        }
    }
  });

  it('finds the entry for a key press, case-insensitive for letters, respecting modifiers', () => {
    expect(entryFor(press('PageDown'), 'slides')?.action).toBe('next');
    expect(entryFor(press('W'), 'slides')?.action).toBe('rehearse');
    expect(entryFor(press('v'), 'speaker')?.action).toBe('switch-view');
    expect(entryFor(press('F', { ctrlKey: true, shiftKey: true }), 'reading')?.action).toBe('search');
    expect(entryFor(press('f'), 'slides')?.action).toBe('fullscreen');
    expect(entryFor(press('w', { ctrlKey: true }), 'slides')).toBeUndefined();
    expect(entryFor(press('k'), 'slides')).toBeUndefined();
    expect(entryFor(press('Escape'), 'reading')?.action).toBe('escape');
  });

  it('has a description and a view for every entry', () => {
    for (const entry of KEY_MAP) {
      expect(entry.description.length).toBeGreaterThan(5);
      expect(entry.views.length).toBeGreaterThan(0);
    }
  });
});
