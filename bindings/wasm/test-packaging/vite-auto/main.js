// Vite 7 with the convenience entry `screening/auto`: the module is loaded by
// top-level await on import (Vite 7's default targets have it; Vite 6's do not).
import * as api from "screening/auto";
import { report } from "../shared/browser.js";

report(api, Promise.resolve());
