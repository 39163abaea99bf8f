// Runs conformance/room_urls.json and conformance/tokens.json against the minimal
// implementations next to this file. Node.js >= 18, no dependencies: node run.mjs
import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { getNameFromUrl } from "./rooms.mjs";
import { claimsFromProperties, signClaims } from "./tokens.mjs";

const load = (name) => JSON.parse(readFileSync(new URL(`../../${name}`, import.meta.url), "utf8"));
const failures = [];

function run(file, check) {
  const { cases } = load(file);
  let passed = 0;
  for (const c of cases) {
    let got;
    try {
      got = check(c);
    } catch (error) {
      got = { error: error.kind ?? String(error) };
    }
    const want = Object.fromEntries(Object.entries(c).filter(([k]) => k in got || k === "error"));
    if (isDeepStrictEqual(got, want)) passed++;
    else failures.push(`${file} ${c.id}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
  console.log(`${file}: ${passed}/${cases.length} passed`);
}

run("room_urls.json", (c) => ({ name: getNameFromUrl(c.input) }));
run("tokens.json", (c) => {
  const claims = claimsFromProperties(c.properties, c.domain_id, c.iat);
  return { claims, jwt: signClaims(claims, c.key) };
});

for (const failure of failures) console.error(failure);
process.exit(failures.length ? 1 : 0);
