package org.claimscorer.features;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the extractor matches: cue verbs with their lemmas, hedge, denial and anonymity
 * phrases, and source vocabulary by category. Read once from the lexicon resources bundled with
 * this code; the digest of their parsed entries is part of the feature-set version, so a model
 * trained with other word lists is refused. Immutable and thread-safe.
 */
public final class AttributionLexicon {

    private static final String ROOT = "/org/claimscorer/features/lexicon/";
    private static final List<String> BE = List.of("is", "are", "was", "were", "be", "been", "being", "'s");

    private final Map<String, String> cueLemmas;
    private final PhraseMatcher hedges;
    private final Map<String, Set<String>> denialWords;
    private final PhraseMatcher denialPhrases;
    private final PhraseMatcher anonymity;
    private final Map<String, Set<String>> sourceWords;
    private final Map<String, Set<String>> sourceLastWords;
    private final String digest;

    private AttributionLexicon(Map<String, List<String>> files) {
        this.cueLemmas = cueLemmas(files.get("cues.txt"));
        this.hedges = new PhraseMatcher(expandBe(files.get("hedges.txt")));
        this.denialWords = categories(files.get("denials.txt"));
        this.denialPhrases = new PhraseMatcher(List.copyOf(denialWords.getOrDefault("phrase", Set.of())));
        this.anonymity = new PhraseMatcher(files.get("anonymity.txt"));
        this.sourceWords = categories(files.get("sources.txt"));
        this.sourceLastWords = lastWords(sourceWords);
        this.digest = digestOf(files);
    }

    /** The lexicon bundled with this code. */
    public static AttributionLexicon bundled() {
        Map<String, List<String>> files = new LinkedHashMap<>();
        for (String name : List.of("cues.txt", "hedges.txt", "denials.txt", "anonymity.txt", "sources.txt")) {
            files.put(name, readEntries(name));
        }
        return new AttributionLexicon(files);
    }

    /** The cue lemma of a lower-cased word form, or null when the word is no cue. */
    public String cueLemma(String lowerForm) {
        return cueLemmas.get(lowerForm);
    }

    /** Hedge phrases ("reportedly", "is believed to", ...). */
    public PhraseMatcher hedges() {
        return hedges;
    }

    /** Multi-word denial phrases ("fake news", ...). */
    public PhraseMatcher denialPhrases() {
        return denialPhrases;
    }

    /** Anonymity markers ("on condition of anonymity", "sources", ...). */
    public PhraseMatcher anonymity() {
        return anonymity;
    }

    /** Whether a lower-cased word is in a denial category ("strong", "object", "claim-noun"). */
    public boolean isDenialWord(String category, String lowerWord) {
        return denialWords.getOrDefault(category, Set.of()).contains(lowerWord);
    }

    /** Whether a lower-cased word or space-joined phrase is in a source category (see sources.txt). */
    public boolean isSource(String category, String lowerWords) {
        return sourceWords.getOrDefault(category, Set.of()).contains(lowerWords);
    }

    /**
     * Whether some entry of a source category ends with this lower-cased word (is the word or ends with
     * a space and the word): a cheap test that rules out every longer phrase ending in the word.
     */
    public boolean endsSource(String category, String lowerWord) {
        return sourceLastWords.getOrDefault(category, Set.of()).contains(lowerWord);
    }

    /** Hex SHA-256 of the parsed entries of every list, stable across platforms and line endings. */
    public String digest() {
        return digest;
    }

    private static List<String> readEntries(String name) {
        InputStream in = AttributionLexicon.class.getResourceAsStream(ROOT + name);
        if (in == null) {
            throw new IllegalStateException("lexicon resource missing: " + name);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + name, e);
        }
    }

    private static Map<String, String> cueLemmas(List<String> lines) {
        Map<String, String> lemmas = new HashMap<>();
        for (Map.Entry<String, Set<String>> entry : categories(lines).entrySet()) {
            entry.getValue().forEach(form -> lemmas.put(form, entry.getKey()));
        }
        return Map.copyOf(lemmas);
    }

    /** Lines "category: w1 w2 ..." (or "phrase: a b c" for one phrase) to category -> entries. */
    private static Map<String, Set<String>> categories(List<String> lines) {
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            String category = line.substring(0, colon).strip();
            String rest = line.substring(colon + 1).strip();
            Set<String> words = out.computeIfAbsent(category, c -> new HashSet<>());
            if (category.equals("phrase")) {
                words.add(rest);
            } else {
                for (String word : rest.split("\\s+")) {
                    words.add(word.replace('_', ' '));
                }
            }
        }
        return out;
    }

    /** Per category, the last word of each entry (after its last space). */
    private static Map<String, Set<String>> lastWords(Map<String, Set<String>> categories) {
        Map<String, Set<String>> out = new HashMap<>();
        categories.forEach((category, entries) -> out.put(category, entries.stream()
                .map(entry -> entry.substring(entry.lastIndexOf(' ') + 1)).collect(java.util.stream.Collectors.toSet())));
        return out;
    }

    /** Expands "BE x" to every form of "to be", with and without one adverb of the ADVERB line. */
    private static List<String> expandBe(List<String> lines) {
        List<String> adverbs = lines.stream().filter(l -> l.startsWith("ADVERB:"))
                .flatMap(l -> java.util.Arrays.stream(l.substring("ADVERB:".length()).strip().split("\\s+"))).toList();
        List<String> out = new ArrayList<>();
        for (String phrase : lines) {
            if (phrase.startsWith("ADVERB:")) {
                continue;
            }
            if (phrase.startsWith("BE ")) {
                for (String be : BE) {
                    out.add(be + phrase.substring(2));
                    adverbs.forEach(adverb -> out.add(be + " " + adverb + phrase.substring(2)));
                }
            } else {
                out.add(phrase);
            }
        }
        return out;
    }

    private static String digestOf(Map<String, List<String>> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.forEach((name, lines) -> {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                lines.forEach(line -> sha.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
