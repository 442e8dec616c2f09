// The list of visitor groups. Adding a syntax kind = adding it to the group that owns its topic.
import type { ts } from "ts-morph";
import type { ExprVisitor, StmtVisitor } from "./context";

export interface VisitorGroup {
  expressions?: Partial<Record<ts.SyntaxKind, ExprVisitor>>;
  statements?: Partial<Record<ts.SyntaxKind, StmtVisitor>>;
}

import { literalVisitors } from "./expressions/literals";
import { operatorVisitors } from "./expressions/operators";
import { callVisitors } from "./expressions/calls";
import { accessVisitors } from "./expressions/access";
import { objectVisitors } from "./expressions/objects";
import { basicStatementVisitors } from "./statements/basic";
import { loopVisitors } from "./statements/loops";
import { switchVisitors } from "./statements/switch";
import { tryVisitors } from "./statements/try";
import { functionVisitors } from "./functions/functions";
import { generatorVisitors } from "./functions/generators";
import { regexVisitors } from "./builtins/regex";
import { asyncVisitors } from "./functions/async";
import { moduleVisitors } from "./modules/imports";
import { classVisitors } from "./classes/classes";

export const visitorGroups: VisitorGroup[] = [
  literalVisitors,
  operatorVisitors,
  callVisitors,
  accessVisitors,
  objectVisitors,
  basicStatementVisitors,
  loopVisitors,
  switchVisitors,
  tryVisitors,
  functionVisitors,
  generatorVisitors,
  regexVisitors,
  asyncVisitors,
  moduleVisitors,
  classVisitors,
];
