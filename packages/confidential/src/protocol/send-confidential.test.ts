// The sealing's work that needs no node runs while the lock is in flight, and a failed lock leaves no
// key pair behind.
import type { NodesCreateLockResponse } from "@atoma-ts/types";
import { describe, expect, it, vi } from "vitest";
import type { ConfidentialBase } from "./lock-node.js";
import { sendConfidential, type ConfidentialCall } from "./send-confidential.js";
import { toBase64 } from "../test-utils/node-reference.js";
import { NODE_PUBLIC_KEY } from "../test-utils/fixtures.js";
import { recordingSealer } from "../test-utils/recording-sealer.js";

const call: ConfidentialCall = {
  operationId: "confidential_chat_completions_create",
  model: "m",
  plain: { model: "m", messages: [] },
  stream: false,
  computeUnits: undefined,
};

/** A client whose lock answers when the test says, and whose requests succeed. */
function heldLock() {
  let answer!: (lock: Promise<NodesCreateLockResponse>) => void;
  const atoma = {
    nodes: { lock: () => new Promise((resolve) => (answer = resolve)) },
    request: async () => new Response("{}"),
  } as unknown as ConfidentialBase;
  return { atoma, answer: (lock: Promise<NodesCreateLockResponse>) => answer(lock) };
}

const LOCK: NodesCreateLockResponse = {
  public_key: toBase64(NODE_PUBLIC_KEY),
  node_small_id: 1,
  stack_small_id: 1,
  stack_entry_digest: null,
};

describe("sendConfidential", () => {
  it("prepares the key pair before the lock answers, and seals with it after", async () => {
    const { atoma, answer } = heldLock();
    const { seal, prepared, sessions } = recordingSealer();
    const sending = sendConfidential(atoma, call, {}, seal);
    await vi.waitFor(() => expect(prepared).toHaveLength(1));
    expect(prepared[0]!.spent).toBe(false);
    answer(Promise.resolve(LOCK));
    const { session } = await sending;
    expect(sessions).toEqual([session]);
    expect(prepared[0]!.spent).toBe(true);
    session.destroy();
  });

  it("discards the prepared key pair when the lock fails, and throws the lock's error", async () => {
    const { atoma, answer } = heldLock();
    const { seal, prepared, sessions } = recordingSealer();
    const sending = sendConfidential(atoma, call, {}, seal);
    await vi.waitFor(() => expect(prepared).toHaveLength(1));
    const failure = new Error("lock refused");
    answer(Promise.reject(failure));
    await expect(sending).rejects.toBe(failure);
    expect(prepared.map((each) => each.spent)).toEqual([true]);
    expect(sessions).toEqual([]);
  });

  it("throws the preparation's error when only it fails", async () => {
    const { atoma, answer } = heldLock();
    const broken = () => Promise.reject(new TypeError("The random source must return 32 bytes"));
    const sending = sendConfidential(atoma, call, {}, broken);
    answer(Promise.resolve(LOCK));
    await expect(sending).rejects.toThrow(TypeError);
  });
});
