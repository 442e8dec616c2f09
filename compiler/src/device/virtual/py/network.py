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
# The rest of the esp32 port's constants, with ESP-IDF's numbers (nothing here depends on them).
STAT_BEACON_TIMEOUT = 200
STAT_ASSOC_FAIL = 203
STAT_HANDSHAKE_TIMEOUT = 204
STAT_CONNECT_FAIL = 205
STAT_NO_AP_FOUND_W_COMPATIBLE_SECURITY = 210
STAT_NO_AP_FOUND_IN_AUTHMODE_THRESHOLD = 211
STAT_NO_AP_FOUND_IN_RSSI_THRESHOLD = 212
MODE_11B = 1
MODE_11G = 2
MODE_11N = 4
MODE_LR = 8
AUTH_OPEN = 0
AUTH_WEP = 1
AUTH_WPA_PSK = 2
AUTH_WPA2_PSK = 3
AUTH_WPA_WPA2_PSK = 4
AUTH_WPA2_ENTERPRISE = 5
AUTH_WPA3_PSK = 6
AUTH_WPA2_WPA3_PSK = 7
AUTH_WAPI_PSK = 8
AUTH_OWE = 9
AUTH_WPA3_ENT_192 = 10
AUTH_WPA3_EXT_PSK = 11
AUTH_WPA3_EXT_PSK_MIXED_MODE = 12
AUTH_MAX = 13

_SIM_SSID = 'tsmpy-sim'
_interfaces = {}


def hostname(name=None):
    if name is None:
        return 'tsmpy-sim'


_country = 'XX'
_phy_mode = MODE_11B | MODE_11G | MODE_11N


def country(code=None):
    global _country
    if code is None:
        return _country
    _country = code


def phy_mode(mode=None):
    global _phy_mode
    if mode is None:
        return _phy_mode
    _phy_mode = mode


def ipconfig(*args, **kwargs):
    # Global IP settings: only the queries a service may make are answered.
    if args and args[0] == 'prefer':
        return 4
    return None


class WLAN:
    # Class constants as on an ESP32 build of MicroPython 1.27 (ESP-IDF's numbering).
    IF_STA = STA_IF
    IF_AP = AP_IF
    PM_NONE = 0
    PM_PERFORMANCE = 1
    PM_POWERSAVE = 2
    SEC_OPEN = 0
    SEC_WEP = 1
    SEC_WPA = 2
    SEC_WPA2 = 3
    SEC_WPA_WPA2 = 4
    SEC_WPA2_ENT = 5
    SEC_WPA3 = 6
    SEC_WPA2_WPA3 = 7
    SEC_WAPI = 8
    SEC_OWE = 9
    SEC_WPA3_ENT_192 = 10
    SEC_WPA3_EXT_PSK = 11
    SEC_WPA3_EXT_PSK_MIXED_MODE = 12
    PROTOCOL_DEFAULT = MODE_11B | MODE_11G | MODE_11N
    PROTOCOL_LR = MODE_LR

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
