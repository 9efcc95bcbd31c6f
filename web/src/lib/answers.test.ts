import { describe, expect, it } from 'vitest';
import { answeringQuery } from './answers';

// Issue 16 (h16-link): /ajukan pre-filled from "Ajukan kerja sama" on an entry's page
describe('answeringQuery', () => {
  it('takes the entry, its department and a category from the query', () => {
    expect(answeringQuery({ potentialId: '5f0c2b1e-8a7d-4f7e-9d5a-0b1c2d3e4f5a', department: 'DINKES', category: 'KSDPK' }))
      .toEqual({ potentialId: '5f0c2b1e-8a7d-4f7e-9d5a-0b1c2d3e4f5a', department: 'DINKES', category: 'KSDPK' });
  });

  it('ignores what is not an id, a department code or a category', () => {
    expect(answeringQuery({ potentialId: '../../x', department: 'dinkes<script>', category: 'NOPE' }))
      .toEqual({ potentialId: undefined, department: undefined, category: undefined });
    expect(answeringQuery({})).toEqual({ potentialId: undefined, department: undefined, category: undefined });
  });

  it('takes the first of repeated parameters', () => {
    expect(answeringQuery({ category: ['KSDD', 'KSDPK'] }).category).toBe('KSDD');
  });
});
