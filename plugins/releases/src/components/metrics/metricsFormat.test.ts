import { emptyMetricsSummary } from '../../__testUtils__/fixtures';
import {
  formatHours,
  formatMonth,
  formatPerWeek,
  formatRate,
  monthsOf,
} from './metricsFormat';

describe('metrics formatting', () => {
  it('shows rates as whole percents and unknown rates as a dash', () => {
    expect(formatRate(0.8333)).toBe('83%');
    expect(formatRate(0)).toBe('0%');
    expect(formatRate(1)).toBe('100%');
    expect(formatRate(null)).toBe('—');
  });

  it('shows hours below two days in hours and longer ones in days', () => {
    expect(formatHours(0)).toBe('0 h');
    expect(formatHours(5.54)).toBe('5.5 h');
    expect(formatHours(47.9)).toBe('47.9 h');
    expect(formatHours(48)).toBe('2 d');
    expect(formatHours(76.8)).toBe('3.2 d');
    expect(formatHours(null)).toBe('—');
  });

  it('shows a frequency per week to one decimal', () => {
    expect(formatPerWeek(0)).toBe('0 per week');
    expect(formatPerWeek(2)).toBe('2 per week');
    expect(formatPerWeek(7 / 3)).toBe('2.3 per week');
    expect(formatPerWeek(0.25)).toBe('0.3 per week');
  });

  it('names months', () => {
    expect(formatMonth('2030-05')).toBe('May 2030');
  });

  it('fills the quiet months of the range, oldest first', () => {
    const april = {
      ...emptyMetricsSummary,
      month: '2030-04',
      completed: 2,
      onTimeRate: 0.5,
    };
    const months = monthsOf(
      '2030-02-01T00:00:00.000Z',
      '2030-05-10T08:00:00.000Z',
      [april],
    );
    expect(months.map(m => m.month)).toEqual([
      '2030-02',
      '2030-03',
      '2030-04',
      '2030-05',
    ]);
    expect(months[2]).toBe(april);
    expect(months[0]).toEqual({ ...emptyMetricsSummary, month: '2030-02' });
  });

  it('keeps a month the API reported outside the range', () => {
    const late = { ...emptyMetricsSummary, month: '2030-06', completed: 1 };
    expect(
      monthsOf('2030-05-01T00:00:00Z', '2030-06-01T00:00:00Z', [late]).map(
        m => m.month,
      ),
    ).toEqual(['2030-05', '2030-06']);
  });
});
