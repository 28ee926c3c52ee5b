// tools_worker.js — the Web Worker that runs the tools module (issue 13;
// shell/tools/: tools.js + tools.wasm, the importers and the workbook
// writer), so reading a 10 MB export never stops the editor's frames. The
// editor starts it at the first import, paste or workbook
// (shell/web/tools.cpp) and posts {op, json} or {op: "load", name, bytes};
// each reply is {op, json, ms} (ms: time spent here), and for a workbook
// also the .xlsx bytes (transferred), its file name and MIME type.
importScripts("tools.js");
const ready = createPlannerTools();

function cString(M, text) {
  const size = M.lengthBytesUTF8(text) + 1;
  const ptr = M._malloc(size);
  M.stringToUTF8(text, ptr, size);
  return ptr;
}

function answer(M, d) {
  const op = d["op"];
  if (op === "load") {
    const bytes = new Uint8Array(d["bytes"]);
    const data = M._malloc(bytes.length + 1);
    M.HEAPU8.set(bytes, data);
    const name = cString(M, d["name"]);
    const json = M.UTF8ToString(M._tools_load(name, data, bytes.length));
    M._free(name);
    M._free(data);
    return {"op": op, "json": json};
  }
  const opPtr = cString(M, op), request = cString(M, d["json"]);
  const out = M._tools_request(opPtr, request);
  M._free(request);
  if (op !== "workbook") {
    M._free(opPtr);
    return {"op": op, "json": M.UTF8ToString(out)};
  }
  const size = M._tools_result_size();
  let reply;
  if (size > 0) {
    reply = {"op": op, "json": "{\"ok\":true}", "bytes": M.HEAPU8.slice(out, out + size).buffer,
             "file_name": JSON.parse(d["json"])["file_name"],
             "mime": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"};
  } else {
    const errPtr = cString(M, "error");
    reply = {"op": op, "json": JSON.stringify({"ok": false, "problems": [M.UTF8ToString(M._tools_request(errPtr, 0))]})};
    M._free(errPtr);
  }
  M._free(opPtr);
  return reply;
}

// One request at a time, in the order posted.
self.onmessage = (e) => {
  ready.then((M) => {
    const t0 = performance.now();
    const reply = answer(M, e.data);
    reply["ms"] = performance.now() - t0;
    self.postMessage(reply, reply["bytes"] ? [reply["bytes"]] : []);
  });
};
