// A Richards-style operating-system simulation: prioritised tasks exchange packets through
// queues; an idle task wakes device tasks, a worker feeds two handlers, handlers drive devices.
const IDLE = 0, WORKER = 1, HANDLER_A = 2, HANDLER_B = 3, DEVICE_A = 4, DEVICE_B = 5;
const WORK = 0, DEVICE = 1;

class Packet {
  link: Packet | null = null;
  index = 0;
  data: number[] = [0, 0, 0, 0];
  constructor(public dest: number, readonly kind: number) {}
}

abstract class Task {
  queue: Packet | null = null;
  held = false;
  waiting = false;
  constructor(readonly sched: Scheduler, readonly id: number) {}

  ready(): boolean { return !this.held && (!this.waiting || this.queue !== null); }

  take(): Packet | null {
    const p = this.queue;
    if (p !== null) this.queue = p.link;
    return p;
  }

  abstract run(p: Packet | null): void;
}

class Scheduler {
  tasks: Task[] = [];
  queued = 0;
  holds = 0;

  send(p: Packet, dest: number): void {
    this.queued++;
    p.link = null;
    p.dest = dest;
    const t = this.tasks[dest];
    if (t.queue === null) {
      t.queue = p;
    } else {
      let last = t.queue;
      while (last.link !== null) last = last.link;
      last.link = p;
    }
  }

  hold(t: Task): void { this.holds++; t.held = true; }

  run(): void {
    // Tasks are stored by id; a lower id means a higher priority, except for the idle task.
    const order = [DEVICE_B, DEVICE_A, HANDLER_B, HANDLER_A, WORKER, IDLE].map((id) => this.tasks[id]);
    for (;;) {
      const t = order.find((task) => task.ready());
      if (t === undefined) return;
      t.waiting = false;
      t.run(t.take());
    }
  }
}

class IdleTask extends Task {
  seed = 1;
  constructor(sched: Scheduler, public count: number) { super(sched, IDLE); }
  run(_p: Packet | null): void {
    this.count--;
    if (this.count === 0) return this.sched.hold(this);
    if ((this.seed & 1) === 0) {
      this.seed = this.seed >> 1;
      this.sched.tasks[DEVICE_A].held = false;
    } else {
      this.seed = (this.seed >> 1) ^ 0xd008;
      this.sched.tasks[DEVICE_B].held = false;
    }
  }
}

class WorkerTask extends Task {
  toA = true;
  letter = 0;
  run(p: Packet | null): void {
    if (p === null) { this.waiting = true; return; }
    this.toA = !this.toA;
    p.index = 0;
    for (let i = 0; i < p.data.length; i++) {
      this.letter = (this.letter + 1) % 26;
      p.data[i] = this.letter;
    }
    this.sched.send(p, this.toA ? HANDLER_A : HANDLER_B);
  }
}

class HandlerTask extends Task {
  work: Packet[] = [];
  devices: Packet[] = [];
  constructor(sched: Scheduler, id: number, readonly device: number) { super(sched, id); }
  run(p: Packet | null): void {
    if (p !== null) (p.kind === WORK ? this.work : this.devices).push(p);
    if (this.work.length === 0 || this.devices.length === 0) { this.waiting = true; return; }
    const w = this.work[0];
    if (w.index >= w.data.length) {
      this.work.shift();
      return this.sched.send(w, WORKER);
    }
    const d = this.devices.pop()!;
    d.index = w.data[w.index++];
    this.sched.send(d, this.device);
  }
}

class DeviceTask extends Task {
  pending: Packet | null = null;
  constructor(sched: Scheduler, id: number, readonly handler: number) { super(sched, id); }
  run(p: Packet | null): void {
    if (p !== null) { this.pending = p; return this.sched.hold(this); }
    if (this.pending === null) { this.waiting = true; return; }
    const q = this.pending;
    this.pending = null;
    this.sched.send(q, this.handler);
  }
}

function richards(idleCount: number): string {
  const s = new Scheduler();
  s.tasks = [new IdleTask(s, idleCount), new WorkerTask(s, WORKER), new HandlerTask(s, HANDLER_A, DEVICE_A),
    new HandlerTask(s, HANDLER_B, DEVICE_B), new DeviceTask(s, DEVICE_A, HANDLER_A), new DeviceTask(s, DEVICE_B, HANDLER_B)];
  for (let i = 0; i < 2; i++) s.send(new Packet(WORKER, WORK), WORKER);
  for (const h of [HANDLER_A, HANDLER_B]) for (let i = 0; i < 3; i++) s.send(new Packet(h, DEVICE), h);
  s.run();
  return `queued ${s.queued}, holds ${s.holds}`;
}

console.log(`richards: ${richards(4000)}`);
