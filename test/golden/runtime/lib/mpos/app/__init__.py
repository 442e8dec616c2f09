from mpos.app import service as js_m_mpos__app__service
from mpos.app.service import Service
