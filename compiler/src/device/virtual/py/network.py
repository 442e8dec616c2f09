# Stand-in for the `network` module on the virtual device: one simulated Wi-Fi network,
# "tsmpy-sim", to which the station interface starts connected (as a MicroPythonOS board that
# has joined its configured network). Nothing goes on the air. See docs/device.md.
STA_IF = 0
AP_IF = 1

STAT_IDLE = 1000
STAT_CONNECTING = 1001
STAT_GOT_IP = 1010
STAT_WRONG_PASSWORD = 202
STAT_NO_AP_FOUND = 201

_SIM_SSID = 'tsmpy-sim'
_interfaces = {}


def hostname(name=None):
    if name is None:
        return 'tsmpy-sim'


class WLAN:
    # As on a board, every WLAN(STA_IF) object is the same interface: the state is per interface.
    def __init__(self, interface_id=STA_IF):
        self._if = interface_id
        if interface_id not in _interfaces:
            sta = interface_id == STA_IF
            _interfaces[interface_id] = {'active': sta, 'ssid': _SIM_SSID if sta else None}
        self._s = _interfaces[interface_id]

    @property
    def _active(self):
        return self._s['active']

    @property
    def _ssid(self):
        return self._s['ssid']

    def active(self, is_active=None):
        if is_active is None:
            return self._active
        self._s['active'] = bool(is_active)
        if not self._active:
            self._s['ssid'] = None

    def connect(self, ssid=None, key=None, **kwargs):
        if not self._active:
            raise OSError('WiFi Internal Error')
        self._s['ssid'] = ssid or _SIM_SSID

    def disconnect(self):
        self._s['ssid'] = None

    def isconnected(self):
        return self._active and self._ssid is not None

    def status(self, param=None):
        if param == 'rssi':
            return -50
        return STAT_GOT_IP if self.isconnected() else STAT_IDLE

    def scan(self):
        return [(_SIM_SSID.encode(), b'\x02\x00\x00\x00\x00\x01', 6, -50, 3, False)]

    def ifconfig(self, config=None):
        if config is not None:
            return
        if self._if == AP_IF:
            return ('192.168.4.1', '255.255.255.0', '192.168.4.1', '0.0.0.0')
        if not self.isconnected():
            return ('0.0.0.0', '0.0.0.0', '0.0.0.0', '0.0.0.0')
        return ('10.0.2.15', '255.255.255.0', '10.0.2.2', '10.0.2.3')

    def config(self, *args, **kwargs):
        if args:
            key = args[0]
            if key in ('ssid', 'essid'):
                return self._ssid or ''
            if key == 'mac':
                return b'\x02\x00\x00\x00\x00\x02'
            if key == 'hostname':
                return 'tsmpy-sim'
            return None
