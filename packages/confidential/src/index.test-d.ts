import type { OperationTypes } from "@atoma-ts/client";
import { assertType, describe, expectTypeOf, it } from "vitest";
import type {
  ConfidentialComputeRequest,
  ConfidentialComputeResponse,
  ConfidentialComputeStreamResponse,
  ConfidentialSession,
  DecryptionErrorType,
  IntegrityError,
  SealedRequest,
} from "./index.js";

type Schemas = OperationTypes["confidential_completions_create"];

describe("@atoma-ts/confidential types", () => {
  it("names the generated confidential schemas", () => {
    expectTypeOf<ConfidentialComputeRequest>().toEqualTypeOf<Schemas["request"]>();
    expectTypeOf<ConfidentialComputeResponse>().toEqualTypeOf<Schemas["response"]>();
    expectTypeOf<ConfidentialComputeStreamResponse>().toEqualTypeOf<Schemas["chunk"]>();
    expectTypeOf<SealedRequest["body"]>().toEqualTypeOf<ConfidentialComputeRequest>();
  });

  it("opens a response or a stream event as they come", () => {
    const session = {} as ConfidentialSession;
    assertType<Uint8Array>(session.open({} as ConfidentialComputeResponse));
    assertType<Uint8Array>(session.open({} as ConfidentialComputeStreamResponse));
    // @ts-expect-error a payload needs its nonce
    session.open({ ciphertext: "" });
  });

  it("has closed type unions", () => {
    expectTypeOf<"session-destroyed">().toExtend<DecryptionErrorType>();
    expectTypeOf<"untrusted-signer">().toExtend<IntegrityError["type"]>();
    // @ts-expect-error not a type
    assertType<IntegrityError["type"]>("tampered");
  });
});
