// The Node entry has the same API as the browser entry.
export * from "./index.js";
