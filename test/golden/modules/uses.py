import reexports as js_m_reexports
from store import greet as hello, default as twice
import store as js_m_store
from cycle_a import cycleA
greeting = hello("re-exported")
seen = [js_m_store.counter, js_m_store.counter, js_m_store.counter]
doubled = twice(21) + js_m_store.default(1)
fromCycle = cycleA(3)
