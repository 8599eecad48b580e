/**
 * Imported signer keys, by their bytes: every chunk of a stream is signed by the same node, and a client
 * talks to a handful of nodes, so at most `maxKeys` are kept and the least recently used is dropped. Keys
 * are public: nothing secret is cached.
 */
export interface SignerKeyCache<Key> {
  /** The key imported from `publicKey`: the one kept, else `load()`'s (kept unless it throws). */
  get(publicKey: Uint8Array, load: () => Key): Key;
  /** Drops the key of `publicKey` (an import that failed later), so that the next use loads it again. */
  forget(publicKey: Uint8Array): void;
}

export function createSignerKeyCache<Key>(maxKeys = 16): SignerKeyCache<Key> {
  const keys = new Map<string, Key>();
  const idOf = (publicKey: Uint8Array) => String.fromCharCode(...publicKey);
  return {
    get(publicKey, load) {
      const id = idOf(publicKey);
      let key = keys.get(id);
      if (key === undefined) {
        key = load();
        if (keys.size >= maxKeys) keys.delete(keys.keys().next().value!);
      } else {
        keys.delete(id); // set again below: the most recently used last
      }
      keys.set(id, key);
      return key;
    },
    forget(publicKey) {
      keys.delete(idOf(publicKey));
    },
  };
}
