/**
 * One request's X25519 key pair (confidential protocol step 2): its public key, and a single
 * agreement with the node's key. The private key never leaves the object and is forgotten once used
 * or discarded.
 */
export interface X25519KeyPair {
  /** The 32-byte public key, sent as `client_dh_public_key`. */
  readonly publicKey: Uint8Array;
  /** Whether the private key was used or discarded (it serves one agreement). */
  readonly spent: boolean;
  /**
   * X25519(private key, `nodePublicKey`): the 32-byte shared secret, which the caller zeroes after
   * use. Forgets the private key first. Rejects when the node's key is unusable (a low-order point)
   * or the pair is spent; the rejection names no key.
   */
  sharedSecret(nodePublicKey: Uint8Array): Promise<Uint8Array>;
  /** Forgets the private key unused (the lock failed). */
  discard(): void;
}

/** The error a spent key pair rejects with. */
export const spentKeyPair = () => new Error("this X25519 key pair was already used or discarded");
