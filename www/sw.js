// Justera's service worker: keeps the app's own files so it opens offline.
// It never sees a user's documents (they are read from disk, not fetched).
// Hashed assets are served from the cache; the page itself and the
// unhashed worker files are fetched fresh when online, cached for offline.
const CACHE = 'justera-v1';

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const index = await fetch('./', { cache: 'no-cache' });
    const html = await index.clone().text();
    const assets = [...html.matchAll(/(?:href|src)="\.?\/?([^"#:]+\.(?:js|wasm|css|webmanifest|svg))"/g)].map((m) => './' + m[1]);
    await cache.put('./', index);
    await cache.addAll([...new Set([...assets, './worker_loader.js', './worker.js', './worker_bg.wasm'])]);
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  const hashed = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/.test(url.pathname);
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const key = event.request.mode === 'navigate' ? './' : event.request;
    if (hashed) {
      const hit = await cache.match(key);
      if (hit) return hit;
    }
    try {
      const response = await fetch(event.request);
      if (response.ok) cache.put(key, response.clone());
      return response;
    } catch (e) {
      const hit = await cache.match(key, { ignoreSearch: true });
      if (hit) return hit;
      throw e;
    }
  })());
});
