import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '#app/db/database.ts';
import { countChangesAwaitingUpload } from '#app/db/outbox-count.ts';
import { emptyTablet, enrollLocally, scoreChanges } from './sync-fixtures.ts';

beforeEach(emptyTablet);

describe('countChangesAwaitingUpload (what holds back an app update)', () => {
  it('is 0 on a tablet that is not enrolled, however much was scored', async () => {
    await scoreChanges(4);
    expect(await countChangesAwaitingUpload()).toBe(0);
  });

  it('counts only what this credential will upload: practice before enrollment does not hold updates back', async () => {
    await scoreChanges(3, 'juri-1');
    await enrollLocally({ token: 't', secret: 's' }, 'juri-1', 4);
    expect(await countChangesAwaitingUpload()).toBe(0);
    await scoreChanges(2, 'juri-1', 3);
    expect(await countChangesAwaitingUpload()).toBe(2);
  });

  it('stops counting a change once the server has confirmed it', async () => {
    await enrollLocally({ token: 't', secret: 's' });
    await scoreChanges(2);
    await db.changes.where('seq').equals(1).modify({ state: 'sent' });
    expect(await countChangesAwaitingUpload()).toBe(1);
  });
});
