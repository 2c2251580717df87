/** docs/vectors/breaches.json: the browser verifier prints the same possible breaches and orders table as the Python pack (tests/police_pack/test_breach_vectors.py). */

import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { ORDER_HEADERS, breachLines, byStart, orderFromDocument, orderProblems, orderRows } from "../src/bundle/orders.js";
import { group, loadVectors, type Vector } from "./vectors.js";

const V = loadVectors("breaches.json");
const carried = (): ReturnType<typeof orderFromDocument>[] => group(V, "orders").map((o) => orderFromDocument(o.document_id, o.order)).sort(byStart);

describe("breach vectors", () => {
  for (const c of group(V, "cases")) {
    it(`breach lines: ${c.name}`, () => {
      assert.deepEqual(breachLines(carried(), c.fields), c.lines);
    });
  }

  it("the orders table", () => {
    assert.deepEqual(ORDER_HEADERS, V.order_headers);
    assert.deepEqual(orderRows(carried()), V.order_rows);
  });

  it("each carried order passes the orders schema; a broken one does not", () => {
    for (const o of group(V, "orders") as Vector[]) assert.deepEqual(orderProblems(o.order), []);
    const broken = { ...(group(V, "orders")[0] as Vector).order, start: "1 Feb 2025" };
    assert.deepEqual(orderProblems(broken), ['$.orders.0.start: must match format "date"']);
  });
});
