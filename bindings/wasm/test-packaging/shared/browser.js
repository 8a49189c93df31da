// The browser apps' common end: the result of check() for the runner to read.
import { check } from "./check.js";

export function report(api, loading) {
  loading.then(
    () => {
      window.__screening = check(api);
    },
    (e) => {
      window.__screening = { error: String(e && e.stack ? e.stack : e) };
    },
  );
}
