from mpos.content import intent as js_m_mpos__content__intent
from mpos.content.intent import Intent
from mpos.content import app_manager as js_m_mpos__content__app_manager
from mpos.content.app_manager import AppManager
