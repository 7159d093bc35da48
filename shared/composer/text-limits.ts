// How long a reply may be on each platform, counted the way that platform counts. One table, used by
// the composer (the counter, and the send button held back over the limit) and by core (which
// refuses what the platform would).
//
// Sources: Messenger Send API — text "must be UTF-8 and less than 2000 characters"; Instagram
// Messaging — 1000; Facebook comments — 8000 and Instagram comments — 2200 (the apps' own limits:
// the Graph API reference states none); X — 280 "weighted" characters, counted as the open-source
// twitter-text library does (config v3): text NFC-normalised, code points in the Latin, Greek,
// Cyrillic… ranges weigh 1 and the rest (CJK, …) 2, an emoji — even a ZWJ sequence of several code
// points — weighs 2, and every URL 23 whatever its length (t.co shortens it).

export type TextLimitPlatform = 'messenger' | 'instagram_dm' | 'facebook_comment' | 'instagram_comment' | 'x';

export interface TextLimit {
  platform: TextLimitPlatform;
  max: number;
  counting: 'code-points' | 'x-weighted';
}

export const textLimits: Readonly<Record<TextLimitPlatform, TextLimit>> = {
  messenger: { platform: 'messenger', max: 2000, counting: 'code-points' },
  instagram_dm: { platform: 'instagram_dm', max: 1000, counting: 'code-points' },
  facebook_comment: { platform: 'facebook_comment', max: 8000, counting: 'code-points' },
  instagram_comment: { platform: 'instagram_comment', max: 2200, counting: 'code-points' },
  x: { platform: 'x', max: 280, counting: 'x-weighted' },
};

export type LimitChannel = 'facebook_page' | 'instagram' | 'x' | 'helpdesk' | 'email';

/**
 * The limit of a reply in this kind of conversation. A private reply to a comment is a direct
 * message, so it has the DM limit. Helpdesk and email have no platform limit here: the Messenger
 * one is a safe ceiling until those connectors say otherwise.
 */
export function textLimitFor(channel: LimitChannel, kind: 'dm' | 'comments', privately = false): TextLimit {
  const direct = kind === 'dm' || privately;
  switch (channel) {
    case 'instagram':
      return direct ? textLimits.instagram_dm : textLimits.instagram_comment;
    case 'x':
      return textLimits.x;
    case 'facebook_page':
      return direct ? textLimits.messenger : textLimits.facebook_comment;
    default:
      return textLimits.messenger;
  }
}

/** The length of `text` as `limit`'s platform counts it. */
export function countCharacters(text: string, limit: Pick<TextLimit, 'counting'>): number {
  return limit.counting === 'x-weighted' ? xWeightedLength(text) : [...text].length;
}

/** How far over the limit the text is (0 when it fits). */
export function overLimit(text: string, limit: TextLimit): number {
  return Math.max(0, countCharacters(text, limit) - limit.max);
}

export const xUrlLength = 23;
// twitter-text links bare domains too; http(s) and www. links are what customers paste.
const urlPattern = /\b(?:https?:\/\/|www\.)[^\s<>"]+/giu;
const emojiPattern = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** twitter-text's weighted length (its weights divided by 100). */
export function xWeightedLength(text: string): number {
  let total = 0;
  const withoutUrls = text.normalize('NFC').replace(urlPattern, () => {
    total += xUrlLength;
    return '';
  });
  for (const { segment } of graphemes.segment(withoutUrls)) {
    if (emojiPattern.test(segment)) {
      total += 2;
      continue;
    }
    for (const char of segment) total += lightCodePoint(char.codePointAt(0) ?? 0) ? 1 : 2;
  }
  return total;
}

/** twitter-text's ranges of weight 1; everything else weighs 2. */
function lightCodePoint(code: number): boolean {
  return code <= 4351 || (code >= 8192 && code <= 8205) || (code >= 8208 && code <= 8223) || (code >= 8242 && code <= 8247);
}
