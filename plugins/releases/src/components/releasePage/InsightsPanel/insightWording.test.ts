import { DateTime, Settings } from 'luxon';
import {
  countOf,
  formatMoment,
  formatSpan,
  plural,
  relativeSpan,
} from './insightWording';

describe('insight wording', () => {
  const { defaultLocale, defaultZone } = Settings;
  afterEach(() => {
    Settings.defaultLocale = defaultLocale;
    Settings.defaultZone = defaultZone;
  });

  it('writes dates as the viewer’s locale does, in the viewer’s zone', () => {
    Settings.defaultLocale = 'en-GB';
    Settings.defaultZone = 'Europe/London';
    expect(formatMoment('2027-03-01T10:00:00Z')).toBe('Mon, 1 Mar 2027, 10:00');
    Settings.defaultLocale = 'de-DE';
    Settings.defaultZone = 'Europe/Berlin';
    expect(formatMoment('2027-03-01T10:00:00Z')).toBe(
      'Mo., 1. März 2027, 11:00',
    );
    Settings.defaultLocale = 'en-US';
    Settings.defaultZone = 'America/New_York';
    // Intl puts narrow and thin spaces around AM and the dash.
    expect(formatSpan('2027-03-01T15:00:00Z', '2027-03-01T17:00:00Z')).toMatch(
      /^Mar 1, 2027, 10:00\sAM\s–\s12:00\sPM$/,
    );
  });

  it('says where now stands to a span', () => {
    Settings.defaultLocale = 'en-GB';
    const now = DateTime.fromISO('2027-03-01T10:00:00Z');
    expect(
      relativeSpan('2027-03-04T10:00:00Z', '2027-03-04T12:00:00Z', now),
    ).toBe('starts in 3 days');
    expect(
      relativeSpan('2027-03-01T09:00:00Z', '2027-03-01T12:00:00Z', now),
    ).toBe('under way, ends in 2 hours');
    expect(
      relativeSpan('2027-02-20T09:00:00Z', '2027-02-25T10:00:00Z', now),
    ).toBe('ended 4 days ago');
  });

  it('agrees words with counts', () => {
    expect(plural(1, 'depends', 'depend')).toBe('depends');
    expect(plural(2, 'depends', 'depend')).toBe('depend');
    expect(countOf(0, 'conflict', 'conflicts')).toBe('0 conflicts');
    expect(countOf(1, 'conflict', 'conflicts')).toBe('1 conflict');
    expect(countOf(12, 'conflict', 'conflicts')).toBe('12 conflicts');
  });
});
