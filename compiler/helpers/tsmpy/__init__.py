# tsmpy runtime helpers: JavaScript semantics that plain MicroPython lacks.
# Modules are imported one by one by compiled code (from tsmpy.num import js_div, ...), so a
# program only loads the parts it uses.
