from mpos.app import service as js_m_mpos__app__service
from mpos.app.service import Service
from mpos.content import intent as js_m_mpos__content__intent
from mpos.content.intent import Intent
from mpos.content import app_manager as js_m_mpos__content__app_manager
from mpos.content.app_manager import AppManager
from mpos import task_manager as js_m_mpos__task_manager
from mpos.task_manager import TaskManager
