// Node, CommonJS: `require` the package by name (a real CommonJS entry, so
// Node 20 before 20.19 needs no require(esm)).
"use strict";
const api = require("screening");

import("../shared/check.js").then(({ check }) => {
  if (typeof api.decideListing !== "function") throw new Error("require(\"screening\") has no decideListing");
  console.log(JSON.stringify(check(api)));
});
