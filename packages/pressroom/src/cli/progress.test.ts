import { describe, expect, it } from 'vitest';
import { createInputStats } from '../io/inputs';
import { progressLine } from './progress';

describe('progressLine', () => {
  it('shows share of input, pages, pages/s, time left and failures', () => {
    const stats = { ...createInputStats(), bytesRead: 250, bytesTotal: 1000 };
    expect(progressLine({ pages: 500, ok: 498, failed: 2 }, stats, 10, 20)).toBe(
      '[#####...............]  25%  500 pages  50.0 pages/s  ETA 30s  2 failed',
    );
  });
  it('copes with the start and with long runs', () => {
    expect(progressLine({ pages: 0, ok: 0, failed: 0 }, createInputStats(), 0, 10)).toBe(
      '[..........]   0%  0 pages  0.0 pages/s  ETA --',
    );
    const stats = { ...createInputStats(), bytesRead: 1, bytesTotal: 1000 };
    expect(progressLine({ pages: 10, ok: 10, failed: 0 }, stats, 10, 10)).toMatch(/ETA 2h46m$/);
  });
});
