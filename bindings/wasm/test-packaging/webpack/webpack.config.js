// webpack 5, production, for browsers: no setting for `screening`.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

export default (outDir) => ({
  mode: "production",
  target: "web",
  context: here,
  entry: "./main.js",
  output: { path: outDir, filename: "main.js", publicPath: "" },
});
