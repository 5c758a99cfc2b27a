// A save that storage refused (quota, a full disk): one error type, with the message key a page shows for it.

/** Thrown by every store's save: what is stored stays as it was. */
export class StorageWriteError extends Error {
  /** storage.local or storage.sync is full (Chrome: "QUOTA_BYTES quota exceeded"; Firefox: QuotaExceededError). */
  readonly quota: boolean;

  constructor(
    readonly key: string,
    cause: unknown,
  ) {
    super(`Unknot could not save "${key}": ${String(cause)}`, { cause });
    this.name = 'StorageWriteError';
    this.quota = /quota/i.test(String(cause)) || (cause instanceof Error && /quota/i.test(cause.name));
  }
}

/** The message a page shows for a failed save: storage full, or any other refusal. */
export function storageErrorMessageKey(error: unknown): 'storage_error_quota' | 'storage_error_write' {
  return error instanceof StorageWriteError && error.quota ? 'storage_error_quota' : 'storage_error_write';
}

/** Runs a write and turns its rejection into a StorageWriteError. */
export async function writing<T>(key: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw error instanceof StorageWriteError ? error : new StorageWriteError(key, error);
  }
}
