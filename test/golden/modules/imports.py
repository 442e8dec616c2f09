from tsmpy.console import js_fmt, js_logfmt
from store import greet, bump
import store as js_m_store
from store import default as helper
g = greet("golden")
bump()
print(js_logfmt(js_fmt(g)), js_fmt(js_m_store.counter), js_fmt(js_m_store.counter), js_fmt(helper(2)))
