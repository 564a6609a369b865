import { describe, expect, it } from 'vitest';
import { editionToOffer } from '../../src/app/edition-offer.ts';

const offered = [
  { id: 'ru', lang: 'ru' },
  { id: 'zh', lang: 'zh-Hans' },
];

describe('which edition a reader is offered', () => {
  it('the first language the reader prefers to the page’s own', () => {
    expect(editionToOffer(['ru-RU', 'en'], 'en', offered)).toBe('ru');
    expect(editionToOffer(['zh-CN', 'ru'], 'en', offered)).toBe('zh');
    expect(editionToOffer(['de', 'zh-TW', 'ru'], 'en', offered)).toBe('zh');
  });

  it('nothing when the page’s language comes first, or no edition matches', () => {
    expect(editionToOffer(['en-GB', 'ru'], 'en', offered)).toBeNull();
    expect(editionToOffer(['de', 'fr'], 'en', offered)).toBeNull();
    expect(editionToOffer([], 'en', offered)).toBeNull();
    expect(editionToOffer(['ru'], 'ru', [{ id: 'en', lang: 'en' }])).toBeNull();
  });
});
