import { jest } from '@jest/globals';
import { ConflictError, NotFoundError } from '@oneplan/errors';
import { applyVersionedEdit, diffFields } from './versioned-edit.js';

describe(applyVersionedEdit.name, () => {
  const current = { version: 3, statement: 'Sleep', status: 'ACTIVE' };

  it('should write only the fields that change and report them', async () => {
    const write = jest.fn(async () => true);
    const changes = await applyVersionedEdit({ entity: 'Goal', current, expectedVersion: 3, patch: { statement: 'Sleep well', status: 'ACTIVE' }, write, currentVersion: async () => 3 });
    expect(write).toHaveBeenCalledWith({ statement: 'Sleep well' });
    expect(changes).toEqual([{ field: 'statement', from: '"Sleep"', to: '"Sleep well"' }]);
  });

  it('should refuse a stale version with the current one', async () => {
    const write = jest.fn(async () => true);
    const edit = applyVersionedEdit({ entity: 'Goal', current, expectedVersion: 2, patch: { statement: 'x' }, write, currentVersion: async () => 3 });
    await expect(edit).rejects.toEqual(new ConflictError('Goal', 3));
    expect(write).not.toHaveBeenCalled();
  });

  it('should report the version that won a race lost at write time', async () => {
    const edit = applyVersionedEdit({ entity: 'Goal', current, expectedVersion: 3, patch: { statement: 'x' }, write: async () => false, currentVersion: async () => 4 });
    await expect(edit).rejects.toMatchObject({ code: 'CONFLICT', details: { currentVersion: 4 } });
  });

  it('should not write when nothing changes, and refuse a missing item', async () => {
    const write = jest.fn(async () => true);
    expect(await applyVersionedEdit({ entity: 'Goal', current, expectedVersion: 3, patch: { statement: 'Sleep' }, write, currentVersion: async () => 3 })).toEqual([]);
    expect(write).not.toHaveBeenCalled();
    await expect(applyVersionedEdit({ entity: 'Goal', current: null, expectedVersion: 1, patch: {}, write, currentVersion: async () => undefined })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('should compare dates and lists by value', () => {
    expect(diffFields({ at: new Date('2026-01-01'), list: ['a'] }, { at: new Date('2026-01-01'), list: ['a'] })).toEqual([]);
    expect(diffFields({ list: ['a'] }, { list: ['a', 'b'] })).toEqual([{ field: 'list', from: '["a"]', to: '["a","b"]' }]);
  });
});
