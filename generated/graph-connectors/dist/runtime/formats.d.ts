/**
 * The `format` checkers of the generated validators (`src/validators.ts` imports the ones its schemas
 * assert, by name). Each takes a value already known to be of the format's JSON type and answers
 * whether it is in the format. No dependencies and no Node built-ins.
 *
 * Asserted: date-time, date, time, duration, email, hostname, ipv4, ipv6, uri, uri-reference, uuid,
 * regex, plus OpenAPI's byte (base64), int32 and int64. Other `format` values are annotations.
 */
/** RFC 3339 full-date. */
export declare function formatDate(str: string): boolean;
/** RFC 3339 full-time (time zone required; leap second only at 23:59:60 UTC). */
export declare function formatTime(str: string): boolean;
/** RFC 3339 date-time. */
export declare function formatDateTime(str: string): boolean;
/** ISO 8601 duration (RFC 3339 appendix A). */
export declare function formatDuration(str: string): boolean;
/** Email address (dot-atom local part, hostname domain). */
export declare function formatEmail(str: string): boolean;
/** RFC 1123 hostname. */
export declare function formatHostname(str: string): boolean;
/** Dotted-quad IPv4 (no leading zeros). */
export declare function formatIpv4(str: string): boolean;
/** RFC 4291 IPv6 text form (with optional trailing IPv4), no zone id. */
export declare function formatIpv6(str: string): boolean;
/** Absolute URI (scheme required; no spaces or characters RFC 3986 forbids; valid % escapes). */
export declare function formatUri(str: string): boolean;
/** URI or relative reference (RFC 3986 characters, valid % escapes). */
export declare function formatUriReference(str: string): boolean;
/** RFC 4122 UUID string. */
export declare function formatUuid(str: string): boolean;
/** ECMA-262 regular expression (Unicode mode). */
export declare function formatRegex(str: string): boolean;
/** OpenAPI `byte`: base64. */
export declare function formatBase64(str: string): boolean;
/** OpenAPI `int32`: an integer in the signed 32-bit range. */
export declare function formatInt32(value: number): boolean;
/** OpenAPI `int64`: an integer (the range is not checked: a JavaScript number cannot hold every int64 exactly anyway). */
export declare function formatInt64(value: number): boolean;
