// Self-signed Daily meeting tokens (PORTING.md "Meeting tokens"), written from the kit alone.
import { createHmac } from "node:crypto";

const CLAIMS = {
  nbf: "nbf", exp: "exp", room_name: "r", user_id: "ud", user_name: "u", is_owner: "o",
  knocking: "k", close_tab_on_exit: "ctoe", redirect_on_meeting_exit: "rome",
  start_cloud_recording: "sr", start_cloud_recording_opts: "sro", auto_start_transcription: "ast",
  enable_recording: "er", enable_screenshare: "ss", start_video_off: "vo", start_audio_off: "ao",
  eject_at_token_exp: "ejt", eject_after_elapsed: "eje", lang: "uil", enable_recording_ui: "erui",
  permissions: "p",
};
// Documented token properties with no documented self-signed claim.
const NO_CLAIM = new Set(["enable_prejoin_ui", "enable_live_captions_ui", "enable_terse_logging"]);
const LANGS = ["da", "de", "en", "es", "fi", "fr", "it", "jp", "ka", "nl", "no", "pt", "pt-BR",
  "pl", "ru", "sv", "tr", "user"];
const RECORDING = ["cloud", "cloud-audio-only", "local", "raw-tracks"];
const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
const isString = (v) => typeof v === "string";
const isNumber = (v) => typeof v === "number";
// Each property's type, checked first (booleans unless listed): nbf and exp may be any number
// here (get_token truncates them), eject_after_elapsed must already be an integer.
const TYPES = {
  nbf: isNumber, exp: isNumber, eject_after_elapsed: Number.isInteger, room_name: isString,
  user_id: isString, user_name: isString, redirect_on_meeting_exit: isString, lang: isString,
  enable_recording: (v) => isString(v) || Array.isArray(v), start_cloud_recording_opts: isObject,
  permissions: isObject,
};
// The value rules checked after the permissions tables.
const VALUES = {
  nbf: Number.isInteger, exp: Number.isInteger,
  lang: (v) => LANGS.includes(v),
  enable_recording: (v) => RECORDING.includes(v)
    || (Array.isArray(v) && v.every((m) => RECORDING.includes(m))),
};

const PERMISSIONS = { hasPresence: "hp", canSend: "cs", canReceive: "cr", canAdmin: "ca" };
const RECEIVE = { base: "b", byUserId: "u", byParticipantId: "p" };
const MEDIA = { video: "v", audio: "a", screenVideo: "sv", screenAudio: "sa", customVideo: "cv",
  customAudio: "ca" };
const ADMIN = { participants: "p", streaming: "s", transcription: "t" };

export class TokenError extends Error {
  constructor(kind, message) {
    super(message);
    this.kind = kind;
  }
}

const own = (table, key) => Object.prototype.hasOwnProperty.call(table, key);

function short(table, key, where) {
  if (!own(table, key)) throw new TokenError("bad_permission", `${where}: ${key}`);
  return table[key];
}

function media(value) {
  if (!isObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [short(MEDIA, k, "media"), v]));
}

function permissions(value) {
  const out = {};
  for (const [key, inner] of Object.entries(value)) {
    const claim = short(PERMISSIONS, key, "permissions");
    let v = inner;
    if (key === "canSend" && Array.isArray(v)) v = v.map((m) => short(MEDIA, m, key)).join(",");
    if (key === "canAdmin" && Array.isArray(v)) v = v.map((m) => short(ADMIN, m, key)).join(",");
    if (key === "canReceive" && isObject(v)) {
      const receive = {};
      for (const [rkey, rvalue] of Object.entries(v)) {
        const rclaim = short(RECEIVE, rkey, key);
        receive[rclaim] = rkey === "base" ? media(rvalue) : Object.fromEntries(
          Object.entries(rvalue).map(([who, m]) => [who, media(m)]));
      }
      v = receive;
    }
    out[claim] = v;
  }
  return out;
}

// The checks run in PORTING.md's order, each over every property: the first that fails
// decides the kind, whatever the order of the properties.
export function claimsFromProperties(properties, domainId, iat) {
  const entries = Object.entries(properties);
  const refuse = (kind, bad) => {
    for (const [name, value] of entries) {
      if (bad(name, value)) throw new TokenError(kind, name);
    }
  };
  const known = (name) => own(CLAIMS, name) || NO_CLAIM.has(name);
  refuse("invalid_value", (name, value) => known(name)
    && !(own(TYPES, name) ? TYPES[name] : (v) => typeof v === "boolean")(value));
  refuse("unknown_property", (name) => !known(name));
  refuse("invalid_value", (name, value) => (name === "room_name"
    && !/^[A-Za-z0-9_-]{1,128}$/.test(value)) || (name === "user_id" && value.length > 36));
  const claims = { d: domainId, iat };
  if (own(properties, "permissions")) claims.p = permissions(properties.permissions);
  refuse("invalid_value", (name, value) => own(VALUES, name) && !VALUES[name](value));
  refuse("no_claim", (name) => NO_CLAIM.has(name));
  for (const [name, value] of entries) {
    if (name !== "permissions") claims[CLAIMS[name]] = value;
  }
  return claims;
}

// Canonical JSON: no whitespace, object keys sorted at every depth, every character outside
// U+0020..U+007E escaped (short escapes for \b \t \n \f \r " \\, else lower-case \uXXXX).
// Written by hand: a JS object iterates integer-like keys first, whatever the insertion order.
export function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (isObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${canonicalJson(k)}:${canonicalJson(value[k])}`).join(",")}}`;
  }
  if (typeof value === "string") {
    return JSON.stringify(value).replace(/[\u007f-\uffff]/g,
      (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
  }
  return JSON.stringify(value);
}

const b64url = (text) => Buffer.from(text, "utf8").toString("base64url");

export function signClaims(claims, key) {
  const input = `${b64url(canonicalJson({ alg: "HS256", typ: "JWT" }))}.${b64url(canonicalJson(claims))}`;
  return `${input}.${createHmac("sha256", key).update(input).digest("base64url")}`;
}
