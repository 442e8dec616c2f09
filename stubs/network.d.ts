// MicroPython 1.27 `network` module, ESP32 port: WLAN (LAN and PPP exist on some boards and are
// not declared here). Hand-written from the MicroPython docs, checked against ports/esp32 of v1.27.0
// (SEC_* constants that depend on the ESP-IDF version are left out).
import type { bytes, Kwargs, tuple } from "_python";

/** Result of WLAN.scan(): (ssid, bssid, channel, RSSI, security, hidden). */
export type ScanResult = tuple<[bytes, bytes, number, number, number, number]>;

/** Keyword parameters of WLAN.config() (set). */
export interface WLANConfig {
  mac?: bytes;
  ssid?: string;
  essid?: string;
  channel?: number;
  hidden?: boolean;
  security?: number;
  authmode?: number;
  key?: string;
  password?: string;
  hostname?: string;
  dhcp_hostname?: string;
  reconnects?: number;
  txpower?: number;
  pm?: number;
  protocol?: number;
  max_clients?: number;
}

export interface WLAN {
  /** Get (no argument) or set whether the interface is up. */
  active(): boolean;
  active(is_active: boolean): boolean;
  /** Connect to an access point (STA interface). */
  connect(ssid?: string | null, key?: string | null, kw?: Kwargs<{ bssid?: bytes | string }>): void;
  disconnect(): void;
  /** Access points in range (STA interface; blocks for a few seconds). */
  scan(): ScanResult[];
  /** Link status: one of the STAT_* constants (a param: "stations" on an AP, or "rssi"). */
  status(): number;
  status(param: "rssi"): number;
  status(param: "stations"): tuple<[bytes]>[];
  isconnected(): boolean;
  /** Get (ip, subnet, gateway, dns) or set them (tuple) or use "dhcp". */
  ifconfig(): tuple<[string, string, string, string]>;
  ifconfig(config: "dhcp" | readonly [string, string, string, string]): void;
  /** Read one parameter: `wlan.config("mac")`, `wlan.config("ssid")`, ... */
  config(param: "mac"): bytes;
  config(param: "ssid" | "essid" | "key" | "password" | "hostname" | "dhcp_hostname"): string;
  config(param: "channel" | "security" | "authmode" | "reconnects" | "txpower" | "pm" | "protocol" | "max_clients"): number;
  config(param: "ifname"): string;
  config(param: "hidden"): boolean;
  /** Set parameters by keyword: `wlan.config({ pm: WLAN.PM_NONE })`. */
  config(kw: Kwargs<WLANConfig>): void;
  /** Newer interface configuration API (`ipconfig("addr4")`, `ipconfig({ dhcp4: true })`). */
  ipconfig(param: string): unknown;
  ipconfig(kw: Kwargs<{ dhcp4?: boolean; addr4?: string | readonly [string, string]; gw4?: string }>): void;
}

export declare const WLAN: {
  /** `network.WLAN(network.WLAN.IF_STA)` (or the legacy `network.STA_IF`). */
  (interface_id: number): WLAN;
  new (interface_id: number): WLAN;
  readonly IF_STA: number;
  readonly IF_AP: number;
  readonly PM_NONE: number;
  readonly PM_PERFORMANCE: number;
  readonly PM_POWERSAVE: number;
  readonly SEC_OPEN: number;
  readonly SEC_WEP: number;
  readonly SEC_WPA: number;
  readonly SEC_WPA2: number;
  readonly SEC_WPA_WPA2: number;
  readonly SEC_WPA2_ENT: number;
  readonly SEC_WPA3: number;
  readonly SEC_WPA2_WPA3: number;
  readonly SEC_WAPI: number;
  readonly SEC_OWE: number;
  readonly SEC_WPA3_ENT_192: number;
  readonly SEC_WPA3_EXT_PSK: number;
  readonly SEC_WPA3_EXT_PSK_MIXED_MODE: number;
  readonly PROTOCOL_DEFAULT: number;
  readonly PROTOCOL_LR: number;
};

export declare const STA_IF: number;
export declare const AP_IF: number;
export declare const STAT_IDLE: number;
export declare const STAT_CONNECTING: number;
export declare const STAT_GOT_IP: number;
export declare const STAT_NO_AP_FOUND: number;
export declare const STAT_NO_AP_FOUND_IN_RSSI_THRESHOLD: number;
export declare const STAT_NO_AP_FOUND_IN_AUTHMODE_THRESHOLD: number;
export declare const STAT_NO_AP_FOUND_W_COMPATIBLE_SECURITY: number;
export declare const STAT_WRONG_PASSWORD: number;
export declare const STAT_BEACON_TIMEOUT: number;
/** Deprecated: STAT_CONNECT_FAIL. */
export declare const STAT_ASSOC_FAIL: number;
export declare const STAT_HANDSHAKE_TIMEOUT: number;
export declare const STAT_CONNECT_FAIL: number;
export declare const MODE_11B: number;
export declare const MODE_11G: number;
export declare const MODE_11N: number;
export declare const MODE_LR: number;
export declare const AUTH_OPEN: number;
export declare const AUTH_WEP: number;
export declare const AUTH_WPA_PSK: number;
export declare const AUTH_WPA2_PSK: number;
export declare const AUTH_WPA_WPA2_PSK: number;
export declare const AUTH_WPA2_ENTERPRISE: number;
export declare const AUTH_WPA3_PSK: number;
export declare const AUTH_WPA2_WPA3_PSK: number;
export declare const AUTH_WAPI_PSK: number;
export declare const AUTH_OWE: number;
export declare const AUTH_WPA3_ENT_192: number;
export declare const AUTH_WPA3_EXT_PSK: number;
export declare const AUTH_WPA3_EXT_PSK_MIXED_MODE: number;
export declare const AUTH_MAX: number;

/** Get (no argument) or set the network hostname, country code or IP preference. */
export declare function hostname(): string;
export declare function hostname(name: string): void;
export declare function country(): string;
export declare function country(code: string): void;
/** Get (no argument) or set the PHY mode (MODE_11B | MODE_11G | ...). */
export declare function phy_mode(): number;
export declare function phy_mode(mode: number): void;
export declare function ipconfig(param: string): unknown;
export declare function ipconfig(kw: Kwargs<{ dns?: string }>): void;

export {};
