// A node may sign with any Sui scheme: the mock server signs with each, and every verifying path of
// the client (withVerification, plain and streamed, and the confidential client) accepts it, names the
// signer by the scheme's address, and takes trustedSigners of that scheme.
import { describe, expect, it } from "vitest";
import { withStreaming } from "@atoma-ts/streaming";
import { chatParams, inProcess, overLoopback } from "../test-utils/mock-client.js";
import { SCHEMES } from "../test-utils/sui-signing.js";
import { verificationOf } from "./verification.js";
import { withVerification } from "./with-verification.js";

describe.each(SCHEMES)("a node signing with %s", (signatureScheme) => {
  it("is verified on plain and streamed calls, and names its address", async () => {
    const { server, atoma } = inProcess({ server: { signatureScheme } });
    const verified = withVerification(withStreaming(atoma), { trustedSigners: [server.signer.address] });
    const completion = await verified.chat.create(chatParams);
    expect(completion.verification.signer).toBe(server.signer.address);

    const chunks = [];
    for await (const chunk of await verified.chat.stream(chatParams)) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(verificationOf(chunk)?.signer).toBe(server.signer.address);
  });

  it("is verified by the confidential client over loopback HTTP", async () => {
    const setup = await overLoopback({ server: { signatureScheme } });
    try {
      const completion = await setup.secure.chat.create(chatParams);
      expect(completion.verification.signer).toBe(setup.server.signer.address);
      const final = await (await setup.secure.chat.stream(chatParams)).finalCompletion();
      expect(final.choices[0]?.finish_reason).toBe("stop");
    } finally {
      await setup.close();
    }
  });

  it("is refused when another key of the same scheme is the trusted one", async () => {
    const { atoma } = inProcess({ server: { signatureScheme } });
    const other = inProcess({ server: { signatureScheme } }).server.signer.address;
    const verified = withVerification(atoma, { trustedSigners: [other] });
    await expect(verified.chat.create(chatParams)).rejects.toMatchObject({
      name: "IntegrityError",
      type: "untrusted-signer",
    });
  });
});
