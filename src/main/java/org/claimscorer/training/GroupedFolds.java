package org.claimscorer.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Splits records into k folds such that every record of one group ({@link DataRecord#group()}: an
 * article, or a context) lands in the same fold, so no article is both trained on and validated on.
 * Tribuo's {@code CrossValidation}/{@code KFoldSplitter} splits by example and would put sentences of one
 * article on both sides, flattering the estimate; hence this class. Groups are shuffled with the seed,
 * then placed largest first into the fold with fewest records, which keeps folds within one group's size
 * of each other. Deterministic for a seed. Stateless.
 */
final class GroupedFolds {

    /** The folds, each a list of records; {@code k} must be at least 2 and at most the number of groups. */
    List<List<DataRecord>> split(List<DataRecord> records, int k, long seed) {
        Map<String, List<DataRecord>> groups = new LinkedHashMap<>();
        records.forEach(r -> groups.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r));
        if (k < 2 || k > groups.size()) {
            throw new IllegalArgumentException("cannot make " + k + " folds from " + groups.size()
                    + " groups (articles or contexts): use 2 to " + groups.size());
        }
        List<List<DataRecord>> ordered = new ArrayList<>(groups.values());
        Collections.shuffle(ordered, new Random(seed));
        ordered.sort(Comparator.comparingInt((List<DataRecord> g) -> g.size()).reversed());
        List<List<DataRecord>> folds = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            folds.add(new ArrayList<>());
        }
        for (List<DataRecord> group : ordered) {
            folds.stream().min(Comparator.comparingInt(List::size)).orElseThrow().addAll(group);
        }
        return folds;
    }
}
