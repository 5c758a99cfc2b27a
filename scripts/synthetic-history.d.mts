// Types for synthetic-history.mjs, so TypeScript tests can import it.
export declare const SYNTHETIC_ROUTINE_IDS: readonly string[];

export interface SyntheticBreak {
  id: string;
  at: string;
  kind: 'routine' | 'movement' | 'natural' | 'skipped';
  routineId?: string;
  seconds?: number;
  completed?: boolean;
  intensityBefore?: number;
  intensityAfter?: number;
}

export declare function syntheticHistory(options?: { now?: Date; years?: number; target?: number }): {
  format: 'unknot-history';
  version: 1;
  exportedAt: string;
  breaks: SyntheticBreak[];
  daysOff: string[];
};
