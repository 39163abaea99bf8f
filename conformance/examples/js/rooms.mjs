// Daily room URL rules (PORTING.md "Room URLs"), written from the kit alone.
import { isIPv6 } from "node:net";

const NAME = /^[A-Za-z0-9_-]{1,128}$/;
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
const WHITESPACE = " \t\n\r\f\v";

export class RoomUrlError extends Error {
  constructor(kind, input) {
    super(`not a Daily room URL (${kind}): ${JSON.stringify(String(input)).slice(0, 100)}`);
    this.kind = kind;
  }
}

function stripAsciiWhitespace(text) {
  let start = 0;
  let end = text.length;
  while (start < end && WHITESPACE.includes(text[start])) start++;
  while (end > start && WHITESPACE.includes(text[end - 1])) end--;
  return text.slice(start, end);
}

function cut(text, separator) {
  const at = text.indexOf(separator);
  return at < 0 ? [text, "", false] : [text.slice(0, at), text.slice(at + 1), true];
}

function hostAndPort(authority) {
  const hostPort = authority.slice(authority.lastIndexOf("@") + 1);
  if (hostPort.startsWith("[")) {
    const [host, after, closed] = cut(hostPort.slice(1), "]");
    if (!closed || (after && !after.startsWith(":")) || !isIPv6(host)) return null;
    return [host, after.slice(1)];
  }
  if (hostPort.includes("[") || hostPort.includes("]")) return null;
  const [host, port] = cut(hostPort, ":");
  return [host, port];
}

function percentDecode(segment) {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    return segment.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
      const bytes = run.slice(1).split("%").map((hex) => parseInt(hex, 16));
      return decoder.decode(new Uint8Array(bytes));
    });
  } catch {
    return null;
  }
}

export function getNameFromUrl(input) {
  if (typeof input !== "string") throw new RoomUrlError("not_a_string", input);
  const fail = (kind) => new RoomUrlError(kind, input);
  const text = stripAsciiWhitespace(input);
  if (!text) throw fail("empty");
  if (/[\u0000-\u001f\u007f]/.test(text)) throw fail("control_character");
  const scheme = SCHEME.exec(text);
  if (!scheme) throw fail("no_scheme");
  if (!["http", "https"].includes(scheme[1].toLowerCase())) throw fail("bad_scheme");
  const rest = cut(cut(text.slice(scheme[0].length), "#")[0], "?")[0];
  if (!rest.startsWith("//")) throw fail("no_host");
  const [authority, pathRest, hasPath] = cut(rest.slice(2), "/");
  const hostPort = hostAndPort(authority);
  if (!hostPort) throw fail("bad_host");
  const [host, port] = hostPort;
  const digits = port.replace(/^0+/, "");
  if (!/^[0-9]*$/.test(port) || digits.length > 5 || Number(digits || 0) > 65535) {
    throw fail("bad_port");
  }
  if (!host) throw fail("no_host");
  let path = hasPath ? "/" + pathRest : "";
  if (path.endsWith("/")) path = path.slice(0, -1);
  if (!path.startsWith("/") || path.length < 2) throw fail("no_room");
  const segment = path.slice(1);
  if (segment.includes("/")) throw fail("multiple_segments");
  const name = percentDecode(segment);
  if (name === null) throw fail("bad_escape");
  if (!NAME.test(name)) throw fail("invalid_name");
  return name;
}
