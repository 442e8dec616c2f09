from servicekit import service as js_m_servicekit__service
from servicekit.service import ManagedService
from servicekit import decorators as js_m_servicekit__decorators
from servicekit.decorators import task
from servicekit import events as js_m_servicekit__events
from servicekit.events import EventBus, bus, emit, listen
from servicekit import graph as js_m_servicekit__graph
from servicekit.graph import DependencyCycleError, startOrder
from servicekit import logger as js_m_servicekit__logger
from servicekit.logger import Logger
from servicekit import registry as js_m_servicekit__registry
from servicekit.registry import provide, provider_names
from servicekit import manager as js_m_servicekit__manager
from servicekit.manager import BootService, boot, register, report, service, services, start_all, status, stop_all, unregister
