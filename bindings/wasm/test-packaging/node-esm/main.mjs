// Node, ESM: `import` the package by name; the module loads on import.
import * as api from "screening";
import { check } from "../shared/check.js";

console.log(JSON.stringify(check(api)));
