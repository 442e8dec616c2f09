#!/usr/bin/env node
// Generates stubs/lvgl.d.ts (typed declarations of MicroPythonOS's `lvgl` module) from the LVGL 9.4
// binding metadata:
//   lv_mp.c.json   what exists in the Python module and what it is called (lvgl_micropython)
//   lvgl_api.json  LVGL's C API dump: real argument names and order, C types, enum values,
//                  callback signatures (joined through each method's C function name)
//
// Usage: node scripts/gen-lvgl-stubs.js [DATA_DIR] [--out FILE] [--check]
//   DATA_DIR defaults to $LVGL_DATA_DIR, else ../shared/data/lvgl-9.4 relative to the repo root.
//   --check compares with the file on disk instead of writing it (exit code 1 when they differ).
//
// Argument types come from the C types of lvgl_api.json (lv_mp.c.json's per-argument data reorders
// `void *` arguments and reuses wrong names); lv_mp.c.json decides which names exist in Python.
"use strict";

const fs = require("fs");
const path = require("path");

const REPO_ROOT = path.resolve(__dirname, "..");
const DEFAULT_DATA_DIR = path.resolve(REPO_ROOT, "../shared/data/lvgl-9.4");
const DEFAULT_OUT = path.join(REPO_ROOT, "stubs", "lvgl.d.ts");

function dataDirFromEnv() {
  return process.env.LVGL_DATA_DIR || DEFAULT_DATA_DIR;
}

function dataPresent(dir) {
  return (
    fs.existsSync(path.join(dir, "lv_mp.c.json")) && fs.existsSync(path.join(dir, "lvgl_api.json"))
  );
}

// Words that cannot be used as a binding name (parameter, exported declaration) in TypeScript.
const RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends " +
    "false finally for function if import in instanceof new null return super switch this throw " +
    "true try typeof var void while with implements interface let package private protected " +
    "public static yield await arguments eval"
  ).split(" ")
);

const INT_TYPES = new Set([
  "int", "unsigned int", "short", "unsigned short", "long", "unsigned long", "long long",
  "unsigned long long", "unsigned", "signed", "int8_t", "uint8_t", "int16_t", "uint16_t", "int32_t",
  "uint32_t", "int64_t", "uint64_t", "size_t", "ssize_t", "intptr_t", "uintptr_t", "float", "double",
]);

let lastStats = null;

function generate(dataDir = dataDirFromEnv()) {
  const mp = JSON.parse(fs.readFileSync(path.join(dataDir, "lv_mp.c.json"), "utf8"));
  const api = JSON.parse(fs.readFileSync(path.join(dataDir, "lvgl_api.json"), "utf8"));
  const g = new Generator(mp, api, licenseNotice(dataDir));
  const text = g.run();
  lastStats = g.stats;
  return text;
}

// The data's README ends with its license paragraph ("License: ..."); the generated file keeps it.
const FALLBACK_LICENSE =
  "License: LVGL, lvgl_micropython and the generators are MIT licensed\n" +
  "(LVGL: Copyright (c) 2021 LVGL Kft; lvgl_micropython: Copyright (c) Kevin G. Schlosser).\n" +
  "A declaration file derived from this data keeps that notice.";

function licenseNotice(dataDir) {
  const readme = path.join(dataDir, "README.md");
  if (!fs.existsSync(readme)) return FALLBACK_LICENSE;
  const text = fs.readFileSync(readme, "utf8").replace(/\r\n/g, "\n");
  const at = text.search(/^License:/m);
  if (at < 0) return FALLBACK_LICENSE;
  return text.slice(at).split(/\n\s*\n/)[0].trim();
}

class Generator {
  constructor(mp, api, license) {
    this.license = license;
    this.mp = mp;
    this.api = api;
    this.cFunctions = new Map(api.functions.map((f) => [f.name, f]));
    this.cFnPointers = new Map(api.function_pointers.map((f) => [f.name, f]));
    this.cTypedefs = new Map(api.typedefs.map((t) => [t.name, t]));
    this.cEnums = new Map();
    this.cEnumValues = new Map();
    for (const e of api.enums) {
      if (e.name) this.cEnums.set(e.name, e);
      for (const m of e.members) this.cEnumValues.set(m.name, m.value);
    }
    // Python names of widget classes and structs, by C type name.
    this.widgetNames = Object.keys(mp.objects).filter((n) => mp.objects[n].parent_class);
    this.structByC = new Map();
    for (const [name, s] of Object.entries(mp.structs)) this.structByC.set(s.c_type, name);
    // Types referenced along the way, emitted at the end.
    this.enumAliases = new Map(); // TS name -> C name
    this.callbackAliases = new Map(); // TS name -> rendered function type
    this.opaque = new Map(); // TS name -> C name
    this.pendingCallbacks = [];
    this.stats = { widgets: 0, widgetMethods: 0, staticMethods: 0, functions: 0, moduleEnums: 0,
      widgetEnums: 0, enumMembers: 0, structs: 0, structMethods: 0, structFields: 0, constants: 0,
      variables: 0, callbacks: 0, opaque: 0, enumAliases: 0, shadowedMethods: [], unboundStatics: 0 };
  }

  // ---- names -------------------------------------------------------------------------------------

  /** Identifier used inside the file for an exported name (reserved words get a trailing `_`). */
  local(name) {
    return RESERVED.has(name) ? name + "_" : name;
  }

  paramName(name, i, used) {
    let n = name && /^[A-Za-z_$][\w$]*$/.test(name) ? name : `arg${i}`;
    if (RESERVED.has(n)) n += "_";
    while (used.has(n)) n += "_";
    used.add(n);
    return n;
  }

  tsNameForC(cName) {
    return cName.replace(/^_+/, "").replace(/^lv_?/, "").replace(/^_+/, "");
  }

  // ---- C types -> TypeScript types ---------------------------------------------------------------

  /**
   * TypeScript type of a C type node of lvgl_api.json.
   * `pos` is "arg", "ret", "field" or "cbarg" (callback parameter).
   */
  tsType(t, pos) {
    switch (t.json_type) {
      case "ret_type":
        return this.tsType(t.type, pos);
      case "pointer":
        return this.pointerType(t.type, pos);
      case "array": {
        const inner = t.type ? t.type : { name: t.name, json_type: "lvgl_type" };
        const el = this.tsType(inner, pos === "ret" ? "ret" : "arg");
        return `${wrapArray(el)}[]`;
      }
      case "function_pointer":
        return this.callbackType(t);
      case "special_type":
        return "unknown";
      default:
        return this.namedType(t.name, pos);
    }
  }

  pointerType(inner, pos) {
    if (inner.json_type === "primitive_type" || inner.json_type === "stdlib_type") {
      if (inner.name === "void") return "unknown";
      if (inner.name === "char") return "string";
      if (inner.name === "uint8_t") return "string | number[]";
      return "number[]";
    }
    if (inner.json_type === "pointer") {
      const el = this.pointerType(inner.type, pos);
      return `${wrapArray(el)}[]`;
    }
    if (inner.json_type === "function_pointer") return this.callbackType(inner);
    const name = this.resolveTypedef(inner.name);
    if (this.isNumericC(name) || this.isBoolC(name)) return "number[]";
    return this.namedType(inner.name, pos);
  }

  resolveTypedef(cName) {
    let n = cName;
    for (let i = 0; i < 10; i++) {
      const td = this.cTypedefs.get(n);
      if (!td || !td.type || !td.type.name || td.type.json_type === "pointer") break;
      n = td.type.name;
    }
    return n;
  }

  isBoolC(cName) {
    return cName === "bool" || cName === "_Bool";
  }

  isNumericC(cName) {
    return INT_TYPES.has(cName) || this.cEnums.has(cName);
  }

  namedType(cName, pos) {
    if (cName === "void") return "void";
    if (cName === "char") return "string";
    if (this.isBoolC(cName)) return "boolean";
    if (INT_TYPES.has(cName)) return "number";
    const bare = cName.replace(/^_+/, "");
    if (bare === "lv_obj_t") return "obj";
    const resolved = this.resolveTypedef(cName);
    if (this.isBoolC(resolved)) return "boolean"; // e.g. lv_anim_enable_t: apps pass True/False
    if (this.structByC.has(cName)) return this.structByC.get(cName);
    if (this.structByC.has(bare)) return this.structByC.get(bare);
    if (this.isNumericC(resolved)) {
      const alias = this.tsNameForC(cName);
      this.enumAliases.set(alias, cName);
      return alias;
    }
    const td = this.cTypedefs.get(cName);
    if (td && td.type.json_type === "pointer") return this.pointerType(td.type.type, pos);
    const fnName = this.cFnPointers.has(cName) ? cName : this.cFnPointers.has(resolved) ? resolved : null;
    if (fnName) {
      const alias = this.tsNameForC(cName);
      if (!this.callbackAliases.has(alias)) {
        this.callbackAliases.set(alias, null); // reserve (callbacks may refer to themselves)
        this.pendingCallbacks.push([alias, this.cFnPointers.get(fnName), cName]);
      }
      return alias;
    }
    if (this.structByC.has(resolved)) return this.structByC.get(resolved);
    // A struct the binding does not describe: an opaque handle.
    const alias = this.tsNameForC(resolved);
    this.opaque.set(alias, resolved);
    return alias;
  }

  callbackType(fp) {
    const used = new Set();
    const args = cArgs(fp.args).map((a, i) => {
      const t = this.tsType(a.type, "cbarg");
      // Unnamed C parameters are named after their type (`lv_timer_t *` -> `timer`).
      const guess = /^[a-z]\w*_t$/.test(t) ? t.replace(/_t$/, "") : t === "unknown" ? "user_data" : null;
      const n = this.paramName(a.name || guess, i, used);
      return `${n}: ${t}`;
    });
    const ret = this.tsType(fp.type, "ret");
    return `(${args.join(", ")}) => ${ret}`;
  }

  /** Parameter type: `void *` takes anything (None for NULL: `null`/`undefined`). */
  argType(a) {
    return this.tsType(a.type, "arg");
  }

  // ---- rendering ---------------------------------------------------------------------------------

  /** Parameters and return type of a C function, dropping `self` when `dropSelf`. */
  signature(cFnName, dropSelf) {
    const f = this.cFunctions.get(cFnName);
    if (!f) throw new Error(`C function ${cFnName} missing from lvgl_api.json`);
    let args = cArgs(f.args);
    if (dropSelf) args = args.slice(1);
    const used = new Set();
    const params = args.map((a, i) => `${this.paramName(a.name, i, used)}: ${this.argType(a)}`);
    return { params: params.join(", "), ret: this.tsType(f.type, "ret"), args };
  }

  doc(lines, indent) {
    if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
    return `${indent}/**\n${lines.map((l) => `${indent} * ${l}`).join("\n")}\n${indent} */\n`;
  }

  cProto(cFnName) {
    const f = this.cFunctions.get(cFnName);
    return `\`${cFnName}(${cArgs(f.args).map((a) => a.name || "_").join(", ")})\``;
  }

  methodLine(name, cFnName, dropSelf, indent) {
    const sig = this.signature(cFnName, dropSelf);
    return {
      key: name,
      sig: `(${sig.params}): ${sig.ret}`,
      text: this.doc([`C: ${this.cProto(cFnName)}`], indent) + `${indent}${propName(name)}(${sig.params}): ${sig.ret};\n`,
    };
  }

  enumBody(members, indent, valueOf) {
    let out = "";
    for (const [mName, m] of Object.entries(members)) {
      const v = valueOf(m);
      out += `${indent}/** \`${m.c_type}\`${v !== undefined ? ` = ${v}` : ""} */\n`;
      out += `${indent}readonly ${propName(mName)}: ${valueOf === symbolValue ? "string" : "number"};\n`;
      this.stats.enumMembers++;
    }
    return out;
  }

  run() {
    const { mp } = this;
    let body = "";

    // Widgets ------------------------------------------------------------------------------------
    const widgetMethods = new Map(); // widget -> Map(name -> sig)
    const ordered = topoWidgets(mp.objects, this.widgetNames);
    for (const w of ordered) {
      const o = mp.objects[w];
      const local = this.local(w);
      const parent = o.parent_class !== "object" ? o.parent_class : null;
      const inherited = new Map();
      for (let p = parent; p; p = mp.objects[p].parent_class !== "object" ? mp.objects[p].parent_class : null) {
        for (const [k, v] of widgetMethods.get(p)) if (!inherited.has(k)) inherited.set(k, v);
      }
      const own = new Map();
      const statics = [];
      let inst = "";
      const omit = [];
      for (const [mName, m] of Object.entries(o.methods)) {
        const f = this.cFunctions.get(m.c_type);
        const first = f && cArgs(f.args)[0];
        const isMethod = first && this.isObjPointer(first.type);
        if (!isMethod) {
          statics.push(this.methodLine(mName, m.c_type, false, "  "));
          this.stats.staticMethods++;
          continue;
        }
        const line = this.methodLine(mName, m.c_type, true, "  ");
        if (inherited.has(mName) && inherited.get(mName) !== line.sig) omit.push(mName);
        own.set(mName, line.sig);
        inst += line.text;
        this.stats.widgetMethods++;
      }
      widgetMethods.set(w, new Map([...inherited, ...own]));
      const pLocal = parent ? this.local(parent) : null;
      const ext = parent
        ? omit.length
          ? ` extends Omit<${pLocal}, ${omit.map((n) => JSON.stringify(n)).join(" | ")}>`
          : ` extends ${pLocal}`
        : "";
      const exp = local === w ? "export " : "";
      body += this.doc([`LVGL widget \`lv_${w}\`: \`lv.${w}(parent)\` in Python.`], "");
      body += `${exp}interface ${local}${ext} {\n${inst}}\n`;

      // The class value: constructor, nested enums, static methods.
      const create = this.cFunctions.get(`lv_${w}_create`);
      let ctorParams = "parent?: obj | null";
      if (create) {
        const args = cArgs(create.args);
        if (args.length !== 1) {
          const used = new Set();
          ctorParams = args
            .map((a, i) => {
              const t = this.argType(a);
              const nullable = a.type.json_type === "pointer" && t !== "unknown";
              return `${this.paramName(a.name, i, used)}: ${nullable ? `${t} | null` : t}`;
            })
            .join(", ");
        }
      }
      const ctorDoc = this.doc([`C: ${create ? this.cProto(create.name) : `lv_${w}_create`}`], "  ");
      let cls = ctorDoc + `  (${ctorParams}): ${local};\n` + ctorDoc + `  new (${ctorParams}): ${local};\n`;
      for (const [eName, e] of Object.entries(o.classes || {})) {
        cls += `  /** Enum of \`lv_${w}\` */\n  readonly ${propName(eName)}: {\n`;
        cls += this.enumBody(e.class_attributes, "    ", (m) => this.cEnumValues.get(m.c_type));
        cls += `  };\n`;
        this.stats.widgetEnums++;
      }
      for (const s of statics) cls += s.text;
      const ctorType = `_${w}_class`;
      // Class attributes (nested enums, static methods) are inherited as in Python; the call and
      // construct signatures are not (Omit keeps properties only).
      const ownStatic = [...Object.keys(o.classes || {}), ...statics.map((s) => s.key)];
      const ctorExt = parent
        ? ` extends Omit<_${parent}_class, ${ownStatic.length ? ownStatic.map((n) => JSON.stringify(n)).join(" | ") : "never"}>`
        : "";
      body += `interface ${ctorType}${ctorExt} {\n${cls}}\n`;
      body += `${exp}declare const ${local}: ${ctorType};\n`;
      if (local !== w) body += `export { ${local} as ${w} };\n`;
      body += "\n";
      this.stats.widgets++;
    }

    // Objects of lv_mp.c.json without parent class: the widget class descriptors (lv_label_class...).
    for (const [n, o] of Object.entries(mp.objects)) {
      if (o.parent_class) continue;
      const cVar = this.api.variables.find((v) => v.name === `lv_${n}` || v.name === `lv_${n.replace(/_class$/, "")}`);
      const t = cVar ? this.tsType(cVar.type, "ret") : this.namedType("lv_obj_class_t", "ret");
      body += `/** \`${cVar ? cVar.name : o.c_type}\` (class descriptor) */\nexport declare const ${n}: ${t};\n`;
      this.stats.variables++;
    }
    body += "\n";

    // Module functions ---------------------------------------------------------------------------
    for (const [name, f] of Object.entries(mp.functions)) {
      const sig = this.signature(f.c_type, false);
      const local = this.local(name);
      body += this.doc([`C: ${this.cProto(f.c_type)}`], "");
      body += `${local === name ? "export " : ""}declare function ${local}(${sig.params}): ${sig.ret};\n`;
      if (local !== name) body += `export { ${local} as ${name} };\n`;
      this.stats.functions++;
    }
    body += "\n";

    // Module enums -------------------------------------------------------------------------------
    for (const [name, e] of Object.entries(mp.enums)) {
      const isSymbol = name === "SYMBOL";
      body += this.doc([isSymbol ? "LVGL symbols (strings with the glyph)" : `Enum \`${e.c_type}_*\``], "");
      body += `export declare const ${name}: {\n`;
      body += this.enumBody(e.members, "  ", isSymbol ? symbolValue : (m) => this.cEnumValues.get(m.c_type));
      body += `};\n`;
      this.stats.moduleEnums++;
    }
    body += "\n";

    // Int constants and variables ----------------------------------------------------------------
    for (const [name, c] of Object.entries(mp.int_constants)) {
      body += `/** \`${c.c_type}\` */\nexport declare const ${name}: number;\n`;
      this.stats.constants++;
    }
    for (const [name, v] of Object.entries(mp.variables)) {
      let t;
      const py = (v.py_type || "").replace(/"/g, "");
      if (py === "_mp_int_wrapper") t = "number";
      else if (mp.structs[py]) t = py;
      else t = "unknown";
      body += `/** \`${v.c_type}\` */\nexport declare const ${name}: ${t};\n`;
      this.stats.variables++;
    }
    body += "\n";

    // Structs ------------------------------------------------------------------------------------
    // Struct methods read as unbound functions on the class (`lv.anim_t.path_ease_in_out`) are
    // declared there too when they fit a callback type (path, exec... callbacks).
    const structStatics = [];
    for (const [name, s] of Object.entries(mp.structs)) {
      let inst = "";
      for (const [fName, fld] of Object.entries(s.attributes || {})) {
        const t = this.fieldType(fld);
        inst += `  /** \`${fld.c_type}\` */\n  ${fld.is_writeable === false ? "readonly " : ""}${propName(fName)}: ${t};\n`;
        this.stats.structFields++;
      }
      for (const [mName, m] of Object.entries(s.methods || {})) {
        // A field and a method of the same name: the binding's struct attribute lookup finds the
        // field first, so the method is unreachable.
        if (s.attributes && s.attributes[mName]) {
          this.stats.shadowedMethods.push(`${name}.${mName}`);
          continue;
        }
        inst += this.methodLine(mName, m.c_type, true, "  ").text;
        structStatics.push([name, mName, m.c_type]);
        this.stats.structMethods++;
      }
      const sized = s.class_attributes && s.class_attributes.__SIZE__;
      body += this.doc([`\`${s.c_type}\`${sized ? `: \`lv.${name}()\` allocates one` : " (handle)"}`], "");
      body += `export interface ${name} {\n${inst}}\n`;
      body += `export declare const ${name}: _${name}_class;\n`;
      this.stats.structs++;
    }
    body += "\n";
    this.drainCallbacks();
    const cbShapes = new Set([...this.callbackAliases.values()].map((cb) => cb.shape));
    const unbound = new Map();
    for (const [sName, mName, cFn] of structStatics) {
      const f = this.cFunctions.get(cFn);
      if (!cbShapes.has(this.shape(f))) continue;
      if (!unbound.has(sName)) unbound.set(sName, "");
      unbound.set(sName, unbound.get(sName) + this.methodLine(mName, cFn, false, "  ").text);
      this.stats.unboundStatics++;
    }
    for (const [name, s] of Object.entries(mp.structs)) {
      const sized = s.class_attributes && s.class_attributes.__SIZE__;
      // The binding's struct constructor takes no argument (zeroed struct) or a struct of the
      // same type to copy.
      const ctorDoc = `  /** A new zeroed \`${s.c_type}\`, or a copy of \`other\`. */\n`;
      let cls = sized
        ? `${ctorDoc}  (other?: ${name}): ${name};\n${ctorDoc}  new (other?: ${name}): ${name};\n  readonly __SIZE__: number;\n`
        : "";
      cls += unbound.get(name) || "";
      body += `interface _${name}_class {\n${cls}}\n`;
    }
    body += "\n";

    // Referenced types ---------------------------------------------------------------------------
    let types = "";
    this.drainCallbacks();
    for (const [alias, cb] of [...this.callbackAliases].sort(byKey)) {
      types += `/** Callback \`${cb.cName}\` */\nexport type ${alias} = ${cb.text};\n`;
      this.stats.callbacks++;
    }
    const enumHome = this.enumHomes();
    for (const [alias, cName] of [...this.enumAliases].sort(byKey)) {
      const home = enumHome.get(cName) || enumHome.get(this.resolveTypedef(cName));
      types += `/** \`${cName}\`${home ? `: values of \`lv.${home}\`` : ""} */\nexport type ${alias} = number;\n`;
      this.stats.enumAliases++;
    }
    for (const [alias, cName] of [...this.opaque].sort(byKey)) {
      types += `/** \`${cName}\` (opaque handle) */\nexport interface ${alias} {\n  readonly [opaque]: "${alias}";\n}\n`;
      this.stats.opaque++;
    }

    this.checkCollisions();

    const header = [
      "// GENERATED by scripts/gen-lvgl-stubs.js from lv_mp.c.json and lvgl_api.json (LVGL 9.4,",
      "// lvgl_micropython as pinned by MicroPythonOS). Do not edit: run `npm run gen:stubs`.",
      "//",
      ...this.license.split("\n").map((l) => `// ${l}`),
      "//",
      "// Conventions: Python None is `undefined`; pass `null` for a C NULL (user_data, parent).",
      "// Calls take exactly the C arguments (the binding has no keyword or optional arguments),",
      "// except widget constructors, whose parent is optional.",
      `// Contents: ${this.stats.widgets} widgets (${this.stats.widgetMethods} methods, ${this.stats.staticMethods} static),`,
      `// ${this.stats.functions} functions, ${this.stats.moduleEnums} module enums, ${this.stats.widgetEnums} widget enums,`,
      `// ${this.stats.structs} structs (${this.stats.structMethods} methods, ${this.stats.structFields} fields), ${this.stats.callbacks} callback types.`,
      "",
      "declare const opaque: unique symbol;",
      "",
    ].join("\n");
    const footer = [
      "",
      "// `import lv from \"lvgl\"` as well as `import * as lv from \"lvgl\"`.",
      "declare const lv: typeof import(\"./lvgl\");",
      "export default lv;",
      "// Only the declarations marked `export` above are part of the module.",
      "export {};",
      "",
    ].join("\n");
    return header + "\n" + body + types + footer;
  }

  /** C enum type name -> where its values live in Python (`ALIGN`, `label.LONG_MODE`). */
  enumHomes() {
    const typeOfMember = new Map();
    for (const e of this.api.enums) if (e.name) for (const m of e.members) typeOfMember.set(m.name, e.name);
    const homes = new Map();
    const add = (where, members) => {
      for (const m of Object.values(members)) {
        const t = typeOfMember.get(m.c_type);
        if (t && !homes.has(t)) homes.set(t, where);
      }
    };
    for (const [n, e] of Object.entries(this.mp.enums)) add(n, e.members);
    for (const [w, o] of Object.entries(this.mp.objects))
      for (const [n, e] of Object.entries(o.classes || {})) add(`${w}.${n}`, e.class_attributes);
    // Integer typedefs whose values come from an anonymous C enum (a module enum in Python).
    const byHand = { lv_opa_t: ["OPA"], lv_log_level_t: ["LOG_LEVEL"], lv_tree_walk_mode_t: ["TREE_WALK"],
      lv_style_prop_t: ["STYLE"], lv_style_selector_t: ["PART", "STATE"] };
    for (const [t, enums] of Object.entries(byHand)) {
      if (!homes.has(t) && enums.every((e) => this.mp.enums[e])) homes.set(t, enums.join(" | lv."));
    }
    // Typedef names of those enums (lv_image_flags_t -> _lvimage_flags_t).
    for (const td of this.api.typedefs) {
      const r = this.resolveTypedef(td.name);
      if (homes.has(r) && !homes.has(td.name)) homes.set(td.name, homes.get(r));
    }
    return homes;
  }

  drainCallbacks() {
    while (this.pendingCallbacks.length) {
      const [alias, fp, cName] = this.pendingCallbacks.shift();
      this.callbackAliases.set(alias, { text: this.callbackType(fp), cName, shape: this.shape(fp) });
    }
  }

  /** `(types) => ret` of a C function or function pointer, without parameter names. */
  shape(f) {
    return `(${cArgs(f.args).map((a) => this.tsType(a.type, "cbarg")).join(", ")}) => ${this.tsType(f.type, "ret")}`;
  }

  isObjPointer(t) {
    return t.json_type === "pointer" && t.type.name && t.type.name.replace(/^_+/, "") === "lv_obj_t";
  }

  fieldType(fld) {
    // lv_mp.c.json gives struct fields as C type strings: parse them into the api's type shape.
    return this.tsType(parseCType(fld.c_type), "field");
  }

  checkCollisions() {
    const seen = new Map();
    const add = (kind, n) => {
      if (seen.has(n)) throw new Error(`name clash: ${n} is both ${seen.get(n)} and ${kind}`);
      seen.set(n, kind);
    };
    for (const n of Object.keys(this.mp.functions)) add("function", n);
    for (const n of Object.keys(this.mp.enums)) add("enum", n);
    for (const n of Object.keys(this.mp.objects)) add("object", n);
    for (const n of Object.keys(this.mp.structs)) add("struct", n);
    for (const n of Object.keys(this.mp.int_constants)) add("constant", n);
    for (const n of Object.keys(this.mp.variables)) add("variable", n);
    const types = new Map();
    const addT = (kind, n) => {
      if (types.has(n) || (this.mp.objects[n] && this.mp.objects[n].parent_class) || this.mp.structs[n])
        throw new Error(`type name clash: ${n} (${kind})`);
      types.set(n, kind);
    };
    for (const n of this.callbackAliases.keys()) addT("callback", n);
    for (const n of this.enumAliases.keys()) addT("enum alias", n);
    for (const n of this.opaque.keys()) addT("opaque", n);
  }
}

// ---- helpers -------------------------------------------------------------------------------------

function cArgs(args) {
  if (!args) return [];
  if (
    args.length === 1 &&
    args[0].type &&
    args[0].type.json_type !== "pointer" &&
    args[0].type.name === "void"
  )
    return [];
  return args;
}

function wrapArray(t) {
  return /[ |(]/.test(t) ? `(${t})` : t;
}

function propName(n) {
  return /^[A-Za-z_$][\w$]*$/.test(n) ? n : JSON.stringify(n);
}

function symbolValue() {
  return undefined;
}

function byKey(a, b) {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

/** "const lv_font_t *" / "lv_point_t [3]" -> a type node shaped like lvgl_api.json's. */
function parseCType(s) {
  let str = s.trim();
  let array = false;
  const m = /^(.*?)\s*\[[^\]]*\]$/.exec(str);
  if (m) {
    array = true;
    str = m[1];
  }
  str = str.replace(/\bconst\b/g, "").trim();
  let stars = 0;
  while (str.endsWith("*")) {
    stars++;
    str = str.slice(0, -1).trim();
  }
  const prim = new Set(["void", "char", "bool", "int", "unsigned int", "float", "double"]);
  let node = { name: str, json_type: prim.has(str) ? "primitive_type" : INT_TYPES.has(str) ? "stdlib_type" : "lvgl_type" };
  for (let i = 0; i < stars; i++) node = { type: node, json_type: "pointer" };
  if (array) {
    if (node.json_type === "primitive_type" && node.name === "char") return { name: "char", json_type: "primitive_type" };
    node = { type: node, json_type: "array" };
  }
  return node;
}

/** Widgets ordered so that each comes after its parent class. */
function topoWidgets(objects, names) {
  const out = [];
  const done = new Set();
  const visit = (n) => {
    if (done.has(n)) return;
    const p = objects[n].parent_class;
    if (p && p !== "object") visit(p);
    done.add(n);
    out.push(n);
  };
  names.forEach(visit);
  return out;
}

module.exports = { generate, dataPresent, DEFAULT_DATA_DIR, DEFAULT_OUT, dataDirFromEnv };

if (require.main === module) {
  const argv = process.argv.slice(2);
  let out = DEFAULT_OUT;
  let check = false;
  let dir = dataDirFromEnv();
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--out") out = path.resolve(argv[++i]);
    else if (argv[i] === "--check") check = true;
    else if (argv[i] === "--stats") continue;
    else dir = path.resolve(argv[i]);
  }
  if (!dataPresent(dir)) {
    console.error(`gen-lvgl-stubs: LVGL metadata not found in ${dir} (set LVGL_DATA_DIR or pass the directory)`);
    process.exit(2);
  }
  const text = generate(dir);
  if (check) {
    const cur = fs.existsSync(out) ? fs.readFileSync(out, "utf8") : "";
    if (cur !== text) {
      console.error(`gen-lvgl-stubs: ${path.relative(process.cwd(), out)} is out of date; run npm run gen:stubs`);
      process.exit(1);
    }
    console.log(`gen-lvgl-stubs: ${path.relative(process.cwd(), out)} is up to date`);
  } else {
    fs.writeFileSync(out, text);
    if (argv.includes("--stats")) console.log(JSON.stringify(lastStats, null, 1));
    console.log(`gen-lvgl-stubs: wrote ${path.relative(process.cwd(), out)} (${text.length} bytes)`);
  }
}
