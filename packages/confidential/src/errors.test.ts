import { AtomaError, isAtomaError } from "@atoma-ts/client";
import { describe, expect, it } from "vitest";
import {
  Base64Error,
  DecryptionError,
  IntegrityError,
  isBase64Error,
  isDecryptionError,
  isIntegrityError,
  isNodeUnavailableError,
  NodeUnavailableError,
} from "./errors.js";

describe("errors", () => {
  it.each([
    { error: new Base64Error("bad"), name: "Base64Error", guard: isBase64Error },
    {
      error: new DecryptionError("bad", { type: "authentication-failed" }),
      name: "DecryptionError",
      guard: isDecryptionError,
    },
    {
      error: new IntegrityError("bad", { type: "hash-mismatch" }),
      name: "IntegrityError",
      guard: isIntegrityError,
    },
    {
      error: new NodeUnavailableError("bad", { model: "m" }),
      name: "NodeUnavailableError",
      guard: isNodeUnavailableError,
    },
  ])("$name is an AtomaError with its name on the prototype", ({ error, name, guard }) => {
    expect(error).toBeInstanceOf(AtomaError);
    expect(error.name).toBe(name);
    expect(Object.hasOwn(error, "name")).toBe(false);
    expect(guard(error)).toBe(true);
    expect(isAtomaError(error)).toBe(true);
    expect(String(error)).toBe(`${name}: bad`);
  });

  it("guards recognise an error from another copy of the package by its prototype's name", () => {
    class Copy extends Error {
      static {
        this.prototype.name = "IntegrityError";
      }
    }
    expect(isIntegrityError(new Copy())).toBe(true);
    expect(isDecryptionError(new Copy())).toBe(false);
    expect(isIntegrityError(new Error("IntegrityError"))).toBe(false);
    expect(isIntegrityError(undefined)).toBe(false);
  });

  it("keeps the type and a given cause; the cause is not enumerable", () => {
    const cause = new Base64Error("Invalid base64: length 3 is not a multiple of 4");
    const error = new DecryptionError("nonce is not valid base64", { type: "invalid-base64", cause });
    expect(error.type).toBe("invalid-base64");
    expect(error.cause).toBe(cause);
    expect(JSON.parse(JSON.stringify(error))).toEqual({ type: "invalid-base64" });
    expect("cause" in new IntegrityError("x", { type: "malformed" })).toBe(false);
  });

  it("NodeUnavailableError names the model", () => {
    const error = new NodeUnavailableError("no node", { model: "m", cause: new Error("503") });
    expect(error.model).toBe("m");
    expect(JSON.parse(JSON.stringify(error))).toEqual({ model: "m" });
  });
});
