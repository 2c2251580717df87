// Compiles the four case-document schemas (schemas/safety-plan, risk-review, orders and
// case-progress .schema.json) into validators at build time, so a device checks content
// before sealing it with no eval at run time (the console's CSP forbids it).
// `node scripts/case-document-schema.mjs` writes it; `--check` fails when it is stale.
import { writeValidators } from "./standalone-validators.mjs";

writeValidators({
  files: {
    safetyPlan: "safety-plan.schema.json",
    riskReview: "risk-review.schema.json",
    orders: "orders.schema.json",
    caseProgress: "case-progress.schema.json",
  },
  target: "src/client/case_document_schema_validate.ts",
  source: "schemas/{safety-plan,risk-review,orders,case-progress}.schema.json",
  npmScript: "case-document-schema",
});
