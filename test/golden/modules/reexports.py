import store as js_m_store
