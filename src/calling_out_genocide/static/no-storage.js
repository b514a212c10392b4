// The course stores nothing about its reader (see the privacy page). The theme and Sphinx's
// search would remember settings in the browser's storage; here they get storage that lives
// in this page's memory only and is gone when the page closes. It starts from whatever the
// browser already holds, so a setting made before still reads, but nothing is written back.
"use strict";

(function () {
  function memoryStorage(real) {
    const items = new Map();
    try {
      for (let i = 0; i < real.length; i += 1) items.set(real.key(i), real.getItem(real.key(i)));
    } catch (error) {
      // Storage the browser refuses to read: start empty.
    }
    return {
      get length() { return items.size; },
      key(index) { return Array.from(items.keys())[index] ?? null; },
      getItem(key) { return items.has(String(key)) ? items.get(String(key)) : null; },
      setItem(key, value) { items.set(String(key), String(value)); },
      removeItem(key) { items.delete(String(key)); },
      clear() { items.clear(); },
    };
  }

  for (const name of ["localStorage", "sessionStorage"]) {
    let real = null;
    try { real = window[name]; } catch (error) { real = null; }
    const memory = memoryStorage(real || { length: 0 });
    Object.defineProperty(window, name, { configurable: true, get: () => memory });
  }
})();
