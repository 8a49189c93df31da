#!/usr/bin/env node
// Serves the web page on http://127.0.0.1:PORT/ (PORT: first argument, default 8080).
// Run `npm run build` first: the page loads the package from www/pkg.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "./static-server.mjs";

const www = join(dirname(fileURLToPath(import.meta.url)), "..", "www");
const server = await serve(www, Number(process.argv[2] ?? 8080));
console.log(`serving ${www} on http://127.0.0.1:${server.address().port}/`);
