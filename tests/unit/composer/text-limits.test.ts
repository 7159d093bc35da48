import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countCharacters, overLimit, textLimitFor, textLimits, xWeightedLength } from '../../../shared/composer/text-limits';

describe('per-platform reply limits', () => {
  it('picks the limit of the conversation: DMs, comments, private replies, X', () => {
    expect(textLimitFor('facebook_page', 'dm')).toBe(textLimits.messenger);
    expect(textLimitFor('facebook_page', 'comments')).toBe(textLimits.facebook_comment);
    expect(textLimitFor('facebook_page', 'comments', true)).toBe(textLimits.messenger);
    expect(textLimitFor('instagram', 'dm').max).toBe(1000);
    expect(textLimitFor('instagram', 'comments').max).toBe(2200);
    expect(textLimitFor('instagram', 'comments', true).max).toBe(1000);
    expect(textLimitFor('x', 'dm').max).toBe(280);
  });

  it('counts code points on Meta: an emoji is one character, not two UTF-16 units', () => {
    expect(countCharacters('ciao 👋', textLimits.messenger)).toBe(6);
    expect(overLimit('a'.repeat(2000), textLimits.messenger)).toBe(0);
    expect(overLimit('a'.repeat(2001), textLimits.messenger)).toBe(1);
  });
});

describe('X weighted length (twitter-text v3)', () => {
  it('counts Latin letters as 1 and CJK as 2', () => {
    expect(xWeightedLength('hello')).toBe(5);
    expect(xWeightedLength('perché')).toBe(6);
    expect(xWeightedLength('日本語')).toBe(6);
  });

  it('counts an emoji as 2, whole ZWJ sequences and flags included', () => {
    expect(xWeightedLength('👍')).toBe(2);
    expect(xWeightedLength('👩‍👩‍👧‍👦')).toBe(2); // seven code points, one grapheme
    expect(xWeightedLength('🇮🇹')).toBe(2);
    expect(xWeightedLength('👍🏽')).toBe(2); // with a skin tone modifier
  });

  it('counts a decomposed accent as X does, after NFC normalisation', () => {
    expect(xWeightedLength('perche\u0301')).toBe(6);
  });

  it('counts every URL as 23, however long', () => {
    expect(xWeightedLength('https://t.co')).toBe(23);
    expect(xWeightedLength(`see https://example.com/${'a'.repeat(300)} now`)).toBe(4 + 23 + 4);
    expect(xWeightedLength('www.example.com')).toBe(23);
  });

  it('blocks at 281 and allows 280', () => {
    expect(overLimit('a'.repeat(280), textLimits.x)).toBe(0);
    expect(overLimit('a'.repeat(281), textLimits.x)).toBe(1);
    expect(overLimit('👍'.repeat(141), textLimits.x)).toBe(2);
  });

  it('is never less than the text without URLs in graphemes, and never more than twice its code points', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const noUrls = text.replace(/\b(?:https?:\/\/|www\.)\S+/giu, '');
        if (noUrls !== text) return;
        const graphemes = [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text.normalize('NFC'))].length;
        const length = xWeightedLength(text);
        expect(length).toBeGreaterThanOrEqual(graphemes);
        expect(length).toBeLessThanOrEqual(2 * [...text.normalize('NFC')].length);
      }),
    );
  });
});
