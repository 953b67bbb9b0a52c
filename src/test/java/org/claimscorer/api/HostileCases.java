package org.claimscorer.api;

import static org.claimscorer.api.HostileCase.answered;
import static org.claimscorer.api.HostileCase.problem;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates the hostile requests of {@link HostileInputTest}, each with the answer it must get. Every
 * claim that reaches a problem answer contains {@link #SECRET}, which no problem body may echo.
 */
final class HostileCases {

    /** Distinctive claim text that problem answers must never contain. */
    static final String SECRET = "Quixotic zephyr";
    static final String SCORE = "/v1/score";
    static final String BATCH = "/v1/score/batch";
    static final String MALFORMED = "malformed-json";
    static final String INVALID = "invalid-field";

    private static final String[] VALID_BODIES = {
        "{\"claim\":\"" + SECRET + " plans, the minister said.\",\"context\":\"x\",\"requestId\":\"r1\"}",
        "{\"claim\":\"" + SECRET + "\",\"meta\":{\"publisher\":\"P\",\"url\":\"u\"},\"weights\":{\"HEDGED\":0.25}}",
    };
    private static final String VALID_BATCH = "{\"items\":[{\"claim\":\"" + SECRET + "\"},{\"claim\":\"b\"}]}";
    private static final String[] WRONG_SCALARS = {"5", "-1.5", "true", "false", "[]", "[\"a\"]", "{}", "{\"a\":1}"};
    private static final String[] BASE_CLAIMS = {
        "The plant will close in May, a company spokesperson said.",
        "The minister denied the report on Friday.",
        "Officials said the talks had reportedly stalled.",
        "\"We will win,\" Maria Smith said.",
    };
    private static final String[] ODD_PREFIXES = {"\u202E", "\u200F", "\u05E9\u05DC\u05D5\u05DD ", "\u0645\u0631\u062D\u0628\u0627 ",
        "\uD83D\uDE00", "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67 ", "e\u0301\u0301\u0301 ", "\uD83C\uDDEC\uD83C\uDDE7 ",
        "\u0000", "Z\u0364\u0308\u0301a\u0308 ", "\uD800 ", "\uFEFF", "\u2028", "\u001B[31m"};

    private HostileCases() {
    }

    /** Every hostile case, in a stable order. */
    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        truncations(cases);
        wrongTypes(cases);
        nulls(cases);
        hugeNumbers(cases);
        deepNesting(cases);
        duplicateKeys(cases);
        unknownFields(cases);
        oversized(cases);
        blankStrings(cases);
        invalidUtf8(cases);
        loneSurrogatesAndControls(cases);
        bidiEmojiAndCombining(cases);
        longContexts(cases);
        adversarialClaims(cases);
        otherShapes(cases);
        return cases;
    }

    private static void truncations(List<HostileCase> cases) {
        for (String body : VALID_BODIES) {
            for (int end = 0; end < body.length(); end++) {
                cases.add(truncated(SCORE, body, end));
            }
        }
        for (int end = 0; end < VALID_BATCH.length(); end++) {
            cases.add(truncated(BATCH, VALID_BATCH, end));
        }
    }

    private static HostileCase truncated(String path, String body, int end) {
        String name = "truncated at " + end + " of " + path;
        return end == 0 ? problem(name, path, "", INVALID, "body", SECRET)
                : problem(name, path, body.substring(0, end), MALFORMED, null, SECRET);
    }

    private static void wrongTypes(List<HostileCase> cases) {
        for (String field : new String[] {"claim", "context", "requestId"}) {
            for (String value : WRONG_SCALARS) {
                String body = field.equals("claim") ? "{\"claim\":" + value + "}"
                        : "{\"claim\":\"" + SECRET + "\",\"" + field + "\":" + value + "}";
                cases.add(problem(field + " is " + value, SCORE, body, INVALID, field, SECRET));
            }
        }
        for (String value : new String[] {"5", "\"str\"", "true", "[]"}) {
            cases.add(problem("meta is " + value, SCORE, withSecret("\"meta\":" + value), INVALID, "meta", SECRET));
            cases.add(problem("weights is " + value, SCORE, withSecret("\"weights\":" + value), INVALID, "weights", SECRET));
            cases.add(problem("items is " + value, BATCH, "{\"items\":" + value + "}", INVALID, "items", null));
        }
        for (String field : new String[] {"publisher", "url", "publishedAt"}) {
            for (String value : new String[] {"5", "true", "{}", "[]"}) {
                cases.add(problem("meta." + field + " is " + value, SCORE,
                        withSecret("\"meta\":{\"" + field + "\":" + value + "}"), INVALID, "meta." + field, SECRET));
            }
        }
        for (String value : new String[] {"\"0.5\"", "true", "[]", "{}", "[0.5]"}) {
            cases.add(problem("weight is " + value, SCORE, withSecret("\"weights\":{\"HEDGED\":" + value + "}"),
                    INVALID, "weights.HEDGED", SECRET));
        }
        for (String value : new String[] {"5", "\"str\"", "[]", "true"}) {
            cases.add(problem("batch item is " + value, BATCH, "{\"items\":[" + value + "]}", INVALID, "items[0]", null));
        }
    }

    private static void nulls(List<HostileCase> cases) {
        cases.add(problem("claim is null", SCORE, "{\"claim\":null,\"context\":\"" + SECRET + "\"}", INVALID, "claim", SECRET));
        cases.add(problem("items is null", BATCH, "{\"items\":null}", INVALID, "items", null));
        cases.add(problem("batch item is null", BATCH, "{\"items\":[null]}", INVALID, "items[0]", null));
        cases.add(problem("weight is null", SCORE, withSecret("\"weights\":{\"HEDGED\":null}"), INVALID, "weights.HEDGED", SECRET));
        cases.add(problem("body is null", SCORE, "null", INVALID, "body", null));
        for (String field : new String[] {"context", "meta", "requestId", "weights"}) {
            cases.add(answered(field + " is null", "{\"claim\":\"The minister said so.\",\"" + field + "\":null}",
                    "The minister said so.", null));
        }
        cases.add(answered("meta fields are null", "{\"claim\":\"The minister said so.\",\"meta\":{\"publisher\":null,"
                + "\"url\":null,\"publishedAt\":null}}", "The minister said so.", null));
    }

    private static void hugeNumbers(List<HostileCase> cases) {
        for (String value : new String[] {"1e309", "-1e309", "123456789012345678901234567890", "1e999999999", "-0.5",
                "1.0000000000000002", "4.9e-325e"}) {
            String type = value.endsWith("e") ? MALFORMED : INVALID;
            cases.add(problem("weight " + value, SCORE, withSecret("\"weights\":{\"HEDGED\":" + value + "}"), type,
                    type.equals(INVALID) ? "weights.HEDGED" : null, SECRET));
        }
        cases.add(problem("weight with 5000 digits", SCORE, withSecret("\"weights\":{\"HEDGED\":0." + "1".repeat(5000) + "}"),
                MALFORMED, null, SECRET));
        cases.add(problem("claim is 1e309", SCORE, "{\"claim\":1e309}", INVALID, "claim", null));
        cases.add(problem("requestId is a 40-digit number", SCORE, withSecret("\"requestId\":" + "9".repeat(40)), INVALID,
                "requestId", SECRET));
        cases.add(answered("weight 1e-400 underflows to 0", "{\"claim\":\"The minister said so.\",\"weights\":{\"HEDGED\":1e-400}}",
                "The minister said so.", null));
        cases.add(answered("weight -0.0", "{\"claim\":\"The minister said so.\",\"weights\":{\"HEDGED\":-0.0}}",
                "The minister said so.", null));
    }

    private static void deepNesting(List<HostileCase> cases) {
        for (int depth : new int[] {1_000, 50_000}) {
            cases.add(problem(depth + " nested arrays as the body", SCORE, "[".repeat(depth) + "]".repeat(depth), MALFORMED, null, null));
            cases.add(problem(depth + " nested objects in meta", SCORE,
                    withSecret("\"meta\":" + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth)), MALFORMED, null, SECRET));
            cases.add(problem(depth + " nested arrays in context", SCORE,
                    withSecret("\"context\":" + "[".repeat(depth) + "]".repeat(depth)), INVALID, "context", SECRET));
            cases.add(problem(depth + " nested objects in a weight", SCORE,
                    withSecret("\"weights\":{\"HEDGED\":" + "{\"HEDGED\":".repeat(depth) + "1" + "}".repeat(depth) + "}"),
                    INVALID, "weights.HEDGED", SECRET));
            cases.add(problem(depth + " nested arrays in an unknown field", SCORE,
                    withSecret("\"deep\":" + "[".repeat(depth) + "]".repeat(depth)), MALFORMED, null, SECRET));
            cases.add(problem(depth + " nested unclosed objects", SCORE, "{\"a\":".repeat(depth), MALFORMED, null, null));
        }
    }

    private static void duplicateKeys(List<HostileCase> cases) {
        String[][] pairs = {{"claim", "\"" + SECRET + "\""}, {"context", "\"c\""}, {"requestId", "\"r\""},
            {"meta", "{}"}, {"weights", "{}"}};
        for (String[] pair : pairs) {
            String member = "\"" + pair[0] + "\":" + pair[1];
            cases.add(problem("duplicate " + pair[0], SCORE, "{\"claim\":\"" + SECRET + "\"," + member + "," + member + "}",
                    MALFORMED, null, SECRET));
        }
        cases.add(problem("duplicate meta.publisher", SCORE, withSecret("\"meta\":{\"publisher\":\"a\",\"publisher\":\"b\"}"),
                MALFORMED, null, SECRET));
        cases.add(problem("duplicate weight", SCORE, withSecret("\"weights\":{\"HEDGED\":0.1,\"HEDGED\":0.2}"), MALFORMED, null, SECRET));
        cases.add(problem("duplicate items", BATCH, "{\"items\":[],\"items\":[{\"claim\":\"" + SECRET + "\"}]}", MALFORMED, null, SECRET));
        cases.add(problem("duplicate claim in a batch item", BATCH, "{\"items\":[{\"claim\":\"a\",\"claim\":\"" + SECRET + "\"}]}",
                MALFORMED, null, SECRET));
        cases.add(problem("keys differing only in case", SCORE, withSecret("\"Claim\":\"x\""), INVALID, "Claim", SECRET));
    }

    private static void unknownFields(List<HostileCase> cases) {
        String[] names = {"CLAIM", "claim ", " claim", "__proto__", "constructor", "@type", "@class", "$where",
            "cl\u0430im", "claim\u200B", "\uD83D\uDE00", "../../etc/passwd", "<script>alert(1)</script>",
            "${jndi:ldap://localhost/a}", "#{1+1}", "%s%n%x", "\u0000", "x".repeat(64)};
        for (String name : names) {
            cases.add(problem("unknown field " + printable(name), SCORE, withSecret(quote(name) + ":1"), INVALID, name, SECRET));
        }
        cases.add(problem("unknown field of 5000 chars", SCORE, withSecret(quote("k".repeat(5000)) + ":1"), INVALID,
                "k".repeat(64) + "...", SECRET));
        cases.add(problem("unknown meta field", SCORE, withSecret("\"meta\":{\"author\":\"a\"}"), INVALID, "meta.author", SECRET));
        cases.add(problem("unknown batch field", BATCH, "{\"items\":[{\"claim\":\"a\"}],\"bogus\":1}", INVALID, "bogus", null));
        cases.add(problem("unknown batch item field", BATCH, "{\"items\":[{\"claim\":\"" + SECRET + "\",\"x\":1}]}", INVALID,
                "items[0].x", SECRET));
        cases.add(problem("unknown label", SCORE, withSecret("\"weights\":{\"hedged\":0.5}"), INVALID, "weights", SECRET));
        cases.add(problem("empty label", SCORE, withSecret("\"weights\":{\"\":0.5}"), INVALID, "weights", SECRET));
    }

    private static void oversized(List<HostileCase> cases) {
        String emoji = "\uD83D\uDE00";
        cases.add(problem("claim of 2001 chars", SCORE, claimOnly(SECRET + "a".repeat(2001 - SECRET.length())), INVALID, "claim", SECRET));
        cases.add(problem("claim of 1001 emoji", SCORE, claimOnly(SECRET + emoji.repeat(1001)), INVALID, "claim", SECRET));
        cases.add(problem("context of 100,001 chars", SCORE, withSecret("\"context\":\"" + "a".repeat(100_001) + "\""), INVALID,
                "context", SECRET));
        cases.add(problem("requestId of 129 chars", SCORE, withSecret("\"requestId\":\"" + "r".repeat(129) + "\""), INVALID,
                "requestId", SECRET));
        cases.add(problem("publisher of 513 chars", SCORE, withSecret("\"meta\":{\"publisher\":\"" + "p".repeat(513) + "\"}"),
                INVALID, "meta.publisher", SECRET));
        cases.add(problem("url of 2049 chars", SCORE, withSecret("\"meta\":{\"url\":\"" + "u".repeat(2049) + "\"}"),
                INVALID, "meta.url", SECRET));
        cases.add(problem("publishedAt of 65 chars", SCORE, withSecret("\"meta\":{\"publishedAt\":\"" + "2".repeat(65) + "\"}"),
                INVALID, "meta.publishedAt", SECRET));
        cases.add(problem("batch of 257 items", BATCH, batchOf(257, "c"), INVALID, "items", null));
        cases.add(problem("batch of 5000 items", BATCH, batchOf(5000, "c"), INVALID, "items", null));
        cases.add(problem("batch item claim of 2001 chars", BATCH, "{\"items\":[{\"claim\":\"" + SECRET
                + "a".repeat(2001) + "\"}]}", INVALID, "items[0].claim", SECRET));
        cases.add(new HostileCase("body of 1.1 MB", SCORE, withSecret("\"context\":\"" + "a".repeat(1_100_000) + "\"")
                .getBytes(StandardCharsets.UTF_8), 413, "body-too-large", null, null, null, SECRET, HostileCase.JSON));
        String longest = "The minister said " + emoji.repeat(991);
        cases.add(answered("claim of exactly 2000 UTF-16 units", claimOnly(longest), longest, null));
        String context = "The minister said so. " + "a".repeat(100_000 - 22);
        cases.add(answered("context of exactly 100,000 chars", "{\"claim\":\"The minister said so.\",\"context\":\""
                + context + "\"}", "The minister said so.", context));
    }

    private static void blankStrings(List<HostileCase> cases) {
        for (String blank : new String[] {"", " ", "\\t\\n\\r ", "\\u2003", "\\u3000\\u2028\\u2029", " ".repeat(2000)}) {
            cases.add(problem("claim " + printable(blank), SCORE, "{\"claim\":\"" + blank + "\",\"context\":\"" + SECRET + "\"}",
                    INVALID, "claim", SECRET));
            cases.add(problem("batch claim " + printable(blank), BATCH, "{\"items\":[{\"claim\":\"" + blank + "\"}]}",
                    INVALID, "items[0].claim", null));
        }
        for (String notBlank : new String[] {"\u00A0", "\u200B", "\u0000", "\u0001\u001F", "\uFEFF"}) {
            cases.add(answered("claim of only " + printable(notBlank), claimOnly(notBlank), notBlank, null));
        }
        cases.add(answered("empty context and requestId", "{\"claim\":\"The minister said so.\",\"context\":\"\","
                + "\"requestId\":\"\"}", "The minister said so.", ""));
        cases.add(answered("whitespace context", "{\"claim\":\"The minister said so.\",\"context\":\" \\n\\t \"}",
                "The minister said so.", " \n\t "));
    }

    private static void invalidUtf8(List<HostileCase> cases) {
        int[][] sequences = {{0xFF}, {0xFE}, {0xC0, 0xAF}, {0xC3, 0x28}, {0xE2, 0x82}, {0xF4, 0x90, 0x80, 0x80},
            {0xF8, 0x88, 0x80, 0x80, 0x80}, {0x80}, {0xC1, 0xBF}, {0xE0, 0x80, 0xAF}};
        for (int[] bytes : sequences) {
            String hex = hex(bytes);
            cases.add(problem("invalid UTF-8 " + hex + " in the claim", SCORE,
                    concat("{\"claim\":\"" + SECRET, bytes, "\"}"), MALFORMED, null, SECRET));
            cases.add(problem("invalid UTF-8 " + hex + " in a key", SCORE,
                    concat("{\"claim\":\"" + SECRET + "\",\"", bytes, "\":1}"), MALFORMED, null, SECRET));
            cases.add(problem("invalid UTF-8 " + hex + " between tokens", SCORE,
                    concat("{\"claim\":\"" + SECRET + "\"", bytes, "}"), MALFORMED, null, SECRET));
        }
        cases.add(problem("UTF-16 body sent as JSON", SCORE, ("{\"claim\":\"" + SECRET + "\"}").getBytes(StandardCharsets.UTF_16LE),
                MALFORMED, null, null));
        for (int control : new int[] {0x00, 0x01, 0x08, 0x0A, 0x1B, 0x1F}) {
            cases.add(problem("raw control byte " + hex(new int[] {control}) + " in a string", SCORE,
                    concat("{\"claim\":\"" + SECRET, new int[] {control}, "\"}"), MALFORMED, null, SECRET));
        }
        cases.add(problem("raw NUL between tokens", SCORE, concat("{\"claim\":\"" + SECRET + "\"", new int[] {0}, "}"),
                MALFORMED, null, SECRET));
    }

    private static void loneSurrogatesAndControls(List<HostileCase> cases) {
        String[] odd = {"\uD800", "\uDC00", "\uDBFF", "\uDFFF", "\uD800\uD800", "\uDC00\uD800", "\u0000", "\u0007",
            "\u001B[2J", "\r\n", "\u007F", "\u0085", "\u2028", "\uFFFE", "\uFFFF", "\uDBFF\uDFFF"};
        for (String s : odd) {
            String claim = "The minister" + s + " said the plant" + s + " will close.";
            String context = "Earlier news." + s + " " + claim + s;
            cases.add(answered("escaped " + printable(s) + " in claim and context", "{\"claim\":" + quote(claim)
                    + ",\"context\":" + quote(context) + ",\"requestId\":" + quote("id" + s) + "}", claim, context));
        }
        cases.add(answered("meta of lone surrogates", "{\"claim\":\"The minister said so.\",\"meta\":{\"publisher\":\"\\uD800\","
                + "\"url\":\"\\uDFFF\",\"publishedAt\":\"\\u0000\"}}", "The minister said so.", null));
    }

    private static void bidiEmojiAndCombining(List<HostileCase> cases) {
        for (String prefix : ODD_PREFIXES) {
            for (String base : BASE_CLAIMS) {
                String claim = prefix + base.replace(" said", " " + prefix + "said");
                String context = prefix + "Earlier " + prefix + " news. " + claim + " " + prefix;
                cases.add(answered(printable(prefix) + " in " + base, "{\"claim\":" + quote(claim) + ",\"context\":"
                        + quote(context) + "}", claim, context));
            }
        }
    }

    private static void longContexts(List<HostileCase> cases) {
        String claim = "The minister said the plant will close.";
        String[] units = {"a ", "said ", "\"", "\u201C", "according to ", "U.S. ", "Mr. ", "\uD83D\uDE00", "e\u0301",
            " ", "\u0000", "who said that ", "denied ", "officials ", "\u2014", "'", "reportedly may ",
            "Smith, the minister, said ", "\"Yes,\" "};
        for (String unit : units) {
            String context = (unit.repeat(100_000 / unit.length() + 1)).substring(0, 100_000 - claim.length() - 1) + " " + claim;
            if (Character.isHighSurrogate(context.charAt(context.length() - claim.length() - 2))) {
                context = context.substring(0, context.length() - claim.length() - 2) + "  " + claim;
            }
            cases.add(answered("100,000-char context of " + printable(unit), "{\"claim\":" + quote(claim) + ",\"context\":"
                    + quote(context) + "}", claim, context));
        }
    }

    private static void adversarialClaims(List<HostileCase> cases) {
        String[] units = {"\"", "\u201C", "\u201D", "'", "\u00AB\u00BB", "\"a", "said ", "according to ", "reportedly ",
            "denied ", "officials said ", "Smith said Jones said ", "who ", "U.S. ", "Mr. Smith, ", "the the ",
            "not ", "sources familiar with ", "\"said\" ", ", ", ". ", "... ", "\u2014", "(", "Dr. Gen. Sen. "};
        for (String unit : units) {
            String claim = unit.repeat(2000 / unit.length() + 1).substring(0, 2000).strip();
            if (Character.isHighSurrogate(claim.charAt(claim.length() - 1))) {
                claim = claim.substring(0, claim.length() - 1);
            }
            cases.add(answered("claim of repeated " + printable(unit), "{\"claim\":" + quote(claim) + ",\"context\":"
                    + quote(claim + " " + claim) + "}", claim, claim + " " + claim));
        }
    }

    private static void otherShapes(List<HostileCase> cases) {
        cases.add(problem("array body", SCORE, "[{\"claim\":\"" + SECRET + "\"}]", MALFORMED, null, SECRET));
        cases.add(problem("string body", SCORE, "\"" + SECRET + "\"", MALFORMED, null, SECRET));
        cases.add(problem("number body", SCORE, "42", MALFORMED, null, null));
        cases.add(problem("whitespace body", SCORE, " \n\t ", INVALID, "body", null));
        cases.add(problem("two objects", SCORE, "{\"claim\":\"" + SECRET + "\"}{\"claim\":\"b\"}", MALFORMED, null, SECRET));
        cases.add(problem("comment in body", SCORE, "{/*c*/\"claim\":\"" + SECRET + "\"}", MALFORMED, null, SECRET));
        cases.add(problem("single quotes", SCORE, "{'claim':'" + SECRET + "'}", MALFORMED, null, SECRET));
        cases.add(problem("trailing comma", SCORE, "{\"claim\":\"" + SECRET + "\",}", MALFORMED, null, SECRET));
        cases.add(problem("bad escape", SCORE, "{\"claim\":\"" + SECRET + "\\q\"}", MALFORMED, null, SECRET));
        cases.add(problem("short unicode escape", SCORE, "{\"claim\":\"" + SECRET + "\\uD8\"}", MALFORMED, null, SECRET));
        cases.add(problem("thousands of quote marks as the body", SCORE, "\"".repeat(5000), MALFORMED, null, null));
        cases.add(problem("text/plain body", SCORE, "{\"claim\":\"" + SECRET + "\"}", "http-415", null, SECRET)
                .sentAs("text/plain").withStatus(415));
        cases.add(problem("XML body", SCORE, "<claim>" + SECRET + "</claim>", "http-415", null, SECRET)
                .sentAs("application/xml").withStatus(415));
        cases.add(problem("unknown path", "/v1/score/" + "a".repeat(2000), "{\"claim\":\"" + SECRET + "\"}", "http-404", null,
                SECRET).withStatus(404));
        cases.add(answered("byte order mark before the body", "\uFEFF{\"claim\":\"The minister said so.\"}",
                "The minister said so.", null));
    }

    private static String withSecret(String members) {
        return "{\"claim\":\"" + SECRET + "\"," + members + "}";
    }

    private static String claimOnly(String claim) {
        return "{\"claim\":" + quote(claim) + "}";
    }

    private static String batchOf(int n, String claim) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add("{\"claim\":" + quote(claim) + "}");
        }
        return "{\"items\":[" + String.join(",", items) + "]}";
    }

    /** A JSON string literal: control characters and unpaired surrogates escaped, everything else raw UTF-8. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                out.append(c).append(s.charAt(++i));
            } else if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static byte[] concat(String before, int[] bytes, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        for (int b : bytes) {
            out.write(b);
        }
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String hex(int[] bytes) {
        StringBuilder out = new StringBuilder();
        for (int b : bytes) {
            out.append(String.format("%02X", b));
        }
        return out.toString();
    }

    private static String printable(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().limit(12).forEach(cp -> out.append(cp >= 0x20 && cp < 0x7F ? Character.toString(cp)
                : String.format("U+%04X", cp)));
        return out.toString();
    }
}
