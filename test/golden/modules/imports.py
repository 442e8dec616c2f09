from tsmpy.console import js_logf
from store import greet, bump
import store as js_m_store
from store import default as helper
g = greet("golden")
bump()
print(js_logf(g, js_m_store.counter, js_m_store.counter, helper(2)))
