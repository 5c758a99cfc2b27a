// My routines in storage and in the history file: a whole list saved or none of it, export with the definitions,
// an import adding only the missing ones, and a history naming a routine no definition names importing with its name.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import type { RoutineDefinition } from '../../core/custom-routine';
import { closeHistory } from '../../platform/history-db';
import { allBreaks, recordBreak } from '../../platform/history';
import { downloadText } from '../../platform/download';
import { exportHistory, importHistoryFile } from '../../platform/history-transfer';
import { addMissingRoutines, loadMyRoutineDefinitions, loadMyRoutines, saveMyRoutines } from '../../platform/my-routines';

vi.mock('../../platform/download', () => ({ downloadText: vi.fn() }));
const downloaded = () => vi.mocked(downloadText).mock.calls.at(-1)![2];

const PHYSIO: RoutineDefinition = {
  id: 'mine-physio',
  name: 'Physio set',
  steps: [
    { text: 'Roll the shoulders', seconds: 20 },
    { text: 'Hold the spot', seconds: 25, illustration: 'wall-ball-hold', side: 'left', pressure: true },
  ],
};
const OTHER: RoutineDefinition = { id: 'mine-other', name: 'Evening stretch', steps: [{ text: 'Reach up', seconds: 30 }] };

describe('My routines in storage', () => {
  it('saves a whole valid list, and plays each as a routine of ones own', async () => {
    expect(await saveMyRoutines([PHYSIO, OTHER])).toEqual([]);
    expect(await loadMyRoutineDefinitions()).toEqual([PHYSIO, OTHER]);
    expect((await loadMyRoutines()).map((r) => [r.id, r.source, r.massage])).toEqual([
      ['mine-physio', 'mine', true],
      ['mine-other', 'mine', false],
    ]);
  });

  it('saves nothing when one routine of the list has a problem', async () => {
    await saveMyRoutines([PHYSIO]);
    const problems = await saveMyRoutines([PHYSIO, { ...OTHER, steps: [{ text: 'Reach up', seconds: 400 }] }]);
    expect(problems.map((p) => [p.path, p.code])).toEqual([['myRoutines[1].steps[0].seconds', 'bad-step-seconds']]);
    expect(await loadMyRoutineDefinitions()).toEqual([PHYSIO]);
  });

  it('a damaged stored routine is left out with a warning, the others kept', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({ myRoutines: [PHYSIO, { id: 'mine-x', name: '', steps: [] }] });
    expect(await loadMyRoutineDefinitions()).toEqual([PHYSIO]);
    expect(console.warn).toHaveBeenCalled();
  });

  it('adds only the definitions it does not have, keeping the stored one as it is', async () => {
    await saveMyRoutines([PHYSIO]);
    expect(await addMissingRoutines([{ ...PHYSIO, name: 'Renamed elsewhere' }, OTHER])).toBe(1);
    expect(await loadMyRoutineDefinitions()).toEqual([PHYSIO, OTHER]);
  });
});

describe('My routines in the history file', () => {
  it('travel in the export and come back on another computer, with their breaks', async () => {
    await saveMyRoutines([PHYSIO]);
    const at = Date.parse('2026-12-02T10:00:00+01:00');
    const record = await recordBreak(at, { kind: 'routine', routineId: 'mine-physio', routineName: 'Physio set', seconds: 45, completed: true });
    await exportHistory('json', Date.parse('2026-12-02T18:00:00+01:00'));
    const file = JSON.parse(downloaded());
    expect(file.routines).toEqual([PHYSIO]);

    // Another computer: no history, no routines of its own.
    await closeHistory();
    globalThis.indexedDB = new IDBFactory();
    await fakeBrowser.storage.local.clear();
    const outcome = await importHistoryFile(new Blob([JSON.stringify(file)]));
    expect(outcome).toEqual({ ok: true, stored: true, added: 1, total: 1, routinesAdded: 1 });
    expect(await allBreaks()).toEqual([record]);
    expect(await loadMyRoutineDefinitions()).toEqual([PHYSIO]);
  });

  it('a history naming a routine no definition names imports, keeping the name, and adds no routine', async () => {
    const text = JSON.stringify({
      format: 'unknot-history',
      version: 2,
      exportedAt: '2026-12-02T18:00:00+01:00',
      breaks: [
        { id: 'b1', at: '2026-12-02T10:00:00+01:00', kind: 'routine', routineId: 'mine-elsewhere', routineName: 'From the other laptop', completed: true },
      ],
      daysOff: [],
    });
    expect(await importHistoryFile(new Blob([text]))).toEqual({ ok: true, stored: true, added: 1, total: 1 });
    expect((await allBreaks())[0]).toMatchObject({ routineId: 'mine-elsewhere', routineName: 'From the other laptop' });
    expect(await loadMyRoutineDefinitions()).toEqual([]);
  });
});
