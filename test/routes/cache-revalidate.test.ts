// POST /api/cache/revalidate: only the outbox handlers (holding the derived secret) may expire
// cache tags, only tags we mint are accepted, and each is expired at once ({ expire: 0 }).
import { beforeEach, describe, expect, it, vi } from "vitest";

const revalidateTag = vi.fn();
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  revalidateTag,
}));
process.env.AUTH_SECRET = "an-auth-secret-of-at-least-32-characters!";

const { POST } = await import("@/app/api/cache/revalidate/route");
const { revalidationSecret } = await import("@/lib/cache");

const call = (body: unknown, token?: string) =>
  POST(
    new Request("http://shop/api/cache/revalidate", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
    {},
  );

beforeEach(() => revalidateTag.mockClear());

describe("POST /api/cache/revalidate", () => {
  it("refuses callers without the secret, or with AUTH_SECRET itself, and expires nothing", async () => {
    expect((await call({ tags: ["cw:listings"] })).status).toBe(401);
    expect((await call({ tags: ["cw:listings"] }, process.env.AUTH_SECRET)).status).toBe(401);
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it("refuses bodies that are not a list of our tags", async () => {
    for (const body of [
      "not json",
      {},
      { tags: [] },
      { tags: ["posts"] },
      { tags: ["cw:product:x y"] },
      { tags: "cw:listings" },
    ]) {
      const response = await call(body, revalidationSecret());
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: { code: "invalid_input" } });
    }
    expect(revalidateTag).not.toHaveBeenCalled();
  });

  it("expires each tag once, immediately", async () => {
    const response = await call(
      { tags: ["cw:product:abc", "cw:category:clothing/tops", "cw:product:abc"] },
      revalidationSecret(),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ revalidated: 2 });
    expect(revalidateTag.mock.calls).toEqual([
      ["cw:product:abc", { expire: 0 }],
      ["cw:category:clothing/tops", { expire: 0 }],
    ]);
  });
});
