import type { ConfidentialComputeRequest } from "@atoma-ts/types";
import { gcm } from "@noble/ciphers/aes.js";
import { equalBytes } from "@noble/ciphers/utils.js";
import { blake2b } from "@noble/hashes/blake2.js";
import { hkdf } from "@noble/hashes/hkdf.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { utf8ToBytes } from "@noble/hashes/utils.js";
import { fromBase64, toBase64 } from "../base64.js";
import { nodeRefusal } from "./confidential-refusal.js";
import type { NodeKey } from "./node-key.js";

/** An opened request: its plaintext JSON, and how to seal what answers it. */
export interface OpenedRequest {
  plaintext: unknown;
  /** Encrypts one response body or stream chunk to the client (protocol steps 6 and 7). */
  seal(plaintext: string, nonce: Uint8Array): { ciphertext: string; nonce: string; hash: Uint8Array };
}

/** Checks the node key, derives the shared key, decrypts and checks the plaintext hash (steps 2-5, node side). */
export async function openSealedRequest(
  body: ConfidentialComputeRequest,
  nodeKey: NodeKey,
): Promise<OpenedRequest> {
  const named = decode(body.node_dh_public_key, "node_dh_public_key");
  if (!equalBytes(named, nodeKey.publicKey)) throw nodeRefusal("node_dh_public_key is not this node's key");

  const shared = await agree(nodeKey, decode(body.client_dh_public_key, "client_dh_public_key"));
  const key = hkdf(sha256, shared, decode(body.salt, "salt"), new Uint8Array(0), 32);
  let plaintextBytes: Uint8Array;
  try {
    plaintextBytes = gcm(key, decode(body.nonce, "nonce")).decrypt(decode(body.ciphertext, "ciphertext"));
  } catch {
    throw nodeRefusal("The ciphertext does not decrypt with this key and nonce");
  }
  const hash = blake2b(plaintextBytes, { dkLen: 32 });
  if (!equalBytes(hash, decode(body.plaintext_body_hash, "plaintext_body_hash"))) {
    throw nodeRefusal("plaintext_body_hash does not match the decrypted body");
  }
  let plaintext: unknown;
  try {
    plaintext = JSON.parse(new TextDecoder().decode(plaintextBytes));
  } catch {
    throw nodeRefusal("The decrypted body is not JSON");
  }
  return {
    plaintext,
    seal(text, nonce) {
      const bytes = utf8ToBytes(text);
      return {
        ciphertext: toBase64(gcm(key, nonce).encrypt(bytes)),
        nonce: toBase64(nonce),
        hash: blake2b(bytes, { dkLen: 32 }),
      };
    },
  };
}

async function agree(nodeKey: NodeKey, clientPublicKey: Uint8Array): Promise<Uint8Array> {
  try {
    return await nodeKey.sharedSecret(clientPublicKey);
  } catch {
    throw nodeRefusal("client_dh_public_key is not a usable X25519 public key");
  }
}

function decode(value: string, field: string): Uint8Array {
  try {
    return fromBase64(value);
  } catch {
    throw nodeRefusal(`${field} is not base64`);
  }
}
