// The history database on fake-indexeddb: the version 1 → 2 migration, day totals, import all-or-nothing, blocking.
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { breakRecord, type BreakRecord } from '../../core/breaks';
import { closeHistory, DB_NAME, openHistory } from '../../platform/history-db';
import { allBreaks, breaksOnDays, dayTotals, deleteAllHistory, importHistory, recordBreak } from '../../platform/history';

/** Records as version 1 stored them: no day field. */
function v1Records(): BreakRecord[] {
  const kinds = ['routine', 'movement', 'natural', 'skipped', 'due', 'snoozed'] as const;
  return Array.from({ length: 60 }, (_, i) => {
    const kind = kinds[i % kinds.length]!;
    const record = breakRecord(`v1-${i}`, Date.UTC(2026, 2, 1 + (i % 10), 9 + (i % 8)), {
      kind,
      ...(kind === 'routine' ? { routineId: 'neck-rolls', seconds: 125, completed: i % 4 !== 0 } : {}),
      ...(kind === 'movement' ? { completed: true } : {}),
    });
    return record;
  });
}

async function createV1(records: BreakRecord[]) {
  const db = await openDB(DB_NAME, 1, {
    upgrade(d) {
      d.createObjectStore('breaks', { keyPath: 'id' }).createIndex('by-time', 'time');
    },
  });
  for (const r of records) await db.add('breaks', r);
  db.close();
}

describe('history database', () => {
  it('upgrades a filled version 1 database to version 2 keeping every record', async () => {
    const records = v1Records();
    await createV1(records);
    const db = await openHistory();
    expect(db.version).toBe(3);
    const after = await allBreaks();
    expect(after.sort((a, b) => a.id.localeCompare(b.id))).toEqual([...records].sort((a, b) => a.id.localeCompare(b.id)));
    // Day index and totals are built from the old records.
    const day = records[0]!.at.slice(0, 10);
    expect((await breaksOnDays(day, day)).map((b) => b.id).sort()).toEqual(
      records.filter((r) => r.at.startsWith(day)).map((r) => r.id).sort(),
    );
    const counted = new Map<string, number>();
    for (const r of records) {
      if ((r.kind === 'routine' || r.kind === 'movement') && r.completed) counted.set(r.at.slice(0, 10), (counted.get(r.at.slice(0, 10)) ?? 0) + 1);
    }
    expect(new Map((await dayTotals()).map((d) => [d.day, d.counted]))).toEqual(counted);
  });

  it('keeps day totals as breaks are recorded', async () => {
    const at = Date.UTC(2026, 5, 1, 10);
    await recordBreak(at, { kind: 'routine', routineId: 'calves', completed: true, seconds: 200 });
    await recordBreak(at + 1000, { kind: 'movement', completed: true });
    await recordBreak(at + 2000, { kind: 'natural', seconds: 400 });
    const totals = await dayTotals();
    expect(totals).toHaveLength(1);
    expect(totals[0]!.counted).toBe(2);
  });

  it('imports by id: a second import of the same breaks adds nothing', async () => {
    const records = v1Records().slice(0, 10);
    expect(await importHistory(records, ['2026-12-24'])).toBe(10);
    expect(await importHistory(records, ['2026-12-24'])).toBe(0);
    expect(await allBreaks()).toHaveLength(10);
  });

  it('a failing import writes nothing at all', async () => {
    await recordBreak(Date.UTC(2026, 5, 1, 10), { kind: 'movement', completed: true });
    const before = { breaks: await allBreaks(), totals: await dayTotals() };
    const good = v1Records().slice(0, 5);
    const broken = { ...good[0]!, id: undefined } as unknown as BreakRecord;
    await expect(importHistory([...good.slice(1), broken], ['2026-12-25'])).rejects.toThrow();
    expect(await allBreaks()).toEqual(before.breaks);
    expect(await dayTotals()).toEqual(before.totals);
  });

  it('delete all empties breaks, totals and days off', async () => {
    await importHistory(v1Records(), ['2026-12-24']);
    await deleteAllHistory();
    expect(await allBreaks()).toEqual([]);
    expect(await dayTotals()).toEqual([]);
  });

  it('steps aside for a newer version instead of blocking its upgrade', async () => {
    await openHistory();
    const newer = await openDB(DB_NAME, 3, {
      upgrade(db) {
        db.createObjectStore('later');
      },
    });
    expect(newer.version).toBe(3);
    newer.close();
    await closeHistory();
  });
});
