import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The built files are committed and embedded in the Go binary, so the build
// must be byte-for-byte repeatable: hashed names, no timestamps, no source
// maps that would carry absolute paths.
export default defineConfig({
  plugins: [react()],
  base: "/",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    target: "es2022",
    assetsDir: "assets",
    modulePreload: { polyfill: false },
    rollupOptions: {
      output: {
        manualChunks: {
          react: ["react", "react-dom"],
          graphql: ["urql", "@urql/exchange-graphcache"],
        },
      },
    },
  },
  server: {
    proxy: {
      "/query": "http://127.0.0.1:8080",
      "/auth": "http://127.0.0.1:8080",
    },
  },
});
