// Object.keys / values / entries / assign / fromEntries, through the tsmpy.obj helpers that know
// each representation's key order (js_Obj shapes, records as ordered dicts, arrays).
import { ts } from "ts-morph";
import * as py from "../../python/ast";
import type { Context } from "../context";
import { unsupportedBuiltin } from "../../diagnostics/catalog";
import { isRecord, typeOf } from "../types";

export function lowerObjectCall(ctx: Context, node: ts.CallExpression, name: string): py.Expr {
  const args = node.arguments;
  const refuse = () => ctx.fail(unsupportedBuiltin(node.expression, "Object", name));
  const spread = args.some(ts.isSpreadElement);
  switch (name) {
    case "keys":
    case "values":
    case "entries": {
      if (args.length !== 1 || spread) return refuse();
      const [o] = ctx.ordered(args);
      return ctx.helperCall(name === "keys" ? "js_keys" : name === "values" ? "js_values" : "js_entries", [o]);
    }
    case "assign": {
      if (args.length < 1 || ts.isSpreadElement(args[0])) return refuse();
      const vs = ctx.ordered(args, (a) => (ts.isSpreadElement(a) ? py.starred(ctx.expr(a.expression)) : ctx.expr(a)));
      return ctx.helperCall("js_assign", vs);
    }
    case "is": {
      if (args.length !== 2 || spread) return refuse();
      return ctx.helperCall("js_object_is", ctx.ordered(args));
    }
    case "hasOwn": {
      if (args.length !== 2 || spread) return refuse();
      return ctx.helperCall("js_has_own", ctx.ordered(args));
    }
    case "fromEntries": {
      if (args.length !== 1 || spread) return refuse();
      const [src] = ctx.ordered(args);
      const contextual = ctx.checker.getContextualType(node);
      const result = typeOf(ctx, node);
      // A record type (the usual reading of fromEntries' result) is an ordered dict.
      if ((contextual && isRecord(ctx, contextual)) || isRecord(ctx, result) || !contextual) {
        return ctx.helperCall("js_from_entries", [src]);
      }
      return ctx.helperCall("js_from_entries_obj", [src]);
    }
  }
  return refuse();
}
