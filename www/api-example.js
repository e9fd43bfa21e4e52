// The example page of justera-api.js (api.html): check the pasted text and
// show what came back.
import { justera } from "./justera-api.js";

const out = document.getElementById("out");
document.getElementById("check").addEventListener("click", async () => {
  out.textContent = "Granskar… / Checking…";
  try {
    const { model, findings } = await justera.check(document.getElementById("text").value);
    const lines = findings.map((f) => `${f.severity} ${f.line}:${f.column} ${f.code}: ${f.message}`);
    out.textContent = [`${model.paragraphs.length} paragrafer / paragraphs, ${findings.length} anmärkningar / findings`, ...lines].join("\n");
  } catch (e) {
    out.textContent = `${e.sv || ""} / ${e.message}`;
  }
});
// For scripts and tests: the API on the page.
window.justera = justera;
