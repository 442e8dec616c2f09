# A Richards-style operating-system simulation: prioritised tasks exchange packets through
# queues; an idle task wakes device tasks, a worker feeds two handlers, handlers drive devices.
IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
WORK, DEVICE = 0, 1


class Packet:
    def __init__(self, dest, kind):
        self.link = None
        self.index = 0
        self.data = [0, 0, 0, 0]
        self.dest = dest
        self.kind = kind


class Task:
    def __init__(self, sched, id):
        self.queue = None
        self.held = False
        self.waiting = False
        self.sched = sched
        self.id = id

    def ready(self):
        return not self.held and (not self.waiting or self.queue is not None)

    def take(self):
        p = self.queue
        if p is not None:
            self.queue = p.link
        return p


class Scheduler:
    def __init__(self):
        self.tasks = []
        self.queued = 0
        self.holds = 0

    def send(self, p, dest):
        self.queued += 1
        p.link = None
        p.dest = dest
        t = self.tasks[dest]
        if t.queue is None:
            t.queue = p
        else:
            last = t.queue
            while last.link is not None:
                last = last.link
            last.link = p

    def hold(self, t):
        self.holds += 1
        t.held = True

    def run(self):
        # Tasks are stored by id; a lower id means a higher priority, except for the idle task.
        order = [self.tasks[i] for i in (DEVICE_B, DEVICE_A, HANDLER_B, HANDLER_A, WORKER, IDLE)]
        while True:
            for t in order:
                if t.ready():
                    break
            else:
                return
            t.waiting = False
            t.run(t.take())


class IdleTask(Task):
    def __init__(self, sched, count):
        super().__init__(sched, IDLE)
        self.seed = 1
        self.count = count

    def run(self, p):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold(self)
        if self.seed & 1 == 0:
            self.seed >>= 1
            self.sched.tasks[DEVICE_A].held = False
        else:
            self.seed = (self.seed >> 1) ^ 0xD008
            self.sched.tasks[DEVICE_B].held = False


class WorkerTask(Task):
    def __init__(self, sched, id):
        super().__init__(sched, id)
        self.to_a = True
        self.letter = 0

    def run(self, p):
        if p is None:
            self.waiting = True
            return
        self.to_a = not self.to_a
        p.index = 0
        for i in range(len(p.data)):
            self.letter = (self.letter + 1) % 26
            p.data[i] = self.letter
        self.sched.send(p, HANDLER_A if self.to_a else HANDLER_B)


class HandlerTask(Task):
    def __init__(self, sched, id, device):
        super().__init__(sched, id)
        self.work = []
        self.devices = []
        self.device = device

    def run(self, p):
        if p is not None:
            (self.work if p.kind == WORK else self.devices).append(p)
        if not self.work or not self.devices:
            self.waiting = True
            return
        w = self.work[0]
        if w.index >= len(w.data):
            self.work.pop(0)
            return self.sched.send(w, WORKER)
        d = self.devices.pop()
        d.index = w.data[w.index]
        w.index += 1
        self.sched.send(d, self.device)


class DeviceTask(Task):
    def __init__(self, sched, id, handler):
        super().__init__(sched, id)
        self.pending = None
        self.handler = handler

    def run(self, p):
        if p is not None:
            self.pending = p
            return self.sched.hold(self)
        if self.pending is None:
            self.waiting = True
            return
        q = self.pending
        self.pending = None
        self.sched.send(q, self.handler)


def richards(idle_count):
    s = Scheduler()
    s.tasks = [IdleTask(s, idle_count), WorkerTask(s, WORKER), HandlerTask(s, HANDLER_A, DEVICE_A),
               HandlerTask(s, HANDLER_B, DEVICE_B), DeviceTask(s, DEVICE_A, HANDLER_A), DeviceTask(s, DEVICE_B, HANDLER_B)]
    for _ in range(2):
        s.send(Packet(WORKER, WORK), WORKER)
    for h in (HANDLER_A, HANDLER_B):
        for _ in range(3):
            s.send(Packet(h, DEVICE), h)
    s.run()
    return "queued %d, holds %d" % (s.queued, s.holds)


print("richards: " + richards(4000))
