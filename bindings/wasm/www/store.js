// The workspace's storage: the branch's case files in the browser's IndexedDB,
// one record per case, keyed by [branch id, member id]. Every write is one
// transaction: it is stored whole or not at all, and the page changes what it
// shows only after the transaction has completed.

const DB_NAME = "screening-workspace";
const DB_VERSION = 1;
const STORE = "cases";
/** Records written per batch of one transaction. */
const BATCH = 500;

/** A storage failure, classified for the page's message. */
export class StoreError extends Error {
  /**
   * @param {"quota" | "unavailable" | "stale" | "failed"} kind
   * @param {unknown} cause the browser's error (its name is shown as a technical detail)
   */
  constructor(kind, cause) {
    super(`storage ${kind}`, { cause });
    this.name = "StoreError";
    this.kind = kind;
    this.detail = cause instanceof Error || cause instanceof DOMException ? cause.name : String(cause ?? "");
  }
}

function classify(error) {
  if (error instanceof StoreError) return error;
  const name = error?.name ?? "";
  if (name === "QuotaExceededError") return new StoreError("quota", error);
  return new StoreError("failed", error);
}

/** Opens the workspace's database; rejects with StoreError `unavailable`. */
export function openStore() {
  return new Promise((resolve, reject) => {
    let request;
    try {
      request = indexedDB.open(DB_NAME, DB_VERSION);
    } catch (error) {
      reject(new StoreError("unavailable", error));
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: "id" });
    };
    request.onsuccess = () => resolve(new Store(request.result));
    request.onerror = () => reject(new StoreError("unavailable", request.error));
    request.onblocked = () => reject(new StoreError("unavailable", new DOMException("blocked", "InvalidStateError")));
  });
}

export class Store {
  /** @param {IDBDatabase} db */
  constructor(db) {
    this.db = db;
  }

  /** Every stored record `{id: [branch, member], file}`. */
  all() {
    return new Promise((resolve, reject) => {
      try {
        const request = this.db.transaction(STORE, "readonly").objectStore(STORE).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(classify(request.error));
      } catch (error) {
        reject(classify(error));
      }
    });
  }

  /**
   * Writes one record in place of the stored file `previous` (null: none is
   * stored), in one transaction; rejects with StoreError `stale` (and writes
   * nothing) if the stored file is another, e.g. changed in another window.
   */
  replace(record, previous) {
    return new Promise((resolve, reject) => {
      let tx;
      let failure = null;
      try {
        tx = this.db.transaction(STORE, "readwrite", { durability: "strict" });
      } catch (error) {
        reject(classify(error));
        return;
      }
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(classify(failure ?? tx.error));
      tx.onerror = (e) => {
        failure ??= e.target?.error ?? tx.error;
      };
      try {
        const store = tx.objectStore(STORE);
        const current = store.get(record.id);
        current.onsuccess = () => {
          try {
            if ((current.result?.file ?? null) !== previous) {
              failure = new StoreError("stale");
              tx.abort();
              return;
            }
            store.put(record);
          } catch (error) {
            failure = error;
            tx.abort();
          }
        };
      } catch (error) {
        failure = error;
        try {
          tx.abort();
        } catch {
          reject(classify(error));
        }
      }
    });
  }

  /**
   * Writes `records` (`{id, file}`) in one transaction: resolves once it has
   * completed; rejects with StoreError, and then nothing was written.
   */
  put(records) {
    return new Promise((resolve, reject) => {
      let tx;
      let failure = null;
      try {
        tx = this.db.transaction(STORE, "readwrite", { durability: "strict" });
      } catch (error) {
        reject(classify(error));
        return;
      }
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(classify(failure ?? tx.error));
      tx.onerror = (e) => {
        failure ??= e.target?.error ?? tx.error;
      };
      // The records go in batches, each issued when the previous one is
      // written: the transaction stays one (all or nothing) and the page keeps
      // answering between batches.
      const store = tx.objectStore(STORE);
      const issue = (from) => {
        try {
          const to = Math.min(records.length, from + BATCH);
          let last = null;
          for (let i = from; i < to; i++) last = store.put(records[i]);
          if (last !== null && to < records.length) last.onsuccess = () => issue(to);
        } catch (error) {
          failure = error;
          try {
            tx.abort();
          } catch {
            reject(classify(error));
          }
        }
      };
      issue(0);
    });
  }
}
