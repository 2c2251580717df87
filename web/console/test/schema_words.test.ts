/**
 * The case-document schemas' words (schemas/locale/<language>.json) against the schemas: every
 * description and question wording has an entry in every language, made from the schema's English
 * as it is now (a changed English fails until it is translated again), and no entry is left over.
 */

import assert from "node:assert/strict";
import { describe, test } from "node:test";

import caseProgress from "../../../schemas/case-progress.schema.json";
import orders from "../../../schemas/orders.schema.json";
import riskReview from "../../../schemas/risk-review.schema.json";
import safetyPlan from "../../../schemas/safety-plan.schema.json";
import { SCHEMA_CATALOGUES, schemaWords, translatedSchema } from "../src/schema_words.js";

const SCHEMAS: Record<string, unknown> = { "safety-plan": safetyPlan, "risk-review": riskReview, orders, "case-progress": caseProgress };
const words = new Map<string, string>(Object.entries(SCHEMAS).flatMap(([name, schema]) => [...schemaWords(schema)].map(([pointer, english]) => [`${name}#${pointer}`, english] as const)));

describe("the schemas' words in every language", () => {
  test("every schema has words to translate, the risk review its 38 questions", () => {
    assert.equal([...words.keys()].filter((key) => key.startsWith("risk-review#/$defs/questions/const/")).length, 38);
  });

  for (const [language, catalogue] of Object.entries(SCHEMA_CATALOGUES)) {
    test(`${language}: every word has an entry made from the schema's English as it is now`, () => {
      const lacking = [...words].filter(([key, english]) => catalogue[key]?.en !== english).map(([key]) => key);
      assert.deepEqual(lacking, [], `schemas/locale/${language}.json lacks (or has an outdated) translation of these`);
    });

    test(`${language}: no entry is for a word the schemas no longer have`, () => {
      assert.deepEqual(Object.keys(catalogue).filter((key) => !words.has(key)), []);
    });
  }

  test("a translated schema carries the translation, and English is the schema itself", () => {
    const welsh = translatedSchema("risk-review", riskReview, "cy");
    assert.equal(welsh.$defs.questions.const["dash-02"], SCHEMA_CATALOGUES.cy["risk-review#/$defs/questions/const/dash-02"]?.cy);
    assert.equal(welsh.properties.answers.items.properties.comment.description, SCHEMA_CATALOGUES.cy["risk-review#/properties/answers/items/properties/comment"]?.cy);
    assert.equal(welsh.$defs.questions.const["dash-02"] === riskReview.$defs.questions.const["dash-02"], false);
    assert.equal(welsh.title, riskReview.title);
    assert.equal(translatedSchema("risk-review", riskReview, "en"), riskReview);
  });
});
