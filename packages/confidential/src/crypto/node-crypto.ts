// node:crypto where the runtime has it (Node ≥ 20.16, Bun, Deno), reached through
// `process.getBuiltinModule` rather than an import, so that a browser bundle pulls in nothing from Node.

/** node:crypto's AES-GCM cipher and decipher, as far as they are used here. */
interface NodeAesGcm {
  setAuthTag(tag: Uint8Array): void;
  getAuthTag(): Uint8Array;
  update(data: Uint8Array): Uint8Array;
  final(): Uint8Array;
}

/** A node:crypto `KeyObject`, which is only passed back to node:crypto here. */
export type NodeKeyObject = object;

/** The part of node:crypto used here. */
export interface NodeCrypto {
  createCipheriv(algorithm: "aes-256-gcm", key: Uint8Array, iv: Uint8Array): NodeAesGcm;
  createDecipheriv(algorithm: "aes-256-gcm", key: Uint8Array, iv: Uint8Array): NodeAesGcm;
  createPublicKey(key: { key: Uint8Array; format: "der"; type: "spki" }): NodeKeyObject;
  verify(
    algorithm: "sha256",
    data: Uint8Array,
    key: { key: NodeKeyObject; dsaEncoding: "ieee-p1363" },
    signature: Uint8Array,
  ): boolean;
}

interface ProcessWithBuiltins {
  getBuiltinModule?: (id: string) => unknown;
}

/** node:crypto, or `undefined` in a runtime without it (a browser). */
export function builtinNodeCrypto(): NodeCrypto | undefined {
  const process = (globalThis as { process?: ProcessWithBuiltins }).process;
  return process?.getBuiltinModule?.("node:crypto") as NodeCrypto | undefined;
}
