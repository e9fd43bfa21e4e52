// Justera's JavaScript API: check a municipal meeting protocol from your own
// page. The text is read and checked in a worker started from this site's
// own files (justera's text worker); nothing is sent anywhere.
//
//   import { justera } from "./justera-api.js";
//   const { model, findings, rules, outcomes } = await justera.check(text);
//
// The answer is a plain object: `model` is the protocol as read (the JSON
// of schema/document.schema.json), `findings` what the checks found (code,
// severity, message, message_en, span, line, column, labels, help,
// help_en, repeats), `rules` the documentation of the rules behind them,
// `outcomes` the meeting per party. Spans are byte ranges into the text as
// UTF-8. A text that cannot be checked rejects with an Error whose message
// is English and whose `sv` is Swedish.

let worker = null;
let ready = null;
let next = 0;
const waiting = new Map();

function fail(error) {
  for (const call of waiting.values()) call.reject(error);
  waiting.clear();
  if (worker) worker.terminate();
  worker = null;
  ready = null;
}

function start() {
  if (ready) return ready;
  ready = new Promise((resolve, reject) => {
    // Beside this file, as the site ships it.
    worker = new Worker(new URL("./worker_loader.js", import.meta.url));
    worker.onmessage = (event) => {
      const message = event.data || {};
      if (message.type === "ready") return resolve(worker);
      const call = waiting.get(message.id);
      if (!call) return;
      if (message.api !== undefined && message.error === undefined) {
        waiting.delete(message.id);
        call.resolve(message.result);
      } else if (message.api !== undefined || message.type === "failed") {
        waiting.delete(message.id);
        const error = new Error(message.error ? message.error.en : "justera: the check failed");
        if (message.error) error.sv = message.error.sv;
        call.reject(error);
      }
    };
    worker.onerror = (event) => {
      if (event.preventDefault) event.preventDefault();
      const error = new Error(`justera: the worker stopped (${event.message || "error"})`);
      reject(error);
      fail(error);
    };
  });
  return ready;
}

/** Read and check a protocol's text; resolves to {model, findings, rules, outcomes}. */
export async function check(text) {
  if (typeof text !== "string") throw new TypeError("justera.check(text): text must be a string");
  const w = await start();
  const id = ++next;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    w.postMessage({ api: "check", id, text });
  });
}

export const justera = { check };
export default justera;
