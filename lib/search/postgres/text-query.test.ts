// The dictionary answers are cached per word: a word indexed after a search looked it up must
// still correct typos at once, since writing terms forgets the cache.
import { expect, it } from "vitest";
import { crewTee, request } from "../contract-fixtures";
import { PostgresSearchEngine } from "./engine";

it("corrects a typo of a word indexed after the typo was looked up", async () => {
  const engine = new PostgresSearchEngine();
  expect((await engine.search(request({ query: "tshrit" }))).total).toBe(0);
  await engine.index([crewTee]);
  expect((await engine.search(request({ query: "tshrit" }))).hits.map((h) => h.id)).toEqual([
    "crew-tee",
  ]);
});
