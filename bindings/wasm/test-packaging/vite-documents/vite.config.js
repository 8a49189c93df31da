// What Vite needs for `screening`: not pre-bundled by the dev server, so that
// the .wasm URL of the package stays beside its module. (No import of "vite":
// this app is run by Vite 6 and Vite 7, installed under other names.)
export default {
  optimizeDeps: { exclude: ["screening"] },
};
