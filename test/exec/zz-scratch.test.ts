import { program } from "../harness";
test("probe", async () => {
  const p = program`
    function d(label: string) {
      console.log("eval", label);
      return function <T>(v: T, ctx: ClassMemberDecoratorContext | ClassDecoratorContext): T | void {
        console.log("apply", label, ctx.kind, String(ctx.name), ctx.kind === "class" ? "" : ctx.static, ctx.kind === "class" ? "" : ctx.private);
        ctx.addInitializer(function (this: any) { console.log("init", label, typeof this); });
      };
    }
    @d("class1") @d("class2")
    class C {
      @d("f1") a = (console.log("a init"), 1);
      @d("m1") @d("m1b") m() {}
      @d("sf") static s = (console.log("s init"), 2);
      @d("sm") static sm() {}
      @d("g") get x() { return 1; }
      @d("f2") b = (console.log("b init"), 2);
      constructor() { console.log("ctor body"); }
      static { console.log("static block"); }
    }
    console.log("--- new");
    new C();
  `;
  console.log(p.python());
  await p.expectToMatchNode();
});
