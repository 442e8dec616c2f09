def cycleB(n):
    return 0 if n <= 0 else js_m_cycle_a.cycleA(n - 1) + 1

import cycle_a as js_m_cycle_a
