// Class declarations: constructors, fields, methods, accessors, statics, inheritance.
import { ts } from "ts-morph";
import type { Context } from "../context";
import type { VisitorGroup } from "../visitors";
import { unsupportedFeature } from "../../diagnostics/catalog";

const SK = ts.SyntaxKind;

export const classVisitors: VisitorGroup = {
  statements: {
    [SK.ClassDeclaration]: (n: ts.ClassDeclaration, ctx: Context) => ctx.fail(unsupportedFeature(n, "Classes")),
    [SK.EnumDeclaration]: (n: ts.EnumDeclaration, ctx: Context) => ctx.fail(unsupportedFeature(n, "Enums")),
  },
};
