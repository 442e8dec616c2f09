def cycleA(n):
    return 0 if n <= 0 else js_m_cycle_b.cycleB(n - 1) + 1

import cycle_b as js_m_cycle_b
